// Grids (网格) as records, who is in them on which day, and their figures, counted by hand on the
// ledger of tests/storage/GridLedger.h.
#include "GridLedger.h"
#include "Refusal.h"
#include "safeledger/storage/Statistics.h"

#include <catch2/catch.hpp>

using namespace safeledger;
using safeledger::test::day;
using safeledger::test::GridLedger;
using safeledger::test::refusal;

namespace {

std::vector<std::string> names(const GridFigures& f)
{
    std::vector<std::string> out;
    for (const auto& r : f.rows) {
        out.push_back(r.grid.name);
    }
    return out;
}

} // namespace

TEST_CASE("a grid's figures count its units on the day read and what was done while they were in it",
          "[statistics][grids]")
{
    GridLedger L;
    Statistics stats(*L.db);
    const Period year = Period::year(2025);

    const GridFigures all = stats.grids(0, year, day(6, 30));
    CHECK(all.day == day(6, 30));
    // By owner in the tree (T before O), then as recorded.
    REQUIRE(names(all) == std::vector<std::string>{"第一网格", "第二网格", "白水网格"});
    const GridRow& g1 = all.rows[0];
    CHECK(g1.ownerName == "青山镇");
    CHECK(g1.officers == std::vector<std::string>{"陈网格", "王监管"});
    CHECK(g1.units == 1); // F; S left on 03-31
    CHECK(g1.unitsInspected == 1);
    CHECK(g1.coverage == Approx(1.0));
    CHECK(g1.inspections == 2); // i1 (F), i2 (S while in G1); i6 is voided
    CHECK(g1.hazardsFound == 2);
    CHECK(g1.hazardsRectified == 2);
    CHECK(g1.rectificationRate == Approx(1.0));

    const GridRow& g2 = all.rows[1];
    CHECK(g2.officers == std::vector<std::string>{"王监管"}); // 李网格 served until 03-31
    CHECK(g2.units == 2);                                     // S and P
    CHECK(g2.unitsInspected == 1);                            // S; the school was not inspected
    CHECK(g2.coverage == Approx(0.5));
    CHECK(g2.inspections == 1);  // i3; i2 was in G1's days
    CHECK(g2.hazardsFound == 1); // h4, registered on its own while P was in G2
    CHECK(g2.hazardsRectified == 0);
    CHECK(g2.rectificationRate == Approx(0.0));

    const GridRow& g3 = all.rows[2];
    CHECK(g3.officers.empty());
    CHECK(g3.units == 1);
    CHECK(g3.unitsInspected == 1);
    CHECK(g3.inspections == 1);
    CHECK(g3.hazardsFound == 1);
    CHECK(g3.hazardsRectified == 0);
    CHECK(all.unitsOutsideGrids == 1); // Q

    // By officer, over the grids each serves in on the day (by name as stored: 王 before 陈).
    REQUIRE(all.officers.size() == 2); // 李网格's service ended on 03-31
    const OfficerRow& wang = all.officers[0];
    CHECK(wang.name == "王监管");
    CHECK(wang.personId == L.wang);
    CHECK(wang.grids == std::vector<std::string>{"第一网格", "第二网格"});
    CHECK(wang.units == 3);          // F; S and P
    CHECK(wang.unitsInspected == 2); // F, S
    CHECK(wang.coverage == Approx(2.0 / 3.0));
    CHECK(wang.inspections == 3);  // i1, i2 in G1; i3 in G2
    CHECK(wang.hazardsFound == 3); // h1, h2; h4
    const OfficerRow& chen = all.officers[1];
    CHECK(chen.name == "陈网格");
    CHECK(chen.grids == std::vector<std::string>{"第一网格"});
    CHECK(chen.units == 1);
    CHECK(chen.coverage == Approx(1.0));
    CHECK(chen.inspections == 2);

    // The town: its own grids; 白水网格 is kept beside it and holds none of its units.
    const GridFigures town = stats.grids(L.T, year, day(6, 30));
    CHECK(names(town) == std::vector<std::string>{"第一网格", "第二网格"});
    CHECK(town.rows[1].units == 2);
    CHECK(town.unitsOutsideGrids == 1);
    // A village: the town's grids that hold its units, counted over its units only.
    const GridFigures east = stats.grids(L.V, year, day(6, 30));
    CHECK(names(east) == std::vector<std::string>{"第一网格", "第二网格"});
    CHECK(east.rows[0].inspections == 2);
    CHECK(east.unitsOutsideGrids == 0);
    const GridFigures west = stats.grids(L.W, year, day(6, 30));
    CHECK(west.rows.empty());
    CHECK(west.unitsOutsideGrids == 1);
    const GridFigures white = stats.grids(L.O, year, day(6, 30));
    CHECK(names(white) == std::vector<std::string>{"白水网格"});

    // March, read on its last day: S is still in G1, and 李网格 still serves in G2.
    const Period march{day(3, 1), day(3, 31)};
    const GridFigures m = stats.grids(0, march, day(3, 31));
    CHECK(m.day == day(3, 31));
    REQUIRE(m.rows.size() == 3);
    CHECK(m.rows[0].units == 2);
    CHECK(m.rows[0].unitsInspected == 1); // S on 03-10; F's inspection was in February
    CHECK(m.rows[0].coverage == Approx(0.5));
    CHECK(m.rows[0].inspections == 1);
    CHECK(m.rows[0].hazardsFound == 1);
    CHECK(m.rows[0].hazardsRectified == 1);
    CHECK(m.rows[1].officers == std::vector<std::string>{"王监管", "李网格"});
    CHECK(m.rows[1].units == 1);
    CHECK(m.rows[1].unitsInspected == 0);
    CHECK(m.rows[1].coverage == Approx(0.0));
    CHECK_FALSE(m.rows[1].rectificationRate); // nothing found
    REQUIRE(m.officers.size() == 3);
    CHECK(m.officers[0].name == "李网格"); // 李 before 王 before 陈, as stored
    CHECK(m.officers[0].units == 1);       // P
    CHECK(m.officers[0].unitsInspected == 0);
    CHECK(m.officers[0].coverage == Approx(0.0));
}

