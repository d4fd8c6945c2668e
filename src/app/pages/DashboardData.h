#pragma once

#ifndef Q_MOC_RUN // moc cannot parse the C++20 standard headers the core includes
#include "safeledger/storage/FigureFilters.h"
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
    std::vector<HazardRow> overdue;   // oldest deadline first, at most kOverdueRows
    int64_t overdueTotal = 0;

    // Reads everything from `db` for the scope (0: everything) and period. Never throws: a
    // failure is reported in `error`.
    static DashboardData read(Database& db, int64_t scopeOrgId, const Period& period);
    // Like read(), over a read-only connection of its own to the database file at `path` whose
    // "today" is `today` (the window's clock). For a worker thread.
    static DashboardData readFile(const std::string& path, const Date& today, int64_t scopeOrgId, const Period& period);
};

} // namespace safeledger
