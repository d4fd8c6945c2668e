#include "safeledger/core/Escalation.h"

namespace safeledger {

SupervisionLevel raisedSupervision(SupervisionLevel level)
{
    switch (level) {
    case SupervisionLevel::None:
        return SupervisionLevel::Town;
    case SupervisionLevel::Town:
        return SupervisionLevel::County;
    case SupervisionLevel::County:
        return SupervisionLevel::City;
    case SupervisionLevel::City:
    case SupervisionLevel::Province:
        return SupervisionLevel::Province;
    }
    return level;
}

std::vector<Escalation> escalations(HazardGrade grade, SupervisionLevel listed,
                                    const std::vector<DeadlineInForce>& deadlines, const std::optional<Date>& closedOn,
                                    bool voided, const Date& asOf, const EscalationRules& rules)
{
    std::vector<Escalation> out;
    if (voided) {
        return out;
    }
    SupervisionLevel level = listed;
    for (size_t i = 0; i < deadlines.size(); ++i) {
        const DeadlineInForce& d = deadlines[i];
        // The rule holds on day `on` when this deadline was still in force then (no later one
        // approved by that day), the day has come, and the hazard was still open that day
        // (closed on a day means not overdue on it, as HazardLifecycle::isOverdue has it).
        const auto holds = [&](const Date& on) {
            const bool inForce = !(on < d.from) && (i + 1 == deadlines.size() || on < deadlines[i + 1].from);
            return inForce && !(asOf < on) && (!closedOn || on < *closedOn);
        };
        if (grade == HazardGrade::General && rules.generalOverdueDays > 0) {
            const Date on = d.deadline.addDays(rules.generalOverdueDays + 1);
            if (holds(on)) {
                out.push_back({on, EscalationRule::GeneralOverdue, d.deadline, SupervisionLevel::None});
            }
        }
        if (grade == HazardGrade::Major && rules.majorRaisesSupervision) {
            const Date on = d.deadline.addDays(1);
            if (holds(on) && level != SupervisionLevel::Province) {
                level = raisedSupervision(level);
                out.push_back({on, EscalationRule::MajorOverdue, d.deadline, level});
            }
        }
    }
    return out;
}

} // namespace safeledger
