// Opening a database written by an older SafeLedger: it is backed up as it was, migrated step by
// step, and everything it held is still there and found the new ways (the hazard text index).
#include "TempDir.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/Checker.h"
#include "safeledger/storage/Database.h"
#include "safeledger/storage/HazardQuery.h"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

using namespace safeledger;
namespace fs = std::filesystem;

namespace {

using test::TempDir;

// A database file made from a frozen dump of one written by schema version 1.
std::string loadV1(const TempDir& dir)
{
    std::ifstream in(std::string(SAFELEDGER_TEST_DATA) + "/v1-ledger.sql");
    REQUIRE(in.good());
    const std::string dump{std::istreambuf_iterator<char>(in), {}};
    const std::string path = dir.file("ledger.db");
    sql::Connection c(path, sql::Connection::Mode::ReadWriteCreate);
    c.exec(dump);
    c.exec("PRAGMA journal_mode = WAL");
    return path;
}

// Every hazard as (uuid, description, location, status, version): what must survive the migration.
std::set<std::string> hazardDigest(sql::Connection& c)
{
    sql::Statement st(c, "SELECT uuid || '|' || description || '|' || location || '|' || status || '|' || version "
                         "FROM hazard");
    std::set<std::string> out;
    while (st.step()) {
        out.insert(st.text(0));
    }
    return out;
}

} // namespace

TEST_CASE("a version 1 database is backed up, migrated, and its old hazards are found by text", "[schema][migration]")
{
    TempDir dir;
    const std::string path = loadV1(dir);
    std::set<std::string> before;
    int64_t auditBefore = 0;
    {
        sql::Connection c(path, sql::Connection::Mode::ReadOnly);
        REQUIRE(c.scalarInt("PRAGMA user_version") == 1);
        before = hazardDigest(c);
        auditBefore = c.scalarInt("SELECT count(*) FROM audit");
    }
    REQUIRE(before.size() == 40);

    auto db = Database::open(path);
    auto& c = db->connection();
    CHECK(c.scalarInt("PRAGMA user_version") == Database::schemaVersion());
    CHECK(hazardDigest(c) == before);
    // Step 10: the 14 people of version 1 have no ID number, and the new indexes are there.
    CHECK(c.scalarInt("SELECT count(*) FROM person WHERE id_number = ''") == 14);
    CHECK(c.scalarInt("SELECT count(*) FROM sqlite_master WHERE name IN ('person_id_number', 'certificate_number')") ==
          2);
    CHECK(c.scalarInt("SELECT count(*) FROM audit") == auditBefore);
    // Step 7 sealed the old audit rows into the hash chain, their operators as they were
    // (checkDatabase below verifies the chain).
    CHECK(c.scalarInt("SELECT count(*) FROM audit WHERE length(hash) = 64 AND account = ''") == auditBefore);

    // The file as it was, beside it: a complete version 1 database.
    std::vector<fs::path> backups;
    for (const auto& e : fs::directory_iterator(dir.path)) {
        if (e.path().filename().string().rfind("ledger.db.before-v", 0) == 0) {
            backups.push_back(e.path());
        }
    }
    REQUIRE(backups.size() == 1);
    CHECK(backups[0].extension() == ".bak");
    {
        sql::Connection b(backups[0].string(), sql::Connection::Mode::ReadOnly);
        CHECK(b.scalarInt("PRAGMA user_version") == 1);
        CHECK(b.scalarInt("PRAGMA application_id") == Database::kApplicationId);
        CHECK(b.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name = 'hazard_fts'") == 0);
        CHECK(hazardDigest(b) == before);
        sql::Statement integrity(b, "PRAGMA integrity_check");
        REQUIRE(integrity.step());
        CHECK(integrity.text(0) == "ok");
    }

    // The hazards stored before the text index existed are in it, exactly those holding the text.
    for (const char* text : {"电动自行车", "配电箱", "液化气钢瓶", "仓库"}) {
        INFO(text);
        HazardFilter f;
        f.text = text;
        std::set<int64_t> found;
        HazardQuery q(*db, f);
        for (const auto& r : q.first(100).rows) {
            found.insert(r.id);
        }
        sql::Statement like(c, "SELECT id FROM hazard WHERE instr(description, ?1) > 0 OR instr(location, ?1) > 0");
        like.bind(1, text);
        std::set<int64_t> expected;
        while (like.step()) {
            expected.insert(like.int64(0));
        }
        CHECK_FALSE(expected.empty());
        CHECK(found == expected);
    }
    const CheckReport report = checkDatabase(*db);
    INFO((report.problems.empty() ? "" : report.problems.front()));
    CHECK(report.ok());

    // Opened again: nothing more to migrate, no second backup.
    db.reset();
    Database::open(path);
    int files = 0;
    for (const auto& e : fs::directory_iterator(dir.path)) {
        files += e.path().extension() == ".bak";
    }
    CHECK(files == 1);
}
