#include "safeledger/storage/Backup.h"

#include "safeledger/core/Error.h"

#include "SqliteHandle.h"
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <stdexcept>

namespace safeledger::Backup {

namespace fs = std::filesystem;

namespace {

std::string stamp(const Clock& clock)
{
    std::string iso = clock.nowIso(); // 2025-06-30T16:30:00Z
    std::string out;
    for (char c : iso) {
        if (c >= '0' && c <= '9') {
            out += c;
        }
        if (out.size() == 8 && c == 'T') {
            out += '-';
        }
    }
    return out; // 20250630-163000
}

void fsyncPath(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// Copies with the online backup API into `destination`, which is created readable by its owner.
void backupInto(sqlite3* source, const std::string& destination)
{
    const mode_t old = ::umask(077);
    sqlite3* dest = nullptr;
    int rc = sqlite3_open_v2(destination.c_str(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    ::umask(old);
    if (rc != SQLITE_OK) {
        const std::string msg = dest ? sqlite3_errmsg(dest) : sqlite3_errstr(rc);
        sqlite3_close(dest);
        throw Error(Error::Kind::Storage, MessageId::BackupCannotWrite, {destination, msg});
    }
    sqlite3_backup* b = sqlite3_backup_init(dest, "main", source, "main");
    if (!b) {
        const std::string msg = sqlite3_errmsg(dest);
        sqlite3_close(dest);
        throw Error(Error::Kind::Storage, Message(MessageId::BackupCannotStart, {msg}));
    }
    do {
        rc = sqlite3_backup_step(b, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            sqlite3_sleep(20);
        }
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(b);
    const int finalRc = sqlite3_errcode(dest);
    // A backup is a single self-contained file: no WAL beside it.
    if (rc == SQLITE_DONE) {
        sqlite3_exec(dest, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    }
    sqlite3_close(dest);
    if (rc != SQLITE_DONE) {
        throw Error(Error::Kind::Storage,
                    finalRc == SQLITE_FULL ? MessageId::BackupFailedDiskFull : MessageId::BackupFailed,
                    {sqlite3_errstr(rc)});
    }
}

std::string baseName(const std::string& databasePath)
{
    return fs::path(databasePath).stem().string();
}

} // namespace

void copy(const std::string& databasePath, const std::string& destination)
{
    std::error_code ec;
    if (fs::exists(destination, ec)) {
        // No field: the sentence names the file, and what() stays the sentence alone.
        throw Error(Error::Kind::Validation, Message(MessageId::BackupDestinationExists, {destination}));
    }
    sql::Connection source(databasePath, sql::Connection::Mode::ReadOnly);
    const std::string partial = destination + ".partial";
    fs::remove(partial, ec);
    try {
        backupInto(sql::rawHandle(source), partial);
        fsyncPath(partial);
        fs::rename(partial, destination);
        fsyncPath(fs::path(destination).parent_path().empty() ? "." : fs::path(destination).parent_path().string());
    } catch (const fs::filesystem_error& e) {
        fs::remove(partial, ec);
        throw Error(Error::Kind::Storage, Message(MessageId::BackupCannotFinish, {e.what()}));
    } catch (...) {
        fs::remove(partial, ec);
        throw;
    }
}

AuditHead auditHead(const std::string& backupPath)
{
    AuditHead head;
    try {
        sql::Connection conn(backupPath, sql::Connection::Mode::ReadOnly);
        if (conn.scalarInt("PRAGMA application_id") != Database::kApplicationId ||
            conn.scalarInt("SELECT count(*) FROM pragma_table_info('audit') WHERE name = 'hash'") == 0) {
            return head;
        }
        sql::Statement st(conn, "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1");
        if (st.step()) {
            head.id = st.int64(0);
            head.hash = st.text(1);
        }
    } catch (const Error&) {
        return {};
    }
    return head;
}

std::vector<BackupInfo> list(const std::string& databasePath, const std::string& folder)
{
    std::vector<BackupInfo> out;
    std::error_code ec;
    const std::string prefix = baseName(databasePath) + "-";
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        const std::string name = entry.path().filename().string();
        // <prefix>YYYYMMDD-HHMMSS.db
        if (name.size() != prefix.size() + 18 || name.rfind(prefix, 0) != 0 || entry.path().extension() != ".db") {
            continue;
        }
        const std::string s = name.substr(prefix.size(), 15);
        if (s[8] != '-' || !std::all_of(s.begin(), s.begin() + 8, ::isdigit) ||
            !std::all_of(s.begin() + 9, s.end(), ::isdigit)) {
            continue;
        }
        BackupInfo info;
        info.path = entry.path().string();
        info.takenAt = s.substr(0, 4) + "-" + s.substr(4, 2) + "-" + s.substr(6, 2) + " " + s.substr(9, 2) + ":" +
                       s.substr(11, 2) + ":" + s.substr(13, 2);
        info.bytes = static_cast<int64_t>(entry.file_size(ec));
        out.push_back(info);
    }
    std::sort(out.begin(), out.end(), [](const BackupInfo& a, const BackupInfo& b) { return a.takenAt > b.takenAt; });
    return out;
}

std::string rotate(const std::string& databasePath, const std::string& folder, int keep, const Clock& clock,
                   int64_t minIntervalSeconds)
{
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec) {
        throw Error(Error::Kind::Storage, MessageId::BackupCannotCreateFolder, {folder, ec.message()});
    }
    auto existing = list(databasePath, folder);
    std::string written;
    const std::string now = Clock::isoFromSeconds(clock.nowSeconds() - minIntervalSeconds);
    const std::string threshold = now.substr(0, 10) + " " + now.substr(11, 8);
    if (existing.empty() || existing.front().takenAt <= threshold) {
        written = (fs::path(folder) / (baseName(databasePath) + "-" + stamp(clock) + ".db")).string();
        if (!fs::exists(written, ec)) {
            copy(databasePath, written);
        }
        existing = list(databasePath, folder);
    }
    for (size_t i = static_cast<size_t>(std::max(keep, 1)); i < existing.size(); ++i) {
        fs::remove(existing[i].path, ec);
    }
    return written;
}

std::string restore(const std::string& source, const std::string& target, const Clock& clock, const Database& by)
{
    by.require(Action::RestoreBackups);
    std::error_code ec;
    if (!fs::equivalent(by.path(), target, ec)) {
        throw std::invalid_argument("Backup::restore: the session has " + by.path() + " open, not " + target);
    }
    return restore(source, target, clock);
}

std::string restore(const std::string& source, const std::string& target, const Clock& clock)
{
    {
        OpenOptions o;
        o.readOnly = true;
        auto backup = Database::open(source, o); // refuses files that are not SafeLedger databases
        sql::Statement st(backup->connection(), "PRAGMA integrity_check");
        if (!st.step() || st.text(0) != "ok") {
            throw Error(Error::Kind::Storage, Message(MessageId::BackupDamaged, {source}));
        }
    }
    std::string holder;
    auto lock = WriterLock::tryAcquire(target, holder);
    if (!lock) {
        throw Error(Error::Kind::Locked, MessageId::RestoreTargetLocked, {target, holder});
    }
    std::error_code ec;
    std::string kept;
    if (fs::exists(target, ec)) {
        kept = target + ".before-restore-" + stamp(clock);
        // Keep the current state first, as a consistent copy, then replace it in one rename.
        copy(target, kept);
    }
    const std::string partial = target + ".restoring";
    fs::remove(partial, ec);
    {
        sql::Connection src(source, sql::Connection::Mode::ReadOnly);
        backupInto(sql::rawHandle(src), partial);
    }
    {
        // The restored file is a WAL database again, like every SafeLedger database.
        sql::Connection c(partial, sql::Connection::Mode::ReadWrite);
        c.exec("PRAGMA journal_mode = WAL");
    }
    fsyncPath(partial);
    for (const char* suffix : {"-wal", "-shm"}) {
        fs::remove(target + suffix, ec);
    }
    fs::rename(partial, target, ec);
    if (ec) {
        throw Error(Error::Kind::Storage, MessageId::RestoreCannotReplace, {target, ec.message()});
    }
    for (const char* suffix : {"-wal", "-shm"}) {
        fs::remove(partial + suffix, ec);
    }
    return kept;
}

} // namespace safeledger::Backup
