// A save that runs out of disk, or meets an I/O error, is refused whole: the user is told why and
// the database is exactly as it was. The disk is filled by PRAGMA max_page_count (SQLite's own
// limit, hit the way a full disk is: SQLITE_FULL while writing pages); the I/O error is a file
// size limit (RLIMIT_FSIZE) in a child process, so that the kernel refuses the write itself.
#include "TempDir.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/Checker.h"
#include "safeledger/storage/Database.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"

#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <map>

using namespace safeledger;
namespace fs = std::filesystem;

namespace {

using test::TempDir;

// Fresh random UUIDs on every open: a reopened database must not repeat a seeded sequence.
OpenOptions options()
{
    return {FixedClock::at(Date::fromParts(2025, 6, 30)), "tester", std::nullopt, false, false};
}

// A small ledger on disk: a town, a factory, a few hazards. Returns the factory's id and a hazard's.
std::pair<int64_t, int64_t> fill(Database& db)
{
    OrgService orgs(db);
    Organisation town;
    town.name = "青山镇";
    town.kind = OrgKind::Town;
    orgs.add(town);
    Organisation factory;
    factory.name = "青山机械厂";
    factory.kind = OrgKind::Enterprise;
    factory.parentId = town.id;
    orgs.add(factory);
    Hazard h;
    for (int i = 0; i < 5; ++i) {
        h = {};
        h.orgId = factory.id;
        h.description = "配电箱门未上锁，箱内线路凌乱";
        h.foundOn = Date::fromParts(2025, 6, 1 + i);
        h.deadline = Date::fromParts(2025, 7, 1);
        HazardService(db).registerHazard(h);
    }
    return {factory.id, h.id};
}

// Everything a failed save must leave as it was: every table's rows, and one hazard in full.
struct Snapshot
{
    std::map<std::string, int64_t> rows;
    std::string hazard;
    bool operator==(const Snapshot&) const = default;
};

Snapshot snapshot(sql::Connection& c, int64_t hazardId)
{
    Snapshot s;
    sql::Statement tables(c, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                             "AND name NOT LIKE 'hazard_fts%'");
    while (tables.step()) {
        s.rows[tables.text(0)] = c.scalarInt("SELECT count(*) FROM " + tables.text(0));
    }
    sql::Statement h(c, "SELECT json_array(uuid, modified_at, version, description, status) FROM hazard WHERE id = ?");
    h.bind(1, hazardId);
    REQUIRE(h.step());
    s.hazard = h.text(0);
    return s;
}

// An inspection with many hazards of long descriptions: more pages than a full disk has room for.
void bigSave(Database& db, int64_t orgId, int hazards, size_t textBytes)
{
    Inspection in;
    in.orgId = orgId;
    in.date = Date::fromParts(2025, 6, 20);
    in.inspectors = {"李安全"};
    std::vector<InspectionItem> items(3);
    for (auto& item : items) {
        item.text = "消防器材配备及完好情况";
    }
    std::vector<Hazard> found(static_cast<size_t>(hazards));
    for (auto& h : found) {
        h.description = "消防通道堵塞";
        while (h.description.size() < textBytes) {
            h.description += "，仓库内货物堆放占用疏散通道";
        }
        h.deadline = Date::fromParts(2025, 7, 20);
    }
    RecordService(db).saveInspection(in, items, found);
}

} // namespace

TEST_CASE("a save that finds the disk full is refused whole, says so, and changes nothing", "[diskfull]")
{
    TempDir dir;
    const std::string path = dir.file("full.db");
    auto db = Database::create(path, options());
    const auto [factory, hazardId] = fill(*db);
    const Snapshot before = snapshot(db->connection(), hazardId);

    // No page more than the file has now: the next page a save needs is refused with SQLITE_FULL.
    db->connection().exec("PRAGMA max_page_count = " + std::to_string(db->connection().scalarInt("PRAGMA page_count")));
    try {
        bigSave(*db, factory, 40, 4000);
        FAIL("the save went through on a full disk");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Storage);
        CHECK_THAT(e.what(), Catch::Contains("disk is full") && Catch::Contains("nothing was saved"));
    }
    Hazard edited = HazardService(*db).get(hazardId);
    edited.description = std::string(60000, 'x'); // overflow pages: a larger record than there is room for
    try {
        HazardService(*db).edit(edited);
        FAIL("the edit went through on a full disk");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Storage);
        CHECK_THAT(e.what(), Catch::Contains("disk is full") && Catch::Contains("nothing was saved"));
    }
    CHECK(snapshot(db->connection(), hazardId) == before);
    CHECK(checkDatabase(*db).ok());

    // On disk too, and the database works again once there is room.
    db.reset();
    db = Database::open(path, options());
    CHECK(snapshot(db->connection(), hazardId) == before);
    CHECK(checkDatabase(*db).ok());
    bigSave(*db, factory, 40, 4000);
    CHECK(db->connection().scalarInt("SELECT count(*) FROM hazard") == before.rows.at("hazard") + 40);
}

TEST_CASE("an I/O error during a save is reported and leaves the database as it was", "[diskfull]")
{
    TempDir dir;
    const std::string path = dir.file("io.db");
    int64_t factory = 0;
    int64_t hazardId = 0;
    Snapshot before;
    {
        auto db = Database::create(path, options());
        std::tie(factory, hazardId) = fill(*db);
        before = snapshot(db->connection(), hazardId);
    }
    const auto limit = static_cast<rlim_t>(fs::file_size(path));

    int report[2];
    REQUIRE(::pipe(report) == 0);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        // The child: no file may grow beyond the database's present size; writes past it fail
        // with EFBIG (the signal the kernel sends for it is ignored, as a program would).
        ::close(report[0]);
        ::signal(SIGXFSZ, SIG_IGN);
        std::string outcome = "n"; // no error: the save went through
        try {
            auto db = Database::open(path, options());
            const rlimit r{limit, limit};
            ::setrlimit(RLIMIT_FSIZE, &r);
            bigSave(*db, factory, 60, 8000);
        } catch (const Error& e) {
            outcome = (e.kind() == Error::Kind::Storage ? "s" : "o") + std::string(e.what());
        } catch (...) {
            outcome = "x";
        }
        const auto written = ::write(report[1], outcome.data(), outcome.size());
        ::_exit(written == static_cast<ssize_t>(outcome.size()) ? 0 : 1);
    }
    ::close(report[1]);
    std::string outcome;
    char buf[512];
    for (ssize_t n; (n = ::read(report[0], buf, sizeof buf)) > 0;) {
        outcome.append(buf, static_cast<size_t>(n));
    }
    ::close(report[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    CHECK(WIFEXITED(status));
    INFO("the child reported: " << outcome);
    REQUIRE_FALSE(outcome.empty());
    CHECK(outcome[0] == 's'); // refused with Error(Storage), whose message names the disk
    CHECK_THAT(outcome, Catch::Contains("disk"));

    auto db = Database::open(path, options());
    CHECK(snapshot(db->connection(), hazardId) == before);
    const CheckReport r = checkDatabase(*db);
    INFO((r.ok() ? "" : r.problems.front()));
    CHECK(r.ok());
}
