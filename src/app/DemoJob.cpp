#include "DemoJob.h"

#include "CoreMessages.h"
#include "DatabaseOpener.h"
#include "WorkerConnection.h"
#include "safeledger/core/Clock.h"
#include "safeledger/core/Error.h"
#include "safeledger/demo/DemoBuilder.h"
#include "safeledger/storage/Database.h"
#include "safeledger/storage/WriterLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProgressDialog>
#include <QPromise>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace safeledger {

namespace {

// Thrown from the progress callback to unwind the build (and roll back its transaction).
struct Cancelled
{
};

// The database and what SQLite and the writer lock keep beside it; called once it is closed.
void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile::remove(path + suffix);
    }
    QFile::remove(QFile::decodeName(WriterLock::lockPathFor(QFile::encodeName(path).toStdString()).c_str()));
}

} // namespace

DemoJob::DemoJob(const QString& path, QWidget* window)
    : QObject(window)
    , m_path(path)
    , m_window(window)
{
}

DemoJob::~DemoJob()
{
    // The worker writes to m_path; never leave it running behind a destroyed job.
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

QString DemoJob::build(const QString& path, const std::function<void(int)>& progress,
                       const std::function<bool()>& cancelled)
{
    if (QFileInfo::exists(path)) {
        return DatabaseOpener::tr("%1 already exists. Choose another file name.").arg(QDir::toNativeSeparators(path));
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QString error;
    try {
        // The demo's fixed today, operator and UUID seed make it the same on every computer.
        OpenOptions options;
        options.clock = FixedClock::at(demoToday());
        options.operatorName = "演示数据";
        options.uuidSeed = demoSeed();
        auto db = Database::create(QFile::encodeName(path).toStdString(), options);
        buildDemo(*db, [&](int percent) {
            if (cancelled()) {
                throw Cancelled();
            }
            progress(std::clamp(percent, 0, 100));
        });
        return {};
    } catch (const Cancelled&) {
        error.clear();
    } catch (const Error& e) {
        error = DatabaseOpener::describe(e, path);
    } catch (const std::exception& e) {
        error = DatabaseOpener::tr("SafeLedger could not create %1.").arg(QDir::toNativeSeparators(path)) +
                QLatin1Char('\n') + DatabaseOpener::tr("Details: %1").arg(CoreMessages::translate(e));
    } catch (...) {
        error = DatabaseOpener::tr("SafeLedger could not create %1.").arg(QDir::toNativeSeparators(path));
    }
    // Nothing was at the path before, so whatever is there now is this build's; the database is
    // closed by now (it lived inside the try block).
    removeDatabaseFiles(path);
    return error;
}

void DemoJob::start()
{
    if (QFileInfo::exists(m_path)) {
        emit failed(
            DatabaseOpener::tr("%1 already exists. Choose another file name.").arg(QDir::toNativeSeparators(m_path)));
        deleteLater();
        return;
    }
    m_dialog = new QProgressDialog(tr("Creating the demo database…"), tr("Cancel"), 0, 100, m_window);
    m_dialog->setObjectName(QStringLiteral("demoProgressDialog"));
    m_dialog->setWindowTitle(tr("Demo database"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(0);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setValue(0);

    connect(&m_watcher, &QFutureWatcher<QString>::progressValueChanged, m_dialog, &QProgressDialog::setValue);
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &DemoJob::finish);
    connect(m_dialog, &QProgressDialog::canceled, &m_watcher, &QFutureWatcher<QString>::cancel);

    const QString path = m_path;
    m_watcher.setFuture(QtConcurrent::run(WorkerConnection::pool(), [path](QPromise<QString>& promise) {
        promise.setProgressRange(0, 100);
        QString error = build(
            path, [&promise](int percent) { promise.setProgressValue(percent); },
            [&promise] { return promise.isCanceled(); });
        promise.addResult(error);
    }));
}

void DemoJob::finish()
{
    if (m_dialog) {
        m_dialog->close();
        m_dialog->deleteLater();
        m_dialog = nullptr;
    }
    const QFuture<QString> future = m_watcher.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        // A cancel that arrived after the last step finds the demo complete: a failed or stopped
        // build removes its file.
        if (QFileInfo::exists(m_path)) {
            emit succeeded(m_path);
        } else {
            emit cancelled();
        }
    } else if (const QString error = future.result(); !error.isEmpty()) {
        emit failed(error);
    } else {
        emit succeeded(m_path);
    }
    deleteLater();
}

} // namespace safeledger
