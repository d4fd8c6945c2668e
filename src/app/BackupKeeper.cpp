#include "BackupKeeper.h"

#include "AppSettings.h"
#include "CoreMessages.h"
#include "WorkerConnection.h"
#include "safeledger/core/Clock.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/Backup.h"

#include <QDir>
#include <QFutureWatcher>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace safeledger {

namespace {

// Returns the error in words, or an empty string.
QString rotate(const QString& databasePath, const QString& folder, int keep, const Clock& clock)
{
    try {
        Backup::rotate(databasePath.toStdString(), folder.toStdString(), keep, clock);
        return {};
    } catch (const Error& e) {
        return CoreMessages::translate(e);
    } catch (const std::exception& e) {
        return CoreMessages::translate(e);
    }
}

} // namespace

BackupKeeper::BackupKeeper(std::shared_ptr<const Clock> clock, QObject* parent)
    : QObject(parent)
    , m_clock(std::move(clock))
{
}

BackupKeeper::~BackupKeeper()
{
    wait();
}

QString BackupKeeper::folder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("backups"));
}

void BackupKeeper::opened(const QString& databasePath)
{
    wait();
    const int keep = AppSettings::backupsToKeep();
    const QString dir = folder();
    m_running = QtConcurrent::run(WorkerConnection::pool(), [databasePath, dir, keep, clock = m_clock] {
        return rotate(databasePath, dir, keep, *clock);
    });
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (!error.isEmpty()) {
            emit failed(error);
        }
    });
    watcher->setFuture(m_running);
}

void BackupKeeper::closing(const QString& databasePath)
{
    wait();
    const QString error = rotate(databasePath, folder(), AppSettings::backupsToKeep(), *m_clock);
    if (!error.isEmpty()) {
        emit failed(error);
    }
}

void BackupKeeper::wait()
{
    if (m_running.isValid()) {
        m_running.waitForFinished();
    }
}

} // namespace safeledger
