#pragma once

#include "safeledger/core/Date.h"
#include "safeledger/storage/HazardQuery.h"

#include <cstdint>

namespace safeledger {

// The hazard list behind each figure Statistics counts, with the definitions of docs/figures.md:
// HazardQuery over one of these filters lists exactly the hazards the figure counts (the
// dashboard's drill-downs; tests/storage/HazardQueryTest.cpp holds each to its figure).
class FigureFilters final
{
public:
    FigureFilters(int64_t scopeOrgId, const Period& period, const Date& asOf);

    // Found in the period, not voided.
    HazardFilter found() const;
    // Of those, closed (销号) by asOf.
    HazardFilter rectified() const;
    // Overdue as of asOf: a stock, whatever the period.
    HazardFilter overdue() const;
    // Of those found, major; listed: major and under listed supervision at any level.
    HazardFilter major() const;
    HazardFilter listed() const;
    // Found in the period and still open; equals found − rectified only when asOf is today.
    HazardFilter open() const;
    HazardFilter category(HazardCategory category) const;
    // Found in the part of the month within the period.
    HazardFilter foundInMonth(int year, int month) const;
    // Closed in the part of the month within the period and by asOf (the chart's "rectified").
    HazardFilter closedInMonth(int year, int month) const;
    // Found in the period in a sub-unit's subtree.
    HazardFilter subUnit(int64_t orgId) const;

private:
    HazardFilter base() const;

    int64_t m_scope;
    Period m_period;
    Date m_asOf;
};

} // namespace safeledger
