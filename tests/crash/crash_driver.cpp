// crash_driver: "nothing lost, ever". Starts crash_writer on one database again and again, kills
// it with SIGKILL after a random delay, and after every kill opens the database, runs the checker
// (SQLite's integrity and foreign keys, the product's invariants, the text index) and verifies
// that every record the writer reported as committed is there with at least the reported version.
//
//   crash_driver --writer PATH [--kills N] [--db PATH] [--seed S]
// The number of kills defaults to 20 (the test suite's short run); SAFELEDGER_CRASH_KILLS
// overrides it (docs/crash-safety.md records a run of 1,000 and more).
#include "SqliteHandle.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/Checker.h"
#include "safeledger/storage/Database.h"

#include <poll.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace safeledger;
namespace fs = std::filesystem;

namespace {

struct Promise
{
    std::string table;
    int64_t version = 0;
};

const std::set<std::string> kTables = {"org",       "inspection",    "inspection_item", "hazard",
                                       "agreement", "rectification", "verification"};

[[noreturn]] void fail(const std::string& message)
{
    std::fprintf(stderr, "crash_driver: FAILED: %s\n", message.c_str());
    std::exit(1);
}

// Runs the writer with `args`; returns what it printed before it ended or was killed after
// `killAfterMs` (never killed when negative), and how it ended.
struct Run
{
    std::string out;
    int status = 0;
    bool killed = false;
};

Run runWriter(const std::string& writer, const std::vector<std::string>& args, int killAfterMs)
{
    int fds[2];
    if (::pipe(fds) != 0) {
        fail("pipe");
    }
    const pid_t pid = ::fork();
    if (pid < 0) {
        fail("fork");
    }
    if (pid == 0) {
        ::dup2(fds[1], STDOUT_FILENO);
        ::close(fds[0]);
        ::close(fds[1]);
        std::vector<char*> argv{const_cast<char*>(writer.c_str())};
        for (const auto& a : args) {
            argv.push_back(const_cast<char*>(a.c_str()));
        }
        argv.push_back(nullptr);
        ::execv(writer.c_str(), argv.data());
        std::perror("execv");
        ::_exit(127);
    }
    ::close(fds[1]);
    Run run;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(killAfterMs);
    char buf[65536];
    while (true) {
        int timeout = -1;
        if (killAfterMs >= 0 && !run.killed) {
            const auto left =
                std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
            if (left.count() <= 0) {
                ::kill(pid, SIGKILL);
                run.killed = true;
            } else {
                timeout = static_cast<int>(left.count());
            }
        }
        pollfd p{fds[0], POLLIN, 0};
        if (::poll(&p, 1, run.killed ? -1 : timeout) > 0) {
            const ssize_t n = ::read(fds[0], buf, sizeof buf);
            if (n <= 0) {
                break; // the writer is gone and its output read to the end
            }
            run.out.append(buf, static_cast<size_t>(n));
        }
    }
    ::close(fds[0]);
    ::waitpid(pid, &run.status, 0);
    return run;
}

// Complete lines only: a line cut short by the kill promised nothing.
void collect(const std::string& out, std::map<std::string, Promise>& promises, int64_t& lines)
{
    std::istringstream in(out.substr(0, out.rfind('\n') == std::string::npos ? 0 : out.rfind('\n') + 1));
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream words(line);
        Promise p;
        std::string uuid;
        if (!(words >> p.table >> uuid >> p.version) || !kTables.count(p.table)) {
            fail("the writer printed an unexpected line: " + line);
        }
        auto& known = promises[uuid];
        known.table = p.table;
        known.version = std::max(known.version, p.version);
        ++lines;
    }
}

// Every promised record, or (when `only` is given) those, at their version or later.
void verify(Database& db, const std::map<std::string, Promise>& promises, const std::set<std::string>* only)
{
    for (const auto& [uuid, p] : promises) {
        if (only && !only->count(uuid)) {
            continue;
        }
        sql::Statement st(db.connection(), "SELECT version FROM " + p.table + " WHERE uuid = ?");
        st.bind(1, uuid);
        if (!st.step()) {
            fail(p.table + " " + uuid + " was reported committed and is missing");
        }
        if (st.int64(0) < p.version) {
            fail(p.table + " " + uuid + " was reported at version " + std::to_string(p.version) +
                 " and is at version " + std::to_string(st.int64(0)));
        }
    }
}

} // namespace

