#pragma once

#include "safeledger/core/Date.h"
#include "safeledger/core/Enums.h"

#include <optional>
#include <vector>

namespace safeledger {

// The ledger's escalation rules (逾期升级督办), kept per database (ExtensionService).
struct EscalationRules
{
    // A general hazard overdue more than this many days is escalated to its unit's parent unit;
    // 0 turns the rule off.
    int generalOverdueDays = 30;
    // A major hazard, on its first day overdue, is raised one listed-supervision level.
    bool majorRaisesSupervision = true;

    bool operator==(const EscalationRules&) const = default;
};

// A deadline and the day from which it was in force: the first from the hazard's registration,
// each later one from the day its extension was approved.
struct DeadlineInForce
{
    Date from;
    Date deadline;
};

enum class EscalationRule {
    GeneralOverdue, // a general hazard overdue more than EscalationRules::generalOverdueDays
    MajorOverdue,   // a major hazard overdue
};

struct Escalation
{
    Date on; // the first day the rule held
    EscalationRule rule;
    Date missed; // the deadline in force that was missed
    // MajorOverdue: the listed-supervision level the hazard is raised to.
    SupervisionLevel raisedTo = SupervisionLevel::None;
};

// The level above: none → town → county → city → province (the top stays).
SupervisionLevel raisedSupervision(SupervisionLevel level);

// The hazard's escalations up to `asOf`, oldest first: a pure function of its grade, listed
// level, deadlines in force (oldest first), closure and the rules, so every laptop computes the
// same ones, and a later extension or closure never removes one that had happened. A hazard with
// no deadline, or voided, has none.
std::vector<Escalation> escalations(HazardGrade grade, SupervisionLevel listed,
                                    const std::vector<DeadlineInForce>& deadlines, const std::optional<Date>& closedOn,
                                    bool voided, const Date& asOf, const EscalationRules& rules);

} // namespace safeledger
