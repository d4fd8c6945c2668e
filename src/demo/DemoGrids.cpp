// The demo town's grids (网格) as records: one per grid the units already name (org.grid), kept by
// the town (the park's by the park), with the units to inspect in it from the first day of the
// demo's first year and, as its officers, the units' grid member (网格员) and supervising officer
// (网格监管责任人) as the roster has them. And each year's inspection plans (检查计划) for them.
#include "DemoContext.h"
#include "DemoData.h"
#include "safeledger/core/Grid.h"
#include "safeledger/core/InspectionPlan.h"
#include "safeledger/storage/ArchiveQueries.h"
#include "safeledger/storage/Repository.h"

#include <algorithm>

namespace safeledger::demo {

namespace {

struct DemoGrid
{
    std::string name;
    int64_t owner = 0;
    std::vector<int64_t> units;
    std::vector<std::string> officers; // in order of first mention
};

// A grid member's monthly quota in the demo's plans: what its grids' inspections give in most months.
constexpr int kOfficerMonthlyInspections = 4;
constexpr int kOfficerMonthlyUnits = 3;

void addOnce(std::vector<std::string>& names, const std::string& name)
{
    if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end()) {
        names.push_back(name);
    }
}

} // namespace

void buildGrids(Context& ctx, int firstYear)
{
    std::vector<DemoGrid> grids;
    for (const Unit& u : ctx.units) {
        if (u.kind != OrgKind::Enterprise && u.kind != OrgKind::Business && u.kind != OrgKind::School) {
            continue; // the units to inspect (docs/figures.md)
        }
        const std::string name = ctx.orgs.get(u.id).grid;
        auto it = std::find_if(grids.begin(), grids.end(), [&](const DemoGrid& g) { return g.name == name; });
        if (it == grids.end()) {
            grids.push_back({name, u.place == kPark ? ctx.unit(kParkName).id : ctx.townId, {}, {}});
            it = grids.end() - 1;
        }
        it->units.push_back(u.id);
        addOnce(it->officers, u.gridKeeper);
        addOnce(it->officers, u.supervisor);
    }
    // Set up on the demo's first working day, without a draw from its generator.
    const Date from = Context::date(firstYear, 1, 1);
    const std::string stamp = Context::date(firstYear, 1, 2).toString() + "T00:30:00Z";
    for (const DemoGrid& spec : grids) {
        Grid grid;
        grid.name = spec.name;
        grid.orgId = spec.owner;
        grid.createdAt = stamp;
        ctx.records.add(grid);
        for (const std::string& officer : spec.officers) {
            const auto person = ArchiveQueries(ctx.db).personsByKey(officer);
            if (person.empty()) {
                continue; // a name not on the roster
            }
            GridMember m;
            m.gridId = grid.id;
            m.personId = person.front().id;
            m.startsOn = from;
            m.createdAt = stamp;
            ctx.records.add(m);
        }
        for (const int64_t unit : spec.units) {
            GridMember m;
            m.gridId = grid.id;
            m.orgId = unit;
            m.startsOn = from;
            m.createdAt = stamp;
            ctx.records.add(m);
        }
    }
}

void buildPlans(Context& ctx, int year)
{
    // Set up on the year's first working day, like the grids.
    const std::string stamp = Context::date(year, 1, 2).toString() + "T00:40:00Z";
    // Each grid: red units every month, orange every quarter, the others once a year.
    for (const Grid& grid : Repository<Grid>(ctx.db).where("voided_at = '' ORDER BY id")) {
        InspectionPlan p;
        p.gridId = grid.id;
        p.year = year;
        p.everyRed = 1;
        p.everyOrange = 3;
        p.everyOther = 12;
        p.createdAt = stamp;
        ctx.records.add(p);
    }
    // Each grid member (网格员) serving in a grid: a monthly quota over their grids.
    for (const Person& officer : Repository<Person>(ctx.db).where(
             "role = '网格员' AND voided_at = '' AND id IN (SELECT person_id FROM grid_member WHERE voided_at = '')"
             " ORDER BY id")) {
        InspectionPlan p;
        p.personId = officer.id;
        p.year = year;
        p.monthlyInspections = kOfficerMonthlyInspections;
        p.monthlyUnits = kOfficerMonthlyUnits;
        p.createdAt = stamp;
        ctx.records.add(p);
    }
}

} // namespace safeledger::demo