int main(int argc, char** argv)
{
    std::string writer;
    std::string path;
    long kills = 20;
    uint64_t seed = static_cast<uint64_t>(std::chrono::system_clock::now().time_since_epoch().count());
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string opt = argv[i];
        if (opt == "--writer") {
            writer = argv[i + 1];
        } else if (opt == "--kills") {
            kills = std::atol(argv[i + 1]);
        } else if (opt == "--db") {
            path = argv[i + 1];
        } else if (opt == "--seed") {
            seed = std::strtoull(argv[i + 1], nullptr, 10);
        }
    }
    if (const char* env = std::getenv("SAFELEDGER_CRASH_KILLS")) {
        kills = std::atol(env);
    }
    if (writer.empty() || kills < 1) {
        std::fprintf(stderr, "usage: crash_driver --writer PATH [--kills N] [--db PATH] [--seed S]\n");
        return 2;
    }
    std::string dir;
    if (path.empty()) {
        char tmpl[] = "/tmp/safeledger-crash-XXXXXX";
        dir = ::mkdtemp(tmpl);
        path = dir + "/crash.db";
    }
    std::printf("crash_driver: %ld kills on %s, seed %llu\n", kills, path.c_str(),
                static_cast<unsigned long long>(seed));
    std::fflush(stdout);

    std::map<std::string, Promise> promises;
    int64_t lines = 0;
    const Run init = runWriter(writer, {"--init", path}, -1);
    if (!WIFEXITED(init.status) || WEXITSTATUS(init.status) != 0) {
        fail("crash_writer --init failed");
    }
    collect(init.out, promises, lines);

    std::mt19937_64 rng(seed);
    const auto start = std::chrono::steady_clock::now();
    long writerErrors = 0;
    for (long k = 1; k <= kills; ++k) {
        // Mostly short lives, so that kills land in every phase: opening, recovering, writing.
        const int delay = static_cast<int>(rng() % 4 == 0 ? 100 + rng() % 900 : 5 + rng() % 150);
        const Run run = runWriter(writer, {path, std::to_string(rng())}, delay);
        if (!run.killed || !WIFSIGNALED(run.status)) {
            // The writer stopped by itself: an error it reported on stderr.
            ++writerErrors;
            fail("run " + std::to_string(k) + ": crash_writer ended by itself (status " + std::to_string(run.status) +
                 ") instead of being killed");
        }
        std::map<std::string, Promise> fresh;
        int64_t freshLines = 0;
        collect(run.out, fresh, freshLines);
        std::set<std::string> now;
        for (const auto& [uuid, p] : fresh) {
            auto& known = promises[uuid];
            known.table = p.table;
            known.version = std::max(known.version, p.version);
            now.insert(uuid);
        }
        lines += freshLines;

        auto db = Database::open(path);
        if (k % 2 == 0) {
            // Leave the write-ahead log as the kill left it, so that the next writer recovers it
            // itself (closing the last connection would otherwise fold it into the database).
            sqlite3_db_config(sql::rawHandle(db->connection()), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        }
        const CheckReport report = checkDatabase(*db);
        if (!report.ok()) {
            fail("after kill " + std::to_string(k) + ", check found: " + report.problems.front());
        }
        // What this run promised, every time; everything ever promised, every 25 kills and at the end.
        verify(*db, promises, k % 25 == 0 || k == kills ? nullptr : &now);
        if (k % 50 == 0 || k == kills) {
            const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            std::printf("  %ld kills, %lld committed operations' records verified (%zu distinct), %.0f s\n", k,
                        static_cast<long long>(lines), promises.size(), s);
            std::fflush(stdout);
        }
    }
    if (promises.size() < static_cast<size_t>(kills)) {
        fail("the writer committed almost nothing (" + std::to_string(promises.size()) + " records in " +
             std::to_string(kills) + " runs): the test proves nothing");
    }
    std::printf("crash_driver: passed: %ld kills, %lld reported records all present, check ok after every kill; "
                "database %s (%.1f MB)\n",
                kills, static_cast<long long>(lines), path.c_str(),
                static_cast<double>(fs::file_size(path)) / 1048576.0);
    if (!dir.empty()) {
        fs::remove_all(dir);
    }
    return writerErrors == 0 ? 0 : 1;
}
