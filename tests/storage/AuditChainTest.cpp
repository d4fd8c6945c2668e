// Issue 13: the audit trail's hash chain. The file is edited with the sqlite3 program, as anyone
// could; `check` must name the first row where the chain breaks, and notice a cut-off tail against
// a chain head saved elsewhere (a backup's, one printed on a report).
#include "TempDir.h"
#include "TestSupport.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/Accounts.h"
#include "safeledger/storage/Backup.h"
#include "safeledger/storage/Checker.h"
#include "safeledger/storage/HazardService.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

using namespace safeledger;

namespace {

// A ledger of a few units and hazards, made by an administrator: about a dozen audit rows.
std::string makeLedger(const test::TempDir& dir)
{
    Accounts::setCost(Accounts::Cost::Minimal);
    const std::string path = dir.file("ledger.db");
    auto db = Database::create(path, {FixedClock::at(Date::fromParts(2025, 6, 30)), "tester", 5, false});
    Accounts(*db).createFirstAdministrator("wang", "王安全", "password1");
    OrgService orgs(*db);
    Organisation town;
    town.name = "青山镇";
    town.kind = OrgKind::Town;
    orgs.add(town);
    for (int i = 0; i < 4; ++i) {
        Organisation unit;
        unit.name = "企业" + std::to_string(i);
        unit.kind = OrgKind::Enterprise;
        unit.parentId = town.id;
        orgs.add(unit);
        Hazard h;
        h.orgId = unit.id;
        h.source = HazardSource::SelfCheck;
        h.description = "隐患" + std::to_string(i);
        h.foundOn = Date::fromParts(2025, 6, 1 + i);
        h.deadline = Date::fromParts(2025, 7, 1);
        HazardService(*db).registerHazard(h);
    }
    return path;
}

// A copy of the ledger edited by the sqlite3 program with `sql`.
std::string tampered(const test::TempDir& dir, const std::string& ledger, const std::string& name,
                     const std::string& sql)
{
    const std::string path = dir.file(name);
    std::filesystem::copy_file(ledger, path);
    const std::string command = "sqlite3 '" + path + "' \"" + sql + "\"";
    REQUIRE(std::system(command.c_str()) == 0);
    return path;
}

std::vector<std::string> chainProblems(const std::string& path, const std::vector<AuditHead>& heads = {})
{
    OpenOptions o;
    o.readOnly = true;
    auto db = Database::open(path, o);
    return checkAuditChain(*db, heads);
}

AuditHead headOf(const std::string& path)
{
    OpenOptions o;
    o.readOnly = true;
    return Database::open(path, o)->auditChainHead();
}

} // namespace

TEST_CASE("Audit chain: every row carries its account and hash, and the untouched chain verifies", "[audit]")
{
    test::TempDir dir;
    const std::string ledger = makeLedger(dir);
    OpenOptions o;
    o.readOnly = true;
    auto db = Database::open(ledger, o);
    const int64_t rows = db->connection().scalarInt("SELECT count(*) FROM audit");
    CHECK(rows == 10); // the account, the town, and 4 × (unit, hazard)
    CHECK(db->connection().scalarInt("SELECT count(*) FROM audit WHERE account = 'wang' AND length(hash) = 64") ==
          rows);
    CHECK(db->connection().scalarInt("SELECT count(DISTINCT hash) FROM audit") == rows);
    const AuditHead head = db->auditChainHead();
    CHECK(head.id == rows);
    CHECK(parseAuditHead(head.text()).hash == head.hash);
    CHECK(checkAuditChain(*db, {head}).empty());
    CHECK(checkDatabase(*db, {head}).ok());
    CHECK_THROWS_AS(parseAuditHead("12:abc"), Error);
    CHECK_THROWS_AS(parseAuditHead("x:" + head.hash), Error);
}

TEST_CASE("Audit chain: an edited, a deleted and a reordered row are found by the first row they break", "[audit]")
{
    test::TempDir dir;
    const std::string ledger = makeLedger(dir);

    SECTION("an edited row")
    {
        const auto problems = chainProblems(tampered(dir, ledger, "edited.db",
                                                     "DROP TRIGGER audit_no_update; "
                                                     "UPDATE audit SET operator = '李四' WHERE id = 4;"));
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].rfind("audit trail: row 4 (2025-", 0) == 0);
        CHECK(problems[0].find("does not match its hash") != std::string::npos);
        CHECK(problems[0].find("more break") == std::string::npos); // row 5 still links to row 4's hash
    }
    SECTION("a deleted row")
    {
        const auto problems = chainProblems(
            tampered(dir, ledger, "deleted.db", "DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE id = 4;"));
        REQUIRE(problems.size() == 1);
        CHECK(problems[0] == "audit trail: row 4 is missing: it was removed");
    }
    SECTION("two rows swapped")
    {
        const auto problems =
            chainProblems(tampered(dir, ledger, "reordered.db",
                                   "DROP TRIGGER audit_no_update; UPDATE audit SET id = -4 WHERE id = 4; "
                                   "UPDATE audit SET id = 4 WHERE id = 5; UPDATE audit SET id = 5 WHERE id = -4;"));
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].rfind("audit trail: row 4 (", 0) == 0);
        CHECK(problems[0].find("(2 more break(s) after row 4)") != std::string::npos);
    }
    SECTION("a deleted first row")
    {
        const auto problems = chainProblems(
            tampered(dir, ledger, "first.db", "DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE id = 1;"));
        REQUIRE(problems.size() == 1);
        CHECK(problems[0] == "audit trail: it starts at row 2, not 1: rows before it were removed");
    }
}

TEST_CASE("Audit chain: a cut-off tail is found against a head saved elsewhere", "[audit]")
{
    test::TempDir dir;
    const std::string ledger = makeLedger(dir);
    const std::string backup = dir.file("backup.db");
    Backup::copy(ledger, backup);
    const AuditHead saved = Backup::auditHead(backup);
    CHECK(saved.id == 10);
    CHECK(saved.hash == headOf(ledger).hash);

    const std::string cut =
        tampered(dir, ledger, "cut.db", "DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE id > 8;");
    // The chain that is left is whole: only a head kept elsewhere shows what is missing.
    CHECK(chainProblems(cut).empty());
    const auto problems = chainProblems(cut, {saved});
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].rfind(
              "audit trail: it ends at row 8, but a saved chain head names row 10 (" + saved.hash.substr(0, 12), 0) ==
          0);

    // A head from before that no longer matches: the trail was rewritten.
    const AuditHead early{4, std::string(64, 'a')};
    const auto rewritten = chainProblems(ledger, {early});
    REQUIRE(rewritten.size() == 1);
    CHECK(rewritten[0].find("row 4 is not the row a saved chain head names") != std::string::npos);
}
