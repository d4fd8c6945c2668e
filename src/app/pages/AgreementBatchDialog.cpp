#include "AgreementBatchDialog.h"

#include "EnumText.h"
#include "UnitPicker.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/RecordService.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace safeledger {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kKindRole = Qt::UserRole + 2;
} // namespace

AgreementBatchDialog::AgreementBatchDialog(Database& db, int year, QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("agreementBatchDialog"));
    setWindowTitle(tr("New agreements"));
    resize(560, 620);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    m_partyA = new UnitPicker(this);
    m_partyA->setObjectName(QStringLiteral("partyA"));
    m_partyA->setDatabase(&db);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("agreementYear"));
    m_year->setRange(1990, 2999);
    m_year->setValue(year);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("agreementKind"));
    EnumText::fill<AgreementKind>(m_kind, "AgreementKind");
    m_signatoryA = new QLineEdit(this);
    m_signatoryA->setObjectName(QStringLiteral("signatoryA"));
    m_targetClauses = new QPlainTextEdit(this);
    m_targetClauses->setObjectName(QStringLiteral("targetClauses"));
    m_targetClauses->setPlainText(QStringLiteral("死亡事故为零\n隐患整改率100%"));
    m_targetClauses->setMaximumHeight(70);
    form->addRow(tr("Party &A (甲方)"), m_partyA);
    bindField(form, QStringLiteral("party"), m_partyA);
    form->addRow(tr("&Year"), m_year);
    bindField(form, QStringLiteral("year"), m_year);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Signatory of party A"), m_signatoryA);
    form->addRow(tr("&Targets (one per line)"), m_targetClauses);

    auto* pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Party B (乙方): the units below party A"), this), 1);
    m_selectKind = new QComboBox(this);
    m_selectKind->setObjectName(QStringLiteral("selectKind"));
    m_selectKind->addItem(tr("Check all of a kind…"), QString());
    for (const auto& e : enumEntries<OrgKind>()) {
        m_selectKind->addItem(EnumText::label(e.value, "OrgKind"), QString::fromUtf8(e.code));
    }
    pick->addWidget(m_selectKind);
    layout->addLayout(pick);
    m_units = new QListWidget(this);
    m_units->setObjectName(QStringLiteral("agreementTargets"));
    layout->addWidget(m_units, 1);
    addButtons(layout, QStringLiteral("agreementBatchError"));
    okButton()->setText(tr("Create drafts"));

    connect(m_partyA, &UnitPicker::unitChanged, this, &AgreementBatchDialog::loadTargets);
    connect(m_selectKind, &QComboBox::activated, this, [this] {
        checkKind(m_selectKind->currentData().toString());
        m_selectKind->setCurrentIndex(0);
    });
}

void AgreementBatchDialog::setPartyA(qint64 orgId)
{
    m_partyA->setUnitId(orgId);
    loadTargets();
}

void AgreementBatchDialog::loadTargets()
{
    m_units->clear();
    const auto party = m_partyA->unitId();
    if (!party) {
        return;
    }
    try {
        for (const Organisation& org : OrgService(m_db).children(*party)) {
            if (org.isVoided()) {
                continue;
            }
            auto* item = new QListWidgetItem(QString::fromUtf8(org.name) + QStringLiteral("（") +
                                                 EnumText::label(org.kind, "OrgKind") + QStringLiteral("）"),
                                             m_units);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            item->setData(kIdRole, QVariant::fromValue<qlonglong>(org.id));
            item->setData(kKindRole, QString::fromUtf8(toCode(org.kind)));
        }
    } catch (const Error& e) {
        showMessage(FieldErrors::describe(e));
    }
}

void AgreementBatchDialog::check(const QList<qint64>& orgIds)
{
    for (int i = 0; i < m_units->count(); ++i) {
        QListWidgetItem* item = m_units->item(i);
        if (orgIds.contains(item->data(kIdRole).toLongLong())) {
            item->setCheckState(Qt::Checked);
        }
    }
}

int AgreementBatchDialog::checkKind(const QString& kindCode)
{
    int n = 0;
    for (int i = 0; i < m_units->count(); ++i) {
        QListWidgetItem* item = m_units->item(i);
        if (!kindCode.isEmpty() && item->data(kKindRole).toString() == kindCode) {
            item->setCheckState(Qt::Checked);
            ++n;
        }
    }
    return n;
}

int AgreementBatchDialog::checkedCount() const
{
    int n = 0;
    for (int i = 0; i < m_units->count(); ++i) {
        n += m_units->item(i)->checkState() == Qt::Checked ? 1 : 0;
    }
    return n;
}

void AgreementBatchDialog::save()
{
    std::vector<std::string> targets;
    for (const QString& line : m_targetClauses->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty()) {
            targets.push_back(line.trimmed().toStdString());
        }
    }
    if (checkedCount() == 0) {
        FieldErrors::fail("party_b", tr("check at least one unit to sign with"));
    }
    int created = 0;
    RecordService records(m_db);
    m_db.write([&] {
        for (int i = 0; i < m_units->count(); ++i) {
            const QListWidgetItem* item = m_units->item(i);
            if (item->checkState() != Qt::Checked) {
                continue;
            }
            Agreement a;
            a.year = m_year->value();
            a.kind = EnumText::current(m_kind, AgreementKind::Responsibility);
            a.partyAId = m_partyA->unitId().value_or(0);
            a.partyBId = item->data(kIdRole).toLongLong();
            a.signatoryA = m_signatoryA->text().trimmed().toStdString();
            a.targets = targets;
            records.add(a);
            ++created;
        }
    });
    m_created = created;
}

} // namespace safeledger
