// The tables of the annual summary: by category, by month and by sub-unit. They split the
// figures of Statistics.cpp along one dimension with the same definitions (docs/figures.md).
#include "safeledger/core/Error.h"
#include "safeledger/storage/Statistics.h"

#include <algorithm>
#include <unordered_map>

namespace safeledger {

std::vector<CategoryRow> Statistics::byCategory(int64_t scopeOrgId, const Period& period, const Date& asOf)
{
    checkPeriod(period, asOf);
    const Scope scope = resolve(scopeOrgId);
    auto& conn = m_db.connection();

    std::vector<CategoryRow> rows;
    std::unordered_map<std::string, size_t> index;
    for (const auto& e : enumEntries<HazardCategory>()) {
        index[e.code] = rows.size();
        rows.push_back({e.value, 0, 0, 0, 0, std::nullopt, 0});
    }
    // A code this build does not know (written by a newer version) still counts, under Other,
    // so that the table adds up to the figures.
    auto rowOf = [&](const std::string& code) -> CategoryRow& {
        const auto it = index.find(code);
        return rows[it != index.end() ? it->second : index.at(toCode(HazardCategory::Other))];
    };

    sql::Statement flow(conn,
                        "SELECT h.category, count(*), sum(h.closed_on <= ?3), sum(h.grade = 'major'), "
                        "sum(h.grade = 'major' AND h.supervision IN ('province', 'city', 'county', 'town')) FROM " +
                            from(scope, scope.access, "hazard", "h") + " WHERE " + kFoundInPeriod + scopeFilter(scope) +
                            " GROUP BY h.category");
    bindDates(flow, period, asOf);
    bindScope(flow, scope);
    while (flow.step()) {
        CategoryRow& r = rowOf(flow.text(0));
        r.found += flow.int64(1);
        r.rectified += flow.int64(2);
        r.major += flow.int64(3);
        r.listed += flow.int64(4);
    }

    sql::Statement overdue(conn, "SELECT category, count(*) FROM (" +
                                     overdueSql(scope, asOf, "h.category AS category") + ") GROUP BY category");
    bindDates(overdue, period, asOf);
    bindScope(overdue, scope);
    while (overdue.step()) {
        rowOf(overdue.text(0)).overdue += overdue.int64(1);
    }

    for (auto& r : rows) {
        r.rate = ratio(r.rectified, r.found);
    }
    return rows;
}

std::vector<MonthRow> Statistics::byMonth(int64_t scopeOrgId, const Period& period, const Date& asOf)
{
    checkPeriod(period, asOf);
    const Scope scope = resolve(scopeOrgId);
    auto& conn = m_db.connection();

    std::vector<MonthRow> rows;
    for (int y = period.from.year(), m = period.from.month();
         y < period.to.year() || (y == period.to.year() && m <= period.to.month());) {
        rows.push_back({y, m, 0, 0});
        if (++m > 12) {
            m = 1;
            ++y;
        }
    }
    const int firstYear = period.from.year();
    const int firstMonth = period.from.month();
    auto rowOf = [&](const std::string& iso) -> MonthRow& {
        const Date d = Date::parseOrThrow(iso, "date");
        return rows.at(static_cast<size_t>((d.year() - firstYear) * 12 + d.month() - firstMonth));
    };

    // Grouped by day rather than by month: the rows arrive in found_on order from the index, so
    // the grouping needs no sort; the days are folded into months here.
    sql::Statement found(conn, "SELECT h.found_on, count(*) FROM " + from(scope, scope.access, "hazard", "h") +
                                   " WHERE " + kFoundInPeriod + scopeFilter(scope) + " GROUP BY h.found_on");
    bindPeriod(found, period);
    bindScope(found, scope);
    while (found.step()) {
        rowOf(found.text(0)).found += found.int64(1);
    }

    // Rectified by the month of closure, whenever the hazard was found, within the period and by asOf.
    const Date last = std::min(period.to, asOf);
    if (!(last < period.from)) {
        sql::Statement closed(conn,
                              closedSql(scope, "h.closed_on, count(*)", "h.closed_on >= ?1 AND h.closed_on <= ?3") +
                                  " GROUP BY h.closed_on");
        bindDates(closed, period, last);
        bindScope(closed, scope);
        while (closed.step()) {
            rowOf(closed.text(0)).rectified += closed.int64(1);
        }
    }
    return rows;
}

std::vector<SubUnitRow> Statistics::bySubUnit(int64_t scopeOrgId, const Period& period, const Date& asOf)
{
    checkPeriod(period, asOf);
    const Scope scope = resolve(scopeOrgId);
    auto& conn = m_db.connection();

    std::vector<SubUnitRow> rows;
    std::vector<bool> voided;
    std::unordered_map<int64_t, size_t> childIndex;
    {
        sql::Statement st(conn, scope.rootId == 0
                                    ? "SELECT id, name, kind, voided_at <> '' FROM org WHERE parent_id IS NULL"
                                    : "SELECT id, name, kind, voided_at <> '' FROM org WHERE parent_id = ?1");
        if (scope.rootId != 0) {
            st.bind(1, scope.rootId);
        }
        while (st.step()) {
            childIndex[st.int64(0)] = rows.size();
            rows.push_back({st.int64(0), st.text(1), st.text(2), 0, 0, 0, std::nullopt});
            voided.push_back(st.int64(3) != 0);
        }
    }

    // Each unit of the scope belongs to the child whose id is the next segment of its path after
    // the root's; the root's own records belong to no child.
    std::unordered_map<int64_t, size_t> unitToRow;
    {
        sql::Statement st(conn, scope.rootId == 0 ? "SELECT id, path FROM org"
                                                  : "SELECT id, path FROM org WHERE path > ?1 AND path < ?2");
        if (scope.rootId != 0) {
            st.bindAll(scope.low, scope.high);
        }
        const size_t skip = scope.rootPath.size();
        while (st.step()) {
            const std::string path = st.text(1);
            const size_t end = path.find('/', skip);
            if (path.size() <= skip || end == std::string::npos) {
                continue;
            }
            const auto child = childIndex.find(std::stoll(path.substr(skip, end - skip)));
            if (child != childIndex.end()) {
                unitToRow[st.int64(0)] = child->second;
            }
        }
    }
    auto addTo = [&](int64_t orgId, auto&& apply) {
        const auto it = unitToRow.find(orgId);
        if (it != unitToRow.end()) {
            apply(rows[it->second]);
        }
    };

    sql::Statement flow(conn, "SELECT h.org_id, count(*), sum(h.closed_on <= ?3) FROM " +
                                  from(scope, scope.access, "hazard", "h") + " WHERE " + kFoundInPeriod +
                                  scopeFilter(scope) + " GROUP BY h.org_id");
    bindDates(flow, period, asOf);
    bindScope(flow, scope);
    while (flow.step()) {
        addTo(flow.int64(0), [&](SubUnitRow& r) {
            r.found += flow.int64(1);
            r.rectified += flow.int64(2);
        });
    }

    sql::Statement overdue(conn, "SELECT org_id, count(*) FROM (" + overdueSql(scope, asOf, "h.org_id AS org_id") +
                                     ") GROUP BY org_id");
    bindDates(overdue, period, asOf);
    bindScope(overdue, scope);
    while (overdue.step()) {
        addTo(overdue.int64(0), [&](SubUnitRow& r) { r.overdue += overdue.int64(1); });
    }

    // A voided unit is listed only while its history still shows in the period.
    std::vector<SubUnitRow> out;
    for (size_t i = 0; i < rows.size(); ++i) {
        SubUnitRow& r = rows[i];
        r.rate = ratio(r.rectified, r.found);
        if (!voided[i] || r.found > 0 || r.overdue > 0) {
            out.push_back(std::move(r));
        }
    }
    std::sort(out.begin(), out.end(), [](const SubUnitRow& a, const SubUnitRow& b) {
        if (a.rate.has_value() != b.rate.has_value()) {
            return a.rate.has_value();
        }
        if (a.rate && *a.rate != *b.rate) {
            return *a.rate < *b.rate;
        }
        if (a.name != b.name) {
            return a.name < b.name;
        }
        return a.orgId < b.orgId;
    });
    return out;
}

} // namespace safeledger
