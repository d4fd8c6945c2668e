#include "safeledger/storage/Backup.h"
#include "TempDir.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/OrgService.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

using namespace safeledger;
namespace fs = std::filesystem;

namespace {
using test::TempDir;

void addUnit(Database& db, const std::string& name)
{
    Organisation o;
    o.name = name;
    o.kind = OrgKind::Town;
    OrgService(db).add(o);
}

int64_t units(const std::string& path)
{
    OpenOptions o;
    o.readOnly = true;
    return Database::open(path, o)->connection().scalarInt("SELECT count(*) FROM org");
}
} // namespace

TEST_CASE("a backup is a consistent, owner-only SafeLedger database, even while the database is open", "[backup]")
{
    TempDir dir;
    const std::string path = dir.file("ledger.db");
    auto db = Database::create(path);
    addUnit(*db, "青山镇");
    addUnit(*db, "绿水镇");
    Backup::copy(path, dir.file("copy.db")); // the writer still has the database open
    CHECK(units(dir.file("copy.db")) == 2);
    struct stat st
    {
    };
    REQUIRE(::stat(dir.file("copy.db").c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    CHECK_FALSE(fs::exists(dir.file("copy.db.partial")));
    CHECK_THROWS_AS(Backup::copy(path, dir.file("copy.db")), Error); // never overwrites
}

TEST_CASE("rotating backups: at most one per interval, only the newest kept", "[backup]")
{
    TempDir dir;
    const std::string path = dir.file("ledger.db");
    auto clock = FixedClock::at(Date::fromParts(2025, 3, 1));
    auto db = Database::create(path, {clock, "tester", 1, false});
    addUnit(*db, "青山镇");
    const std::string folder = dir.file("backups");

    CHECK_FALSE(Backup::rotate(path, folder, 3, *clock).empty());
    clock->advance(3600);
    CHECK(Backup::rotate(path, folder, 3, *clock).empty()); // a day has not passed
    for (int day = 0; day < 4; ++day) {
        clock->advance(86400);
        addUnit(*db, "镇" + std::to_string(day));
        CHECK_FALSE(Backup::rotate(path, folder, 3, *clock).empty());
    }
    const auto backups = Backup::list(path, folder);
    REQUIRE(backups.size() == 3);
    CHECK(backups[0].takenAt > backups[1].takenAt);
    CHECK(backups[0].takenAt.substr(0, 10) == "2025-03-05");
    CHECK(units(backups[0].path) == 5);
    CHECK(units(backups[2].path) == 3);
}

TEST_CASE("restore replaces the database, keeps what it replaced, and refuses bad backups", "[backup]")
{
    TempDir dir;
    const std::string path = dir.file("ledger.db");
    auto clock = FixedClock::at(Date::fromParts(2025, 3, 1));
    {
        auto db = Database::create(path, {clock, "tester", 1, false});
        addUnit(*db, "青山镇");
        Backup::copy(path, dir.file("one-unit.db"));
        addUnit(*db, "绿水镇");

        // Refused while a writer has the database open.
        try {
            Backup::restore(dir.file("one-unit.db"), path, *clock);
            FAIL("restored under a running writer");
        } catch (const Error& e) {
            CHECK(e.kind() == Error::Kind::Locked);
        }
    }
    std::ofstream(dir.file("junk.db")) << "junk";
    CHECK_THROWS_AS(Backup::restore(dir.file("junk.db"), path, *clock), Error);
    CHECK(units(path) == 2);

    const std::string kept = Backup::restore(dir.file("one-unit.db"), path, *clock);
    CHECK(units(path) == 1);
    CHECK(units(kept) == 2);
    auto reopened = Database::open(path);
    addUnit(*reopened, "restored and writable");
}

TEST_CASE("new ledgers have 16 KiB pages; a ledger of 4 KiB pages keeps them through backup and restore",
          "[backup][schema]")
{
    TempDir dir;
    const std::string fresh = dir.file("fresh.db");
    const std::string old = dir.file("old.db");
    const auto pageSize = [](const std::string& path) {
        return sql::Connection(path, sql::Connection::Mode::ReadOnly).scalarInt("PRAGMA page_size");
    };
    {
        auto db = Database::create(fresh);
        addUnit(*db, "青山镇");
        CHECK(db->connection().scalarInt("PRAGMA page_size") == Database::kPageSize);
        CHECK(db->connection().scalarInt("PRAGMA cache_size") == -16 * 1024); // 16 MiB, not SQLite's 2 MB
        sql::Statement mode(db->connection(), "PRAGMA journal_mode");
        REQUIRE(mode.step());
        CHECK(mode.text(0) == "wal");
    }
    CHECK(pageSize(fresh) == 16384);
    {
        auto db = Database::create(old);
        addUnit(*db, "老城镇");
        addUnit(*db, "新城镇");
    }
    {
        // As a ledger made before 16 KiB pages: SQLite's 4 KiB, back in WAL mode.
        sql::Connection c(old, sql::Connection::Mode::ReadWrite);
        c.exec("PRAGMA journal_mode = DELETE");
        c.exec("PRAGMA page_size = 4096");
        c.exec("VACUUM");
        c.exec("PRAGMA journal_mode = WAL");
    }
    REQUIRE(pageSize(old) == 4096);
    {
        auto db = Database::open(old); // opened, migrated if need be, written: its pages stay
        addUnit(*db, "旧台账里的新单位");
    }
    CHECK(pageSize(old) == 4096);
    CHECK(units(old) == 3);
    CHECK(Database::open(old)->connection().scalarInt("PRAGMA cache_size") == -16 * 1024);

    Backup::copy(old, dir.file("old-backup.db"));
    CHECK(pageSize(dir.file("old-backup.db")) == 4096);
    // Restoring the old backup over the new ledger gives the old ledger back, pages and all.
    auto clock = FixedClock::at(Date::fromParts(2025, 3, 1));
    Backup::restore(dir.file("old-backup.db"), fresh, *clock);
    CHECK(pageSize(fresh) == 4096);
    CHECK(units(fresh) == 3);
    auto restored = Database::open(fresh);
    addUnit(*restored, "还原后可写");
    CHECK(restored->connection().scalarInt("SELECT count(*) FROM org") == 4);
}
