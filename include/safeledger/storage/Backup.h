#pragma once

#include "safeledger/storage/Database.h"

#include <cstdint>
#include <string>
#include <vector>

namespace safeledger {

struct BackupInfo
{
    std::string path;
    std::string takenAt; // "YYYY-MM-DD HH:MM:SS" (UTC), from the file name
    int64_t bytes = 0;
};

// Backups with SQLite's online backup API: a consistent snapshot taken through its own read
// connection, so it can run on a worker thread while the user goes on working. The copy is written
// under a temporary name, synced and renamed, so a crash never leaves a half-written backup under
// a backup's name; it is readable by its owner only.
namespace Backup {

// Copies the database file at `databasePath` to `destination` (which must not exist).
void copy(const std::string& databasePath, const std::string& destination);

// Rotating automatic backups of `databasePath` in `folder` ("<name>-YYYYMMDD-HHMMSS.db"): takes
// one unless the newest is younger than `minIntervalSeconds` by `clock`, then deletes all but the
// newest `keep`. Returns the new backup's path, or empty when none was due.
std::string rotate(const std::string& databasePath, const std::string& folder, int keep, const Clock& clock,
                   int64_t minIntervalSeconds = 86400);

// The audit chain head a backup file holds (docs/audit-trail.md); {0, ""} for a backup made before
// schema step 7 or one that cannot be read.
AuditHead auditHead(const std::string& backupPath);

// The backups of `databasePath` in `folder`, newest first.
std::vector<BackupInfo> list(const std::string& databasePath, const std::string& folder);

// Replaces the database at `target` with the backup `source`, after checking that the backup is
// a SafeLedger database that passes SQLite's integrity check. Takes the writer lock of `target`
// (refused while another process writes it). The replaced file is kept beside it as
// "<target>.before-restore-YYYYMMDD-HHMMSS". Returns that path (empty when `target` did not exist).
std::string restore(const std::string& source, const std::string& target, const Clock& clock);
// The same, on behalf of the session `by` that has `target` open (read-only: the writer lock must be
// free): refused with Error(Permission) unless it may restore backups (Action::RestoreBackups).
// The GUI, which must close its writer first, checks the same before closing and calls the above.
std::string restore(const std::string& source, const std::string& target, const Clock& clock, const Database& by);

} // namespace Backup
} // namespace safeledger
