// The year's grids (网格) with their figures, for the county and for one town: Statistics::grids
// against the same question asked of SQLite by hand. Both sides must agree before either is timed.
#include "BenchSetup.h"

#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/Statistics.h"

#include <map>
#include <stdexcept>

namespace safeledger::bench {

namespace {

struct RawGrid
{
    int64_t units = 0, inspected = 0, inspections = 0, found = 0, rectified = 0;
    bool operator==(const RawGrid&) const = default;
};

// As an expert would ask: one grouped query per figure, a unit's grid read on the day (units,
// coverage) or on the record's own date (inspections, hazards), over the scope's path range.
std::map<int64_t, RawGrid> rawGrids(sqlite3* db, const std::string& low, const std::string& high, int year,
                                    const std::string& day)
{
    const std::string from = std::to_string(year) + "-01-01";
    const std::string to = std::to_string(year) + "-12-31";
    const auto on = [](const char* date) {
        return std::string(" JOIN grid_member m ON m.org_id = o.id AND m.voided_at = '' AND m.starts_on <= ") + date +
               " AND (m.ends_on IS NULL OR m.ends_on >= " + date +
               ") JOIN grid g ON g.id = m.grid_id AND g.voided_at = ''";
    };
    std::map<int64_t, RawGrid> out;
    Raw units(db, ("SELECT m.grid_id, count(*), sum(EXISTS (SELECT 1 FROM inspection i WHERE i.org_id = o.id"
                   " AND i.date BETWEEN ?1 AND ?2 AND i.voided_at = '')) FROM org o" +
                   on("?3") +
                   " WHERE o.voided_at = '' AND o.kind IN ('enterprise','business','school')"
                   " AND o.path >= ?4 AND o.path < ?5 GROUP BY m.grid_id")
                      .c_str());
    units.bind(1, from).bind(2, to).bind(3, day).bind(4, low).bind(5, high);
    while (units.step()) {
        out[units.integer(0)].units = units.integer(1);
        out[units.integer(0)].inspected = units.integer(2);
    }
    Raw inspections(db, ("SELECT m.grid_id, count(*) FROM inspection i JOIN org o ON o.id = i.org_id" + on("i.date") +
                         " WHERE i.date BETWEEN ?1 AND ?2 AND i.voided_at = '' AND o.path >= ?3 AND o.path < ?4"
                         " GROUP BY m.grid_id")
                            .c_str());
    inspections.bind(1, from).bind(2, to).bind(3, low).bind(4, high);
    while (inspections.step()) {
        out[inspections.integer(0)].inspections = inspections.integer(1);
    }
    Raw hazards(db, ("SELECT m.grid_id, count(*), sum(h.closed_on <= ?3) FROM hazard h JOIN org o ON o.id = h.org_id" +
                     on("h.found_on") +
                     " WHERE h.found_on BETWEEN ?1 AND ?2 AND h.voided_at = '' AND o.path >= ?4 AND o.path < ?5"
                     " GROUP BY m.grid_id")
                        .c_str());
    hazards.bind(1, from).bind(2, to).bind(3, day).bind(4, low).bind(5, high);
    while (hazards.step()) {
        out[hazards.integer(0)].found = hazards.integer(1);
        out[hazards.integer(0)].rectified = hazards.integer(2);
    }
    return out;
}

void requireSame(const std::string& what, const GridFigures& p, const std::map<int64_t, RawGrid>& r)
{
    size_t reached = 0;
    for (const auto& row : p.rows) {
        const auto it = r.find(row.grid.id);
        const RawGrid mine{row.units, row.unitsInspected, row.inspections, row.hazardsFound, row.hazardsRectified};
        if (it == r.end() ? mine != RawGrid{} : !(mine == it->second)) {
            throw std::runtime_error(what + ": grid " + row.grid.name + " differs from the raw SQL");
        }
        reached += it != r.end();
    }
    if (reached != r.size() || r.empty()) {
        throw std::runtime_error(what + ": the raw SQL has " + std::to_string(r.size()) + " grids, the product " +
                                 std::to_string(reached));
    }
}

} // namespace

void registerGrids()
{
    BenchDb& b = benchDb();
    const Period year = Period::year(b.year);
    const std::string day = b.today.toString();
    const auto town = OrgService::subtreeRange(OrgService(*b.db).get(b.townId).path);
    Statistics stats(*b.db);
    requireSame("county", stats.grids(0, year, b.today), rawGrids(b.raw, "/", "0", b.year, day));
    requireSame("town", stats.grids(b.townId, year, b.today), rawGrids(b.raw, town.first, town.second, b.year, day));
    for (const auto& [name, scope, low, high] :
         {std::tuple<const char*, int64_t, std::string, std::string>{"county", 0, "/", "0"},
          {"town", b.townId, town.first, town.second}}) {
        const Question q{std::string("the year's grids with their figures, ") + name, "<= 1.5x raw, < 200 ms", 200,
                         1.5};
        registerPair(
            q, [&b, year, scope = scope] { Statistics(*b.db).grids(scope, year, b.today); },
            [&b, day, low = low, high = high] { rawGrids(b.raw, low, high, b.year, day); });
    }
}

} // namespace safeledger::bench
