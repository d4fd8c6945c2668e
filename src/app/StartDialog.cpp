#include "StartDialog.h"

#include "CoreMessages.h"
#include "EnumText.h"
#include "Palette.h"
#include "safeledger/core/CreditCode.h"
#include "safeledger/core/Error.h"
#include "safeledger/core/Organisation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace safeledger {

StartDialog::StartDialog(const QString& path, std::function<void(const Organisation&)> create, QWidget* parent)
    : QDialog(parent)
    , m_create(std::move(create))
{
    setObjectName(QStringLiteral("startDialog"));
    setWindowTitle(tr("Welcome to SafeLedger"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("There is no ledger yet. Start your unit's own ledger, or look around the demo "
                                "first: a fictional town with two years of inspections and hazards."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* own = new QGroupBox(tr("Create my ledger"), this);
    auto* form = new QFormLayout(own);
    m_name = new QLineEdit(own);
    m_name->setObjectName(QStringLiteral("startUnitName"));
    m_name->setPlaceholderText(tr("e.g. 青山镇, 青山工业园区, 青山机械厂"));
    form->addRow(tr("Your &unit"), m_name);
    m_kind = new QComboBox(own);
    m_kind->setObjectName(QStringLiteral("startUnitKind"));
    // The units that keep a ledger of their own: a town or street office, a park, a county's
    // office, a department, an enterprise.
    for (const OrgKind kind :
         {OrgKind::Town, OrgKind::Park, OrgKind::County, OrgKind::Department, OrgKind::Enterprise}) {
        m_kind->addItem(EnumText::label(kind, "OrgKind"), QString::fromUtf8(toCode(kind)));
    }
    form->addRow(tr("&Kind"), m_kind);
    m_creditCode = new QLineEdit(own);
    m_creditCode->setObjectName(QStringLiteral("startCreditCode"));
    m_creditCode->setPlaceholderText(tr("统一社会信用代码, 18 characters (optional)"));
    form->addRow(tr("&Credit code"), m_creditCode);
    m_roster = new QCheckBox(tr("Then import our &roster of units (企业名册) from Excel or CSV"), own);
    m_roster->setObjectName(QStringLiteral("startImportRoster"));
    form->addRow(m_roster);
    auto* where = new QLabel(tr("Saved at %1. Units below it, accounts and the rest are added in the ledger.")
                                 .arg(QDir::toNativeSeparators(path)),
                             own);
    where->setWordWrap(true);
    where->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::name(Palette::Role::Quiet)));
    form->addRow(where);
    m_error = new QLabel(own);
    m_error->setObjectName(QStringLiteral("startError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Palette::alertText());
    m_error->hide();
    form->addRow(m_error);
    auto* createButton = new QPushButton(tr("Create my &ledger"), own);
    createButton->setObjectName(QStringLiteral("startCreate"));
    createButton->setDefault(true);
    form->addRow(createButton);
    layout->addWidget(own);

    auto* buttons = new QDialogButtonBox(this);
    auto* demo = buttons->addButton(tr("Open the &demo"), QDialogButtonBox::ActionRole);
    demo->setObjectName(QStringLiteral("startDemo"));
    auto* open = buttons->addButton(tr("&Open a ledger file…"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("startOpen"));
    auto* later = buttons->addButton(tr("Not now"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("startLater"));
    layout->addWidget(buttons);

    connect(createButton, &QPushButton::clicked, this, &StartDialog::createLedger);
    connect(m_name, &QLineEdit::returnPressed, this, &StartDialog::createLedger);
    connect(demo, &QPushButton::clicked, this, [this] { choose(Choice::Demo); });
    connect(open, &QPushButton::clicked, this, [this] { choose(Choice::Open); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, sizeHint().height());
}

bool StartDialog::importRoster() const
{
    return m_choice == Choice::Created && m_roster->isChecked();
}

void StartDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

void StartDialog::createLedger()
{
    Organisation unit;
    unit.name = m_name->text().trimmed().toStdString();
    unit.kind = EnumText::current(m_kind, OrgKind::Town);
    unit.creditCode = m_creditCode->text().trimmed().toUpper().toStdString();
    QString why;
    try {
        validate(unit);
        if (!unit.creditCode.empty()) {
            if (auto wrong = CreditCode::check(unit.creditCode)) {
                throw Error(Error::Kind::Validation, std::move(*wrong));
            }
        }
        m_create(unit);
    } catch (const Error& e) {
        why = CoreMessages::translate(e.message()); // the message alone: the form shows its field
    } catch (const std::exception& e) {
        why = CoreMessages::translate(e);
    }
    if (!why.isEmpty()) {
        m_error->setText(tr("The ledger was not created: %1").arg(why));
        m_error->show();
        return;
    }
    choose(Choice::Created);
}

} // namespace safeledger
