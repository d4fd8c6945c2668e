// The grids (网格) of a scope and their figures (docs/figures.md, "Grids"). Which grid a unit is in
// is read from grid_member on a day: the day memberships are read for the units and coverage, and
// each inspection's or hazard's own date for what was done while the unit was in the grid.
// Parameters: ?1 ?2 the period, ?3 asOf, ?4 the day read, ?8 ?9 the scope's path range.
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/Repository.h"
#include "safeledger/storage/Statistics.h"

#include <algorithm>
#include <map>

namespace safeledger {

namespace {
// A live membership m of a live grid g on day `on` (a column or a parameter), joined on unit `unit`.
// The grid is joined, not tested with IN (SELECT …): with the IN list SQLite walked every grid's
// members and probed each unit's records, twice the time of walking the period's records by date.
std::string memberOn(const std::string& unit, const std::string& on)
{
    return " JOIN grid_member m ON m.org_id = " + unit + " AND m.voided_at = '' AND m.starts_on <= " + on +
           " AND (m.ends_on IS NULL OR m.ends_on >= " + on + ") JOIN grid g ON g.id = m.grid_id AND g.voided_at = ''";
}
} // namespace

GridFigures Statistics::grids(int64_t scopeOrgId, const Period& period, const Date& asOf)
{
    checkPeriod(period, asOf);
    const Scope scope = resolve(scopeOrgId);
    auto& conn = m_db.connection();
    GridFigures out;
    out.day = std::min(asOf, period.to);

    std::map<int64_t, GridRow> byGrid;
    // The units to inspect in each grid on the day, and how many of them were inspected.
    {
        sql::Statement st(conn,
                          "SELECT m.grid_id, count(*), sum(EXISTS (SELECT 1 FROM inspection i WHERE i.org_id = o.id"
                          " AND i.date >= ?1 AND i.date <= ?2 AND i.voided_at = '')) FROM org o" +
                              memberOn("o.id", "?4") + " WHERE o.voided_at = '' AND " + kToInspect +
                              scopeFilter(scope) + " GROUP BY m.grid_id");
        bindPeriod(st, period);
        st.bind(4, out.day.toString());
        bindScope(st, scope);
        while (st.step()) {
            GridRow& row = byGrid[st.int64(0)];
            row.units = st.int64(1);
            row.unitsInspected = st.int64(2);
        }
    }
    // What was done in the period at units of the scope while they were in the grid.
    {
        sql::Statement st(conn, "SELECT m.grid_id, count(*) FROM inspection i JOIN org o ON o.id = i.org_id" +
                                    memberOn("i.org_id", "i.date") +
                                    " WHERE i.date >= ?1 AND i.date <= ?2 AND i.voided_at = ''" + scopeFilter(scope) +
                                    " GROUP BY m.grid_id");
        bindPeriod(st, period);
        bindScope(st, scope);
        while (st.step()) {
            byGrid[st.int64(0)].inspections = st.int64(1);
        }
    }
    {
        sql::Statement st(
            conn, "SELECT m.grid_id, count(*), sum(h.closed_on <= ?3) FROM hazard h JOIN org o ON o.id = h.org_id" +
                      memberOn("h.org_id", "h.found_on") + " WHERE " + kFoundInPeriod + scopeFilter(scope) +
                      " GROUP BY m.grid_id");
        bindDates(st, period, asOf);
        bindScope(st, scope);
        while (st.step()) {
            GridRow& row = byGrid[st.int64(0)];
            row.hazardsFound = st.int64(1);
            row.hazardsRectified = st.int64(2);
        }
    }
    // The grids themselves: those kept in scope, and those holding a unit of it.
    sql::Statement list(conn, "SELECT g.id, o.name, o.path FROM grid g JOIN org o ON o.id = g.org_id"
                              " WHERE g.voided_at = '' ORDER BY o.path, g.id");
    while (list.step()) {
        const int64_t id = list.int64(0);
        const auto found = byGrid.find(id);
        const bool kept = scope.rootId == 0 || OrgService::isWithin(list.text(2), scope.rootPath);
        if (!kept && (found == byGrid.end() || found->second.units == 0)) {
            continue;
        }
        GridRow row = found == byGrid.end() ? GridRow() : found->second;
        row.grid = Repository<Grid>(m_db).get(id);
        row.ownerName = list.text(1);
        row.coverage = ratio(row.unitsInspected, row.units);
        row.rectificationRate = ratio(row.hazardsRectified, row.hazardsFound);
        out.rows.push_back(std::move(row));
    }
    // Their officers on the day.
    {
        sql::Statement st(conn, "SELECT m.grid_id, p.name, p.id FROM grid_member m JOIN person p ON p.id = m.person_id"
                                " WHERE m.person_id IS NOT NULL AND m.voided_at = '' AND p.voided_at = ''"
                                " AND m.starts_on <= ?1 AND (m.ends_on IS NULL OR m.ends_on >= ?1)"
                                " ORDER BY m.starts_on, m.id");
        st.bind(1, out.day.toString());
        while (st.step()) {
            const int64_t grid = st.int64(0);
            const auto it =
                std::find_if(out.rows.begin(), out.rows.end(), [&](const GridRow& r) { return r.grid.id == grid; });
            if (it == out.rows.end()) {
                continue;
            }
            it->officers.push_back(st.text(1));
            // An officer's grids hold different units on the day (a unit is in one grid at a time),
            // and count different records: the officer's figures are the sums of theirs.
            const int64_t person = st.int64(2);
            auto officer = std::find_if(out.officers.begin(), out.officers.end(),
                                        [&](const OfficerRow& o) { return o.personId == person; });
            if (officer == out.officers.end()) {
                OfficerRow added;
                added.personId = person;
                added.name = st.text(1);
                out.officers.push_back(std::move(added));
                officer = out.officers.end() - 1;
            }
            officer->grids.push_back(it->grid.name);
            officer->units += it->units;
            officer->unitsInspected += it->unitsInspected;
            officer->inspections += it->inspections;
            officer->hazardsFound += it->hazardsFound;
        }
        for (OfficerRow& o : out.officers) {
            o.coverage = ratio(o.unitsInspected, o.units);
        }
        std::sort(out.officers.begin(), out.officers.end(), [](const OfficerRow& a, const OfficerRow& b) {
            return a.name != b.name ? a.name < b.name : a.personId < b.personId;
        });
    }
    {
        sql::Statement st(conn, "SELECT count(*) FROM org o WHERE o.voided_at = '' AND " + std::string(kToInspect) +
                                    scopeFilter(scope) + " AND NOT EXISTS (SELECT 1 FROM org x" +
                                    memberOn("x.id", "?4") + " WHERE x.id = o.id)");
        st.bind(4, out.day.toString());
        bindScope(st, scope);
        st.step();
        out.unitsOutsideGrids = st.int64(0);
    }
    return out;
}

} // namespace safeledger
