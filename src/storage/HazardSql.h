#pragma once
// The hazard rules that queries count and filter by, spelled once in SQL (storage only).

#include "safeledger/core/Enums.h"
#include "safeledger/core/HazardLifecycle.h"

#include <string>

namespace safeledger::hazardsql {

// HazardLifecycle::isOpen as a condition on the hazard table aliased `h`: the open statuses in
// the enum's order, which is word for word the WHERE of the hazard_open_deadline partial index
// (SchemaV1.sql), so that SQLite may use that index (StorageRulesTest holds the two together).
inline const std::string& open()
{
    static const std::string sql = [] {
        std::string list;
        for (const auto& e : enumEntries<HazardStatus>()) {
            if (HazardLifecycle::isOpen(e.value)) {
                list += (list.empty() ? "'" : ",'") + std::string(e.code) + "'";
            }
        }
        return "h.status IN (" + list + ")";
    }();
    return sql;
}

// HazardLifecycle::isOverdue as of the day in parameter `day` ("?" or "?3") for a day on which no
// closure lies ahead (today, and every day after: a closure is dated by its verification, which
// cannot lie in the future): open, with a deadline before that day.
inline std::string overdueNow(const std::string& day)
{
    return open() + " AND h.deadline < " + day;
}

// HazardLifecycle::isOverdue as of any day in parameter `day`: a deadline before it, not voided,
// not closed by then.
inline std::string overdueAsOf(const std::string& day)
{
    return "h.status <> 'voided' AND h.deadline < " + day + " AND (h.closed_on IS NULL OR h.closed_on > " + day + ")";
}

} // namespace safeledger::hazardsql