TEST_CASE("moving a unit to another grid keeps where it was", "[storage][grids]")
{
    GridLedger L;
    const auto rows = Repository<GridMember>(*L.db).where("org_id = ? ORDER BY starts_on", {std::to_string(L.S)});
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].gridId == L.g1.id);
    CHECK(rows[0].startsOn == day(1, 1));
    CHECK(rows[0].endsOn == day(3, 31));
    CHECK(rows[1].gridId == L.g2.id);
    CHECK(rows[1].startsOn == day(4, 1));
    CHECK_FALSE(rows[1].endsOn);
    CHECK(rows[0].coversDay(day(3, 31)));
    CHECK_FALSE(rows[0].coversDay(day(4, 1)));
    // Both changes are on the audit trail.
    sql::Statement audit(L.db->connection(), "SELECT count(*) FROM audit WHERE entity = 'grid_member'"
                                             " AND entity_uuid IN (?, ?)");
    audit.bindAll(rows[0].uuid, rows[1].uuid);
    audit.step();
    CHECK(audit.int64(0) == 3); // G1 added, G1 ended, G2 added
}

TEST_CASE("a unit is in one grid at a time, and an officer once in a grid", "[storage][grids]")
{
    GridLedger L;
    RecordService records(*L.db);

    // A second grid for F on a day it is in G1.
    GridMember twice;
    twice.gridId = L.g2.id;
    twice.orgId = L.F;
    twice.startsOn = day(6, 1);
    const Error inTwo = refusal([&] { records.add(twice); });
    CHECK(inTwo.field() == "org");
    CHECK(inTwo.message().id() == MessageId::UnitInAnotherGrid);
    CHECK(inTwo.message().english().find("第一网格") != std::string::npos);
    // Moving S again on the day it joined G2: that membership is corrected or voided instead.
    const Error early = refusal([&] { records.moveToGrid(L.S, L.g1.id, day(4, 1)); });
    CHECK(early.field() == "starts_on");
    CHECK(early.message().id() == MessageId::AssignmentStartsBefore);
    // Into the grid it is in.
    CHECK(refusal([&] { records.moveToGrid(L.F, L.g1.id, day(5, 1)); }).message().id() == MessageId::UnitInAnotherGrid);
    // 王监管 twice in G1; in G3 as well is allowed.
    GridMember again;
    again.gridId = L.g1.id;
    again.personId = L.wang;
    again.startsOn = day(5, 1);
    CHECK(refusal([&] { records.add(again); }).message().id() == MessageId::OfficerAlreadyInGrid);
    again.gridId = L.g3.id;
    records.add(again);
    CHECK(again.id > 0);

    // A member is a unit or an officer, and ends no earlier than it starts.
    GridMember both = twice;
    both.personId = L.chen;
    CHECK(refusal([&] { records.add(both); }).message().id() == MessageId::GridMemberUnitOrOfficer);
    GridMember reversed;
    reversed.gridId = L.g3.id;
    reversed.orgId = L.Q;
    reversed.startsOn = day(5, 1);
    reversed.endsOn = day(4, 30);
    const Error backwards = refusal([&] { records.add(reversed); });
    CHECK(backwards.field() == "ends_on");
    CHECK(backwards.message().id() == MessageId::GridMemberEndsBeforeStart);

    // Nothing refused was written: F is still in G1 only, S's history has its two rows.
    CHECK(Repository<GridMember>(*L.db).where("org_id = ?", {std::to_string(L.F)}).size() == 1);
    CHECK(Repository<GridMember>(*L.db).where("org_id = ?", {std::to_string(L.S)}).size() == 2);
}

TEST_CASE("a voided grid holds no one: its units count outside grids and can join another", "[storage][grids]")
{
    GridLedger L;
    RecordService records(*L.db);
    Grid g4 = L.grid("临时网格", L.T);
    L.member(g4, L.Q, std::nullopt, day(1, 1));
    Statistics stats(*L.db);
    CHECK(stats.grids(0, Period::year(2025), day(6, 30)).unitsOutsideGrids == 0);

    records.voidRecord(g4, "重复录入");
    const GridFigures after = stats.grids(0, Period::year(2025), day(6, 30));
    CHECK(names(after) == std::vector<std::string>{"第一网格", "第二网格", "白水网格"});
    CHECK(after.unitsOutsideGrids == 1);
    // No one joins a voided grid; Q joins G1.
    const Error voided = refusal([&] { L.member(g4, L.F, std::nullopt, day(6, 1)); });
    CHECK(voided.field() == "grid");
    CHECK(voided.message().id() == MessageId::GridVoided);
    records.moveToGrid(L.Q, L.g1.id, day(6, 1));
    CHECK(stats.grids(0, Period::year(2025), day(6, 30)).rows[0].units == 2);
}
