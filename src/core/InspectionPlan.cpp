// The rules of an inspection plan (检查计划) on its own; those that need the ledger (its grid, its
// officer, one plan per target and period) are in src/storage/PlanRecords.cpp.
#include "safeledger/core/InspectionPlan.h"

#include "safeledger/core/Error.h"

#include <array>
#include <cstdio>

namespace safeledger {

int InspectionPlan::everyMonthsFor(RiskColour colour) const
{
    int own = 0;
    switch (colour) {
    case RiskColour::Red:
        own = everyRed;
        break;
    case RiskColour::Orange:
        own = everyOrange;
        break;
    case RiskColour::Yellow:
        own = everyYellow;
        break;
    case RiskColour::Blue:
        own = everyBlue;
        break;
    case RiskColour::None:
        break;
    }
    return own > 0 ? own : everyOther;
}

std::string InspectionPlan::periodText() const
{
    char text[16];
    std::snprintf(text, sizeof text, month ? "%04d-%02d" : "%04d", year, month.value_or(0));
    return text;
}

void validate(const InspectionPlan& p)
{
    if (p.year < 1900 || p.year > 2999) {
        throwValidation("year", MessageId::PlanYearImplausible, {std::to_string(p.year)});
    }
    if (p.gridId.has_value() == p.personId.has_value() || (p.gridId && *p.gridId <= 0) ||
        (p.personId && *p.personId <= 0)) {
        throwValidation(p.personId ? "person" : "grid", MessageId::PlanGridOrOfficer);
    }
    if (p.month && (*p.month < 1 || *p.month > 12)) {
        throwValidation("month", MessageId::PlanMonthOutOfRange, {std::to_string(*p.month)});
    }
    for (const auto& [value, field] :
         {std::pair{p.monthlyInspections, "monthly_inspections"}, std::pair{p.monthlyUnits, "monthly_units"}}) {
        if (value < 0) {
            throwValidation(field, MessageId::NegativeNumber, {std::to_string(value)});
        }
    }
    const std::array rules{std::pair{p.everyRed, "every_red"}, std::pair{p.everyOrange, "every_orange"},
                           std::pair{p.everyYellow, "every_yellow"}, std::pair{p.everyBlue, "every_blue"},
                           std::pair{p.everyOther, "every_other"}};
    for (const auto& [months, field] : rules) {
        // Periods aligned to the year: each rule's months divide twelve.
        if (months < 0 || months > 12 || (months > 0 && 12 % months != 0)) {
            throwValidation(field, MessageId::PlanEveryMonths, {std::to_string(months)});
        }
        if (months > 0 && p.month) {
            throwValidation(field, MessageId::PlanMonthHasRules);
        }
    }
    if (!p.hasQuota() && !p.hasRules()) {
        throwValidation("monthly_inspections", MessageId::PlanEmpty);
    }
}

} // namespace safeledger
