// Grids (网格) as records, who is in them on which day, and their figures, counted by hand.
// Today is 2025-06-30.
//
//   青山县 K (county, root)
//   ├── 青山镇 T ─┬─ 东村 V ── 机械厂 F (enterprise), 小卖部 S (business), 东村小学 P (school)
//   │            └─ 西村 W ── 石料厂 Q (enterprise, in no grid)
//   └── 白水镇 O ── 白水化工 OC (enterprise)
//
// Grids: G1 第一网格 and G2 第二网格 kept by T, G3 白水网格 kept by O.
// Units: F in G1 from 01-01; S in G1 from 01-01, moved to G2 from 04-01 (G1 ends 03-31);
//        P in G2 from 01-01; OC in G3 from 01-01.
// Officers: 陈网格 in G1 from 01-01; 王监管 in G1 and in G2 from 01-01; 李网格 in G2 01-01..03-31.
// Inspections: i1 F 02-10 (h1, deadline, closed 03-01); i2 S 03-10 (h2 on the spot); i3 S 05-10;
//              i4 Q 04-01; i5 OC 05-05 (h3, deadline, open); i6 F 06-01 VOIDED.
// h4: P, registered on its own (a public report), found 06-10, open.
#include "Refusal.h"
#include "safeledger/core/Clock.h"
#include "safeledger/storage/Database.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"
#include "safeledger/storage/Statistics.h"

#include <catch2/catch.hpp>

using namespace safeledger;
using safeledger::test::refusal;

namespace {

Date day(int m, int d)
{
    return Date::fromParts(2025, m, d);
}

struct GridLedger
{
    std::shared_ptr<FixedClock> clock = FixedClock::at(day(6, 30));
    std::unique_ptr<Database> db = Database::inMemory({clock, "tester", 7, false});
    int64_t K = 0, T = 0, V = 0, W = 0, F = 0, S = 0, P = 0, Q = 0, O = 0, OC = 0;
    int64_t chen = 0, wang = 0, li = 0;
    Grid g1, g2, g3;

    GridLedger()
    {
        K = unit("青山县", OrgKind::County, std::nullopt);
        T = unit("青山镇", OrgKind::Town, K);
        V = unit("东村", OrgKind::Village, T);
        F = unit("机械厂", OrgKind::Enterprise, V);
        S = unit("小卖部", OrgKind::Business, V);
        P = unit("东村小学", OrgKind::School, V);
        W = unit("西村", OrgKind::Village, T);
        Q = unit("石料厂", OrgKind::Enterprise, W);
        O = unit("白水镇", OrgKind::Town, K);
        OC = unit("白水化工", OrgKind::Enterprise, O);
        chen = person("陈网格", V);
        wang = person("王监管", T);
        li = person("李网格", W);

        RecordService records(*db);
        g1 = grid("第一网格", T);
        g2 = grid("第二网格", T);
        g3 = grid("白水网格", O);
        member(g1, F, std::nullopt, day(1, 1));
        member(g1, S, std::nullopt, day(1, 1));
        member(g2, P, std::nullopt, day(1, 1));
        member(g3, OC, std::nullopt, day(1, 1));
        member(g1, std::nullopt, chen, day(1, 1));
        member(g1, std::nullopt, wang, day(1, 1));
        member(g2, std::nullopt, wang, day(1, 1));
        member(g2, std::nullopt, li, day(1, 1), day(3, 31));
        records.moveToGrid(S, g2.id, day(4, 1));

        std::vector<Hazard> h1{withDeadline()};
        inspect(F, day(2, 10), h1);
        close(h1[0].id, day(3, 1));
        std::vector<Hazard> h2{onSpot()};
        inspect(S, day(3, 10), h2);
        std::vector<Hazard> none;
        inspect(S, day(5, 10), none);
        inspect(Q, day(4, 1), none);
        std::vector<Hazard> h3{withDeadline()};
        inspect(OC, day(5, 5), h3);
        Inspection i6 = Repository<Inspection>(*db).get(inspect(F, day(6, 1), none));
        records.voidRecord(i6, "录错");
        Hazard h4 = withDeadline();
        h4.orgId = P;
        h4.source = HazardSource::PublicReport;
        h4.foundOn = day(6, 10);
        HazardService(*db).registerHazard(h4);
    }

    int64_t unit(const std::string& name, OrgKind kind, std::optional<int64_t> parent)
    {
        Organisation o;
        o.name = name;
        o.kind = kind;
        o.parentId = parent;
        OrgService(*db).add(o);
        return o.id;
    }
    int64_t person(const std::string& name, int64_t org)
    {
        Person p;
        p.name = name;
        p.orgId = org;
        p.role = "网格员";
        RecordService(*db).add(p);
        return p.id;
    }
    Grid grid(const std::string& name, int64_t owner)
    {
        Grid g;
        g.name = name;
        g.orgId = owner;
        RecordService(*db).add(g);
        return g;
    }
    GridMember member(const Grid& g, std::optional<int64_t> org, std::optional<int64_t> officer, const Date& from,
                      std::optional<Date> to = std::nullopt)
    {
        GridMember m;
        m.gridId = g.id;
        m.orgId = org;
        m.personId = officer;
        m.startsOn = from;
        m.endsOn = to;
        RecordService(*db).add(m);
        return m;
    }
    static Hazard onSpot()
    {
        Hazard h;
        h.description = "灭火器过期";
        h.category = HazardCategory::Fire;
        h.mode = RectificationMode::OnSpot;
        return h;
    }
    static Hazard withDeadline()
    {
        Hazard h = onSpot();
        h.mode = RectificationMode::Deadline;
        h.deadline = day(7, 31);
        return h;
    }
    int64_t inspect(int64_t org, const Date& on, std::vector<Hazard>& hazards)
    {
        Inspection i;
        i.orgId = org;
        i.date = on;
        i.inspectors = {"陈网格"};
        std::vector<InspectionItem> items;
        RecordService(*db).saveInspection(i, items, hazards);
        return i.id;
    }
    void close(int64_t hazard, const Date& on)
    {
        HazardService hs(*db);
        hs.submitForVerification(hazard);
        Verification v;
        v.date = on;
        v.inspector = "王监管";
        v.passed = true;
        hs.verify(hazard, v);
    }
};

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
