#include "PersonDialog.h"

#include "safeledger/core/Error.h"
#include "safeledger/storage/ArchiveQueries.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace safeledger {

PersonDialog::PersonDialog(Database& db, qint64 orgId, qint64 personId, QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("personDialog"));
    resize(440, 0);
    auto* form = new QFormLayout(this);
    auto* unit = new QLabel(this);
    unit->setObjectName(QStringLiteral("personUnit"));
    form->addRow(tr("Unit"), unit);
    auto line = [&](const char* field, const QString& label) {
        auto* e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(field) + QStringLiteral("Input"));
        form->addRow(label, e);
        bindField(form, QString::fromLatin1(field), e);
        return e;
    };
    m_name = line("name", tr("&Name"));
    m_role = line("role", tr("&Role"));
    m_role->setPlaceholderText(tr("e.g. main responsible person, safety manager, grid officer"));
    m_phone = line("phone", tr("&Phone"));
    m_idNumber = line("id_number", tr("&ID number"));
    m_idNumber->setPlaceholderText(tr("18 characters (公民身份号码); optional"));
    m_idNumber->setMaxLength(18);
    addButtons(form, QStringLiteral("personError"));
    setRefusalText(tr("The person was not saved: %1"));

    m_person.orgId = orgId;
    if (personId != 0) {
        try {
            m_person = Repository<Person>(db).get(personId);
        } catch (const Error& e) {
            showMessage(FieldErrors::describe(e));
            okButton()->setEnabled(false);
        }
    }
    setWindowTitle(m_person.id == 0 ? tr("Add person") : tr("Edit person"));
    try {
        unit->setText(QString::fromUtf8(ArchiveQueries(db).unitName(m_person.orgId)));
    } catch (const Error&) {
        // The unit's name is only shown; the save reports a missing unit at its field.
    }
    m_name->setText(QString::fromUtf8(m_person.name));
    m_role->setText(QString::fromUtf8(m_person.role));
    m_phone->setText(QString::fromUtf8(m_person.phone));
    m_idNumber->setText(QString::fromUtf8(m_person.idNumber));
}

void PersonDialog::save()
{
    Person p = m_person; // a copy: a refused save leaves the form and the record as they were
    p.name = m_name->text().trimmed().toStdString();
    p.role = m_role->text().trimmed().toStdString();
    p.phone = m_phone->text().trimmed().toStdString();
    p.idNumber = m_idNumber->text().trimmed().toUpper().toStdString();
    RecordService records(m_db);
    if (p.id == 0) {
        records.add(p);
    } else {
        records.update(p);
    }
    m_person = p;
}

} // namespace safeledger
