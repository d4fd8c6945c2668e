// The units behind `units_to_inspect − units_inspected` (docs/figures.md), ranked for a visit.
// Parameter numbering as in Statistics.cpp; ?10 and ?11 are the page's limit and offset.
#include "safeledger/storage/Statistics.h"

#include <algorithm>

namespace safeledger {

UninspectedPage Statistics::uninspected(int64_t scopeOrgId, const Period& period, const Date& asOf, int limit,
                                        int offset)
{
    checkPeriod(period, asOf);
    // A page is at least one row and starts at the top or below it (the callers' own numbers).
    limit = std::max(limit, 1);
    offset = std::max(offset, 0);
    const Scope scope = resolve(scopeOrgId);
    const std::string uninspected =
        std::string(" FROM org o LEFT JOIN org p ON p.id = o.parent_id WHERE o.voided_at = ''"
                    " AND ") +
        kToInspect + scopeFilter(scope) +
        " AND NOT EXISTS (SELECT 1 FROM inspection i WHERE i.org_id = o.id"
        " AND i.date >= ?1 AND i.date <= ?2 AND i.voided_at = '')";
    // The same units and the same test as the coverage figure (unitFigures): live units of a kind
    // to inspect, with no live inspection dated in the period. Each unit left costs one probe of
    // inspection_org_date for its latest inspection, newest first.
    sql::Statement st(m_db.connection(),
                      std::string("SELECT o.id, o.name, o.kind, o.risk_colour, ifnull(p.name, ''), o.uuid,"
                                  " (SELECT i.date FROM inspection i WHERE i.org_id = o.id AND i.date <= ?3"
                                  " AND i.voided_at = '' ORDER BY i.date DESC LIMIT 1) AS last, count(*) OVER ()") +
                          uninspected +
                          " ORDER BY CASE o.risk_colour WHEN 'red' THEN 0 WHEN 'orange' THEN 1 WHEN 'yellow' THEN 2"
                          " WHEN 'blue' THEN 3 ELSE 4 END, last IS NOT NULL, last, o.name, o.id LIMIT ?10 OFFSET ?11");
    bindDates(st, period, asOf);
    bindScope(st, scope);
    st.bind(10, int64_t{limit}).bind(11, int64_t{offset});
    UninspectedPage page;
    while (st.step()) {
        UninspectedRow r;
        r.orgId = st.int64(0);
        r.name = st.text(1);
        r.kind = st.text(2);
        r.riskColour = st.text(3);
        r.parentName = st.text(4);
        r.uuid = st.text(5);
        if (!st.isNull(6)) {
            r.lastInspected = Date::parseOrThrow(st.text(6), "date");
        }
        page.total = st.int64(7);
        page.rows.push_back(std::move(r));
    }
    if (page.rows.empty() && offset > 0) {
        // Past the end: the count still says how many there are.
        sql::Statement count(m_db.connection(), "SELECT count(*)" + uninspected);
        bindPeriod(count, period);
        bindScope(count, scope);
        count.step();
        page.total = count.int64(0);
    }
    return page;
}

} // namespace safeledger
