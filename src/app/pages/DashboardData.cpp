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
        HazardQuery overdue(db, DashboardFilters(scopeOrgId, period, asOf).overdue(), HazardSort::Deadline, false);
        d.overdue = overdue.first(kOverdueRows).rows;
        d.overdueTotal = overdue.count();
    } catch (const std::exception& e) {
        d.error = CoreMessages::translate(e.what());
    }
    return d;
}

DashboardData DashboardData::readFile(const std::string& path, const Date& today, int64_t scopeOrgId,
                                      const Period& period)
{
    try {
        OpenOptions options;
        options.readOnly = true;
        options.clock = FixedClock::at(today);
        auto db = Database::open(path, options);
        return read(*db, scopeOrgId, period);
    } catch (const std::exception& e) {
        DashboardData d;
        d.error = CoreMessages::translate(e.what());
        return d;
    }
}

DashboardFilters::DashboardFilters(int64_t scopeOrgId, const Period& period, const Date& asOf)
    : m_scope(scopeOrgId)
    , m_period(period)
    , m_asOf(asOf)
{
}

HazardFilter DashboardFilters::base() const
{
    HazardFilter f;
    if (m_scope != 0) {
        f.orgId = m_scope;
    }
    // Voided hazards never count (docs/figures.md).
    f.statuses = {HazardStatus::Registered, HazardStatus::Rectifying, HazardStatus::AwaitingVerification,
                  HazardStatus::Closed};
    return f;
}

HazardFilter DashboardFilters::found() const
{
    HazardFilter f = base();
    f.found = m_period;
    return f;
}

HazardFilter DashboardFilters::rectified() const
{
    HazardFilter f = found();
    // A hazard found in the period is closed no earlier than it was found.
    f.closed = Period{m_period.from, std::max(m_period.from, m_asOf)};
    return f;
}

HazardFilter DashboardFilters::overdue() const
{
    HazardFilter f = base();
    f.statuses.clear(); // the overdue rule leaves voided hazards out by itself
    f.overdueAsOf = m_asOf;
    return f;
}

HazardFilter DashboardFilters::major() const
{
    HazardFilter f = found();
    f.grade = HazardGrade::Major;
    return f;
}

HazardFilter DashboardFilters::listed() const
{
    HazardFilter f = major();
    f.listedOnly = true;
    return f;
}

HazardFilter DashboardFilters::open() const
{
    HazardFilter f = found();
    f.statuses = {HazardStatus::Registered, HazardStatus::Rectifying, HazardStatus::AwaitingVerification};
    return f;
}

HazardFilter DashboardFilters::category(HazardCategory category) const
{
    HazardFilter f = found();
    f.category = category;
    return f;
}

HazardFilter DashboardFilters::foundInMonth(int year, int month) const
{
    const Period m = Period::month(year, month);
    HazardFilter f = base();
    f.found = Period{std::max(m.from, m_period.from), std::min(m.to, m_period.to)};
    return f;
}

HazardFilter DashboardFilters::closedInMonth(int year, int month) const
{
    const Period m = Period::month(year, month);
    HazardFilter f = base();
    const Date from = std::max(m.from, m_period.from);
    const Date to = std::min({m.to, m_period.to, m_asOf});
    f.closed = Period{from, std::max(from, to)};
    if (to < from) {
        f.orgId = -1; // a month after asOf has no closures: no such unit selects nothing
    }
    return f;
}

HazardFilter DashboardFilters::subUnit(int64_t orgId) const
{
    HazardFilter f = found();
    f.orgId = orgId;
    return f;
}

} // namespace safeledger
