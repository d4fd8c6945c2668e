#include "DashboardData.h"

#include "CoreMessages.h"
#include "safeledger/core/Error.h"

#include <algorithm>
#include <exception>

namespace safeledger {

DashboardData DashboardData::read(Database& db, int64_t scopeOrgId, const Period& period)
{
    DashboardData d;
    try {
        Statistics stats(db);
        d.figures = stats.forPeriod(scopeOrgId, period);
        const Date asOf = d.figures.asOf;
        d.categories = stats.byCategory(scopeOrgId, period, asOf);
        d.months = stats.byMonth(scopeOrgId, period, asOf);
        d.subUnits = stats.bySubUnit(scopeOrgId, period, asOf);
        // A database holding one tree (a town, a county) says little with its one root: show the
        // root's children instead.
        if (scopeOrgId == 0 && d.subUnits.size() == 1) {
            d.subUnits = stats.bySubUnit(d.subUnits.front().orgId, period, asOf);
        }
        // Oldest deadline first: the longest overdue lead the list.
        HazardQuery overdue(db, FigureFilters(scopeOrgId, period, asOf).overdue(), HazardSort::Deadline, false);
        d.overdue = overdue.first(kOverdueRows).rows;
        d.overdueTotal = overdue.count();
    } catch (const std::exception& e) {
        d.error = CoreMessages::translate(e);
    }
    return d;
}

} // namespace safeledger
