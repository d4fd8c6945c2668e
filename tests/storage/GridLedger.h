#pragma once
// The small ledger of grids the grid and plan tests count by hand. Today is 2025-06-30.
//
//   青山县 K (county, root)
//   ├── 青山镇 T ─┬─ 东村 V ── 机械厂 F (enterprise, red), 小卖部 S (business, orange),
//   │            │          东村小学 P (school, no colour)
//   │            └─ 西村 W ── 石料厂 Q (enterprise, in no grid)
//   └── 白水镇 O ── 白水化工 OC (enterprise, yellow)
//
// Grids: G1 第一网格 and G2 第二网格 kept by T, G3 白水网格 kept by O.
// Units: F in G1 from 01-01; S in G1 from 01-01, moved to G2 from 04-01 (G1 ends 03-31);
//        P in G2 from 01-01; OC in G3 from 01-01.
// Officers: 陈网格 in G1 from 01-01; 王监管 in G1 and in G2 from 01-01; 李网格 in G2 01-01..03-31.
// Inspections: i1 F 02-10 (h1, deadline, closed 03-01); i2 S 03-10 (h2 on the spot); i3 S 05-10;
//              i4 Q 04-01; i5 OC 05-05 (h3, deadline, open); i6 F 06-01 VOIDED.
// h4: P, registered on its own (a public report), found 06-10, open.
#include "safeledger/core/Clock.h"
#include "safeledger/storage/Database.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"

namespace safeledger::test {

inline Date day(int m, int d)
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
        F = unit("机械厂", OrgKind::Enterprise, V, RiskColour::Red);
        S = unit("小卖部", OrgKind::Business, V, RiskColour::Orange);
        P = unit("东村小学", OrgKind::School, V);
        W = unit("西村", OrgKind::Village, T);
        Q = unit("石料厂", OrgKind::Enterprise, W);
        O = unit("白水镇", OrgKind::Town, K);
        OC = unit("白水化工", OrgKind::Enterprise, O, RiskColour::Yellow);
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

    int64_t unit(const std::string& name, OrgKind kind, std::optional<int64_t> parent,
                 RiskColour colour = RiskColour::None)
    {
        Organisation o;
        o.name = name;
        o.kind = kind;
        o.parentId = parent;
        o.riskColour = colour;
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

} // namespace safeledger::test
