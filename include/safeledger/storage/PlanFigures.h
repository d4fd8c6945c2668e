#pragma once
// The progress of an inspection plan (检查计划), computed by Statistics (docs/figures.md, "Plans").

#include "safeledger/core/Date.h"
#include "safeledger/core/InspectionPlan.h"

#include <optional>
#include <string>
#include <vector>

namespace safeledger {

// One month of a plan's quota: what was done at its units in the month, up to the day read.
struct PlanMonthRow
{
    int month = 0;
    int64_t inspections = 0; // 家次: live inspections of units in the plan on the inspection's date
    int64_t units = 0;       // different units among them
    bool met = false;        // both quotas reached
    bool ended = false;      // the month ended before asOf
};

// A unit a frequency rule of the plan asks for, as it stands on the day read.
enum class PlanUnitStatus { Overdue, Due, Done };
struct PlanUnitRow
{
    int64_t orgId = 0;
    std::string uuid, name;
    std::string riskColour; // RiskColour code, empty when not graded
    int everyMonths = 0;
    Date periodFrom, periodTo;         // its latest period begun by the day read
    std::optional<Date> lastInspected; // its latest inspection up to the day read (any year)
    PlanUnitStatus status = PlanUnitStatus::Due;
    int periodsMissed = 0; // periods of the year that ended before asOf without an inspection
};

struct PlanProgress
{
    InspectionPlan plan;
    std::string target; // the grid's or the officer's name
    Date day;           // min(asOf, the plan's last day)
    // The quota, month by month for the months begun by the day read.
    std::vector<PlanMonthRow> months;
    int64_t monthsEnded = 0, monthsMet = 0; // of the months that ended before asOf
    // The frequency rules, counted in (unit, period) pairs begun by the day read.
    int64_t due = 0;                  // 应检: pairs in which the unit was in the plan
    int64_t done = 0;                 // 已检: inspected in the period
    int64_t overdue = 0;              // 逾期未检: the period ended before asOf without an inspection
    int64_t open = 0;                 // 待检: the period still runs and the unit is not inspected yet
    std::optional<double> completion; // done / due
    // The units of the rules: overdue first, then due, then done; then by risk colour, the
    // longest since their last inspection, name.
    std::vector<PlanUnitRow> units;
};

} // namespace safeledger
