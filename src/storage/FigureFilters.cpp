#include "safeledger/storage/FigureFilters.h"

#include "safeledger/core/HazardLifecycle.h"

#include <algorithm>

namespace safeledger {

namespace {

template <class Keep>
std::set<HazardStatus> statusesWhere(Keep keep)
{
    std::set<HazardStatus> out;
    for (const auto& e : enumEntries<HazardStatus>()) {
        if (keep(e.value)) {
            out.insert(e.value);
        }
    }
    return out;
}

} // namespace

FigureFilters::FigureFilters(int64_t scopeOrgId, const Period& period, const Date& asOf)
    : m_scope(scopeOrgId)
    , m_period(period)
    , m_asOf(asOf)
{
}

HazardFilter FigureFilters::base() const
{
    HazardFilter f;
    if (m_scope != 0) {
        f.orgId = m_scope;
    }
    // Voided hazards never count (docs/figures.md).
    f.statuses = statusesWhere([](HazardStatus st) { return st != HazardStatus::Voided; });
    return f;
}

HazardFilter FigureFilters::found() const
{
    HazardFilter f = base();
    f.found = m_period;
    return f;
}

HazardFilter FigureFilters::rectified() const
{
    HazardFilter f = found();
    // A hazard found in the period is closed no earlier than it was found.
    f.closed = Period{m_period.from, std::max(m_period.from, m_asOf)};
    return f;
}

HazardFilter FigureFilters::overdue() const
{
    HazardFilter f = base();
    f.statuses.clear(); // the overdue rule leaves voided hazards out by itself
    f.overdueAsOf = m_asOf;
    return f;
}

HazardFilter FigureFilters::major() const
{
    HazardFilter f = found();
    f.grade = HazardGrade::Major;
    return f;
}

HazardFilter FigureFilters::listed() const
{
    HazardFilter f = major();
    f.listedOnly = true;
    return f;
}

HazardFilter FigureFilters::open() const
{
    HazardFilter f = found();
    f.statuses = statusesWhere(HazardLifecycle::isOpen);
    return f;
}

HazardFilter FigureFilters::category(HazardCategory category) const
{
    HazardFilter f = found();
    f.category = category;
    return f;
}

HazardFilter FigureFilters::foundInMonth(int year, int month) const
{
    const Period m = Period::month(year, month);
    HazardFilter f = base();
    f.found = Period{std::max(m.from, m_period.from), std::min(m.to, m_period.to)};
    return f;
}

HazardFilter FigureFilters::closedInMonth(int year, int month) const
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

HazardFilter FigureFilters::subUnit(int64_t orgId) const
{
    HazardFilter f = found();
    f.orgId = orgId;
    return f;
}

} // namespace safeledger
