#pragma once

#include "safeledger/core/Date.h"
#include "safeledger/core/Enums.h"
#include "safeledger/storage/Database.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace safeledger {

// What the hazard list shows. Every condition set narrows the list; an empty filter lists every
// hazard, voided ones included (filter on the statuses to leave them out).
struct HazardFilter
{
    std::set<HazardStatus> statuses; // empty: any status
    std::optional<Date> overdueAsOf; // only hazards overdue (逾期) on that day (HazardLifecycle::isOverdue)
    std::optional<HazardGrade> grade;
    std::optional<HazardCategory> category;
    std::optional<Sector> sector;   // the industry sector of the hazard's unit
    std::optional<int64_t> orgId;   // a unit and everything below it
    std::optional<Period> found;    // found_on within the period
    std::optional<Period> closed;   // closed (销号, status closed) with closed_on within the period
    std::optional<Period> deadline; // the deadline (时限) within the period (the due list, issue 14)
    bool listedOnly = false;        // under listed supervision (挂牌督办) at any level
    std::string text;               // in the description or the location; words separated by spaces must all occur
};

// The orders the list can be read in. Each is an index walk, so any page is as quick as the
// first: found date (hazard_found), deadline (hazard_deadline, no deadline first) and id (the
// order of registration). Ties are broken by id, which makes every order total. Sorting by unit
// name or status has no index over a million rows and is not offered.
enum class HazardSort { FoundOn, Deadline, Id };

// One line of the hazard table: what a list shows, not the whole record.
struct HazardRow
{
    int64_t id = 0;
    std::string uuid;
    int64_t orgId = 0;
    std::string unitName;
    Date foundOn;
    HazardCategory category = HazardCategory::Other;
    HazardGrade grade = HazardGrade::General;
    HazardStatus status = HazardStatus::Registered;
    std::optional<Date> deadline;
    std::optional<Date> closedOn;
    long daysOverdue = 0; // as of HazardQuery::asOf(); 0 when not overdue
    std::string location;
    std::string excerpt; // the description's first HazardQuery::kExcerptChars characters
    SupervisionLevel supervision = SupervisionLevel::None;
    std::string sortKey; // the row's value of the sort key, as stored (keyset position)
};

struct HazardPage
{
    std::vector<HazardRow> rows; // in list order, whichever direction was read
    bool atEnd = false;          // nothing lies beyond the rows in the direction read
};

// The hazard list at a million rows: pages by keyset (`WHERE (key, id) > (?, ?) ORDER BY key, id
// LIMIT n`, never a deep OFFSET on the table), a count, and a jump to row N for a scroll bar
// dragged to the middle. For each filter it picks how to reach the rows (see HazardQuery.cpp and
// docs/schema.md): through the sort index, filtering as it walks, when matches are common; or from
// the few matching rows (text index, open hazards, a unit's hazards...) sorted afterwards when
// they are rare. All of them return the same rows in the same order.
class HazardQuery final
{
public:
    static constexpr int kExcerptChars = 60;

    HazardQuery(Database& db, HazardFilter filter, HazardSort sort = HazardSort::FoundOn, bool descending = true);
    ~HazardQuery();
    HazardQuery(const HazardQuery&) = delete;
    HazardQuery& operator=(const HazardQuery&) = delete;

    // The day overdue is judged on: the filter's overdueAsOf, else today.
    const Date& asOf() const { return m_asOf; }

    HazardPage first(int limit);
    HazardPage last(int limit);
    // The rows after (or before) `row` in list order; `row` must come from this query's pages.
    HazardPage after(const HazardRow& row, int limit);
    HazardPage before(const HazardRow& row, int limit);
    // Rows from index `row` on (0-based): the scroll bar's jump. Uses an OFFSET over an index
    // only, or over the few rows a rare filter selects; a common filter with conditions outside
    // the sort index counts its way through the table (measured in docs/performance.md).
    HazardPage at(int64_t row, int limit);
    // The number of hazards the filter selects (computed once per query).
    int64_t count();

    // How the rows are reached, for benchmarks and tests: "sort", "text", "open", "units",
    // "status", "major" or "period".
    std::string plan() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    Date m_asOf;
};

} // namespace safeledger
