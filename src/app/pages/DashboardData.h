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

    QString error; // empty on success
    FigureSet figures;
    std::vector<CategoryRow> categories;
    std::vector<MonthRow> months;
    std::vector<SubUnitRow> subUnits; // Statistics::bySubUnit; of the single root when everything is one tree
    std::vector<HazardRow> overdue;   // oldest deadline first, at most kOverdueRows
    int64_t overdueTotal = 0;

    // Reads everything from `db` for the scope (0: everything) and period, as of db.today(). Never
    // throws: a failure is reported in `error`.
    static DashboardData read(Database& db, int64_t scopeOrgId, const Period& period);
};

} // namespace safeledger
