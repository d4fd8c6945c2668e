#pragma once

#include "safeledger/core/Enums.h"
#include "safeledger/core/Record.h"

#include <optional>
#include <string>

namespace safeledger {

// An inspection plan (检查计划) for a grid, or for an officer (网格员) over the grids they serve in,
// for a year or for one month of it (issue 17). It says what must be done in one or both ways:
// - a monthly quota: at least `monthlyInspections` inspections (家次) of the units, and at least
//   `monthlyUnits` different units inspected, in each month of the plan ("每月不少于20家次");
// - frequency rules for the year by each unit's risk colour: every N months (1 monthly, 3 quarterly,
//   12 yearly), counted in periods aligned to the year (a quarterly unit is due once in each of
//   January–March, April–June …). `everyOther` covers the units whose colour has no rule of its own,
//   and those without a colour ("红 monthly, 橙 quarterly, the others yearly").
// A month's plan holds quotas only. Zero means no quota or no rule.
struct InspectionPlan : Record
{
    std::optional<int64_t> gridId;
    std::optional<int64_t> personId;
    int year = 0;
    std::optional<int> month; // 1–12; unset: the whole year
    int monthlyInspections = 0;
    int monthlyUnits = 0;
    int everyRed = 0, everyOrange = 0, everyYellow = 0, everyBlue = 0, everyOther = 0;
    std::string note;

    bool hasQuota() const { return monthlyInspections > 0 || monthlyUnits > 0; }
    bool hasRules() const { return everyRed + everyOrange + everyYellow + everyBlue + everyOther > 0; }
    // How many months may pass between inspections of a unit of this colour; 0: the plan asks none.
    int everyMonthsFor(RiskColour colour) const;
    // "2026", or "2026-03" for a month's plan.
    std::string periodText() const;
};

// A year, exactly one of a grid and an officer, a month 1–12 if any, quotas not negative, each rule
// one of 0, 1, 2, 3, 4, 6 and 12 months (periods that divide the year), none in a month's plan, and
// at least one quota or rule.
void validate(const InspectionPlan& plan);

} // namespace safeledger
