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

// HazardLifecycle::isOverdue as of any day in parameter `day`: not voided, not closed by then, and
// the deadline in force that day missed. An approved extension moves the deadline from its
// decision day on, so for a past day the deadline in force may be an earlier one: the
// previous_deadline of an approval decided after that day (ExtensionService; deadlines only move
// later, so the hazard's own deadline is never earlier than one it replaced). No approval lies
// after today, so for today and later (`past` false) the hazard's deadline is the one in force.
// The day's placeholder occurs overdueAsOfUses(past) times.
inline std::string overdueAsOf(const std::string& day, bool past)
{
    std::string missed = "h.deadline < " + day;
    if (past) {
        missed = "(" + missed +
                 " OR EXISTS (SELECT 1 FROM extension_request e INDEXED BY extension_hazard"
                 " WHERE e.hazard_id = h.id AND e.decision = 'approved' AND e.decided_on > " +
                 day + " AND e.previous_deadline < " + day + "))";
    }
    return "h.status <> 'voided' AND " + missed + " AND (h.closed_on IS NULL OR h.closed_on > " + day + ")";
}
inline int overdueAsOfUses(bool past)
{
    return past ? 4 : 2;
}

// The hazards overdue on a past day ?3 only through an extension approved after it: their own
// deadline is not before ?3, the one in force on ?3 was. For Statistics' UNION of overdue parts.
inline std::string overdueBeforeExtension()
{
    return "e.decision = 'approved' AND e.decided_on > ?3 AND e.previous_deadline < ?3 AND h.deadline >= ?3"
           " AND h.status <> 'voided' AND (h.closed_on IS NULL OR h.closed_on > ?3)";
}

} // namespace safeledger::hazardsql
