#pragma once

#include <optional>
#include <string>

namespace safeledger {

// One process writes a database at a time. SQLite before 3.51.3 (Debian 12 ships 3.40) can
// corrupt a WAL database when two connections write or checkpoint at the same moment, and a single
// writer also keeps one person's edits from silently overwriting another's.
//
// The lock is an flock() on "<db>-writer" beside the database (not a POSIX lock on the database
// itself, which SQLite's own locks would share and lose when any descriptor closes). The kernel
// drops it when the process ends, however it ends, so a crash never leaves a stale lock. The file
// names the holder (pid, program, host) so that a second copy can say who has it.
class WriterLock final
{
public:
    WriterLock() = default;
    ~WriterLock();
    WriterLock(const WriterLock&) = delete;
    WriterLock& operator=(const WriterLock&) = delete;
    WriterLock(WriterLock&& other) noexcept;
    WriterLock& operator=(WriterLock&& other) noexcept;

    // The lock, or nullopt with `holder` describing who has it ("process 1234 (safeledger) on host").
    static std::optional<WriterLock> tryAcquire(const std::string& databasePath, std::string& holder);
    static std::string lockPathFor(const std::string& databasePath) { return databasePath + "-writer"; }
    bool isHeld() const { return m_fd >= 0; }

private:
    void release();
    int m_fd = -1;
    std::string m_path;
};

} // namespace safeledger
