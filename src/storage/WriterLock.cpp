#include "safeledger/storage/WriterLock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>

namespace safeledger {

namespace {
std::string programName()
{
    std::ifstream comm("/proc/self/comm");
    std::string name;
    std::getline(comm, name);
    return name.empty() ? "unknown program" : name;
}

std::string hostName()
{
    char buf[256] = {};
    return ::gethostname(buf, sizeof buf - 1) == 0 ? std::string(buf) : std::string("this computer");
}
} // namespace

WriterLock::~WriterLock()
{
    release();
}

WriterLock::WriterLock(WriterLock&& other) noexcept
    : m_fd(other.m_fd)
    , m_path(std::move(other.m_path))
{
    other.m_fd = -1;
}

WriterLock& WriterLock::operator=(WriterLock&& other) noexcept
{
    if (this != &other) {
        release();
        m_fd = other.m_fd;
        m_path = std::move(other.m_path);
        other.m_fd = -1;
    }
    return *this;
}

void WriterLock::release()
{
    if (m_fd >= 0) {
        // Empty the file before unlocking so that nobody reads a stale holder.
        if (::ftruncate(m_fd, 0) != 0) {
            // Nothing to do: the lock itself is released below either way.
        }
        ::flock(m_fd, LOCK_UN);
        ::close(m_fd);
        m_fd = -1;
    }
}

std::optional<WriterLock> WriterLock::tryAcquire(const std::string& databasePath, std::string& holder)
{
    const std::string path = lockPathFor(databasePath);
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        // A folder we cannot write to: nobody can write the database here either; the caller
        // opens read-only and SQLite reports why a write fails.
        holder = "nobody: its folder is read-only here (cannot create " + path + ": " + std::strerror(errno) + ")";
        return std::nullopt;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        char buf[512] = {};
        const ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
        holder = n > 0 ? std::string(buf, static_cast<size_t>(n)) : std::string("another process");
        while (!holder.empty() && (holder.back() == '\n' || holder.back() == '\r')) {
            holder.pop_back();
        }
        ::close(fd);
        return std::nullopt;
    }
    const std::string me = "process " + std::to_string(::getpid()) + " (" + programName() + ") on " + hostName() + "\n";
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, me.data(), me.size(), 0) < 0) {
        // The lock holds even if the description could not be written.
    }
    WriterLock lock;
    lock.m_fd = fd;
    lock.m_path = path;
    return lock;
}

} // namespace safeledger
