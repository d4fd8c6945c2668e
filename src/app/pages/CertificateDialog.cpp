#include "CertificateDialog.h"

#include "EnumText.h"
#include "QtDates.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/ArchiveQueries.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace safeledger {

CertificateDialog::CertificateDialog(Database& db, qint64 orgId, qint64 certificateId, qint64 personId, QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("certificateDialog"));
    resize(460, 0);
    m_form = new QFormLayout(this);
    auto bind = [&](const char* field, const QString& label, QWidget* input) {
        input->setObjectName(QString::fromLatin1(field) + QStringLiteral("Input"));
        m_form->addRow(label, input);
        bindField(m_form, QString::fromLatin1(field), input);
    };
    m_person = new QComboBox(this);
    bind("person", tr("&Person"), m_person);
    m_kind = new QComboBox(this);
    EnumText::fill<CertificateKind>(m_kind, "CertificateKind");
    bind("kind", tr("&Kind"), m_kind);
    m_number = new QLineEdit(this);
    bind("number", tr("Certificate &number"), m_number);
    m_issued = addDate(QStringLiteral("issued_on"), tr("Issued on"));
    m_expires = addDate(QStringLiteral("expires_on"), tr("Expires on"));
    addButtons(m_form, QStringLiteral("certificateError"));
    setRefusalText(tr("The certificate was not saved: %1"));

    const Date today = db.today();
    setDate(m_issued, today);
    setDate(m_expires, std::nullopt);
    m_expires.date->setDate(toQDate(today.addDays(3 * 365)));
    try {
        if (certificateId != 0) {
            m_certificate = Repository<Certificate>(db).get(certificateId);
            personId = m_certificate.personId;
            EnumText::select(m_kind, m_certificate.kind);
            m_number->setText(QString::fromUtf8(m_certificate.number));
            setDate(m_issued, m_certificate.issuedOn);
            setDate(m_expires, m_certificate.expiresOn);
        }
        // The unit's live persons; the certificate's own person even when it is no longer listed.
        for (const Person& p : ArchiveQueries(db).persons(orgId)) {
            const QString role = p.role.empty() ? QString() : QStringLiteral(" (%1)").arg(QString::fromUtf8(p.role));
            m_person->addItem(QString::fromUtf8(p.name) + role, QVariant::fromValue<qint64>(p.id));
        }
        if (personId != 0 && m_person->findData(QVariant::fromValue<qint64>(personId)) < 0) {
            m_person->addItem(QString::fromUtf8(Repository<Person>(db).get(personId).name),
                              QVariant::fromValue<qint64>(personId));
        }
    } catch (const Error& e) {
        showMessage(FieldErrors::describe(e));
        okButton()->setEnabled(false);
    }
    const int index = m_person->findData(QVariant::fromValue<qint64>(personId));
    m_person->setCurrentIndex(index >= 0 ? index : 0);
    setWindowTitle(m_certificate.id == 0 ? tr("Add certificate") : tr("Edit certificate"));
}

CertificateDialog::OptionalDate CertificateDialog::addDate(const QString& field, const QString& label)
{
    OptionalDate d;
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    d.set = new QCheckBox(tr("known"), row);
    d.set->setObjectName(field + QStringLiteral("Set"));
    d.date = new QDateEdit(row);
    d.date->setObjectName(field + QStringLiteral("Input"));
    d.date->setCalendarPopup(true);
    d.date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    layout->addWidget(d.set);
    layout->addWidget(d.date, 1);
    connect(d.set, &QCheckBox::toggled, d.date, &QWidget::setEnabled);
    m_form->addRow(label, row);
    bindField(m_form, field, d.date);
    return d;
}

void CertificateDialog::setDate(const OptionalDate& d, const std::optional<Date>& value)
{
    d.set->setChecked(value.has_value());
    d.date->setEnabled(value.has_value());
    if (value) {
        d.date->setDate(toQDate(*value));
    }
}

std::optional<Date> CertificateDialog::date(const OptionalDate& d)
{
    if (!d.set->isChecked()) {
        return std::nullopt;
    }
    return fromQDate(d.date->date());
}

void CertificateDialog::save()
{
    Certificate c = m_certificate; // a copy: a refused save leaves the form and the record as they were
    c.personId = m_person->currentData().value<qint64>();
    c.kind = EnumText::current(m_kind, CertificateKind::Other);
    c.number = m_number->text().trimmed().toStdString();
    c.issuedOn = date(m_issued);
    c.expiresOn = date(m_expires);
    RecordService records(m_db);
    if (c.id == 0) {
        records.add(c);
    } else {
        records.update(c);
    }
    m_certificate = c;
}

} // namespace safeledger
