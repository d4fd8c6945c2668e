// MainWindow's File ▸ Restore from backup (the automatic backups are BackupKeeper's).
#include "BackupKeeper.h"
#include "CoreMessages.h"
#include "DatabaseOpener.h"
#include "MainWindow.h"
#include "RestoreDialog.h"
#include "safeledger/core/Clock.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/Backup.h"
#include "safeledger/storage/Database.h"

#include <QDir>
#include <QMessageBox>
#include <QStatusBar>

namespace safeledger {

void MainWindow::restoreBackup()
{
    if (!m_db) {
        showError(tr("Open the database to restore first: its backups are listed with it."));
        return;
    }
    auto* dialog = new RestoreDialog(QString::fromUtf8(m_db->path()), BackupKeeper::folder(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString backup = dialog->chosen();
        if (backup.isEmpty() || !mayDiscardEdits()) {
            return;
        }
        const auto answer = QMessageBox::question(
            this, tr("Restore from a backup"),
            tr("Replace the open database with the backup %1? Everything entered since that backup was taken "
               "will no longer be shown; the database as it is now is kept beside it.")
                .arg(QDir::toNativeSeparators(backup)));
        if (answer == QMessageBox::Yes) {
            restoreFrom(backup);
        }
    });
    dialog->open();
}

void MainWindow::restoreFrom(const QString& backup)
{
    // Checked before the database is closed for it: Backup::restore cannot ask the closed one.
    try {
        m_db->require(Action::RestoreBackups);
    } catch (const Error& e) {
        showError(CoreMessages::translate(e));
        return;
    }
    const QString path = QString::fromUtf8(m_db->path());
    m_backups->wait(); // a running backup reads the file about to be replaced
    closeDatabase();   // releases the writer lock, which restoring takes
    QString error;
    QString kept;
    try {
        kept = QString::fromStdString(Backup::restore(backup.toStdString(), path.toStdString(), *m_clock));
    } catch (const Error& e) {
        error = DatabaseOpener::describe(e, backup);
    }
    // Open the database again, restored or not.
    if (const QString reopen = load(path); !reopen.isEmpty()) {
        error = error.isEmpty() ? reopen : error + QLatin1Char('\n') + reopen;
    }
    if (!error.isEmpty()) {
        showError(tr("The backup was not restored: %1").arg(error));
        return;
    }
    statusBar()->showMessage(tr("Restored from %1. The replaced database is kept as %2.")
                                 .arg(QDir::toNativeSeparators(backup), QDir::toNativeSeparators(kept)));
}

} // namespace safeledger
