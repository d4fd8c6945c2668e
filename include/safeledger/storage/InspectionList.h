#pragma once

#include "safeledger/core/Inspection.h"
#include "safeledger/storage/Database.h"

#include <optional>
#include <string>
#include <vector>

namespace safeledger {

// Which inspections the Inspections page lists: one year, a unit and everything below it (or all
// units), one kind, text found in the campaign or an inspector's name, and the voided ones on
// request.
struct InspectionFilter
{
    int year = 0;
    std::optional<int64_t> unit; // the unit's subtree
    std::optional<InspectionKind> kind;
    std::string text;
    bool withVoided = false;
};

struct InspectionRow
{
    Inspection inspection;
    std::string unitName;
    int64_t hazards = 0; // live hazards it found
};

// The live inspections the filter selects, as the figures count them (docs/figures.md): how many,
// and their inspectors summed (检查人次).
struct InspectionTotals
{
    int64_t count = 0;
    int64_t personTimes = 0;
};

// Where a page of the list ended: the next page starts below this row (newest first).
struct InspectionCursor
{
    Date date;
    int64_t id = 0;
};

// The inspections list (安全检查台账): newest first, at most `limit` rows, after `after` when given
// (keyset pages: each page is as cheap as the first, however deep); a year of a county's
// inspections is read by date through `inspection_date`.
class InspectionList final
{
public:
    explicit InspectionList(Database& db)
        : m_db(db)
    {
    }

    std::vector<InspectionRow> rows(const InspectionFilter& filter, int limit = 1000,
                                    const std::optional<InspectionCursor>& after = std::nullopt);
    InspectionTotals totals(const InspectionFilter& filter);

private:
    Database& m_db;
};

} // namespace safeledger
