// Inspection plans (检查计划) from the command line: record one for a grid or an officer, and list
// a year's plans with their progress.
#include "Commands.h"
#include "StatsPrinter.h"
#include "safeledger/core/Grid.h"
#include "safeledger/core/InspectionPlan.h"
#include "safeledger/storage/Database.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Statistics.h"

#include <iostream>

namespace safeledger::cli {

namespace {

const char* statusCode(PlanUnitStatus s)
{
    switch (s) {
    case PlanUnitStatus::Overdue:
        return "overdue";
    case PlanUnitStatus::Due:
        return "due";
    case PlanUnitStatus::Done:
        return "done";
    }
    return "";
}

nlohmann::json planJson(const PlanProgress& r)
{
    const InspectionPlan& p = r.plan;
    nlohmann::json months = nlohmann::json::array();
    for (const auto& m : r.months) {
        months.push_back({{"month", m.month},
                          {"inspections", m.inspections},
                          {"units", m.units},
                          {"met", m.met},
                          {"ended", m.ended}});
    }
    nlohmann::json units = nlohmann::json::array();
    for (const auto& u : r.units) {
        units.push_back({{"uuid", u.uuid},
                         {"name", u.name},
                         {"risk_colour", u.riskColour},
                         {"every_months", u.everyMonths},
                         {"period", {{"from", u.periodFrom.toString()}, {"to", u.periodTo.toString()}}},
                         {"last_inspected", u.lastInspected ? nlohmann::json(u.lastInspected->toString()) : nullptr},
                         {"status", statusCode(u.status)},
                         {"periods_missed", u.periodsMissed}});
    }
    return {{"uuid", p.uuid},
            {"for", p.gridId ? "grid" : "officer"},
            {"target", r.target},
            {"period", p.periodText()},
            {"day", r.day.toString()},
            {"monthly_inspections", p.monthlyInspections},
            {"monthly_units", p.monthlyUnits},
            {"every",
             {{"red", p.everyRed},
              {"orange", p.everyOrange},
              {"yellow", p.everyYellow},
              {"blue", p.everyBlue},
              {"other", p.everyOther}}},
            {"months", months},
            {"months_ended", r.monthsEnded},
            {"months_met", r.monthsMet},
            {"due", r.due},
            {"done", r.done},
            {"overdue", r.overdue},
            {"open", r.open},
            {"completion", rateJson(r.completion)},
            {"units", units}};
}

void printPlan(std::ostream& out, const PlanProgress& r)
{
    const InspectionPlan& p = r.plan;
    out << "\n" << (p.gridId ? "grid " : "officer ") << r.target << ", " << p.periodText() << "  (" << p.uuid << ")\n";
    if (p.hasQuota()) {
        out << "  quota a month: " << p.monthlyInspections << " inspection(s), " << p.monthlyUnits
            << " unit(s); months met " << r.monthsMet << " of " << r.monthsEnded << " ended\n";
        if (!r.months.empty()) {
            const PlanMonthRow& m = r.months.back();
            out << "  month " << m.month << (m.ended ? "" : " so far") << ": " << m.inspections << " inspection(s), "
                << m.units << " unit(s)" << (m.met ? ", met" : "") << "\n";
        }
    }
    if (p.hasRules()) {
        out << "  every (months): red " << p.everyRed << ", orange " << p.everyOrange << ", yellow " << p.everyYellow
            << ", blue " << p.everyBlue << ", others " << p.everyOther << "\n";
        out << "  due " << r.due << ", done " << r.done << " (" << percent(r.completion) << "), overdue " << r.overdue
            << ", open " << r.open << "\n";
        // The first few units still to visit, and how many there are.
        size_t shown = 0, waiting = 0;
        for (const auto& u : r.units) {
            if (u.status == PlanUnitStatus::Done) {
                continue;
            }
            ++waiting;
            if (shown < 5) {
                ++shown;
                out << "    " << statusCode(u.status) << "  " << u.name << "  by " << u.periodTo.toString()
                    << ", last inspected " << (u.lastInspected ? u.lastInspected->toString() : "never") << "\n";
            }
        }
        if (waiting > shown) {
            out << "    … and " << waiting - shown << " more\n";
        }
    }
}

int monthsOption(const Args& args, const char* name)
{
    return static_cast<int>(args.integer(name, 0, 0, 12));
}

} // namespace

int runPlanAdd(const Args& args)
{
    databasePath(args);
    if (args.has("--grid") == args.has("--person")) {
        throw UsageError{"plan-add needs either --grid GRID or --person PERSON (an officer)"};
    }
    if (!args.has("--year")) {
        throw UsageError{"plan-add needs --year YYYY"};
    }
    InspectionPlan p;
    p.year = static_cast<int>(args.integer("--year", 0, 1990, 2999));
    if (args.has("--month")) {
        p.month = static_cast<int>(args.integer("--month", 1, 1, 12));
    }
    p.monthlyInspections = static_cast<int>(args.integer("--inspections", 0, 0, 100000));
    p.monthlyUnits = static_cast<int>(args.integer("--units", 0, 0, 100000));
    p.everyRed = monthsOption(args, "--red");
    p.everyOrange = monthsOption(args, "--orange");
    p.everyYellow = monthsOption(args, "--yellow");
    p.everyBlue = monthsOption(args, "--blue");
    p.everyOther = monthsOption(args, "--others");
    p.note = args.get("--note");
    auto db = openDatabase(args, false);
    std::string target;
    if (args.has("--grid")) {
        const Grid grid = findGrid(*db, args.get("--grid"));
        p.gridId = grid.id;
        target = "grid " + grid.name;
    } else {
        const Person person = findPerson(*db, args.get("--person"));
        p.personId = person.id;
        target = person.name;
    }
    RecordService(*db).add(p);
    std::cout << "recorded the plan of " << target << " for " << p.periodText() << " (" << p.uuid << ")\n";
    return 0;
}

int runPlans(const Args& args)
{
    databasePath(args);
    if (!args.has("--year")) {
        throw UsageError{"plans needs --year YYYY"};
    }
    const int year = static_cast<int>(args.integer("--year", 0, 1990, 2999));
    auto db = openDatabase(args, true);
    const int64_t scope = resolveScope(*db, args);
    const Date asOf = std::min(db->today(), Period::year(year).to);
    const auto plans = Statistics(*db).plans(scope, year, asOf);
    if (args.has("--json")) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& r : plans) {
            list.push_back(planJson(r));
        }
        std::cout << nlohmann::json{{"year", year}, {"as_of", asOf.toString()}, {"plans", list}}.dump(2) << "\n";
        return 0;
    }
    std::cout << plans.size() << " plan(s) for " << year << ", as of " << asOf.toString() << "\n";
    for (const auto& r : plans) {
        printPlan(std::cout, r);
    }
    return 0;
}

} // namespace safeledger::cli
