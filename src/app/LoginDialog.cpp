#include "LoginDialog.h"

#include "CoreMessages.h"
#include "Palette.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/Accounts.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace safeledger {

LoginDialog::LoginDialog(Database& db, const QString& lastAccount, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("loginDialog"));
    const QString file = QFileInfo(QString::fromUtf8(db.path())).fileName();
    setWindowTitle(tr("Sign in to %1").arg(file));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("This ledger keeps accounts: what you enter is recorded under your name. "
                                "Sign in with your account."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_account = new QLineEdit(lastAccount, this);
    m_account->setObjectName(QStringLiteral("loginAccount"));
    QStringList names;
    for (const Account& a : Accounts(db).list()) {
        if (!a.disabled) {
            names << QString::fromStdString(a.name);
        }
    }
    auto* completer = new QCompleter(names, m_account);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_account->setCompleter(completer);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Account:"), m_account);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    Palette::setAlert(m_error);
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(this);
    auto* signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    signIn->setObjectName(QStringLiteral("loginSignIn"));
    signIn->setDefault(true);
    auto* readOnly = buttons->addButton(tr("Open read-only"), QDialogButtonBox::ActionRole);
    readOnly->setObjectName(QStringLiteral("loginReadOnly"));
    readOnly->setToolTip(tr("Read and print without signing in; nothing can be changed"));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(signIn, &QPushButton::clicked, this, &LoginDialog::signIn);
    connect(readOnly, &QPushButton::clicked, this, [this] { done(ReadOnly); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    (lastAccount.isEmpty() ? m_account : m_password)->setFocus();
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
}

void LoginDialog::signIn()
{
    try {
        m_db.signIn({m_account->text().trimmed().toStdString(), m_password->text().toStdString()});
        accept();
    } catch (const Error& e) {
        m_error->setText(CoreMessages::translate(e));
        m_error->show();
        m_password->clear();
        m_password->setFocus();
    }
}

} // namespace safeledger
