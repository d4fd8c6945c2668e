#pragma once

#include <QFuture>
#include <QObject>
#include <QString>

#include <memory>

namespace safeledger {

class Clock;

// The automatic backups of the open database (docs/crash-safety.md): when a database opens and
// again when the window closes, a consistent copy is taken with SQLite's online backup API into
// the backup folder, at most once a day, keeping the newest AppSettings::backupsToKeep(). The copy
// at opening runs on a worker thread (it reads through its own connection, so the user goes on
// working); the one at closing is waited for, so that the program does not exit halfway through.
class BackupKeeper final : public QObject
{
    Q_OBJECT

public:
    // `clock` dates the backups and says when one is due.
    explicit BackupKeeper(std::shared_ptr<const Clock> clock, QObject* parent = nullptr);
    ~BackupKeeper() override;

    // <AppDataLocation>/backups, created when the first backup is taken.
    static QString folder();

    // Starts a backup of `databasePath` in the background if one is due.
    void opened(const QString& databasePath);
    // Waits for a running backup, then takes one of `databasePath` if one is due.
    void closing(const QString& databasePath);
    // Waits for a running backup (before a restore replaces the file it reads).
    void wait();

signals:
    // A backup failed (the disk is full, the folder cannot be written…); the database is unharmed.
    void failed(const QString& message);

private:
    std::shared_ptr<const Clock> m_clock;
    QFuture<QString> m_running;
};

} // namespace safeledger
