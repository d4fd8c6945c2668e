// The demo town's grids (网格) as records: one per grid the units already name (org.grid), kept by
// the town (the park's by the park), with the units to inspect in it from the first day of the
// demo's first year and, as its officers, the units' grid member (网格员) and supervising officer
// (网格监管责任人) as the roster has them.
#include "DemoContext.h"
#include "DemoData.h"
#include "safeledger/core/Grid.h"
#include "safeledger/storage/ArchiveQueries.h"

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

} // namespace safeledger::demo
