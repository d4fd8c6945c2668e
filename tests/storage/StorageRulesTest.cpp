// Rules that storage spells in SQL once (HazardSql.h) and the bookkeeping it keeps for the
// exchange, held to the core's own definitions.
#include "HazardSql.h"
#include "TestSupport.h"
#include "safeledger/core/Error.h"
#include "safeledger/core/HazardLifecycle.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/LocalIndex.h"
#include "safeledger/storage/Overview.h"
#include "safeledger/storage/RecordWriter.h"
#include "safeledger/storage/Repository.h"

#include <catch2/catch.hpp>

using namespace safeledger;

TEST_CASE("the open statuses are the core's and the open-hazard index's, word for word", "[rules]")
{
    CHECK(hazardsql::open() == "h.status IN ('registered','rectifying','awaiting_verification')");
    test::Fixture f;
    sql::Statement st(f.db->connection(), "SELECT sql FROM sqlite_master WHERE name = 'hazard_open_deadline'");
    REQUIRE(st.step());
    // The index says "status IN (...)"; the queries name the table h.
    CHECK(st.text(0).find(hazardsql::open().substr(2)) != std::string::npos);
}

TEST_CASE("the overview counts open and overdue hazards by the core's rules", "[rules][overview]")
{
    test::Fixture f; // today is 2025-06-30
    HazardService hazards(*f.db);
    const auto add = [&](const char* text, Date found, std::optional<Date> deadline) {
        Hazard h;
        h.orgId = f.factory.id;
        h.description = text;
        h.foundOn = found;
        h.deadline = deadline;
        hazards.registerHazard(h);
        return h.id;
    };
    const Date june1 = Date::fromParts(2025, 6, 1);
    add("过期未改", june1, Date::fromParts(2025, 6, 10));                              // open, overdue
    add("期限未到", june1, Date::fromParts(2025, 7, 10));                              // open, not overdue
    add("期限今天", june1, Date::fromParts(2025, 6, 30));                              // open, due today: not overdue
    const int64_t rectifying = add("整改中过期", june1, Date::fromParts(2025, 6, 20)); // overdue
    Rectification r;
    r.hazardId = rectifying;
    r.date = Date::fromParts(2025, 6, 21);
    r.description = "已更换部分线路";
    hazards.recordProgress(rectifying, r);
    const int64_t voided = add("作废过期", june1, Date::fromParts(2025, 6, 10)); // voided: neither
    hazards.voidHazard(voided, "重复录入");
    const int64_t closed = add("已销号", june1, Date::fromParts(2025, 6, 10)); // closed: neither
    hazards.submitForVerification(closed);
    Verification v;
    v.hazardId = closed;
    v.date = Date::fromParts(2025, 6, 25);
    v.inspector = "李四";
    v.passed = true;
    hazards.verify(closed, v);

    const Overview o = loadOverview(*f.db);
    CHECK(o.hazards == 5);     // all but the voided one
    CHECK(o.openHazards == 4); // hand-counted above
    CHECK(o.overdue == 2);
    // The same counts by the core's own rules over every stored hazard.
    int64_t open = 0, overdue = 0;
    for (const Hazard& h : Repository<Hazard>(*f.db).where("1")) {
        open += HazardLifecycle::isOpen(h.status) ? 1 : 0;
        overdue += HazardLifecycle::isOverdue(h, f.db->today()) ? 1 : 0;
    }
    CHECK(open == o.openHazards);
    CHECK(overdue == o.overdue);
}

TEST_CASE("the uuid index answers for record tables only", "[rules][exchange]")
{
    test::Fixture f;
    LocalIndex index(*f.db);
    CHECK(index.uuidOf("org", f.village.id) == f.village.uuid);
    CHECK(index.idOf("org", f.shop.uuid) == f.shop.id);
    CHECK(index.idOf("org", "no-such-uuid") == 0);
    CHECK(index.uuidOf("hazard", 999) == "");
    CHECK_THROWS_AS(index.uuidOf("sqlite_master", 1), Error);
    CHECK_THROWS_AS(index.idOf("org; DROP TABLE org", "x"), Error);
}

TEST_CASE("the uuid index keeps a bounded number of answers", "[rules][exchange]")
{
    test::Fixture f;
    LocalIndex index(*f.db, 2);
    // An answer remembered (as an import does for a row it wrote) comes from the cache...
    const std::string unwritten = "00000000-0000-4000-8000-000000000001";
    index.remember("org", 999999, unwritten);
    CHECK(index.idOf("org", unwritten) == 999999);
    CHECK(index.uuidOf("org", 999999) == unwritten);
    // ...until the cache is full and starts afresh: then the database answers.
    CHECK(index.idOf("org", f.village.uuid) == f.village.id);
    CHECK(index.idOf("org", f.shop.uuid) == f.shop.id);
    CHECK(index.idOf("org", unwritten) == 0);
    CHECK(index.uuidOf("org", f.town.id) == f.town.uuid);
    CHECK(index.uuidOf("org", f.village.id) == f.village.uuid);
    CHECK(index.uuidOf("org", 999999) == "");
    // The answers from the database are the same whatever the cache held.
    CHECK(index.idOf("org", f.town.uuid) == f.town.id);
    CHECK(index.idOf("org", f.village.uuid) == f.village.id);
}

TEST_CASE("a unit written as given takes its place in the tree by the tree's one rule", "[rules][org]")
{
    test::Fixture f;
    OrgService orgs(*f.db);
    // An import stores the row as it came, then places it.
    Organisation dept;
    dept.name = "应急管理所";
    dept.kind = OrgKind::Department;
    dept.parentId = f.village.id;
    f.db->write([&] {
        RecordWriter<Organisation>(*f.db).insert(dept, "import");
        orgs.place(dept);
    });
    const std::string villagePath = "/" + std::to_string(f.town.id) + "/" + std::to_string(f.village.id) + "/";
    CHECK(orgs.get(dept.id).path == villagePath + std::to_string(dept.id) + "/");
    CHECK(OrgService::isWithin(dept.path, villagePath));
    CHECK(OrgService::isWithin(villagePath, villagePath));
    CHECK_FALSE(OrgService::isWithin(villagePath, dept.path));

    // The village moves to the top level: everything below it follows.
    Organisation village = orgs.get(f.village.id);
    village.parentId.reset();
    const std::string oldPath = village.path;
    f.db->write([&] {
        village.path = orgs.pathFor(village);
        RecordWriter<Organisation>(*f.db).replace(village, "import");
        orgs.carrySubtree(oldPath, village.path);
    });
    const std::string top = "/" + std::to_string(f.village.id) + "/";
    CHECK(orgs.get(f.village.id).path == top);
    CHECK(orgs.get(f.shop.id).path == top + std::to_string(f.shop.id) + "/");
    CHECK(orgs.get(dept.id).path == top + std::to_string(dept.id) + "/");
    CHECK(orgs.countInSubtree(f.town.id) == 1);
    CHECK(orgs.countInSubtree(f.village.id) == 4);
}
