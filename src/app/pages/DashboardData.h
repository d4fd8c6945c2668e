#pragma once

#ifndef Q_MOC_RUN // moc cannot parse the C++20 standard headers the core includes
#include "safeledger/storage/HazardQuery.h"
#include "safeledger/storage/Statistics.h"
#endif

#include <QString>

#include <cstdint>
#include <vector>

namespace safeledger {

// What the dashboard shows for one scope and one period, read in one go (on a worker thread, over
// its own connection). Every figure comes from Statistics; the overdue list from HazardQuery with
// the same definition of overdue.
struct DashboardData
{
    static constexpr int kOverdueRows = 100;

    quint64 generation = 0; // which request this answers (stale answers are dropped)
    QString error;          // empty on success
    FigureSet figures;
    std::vector<CategoryRow> categories;
    std::vector<MonthRow> months;
    std::vector<SubUnitRow> subUnits; // Statistics::bySubUnit; of the single root when everything is one tree
    std::vector<HazardRow> overdue; // oldest deadline first, at most kOverdueRows
    int64_t overdueTotal = 0;

    // Reads everything from `db` for the scope (0: everything) and period. Never throws: a
    // failure is reported in `error`.
    static DashboardData read(Database& db, int64_t scopeOrgId, const Period& period);
    // Like read(), over a read-only connection of its own to the database file at `path` whose
    // "today" is `today` (the window's clock). For a worker thread.
    static DashboardData readFile(const std::string& path, const Date& today, int64_t scopeOrgId,
                                  const Period& period);
};

// The hazard list behind each figure of the dashboard, with the definitions of docs/figures.md
// (tests/storage/HazardQueryTest.cpp checks that each selects exactly what Statistics counts).
class DashboardFilters final
{
public:
    DashboardFilters(int64_t scopeOrgId, const Period& period, const Date& asOf);

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
