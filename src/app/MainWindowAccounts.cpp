// MainWindow and accounts (issue 13): signing in when a ledger opens, the Account menu, and the
// account named in the status bar.
#include "AccountFormDialog.h"
#include "AccountsDialog.h"
#include "AppSettings.h"
#include "AuditDialog.h"
#include "CalendarDialog.h"
#include "DatabaseOpener.h"
#include "EnumText.h"
#include "LedgerKeysDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "Permissions.h"
#include "pages/LedgerPage.h"
#include "safeledger/storage/Database.h"
#include "ui_MainWindow.h"

#include <QLabel>
#include <QStatusBar>

namespace safeledger {

bool MainWindow::signInTo(Database& db)
{
    if (!m_askForAccount) {
        return true;
    }
    const QString path = QString::fromUtf8(db.path());
    if (db.keepsAccounts()) {
        LoginDialog login(db, AppSettings::lastAccount(path), this);
        const int outcome = login.exec();
        if (outcome == LoginDialog::SignedIn && db.account()) {
            AppSettings::setLastAccount(path, QString::fromStdString(db.account()->name));
        }
        return outcome != LoginDialog::Cancelled;
    }
    if (!db.isReadOnly()) {
        // "Not now" keeps the ledger as it was: whoever opens it may do everything.
        AccountFormDialog first(db, AccountFormDialog::Shape::FirstAdministrator, {}, this);
        if (first.exec() == QDialog::Accepted && db.account()) {
            AppSettings::setLastAccount(path, QString::fromStdString(db.account()->name));
        }
    }
    return true;
}

void MainWindow::adoptDatabase(std::unique_ptr<Database> db)
{
    OpenedDatabase opened;
    opened.db = std::move(db);
    adopt(std::move(opened));
}

void MainWindow::switchAccount()
{
    if (!m_db || !mayDiscardEdits()) {
        return;
    }
    const QString path = QString::fromUtf8(m_db->path());
    if (!m_db->keepsAccounts()) {
        if (m_db->isReadOnly()) {
            return;
        }
        AccountFormDialog first(*m_db, AccountFormDialog::Shape::FirstAdministrator, {}, this);
        if (first.exec() != QDialog::Accepted) {
            return;
        }
    } else {
        LoginDialog login(*m_db, AppSettings::lastAccount(path), this);
        if (login.exec() == LoginDialog::ReadOnly) {
            m_db->signOut();
        }
    }
    if (m_db->account()) {
        AppSettings::setLastAccount(path, QString::fromStdString(m_db->account()->name));
    }
    accountChanged();
}

void MainWindow::changePassword()
{
    if (m_db && m_db->account()) {
        AccountFormDialog form(*m_db, AccountFormDialog::Shape::ChangeOwnPassword, {}, this);
        if (form.exec() == QDialog::Accepted) {
            statusBar()->showMessage(tr("Your password was changed."), 10000);
        }
    }
}

void MainWindow::showAccounts()
{
    if (!offers(m_db.get(), Action::ManageAccounts)) {
        return;
    }
    AccountsDialog accounts(*m_db, this);
    accounts.exec();
    accountChanged(); // an administrator may have changed their own role
}

void MainWindow::showAuditTrail()
{
    if (m_db) {
        auto* dialog = new AuditDialog(*m_db, {}, {}, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }
}

void MainWindow::showLedgerKeys()
{
    if (m_db) {
        LedgerKeysDialog keys(*m_db, this);
        keys.exec();
    }
}

void MainWindow::showWorkingCalendar()
{
    if (m_db) {
        CalendarDialog calendar(*m_db, this);
        calendar.exec();
        refreshPages(); // deadlines and the to-do list count on it
    }
}

void MainWindow::accountChanged()
{
    for (LedgerPage* page : m_pages) {
        page->setDatabase(m_db.get());
    }
    updateStatus();
}

void MainWindow::updateAccountStatus()
{
    const Database* db = m_db.get();
    const bool keeps = db && db->keepsAccounts();
    m_ui->actionSwitchAccount->setEnabled(db && (keeps || !db->isReadOnly()));
    m_ui->actionSwitchAccount->setText(keeps ? tr("&Sign in as another account…") : tr("&Create the administrator…"));
    m_ui->actionChangePassword->setEnabled(db && db->account());
    m_ui->actionAuditTrail->setEnabled(db != nullptr);
    m_ui->actionLedgerKeys->setEnabled(db != nullptr);
    m_ui->actionWorkingCalendar->setEnabled(db != nullptr);
    m_ui->actionDocumentNumbers->setEnabled(db != nullptr);
    m_ui->actionAccounts->setEnabled(offers(db, Action::ManageAccounts) && keeps);
    m_ui->actionRestoreBackup->setEnabled(offers(db, Action::RestoreBackups));
    if (db && db->account()) {
        //: The status bar: the signed-in account's full name and role (安全员, 负责人…)
        m_operatorLabel->setText(
            tr("Signed in: %1 (%2)")
                .arg(QString::fromStdString(db->account()->displayName), EnumText::label(db->account()->role, "Role")));
    } else if (keeps) {
        m_operatorLabel->setText(tr("Not signed in: read only"));
    } else {
        m_operatorLabel->setText(tr("Operator: %1").arg(AppSettings::operatorName()));
    }
}

} // namespace safeledger
