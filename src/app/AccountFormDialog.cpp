#include "AccountFormDialog.h"

#include "CoreMessages.h"
#include "EnumText.h"
#include "Palette.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/Accounts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace safeledger {

namespace {
QLineEdit* passwordEdit(QWidget* parent, const char* name)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}
} // namespace

AccountFormDialog::AccountFormDialog(Database& db, Shape shape, const QString& accountName, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_shape(shape)
    , m_accountName(accountName)
{
    setObjectName(QStringLiteral("accountFormDialog"));
    auto* layout = new QVBoxLayout(this);
    QString intro;
    QString action;
    switch (shape) {
    case Shape::FirstAdministrator:
        setWindowTitle(tr("Create the administrator"));
        intro = tr("This ledger has no accounts yet: whoever opens it may change or void anything, and the audit "
                   "trail records only a typed name. Create its administrator now. The administrator then adds an "
                   "account for each officer and manager, and every entry is recorded under the account that made "
                   "it.");
        action = tr("Create administrator");
        break;
    case Shape::NewAccount:
        setWindowTitle(tr("New account"));
        intro = tr("Officers register inspections and hazards and record rectification; managers also verify, "
                   "close, void and issue documents; administrators also manage accounts, settings, backups and "
                   "imports. Viewers read and print only.");
        action = tr("Add account");
        break;
    case Shape::ChangeOwnPassword:
        setWindowTitle(tr("Change my password"));
        intro = tr("The new password is needed the next time you sign in to this ledger.");
        action = tr("Change password");
        break;
    case Shape::ResetPassword:
        setWindowTitle(tr("Set a new password for %1").arg(accountName));
        intro = tr("Give the new password to %1 in person; they can change it after signing in.").arg(accountName);
        action = tr("Set password");
        break;
    }
    auto* introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);

    auto* form = new QFormLayout;
    if (shape == Shape::FirstAdministrator || shape == Shape::NewAccount) {
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("accountName"));
        m_name->setPlaceholderText(tr("e.g. wangan (used to sign in)"));
        m_displayName = new QLineEdit(this);
        m_displayName->setObjectName(QStringLiteral("accountDisplayName"));
        m_displayName->setPlaceholderText(tr("e.g. 王安 (printed on what the account signs)"));
        form->addRow(tr("&Account name:"), m_name);
        form->addRow(tr("&Full name:"), m_displayName);
    }
    if (shape == Shape::NewAccount) {
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("accountRole"));
        EnumText::fill<Role>(m_role, "Role");
        m_role->setCurrentIndex(m_role->findData(QStringLiteral("officer")));
        form->addRow(tr("&Role:"), m_role);
    }
    if (shape == Shape::ChangeOwnPassword) {
        m_current = passwordEdit(this, "currentPassword");
        form->addRow(tr("C&urrent password:"), m_current);
    }
    m_password = passwordEdit(this, "newPassword");
    m_password->setPlaceholderText(tr("at least %n characters", nullptr, Accounts::kMinimumPasswordLength));
    m_repeat = passwordEdit(this, "repeatPassword");
    form->addRow(shape == Shape::ChangeOwnPassword || shape == Shape::ResetPassword ? tr("&New password:")
                                                                                    : tr("&Password:"),
                 m_password);
    form->addRow(tr("Re&peat password:"), m_repeat);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("accountError"));
    m_error->setWordWrap(true);
    Palette::setAlert(m_error);
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(this);
    auto* ok = buttons->addButton(action, QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("accountSubmit"));
    ok->setDefault(true);
    buttons->addButton(shape == Shape::FirstAdministrator ? tr("Not now") : tr("Cancel"), QDialogButtonBox::RejectRole)
        ->setObjectName(QStringLiteral("accountCancel"));
    layout->addWidget(buttons);
    connect(ok, &QPushButton::clicked, this, &AccountFormDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
}

void AccountFormDialog::submit()
{
    const auto show = [this](const QString& text) {
        m_error->setText(text);
        m_error->show();
    };
    if (m_password->text() != m_repeat->text()) {
        show(tr("The two passwords differ; type the new password again in both fields."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    const std::string password = m_password->text().toStdString();
    try {
        Accounts accounts(m_db);
        switch (m_shape) {
        case Shape::FirstAdministrator:
            accounts.createFirstAdministrator(m_name->text().trimmed().toStdString(),
                                              m_displayName->text().toStdString(), password);
            break;
        case Shape::NewAccount:
            accounts.add(m_name->text().trimmed().toStdString(), m_displayName->text().toStdString(),
                         EnumText::current<Role>(m_role, Role::Officer), password);
            break;
        case Shape::ChangeOwnPassword:
            accounts.changeOwnPassword(m_current->text().toStdString(), password);
            break;
        case Shape::ResetPassword:
            accounts.resetPassword(m_accountName.toStdString(), password);
            break;
        }
    } catch (const Error& e) {
        show(CoreMessages::translate(e));
        return;
    }
    accept();
}

} // namespace safeledger
