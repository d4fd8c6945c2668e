// The main window's start: what opens at startup, the first-run start dialog (a new ledger for
// the user's unit, the demo, or a file), and the File menu's new, open and demo commands.

#include "AppSettings.h"
#include "DatabaseOpener.h"
#include "DemoJob.h"
#include "MainWindow.h"
#include "StartDialog.h"
#include "safeledger/storage/Database.h"
#include "safeledger/storage/OrgService.h"
#include "ui_MainWindow.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QStatusBar>

#include <stdexcept>

namespace safeledger {

void MainWindow::openAtStartup(const QString& path)
{
    if (!path.isEmpty()) {
        openDatabase(path);
        return;
    }
    const QString last = AppSettings::lastDatabase();
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        openDatabase(last);
        return;
    }
    const QString fallback = AppSettings::defaultDatabasePath();
    if (QFileInfo::exists(fallback)) {
        openDatabase(fallback);
        return;
    }
    offerStart(fallback);
}

void MainWindow::offerStart(const QString& path)
{
    auto* start = new StartDialog(
        path, [this, path](const Organisation& unit) { createLedger(path, unit); }, this);
    start->setAttribute(Qt::WA_DeleteOnClose);
    connect(start, &QDialog::finished, this, [this, start, path] {
        if (start->choice() == StartDialog::Choice::Demo) {
            createDemo(path);
        } else if (start->choice() == StartDialog::Choice::Open) {
            openDatabaseDialog();
        } else if (start->importRoster()) {
            showExchange(Exchange::ImportRoster); // its units go under the new top unit
        }
    });
    start->open();
}

void MainWindow::createLedger(const QString& path, const Organisation& unit)
{
    QDir().mkpath(QFileInfo(path).absolutePath()); // the default place does not exist on a new account
    OpenedDatabase created = DatabaseOpener::create(path, AppSettings::operatorName(), m_clock);
    if (!created) {
        throw std::runtime_error(created.error.toStdString());
    }
    try {
        Organisation top = unit;
        OrgService(*created.db).add(top);
    } catch (...) {
        // The file was made a moment ago and holds nothing else: it goes, so that trying again
        // with a corrected entry does not meet "already exists".
        created.db.reset();
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(path + suffix);
        }
        throw;
    }
    signInTo(*created.db); // a new ledger is offered its administrator
    adopt(std::move(created));
    showPageNamed(QStringLiteral("unitsPage"));
}

void MainWindow::createDemo(const QString& path)
{
    if (m_demoJob) {
        return; // one build at a time; its progress dialog is already showing
    }
    m_demoJob = new DemoJob(path, this);
    connect(m_demoJob, &DemoJob::succeeded, this, &MainWindow::openDatabase);
    connect(m_demoJob, &DemoJob::failed, this, &MainWindow::showError);
    connect(m_demoJob, &DemoJob::cancelled, this,
            [this] { statusBar()->showMessage(tr("Creating the demo database was cancelled."), 5000); });
    m_demoJob->start();
}

void MainWindow::newDatabase()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New database"),
                                                QDir(dialogDirectory()).filePath(tr("ledger") + QStringLiteral(".db")),
                                                tr("SafeLedger databases (*.db);;All files (*)"));
    if (path.isEmpty() || !mayDiscardEdits()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".db");
    }
    OpenedDatabase created = DatabaseOpener::create(path, AppSettings::operatorName(), m_clock);
    if (!created) {
        showError(created.error);
        return;
    }
    signInTo(*created.db); // a new ledger is offered its administrator
    adopt(std::move(created));
}

void MainWindow::openDatabaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), dialogDirectory(),
                                                      tr("SafeLedger databases (*.db);;All files (*)"));
    if (!path.isEmpty()) {
        openDatabase(path);
    }
}

void MainWindow::openDemo()
{
    const QString path = AppSettings::defaultDatabasePath();
    if (QFileInfo::exists(path)) {
        openDatabase(path);
    } else {
        createDemo(path);
    }
}

} // namespace safeledger
