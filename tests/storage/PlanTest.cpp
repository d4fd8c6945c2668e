// Inspection plans (检查计划) and their progress, counted by hand on the ledger of
// tests/storage/GridLedger.h (today 2025-06-30). Inspections that count: F 02-10; S 03-10 (in G1),
// 05-10 (in G2); P never; F's 06-01 is voided.
#include "GridLedger.h"
#include "Refusal.h"
#include "safeledger/storage/Statistics.h"

#include <catch2/catch.hpp>

using namespace safeledger;
using safeledger::test::day;
using safeledger::test::GridLedger;
using safeledger::test::refusal;

namespace {

struct PlanLedger : GridLedger
{
    InspectionPlan g1Plan, wangPlan, liPlan, g2May;

    PlanLedger()
    {
        // G1: red monthly, orange quarterly, the others yearly; at least one inspection of one unit a month.
        g1Plan.gridId = g1.id;
        g1Plan.everyRed = 1;
        g1Plan.everyOrange = 3;
        g1Plan.everyOther = 12;
        g1Plan.monthlyInspections = 1;
        g1Plan.monthlyUnits = 1;
        add(g1Plan);
        // 王监管 (G1 and G2): at least one inspection a month.
        wangPlan.personId = wang;
        wangPlan.monthlyInspections = 1;
        add(wangPlan);
        // 李网格 (G2 until 03-31): every unit each quarter.
        liPlan.personId = li;
        liPlan.everyOther = 3;
        add(liPlan);
        // G2 in May: one inspection.
        g2May.gridId = g2.id;
        g2May.month = 5;
        g2May.monthlyInspections = 1;
        add(g2May);
    }
    void add(InspectionPlan& p)
    {
        p.year = 2025;
        RecordService(*db).add(p);
    }
};

std::vector<bool> met(const PlanProgress& p)
{
    std::vector<bool> out;
    for (const auto& m : p.months) {
        out.push_back(m.met);
    }
    return out;
}

std::vector<int64_t> inspections(const PlanProgress& p)
{
    std::vector<int64_t> out;
    for (const auto& m : p.months) {
        out.push_back(m.inspections);
    }
    return out;
}

} // namespace

TEST_CASE("a grid's plan: each unit due by its colour, and the monthly quota", "[statistics][plans]")
{
    PlanLedger L;
    Statistics stats(*L.db);
    const PlanProgress p = stats.planProgress(L.g1Plan.id, day(6, 30));
    CHECK(p.target == "第一网格");
    CHECK(p.day == day(6, 30));

    // F (red, monthly) all six months: February done; January, March, April and May missed; June
    // still runs. S (orange, quarterly) in the first quarter only (in G2 from 04-01): done 03-10.
    CHECK(p.due == 7);
    CHECK(p.done == 2);
    CHECK(p.overdue == 4);
    CHECK(p.open == 1);
    REQUIRE(p.completion);
    CHECK(*p.completion == Approx(2.0 / 7));
    REQUIRE(p.units.size() == 2);
    const PlanUnitRow& f = p.units[0];
    CHECK(f.name == "机械厂");
    CHECK(f.status == PlanUnitStatus::Overdue); // June not yet, and May was missed
    CHECK(f.everyMonths == 1);
    CHECK(f.periodFrom == day(6, 1));
    CHECK(f.periodTo == day(6, 30));
    CHECK(f.periodsMissed == 4);
    CHECK(f.lastInspected == day(2, 10)); // not the voided 06-01
    const PlanUnitRow& s = p.units[1];
    CHECK(s.name == "小卖部");
    CHECK(s.status == PlanUnitStatus::Done);
    CHECK(s.everyMonths == 3);
    CHECK(s.periodTo == day(3, 31));
    CHECK(s.lastInspected == day(5, 10)); // its latest anywhere

    // The quota counts inspections of units while in G1: S's May inspection was in G2.
    CHECK(inspections(p) == std::vector<int64_t>{0, 1, 1, 0, 0, 0});
    CHECK(met(p) == std::vector<bool>{false, true, true, false, false, false});
    CHECK(p.monthsEnded == 5); // June has not ended on 06-30
    CHECK(p.monthsMet == 2);
    CHECK(p.months[1].units == 1);
}

TEST_CASE("a plan read earlier counts only what had begun and what had been done by then", "[statistics][plans]")
{
    PlanLedger L;
    const PlanProgress p = Statistics(*L.db).planProgress(L.g1Plan.id, day(3, 15));
    CHECK(p.day == day(3, 15));
    // F: January missed, February done, March running (February was done: due, not overdue).
    // S: the first quarter runs and was done 03-10.
    CHECK(p.due == 4);
    CHECK(p.done == 2);
    CHECK(p.overdue == 1);
    CHECK(p.open == 1);
    REQUIRE(p.units.size() == 2);
    CHECK(p.units[0].name == "机械厂");
    CHECK(p.units[0].status == PlanUnitStatus::Due);
    CHECK(p.units[1].status == PlanUnitStatus::Done);
    CHECK(p.months.size() == 3);
    CHECK(p.monthsEnded == 2);
    CHECK(p.monthsMet == 1);
}

TEST_CASE("an officer's plan counts the grids while the officer serves in them", "[statistics][plans]")
{
    PlanLedger L;
    Statistics stats(*L.db);
    // 王监管 is in G1 and G2: F 02-10, S 03-10 (G1) and S 05-10 (G2) all count.
    const PlanProgress wang = stats.planProgress(L.wangPlan.id, day(6, 30));
    CHECK(wang.target == "王监管");
    CHECK(inspections(wang) == std::vector<int64_t>{0, 1, 1, 0, 1, 0});
    CHECK(wang.monthsMet == 3);
    CHECK(wang.due == 0); // no frequency rules
    CHECK_FALSE(wang.completion);
    CHECK(wang.units.empty());

    // 李网格 served in G2 until 03-31: P in the first quarter, never inspected; the second quarter
    // is not hers. S joined G2 after she left.
    const PlanProgress li = stats.planProgress(L.liPlan.id, day(6, 30));
    CHECK(li.due == 1);
    CHECK(li.done == 0);
    CHECK(li.overdue == 1);
    REQUIRE(li.units.size() == 1);
    CHECK(li.units[0].name == "东村小学");
    CHECK(li.units[0].status == PlanUnitStatus::Overdue);
    CHECK_FALSE(li.units[0].lastInspected);
    REQUIRE(li.completion);
    CHECK(*li.completion == Approx(0.0));

    // A month's plan: G2 in May, S 05-10.
    const PlanProgress may = stats.planProgress(L.g2May.id, day(6, 30));
    REQUIRE(may.months.size() == 1);
    CHECK(may.months[0].month == 5);
    CHECK(may.months[0].inspections == 1);
    CHECK(may.months[0].met);
    CHECK(may.monthsMet == 1);
}

TEST_CASE("the plans of a scope: its grids' in grid order, then its officers' by name", "[statistics][plans]")
{
    PlanLedger L;
    Statistics stats(*L.db);
    const auto targets = [&](int64_t scope) {
        std::vector<std::string> out;
        for (const auto& p : stats.plans(scope, 2025, day(6, 30))) {
            out.push_back(p.target + (p.plan.month ? "/" + std::to_string(*p.plan.month) : std::string()));
        }
        return out;
    };
    // 李网格 left G2 on 03-31 and her plan is still listed.
    const std::vector<std::string> town{"第一网格", "第二网格/5", "李网格", "王监管"};
    CHECK(targets(0) == town);
    CHECK(targets(L.T) == town);
    CHECK(targets(L.O).empty()); // 白水网格 has no plan
    CHECK(stats.plans(0, 2024, day(6, 30)).empty());

    // A voided plan is not listed, and its grid may be planned again.
    RecordService(*L.db).voidRecord(L.g2May, "重复");
    CHECK(targets(L.T) == std::vector<std::string>{"第一网格", "李网格", "王监管"});
}

TEST_CASE("a plan is refused in words when it asks for nothing, for two, or twice", "[storage][plans]")
{
    PlanLedger L;
    RecordService records(*L.db);
    InspectionPlan p;
    p.year = 2025;
    p.gridId = L.g1.id;
    p.month = 6;
    p.monthlyInspections = 2;
    records.add(p); // a month's plan beside the year's
    CHECK(p.id > 0);

    InspectionPlan twice = L.g1Plan;
    twice.id = 0;
    twice.uuid.clear();
    const Error again = refusal([&] { records.add(twice); });
    CHECK(again.field() == "year");
    CHECK(again.message().id() == MessageId::PlanExists);
    CHECK(again.message().english() == "第一网格 already has a plan for 2025; correct that plan instead");

    InspectionPlan bad;
    bad.year = 2025;
    bad.gridId = L.g2.id;
    CHECK(refusal([&] { records.add(bad); }).message().id() == MessageId::PlanEmpty);
    bad.everyRed = 5;
    const Error five = refusal([&] { records.add(bad); });
    CHECK(five.field() == "every_red");
    CHECK(five.message().id() == MessageId::PlanEveryMonths);
    bad.everyRed = 1;
    bad.month = 7;
    CHECK(refusal([&] { records.add(bad); }).message().id() == MessageId::PlanMonthHasRules);
    bad.month.reset();
    bad.personId = L.wang;
    CHECK(refusal([&] { records.add(bad); }).message().id() == MessageId::PlanGridOrOfficer);
    bad.personId.reset();
    bad.monthlyUnits = -1;
    CHECK(refusal([&] { records.add(bad); }).message().id() == MessageId::NegativeNumber);
    bad.monthlyUnits = 0;
    records.voidRecord(L.g3, "撤销");
    bad.gridId = L.g3.id;
    CHECK(refusal([&] { records.add(bad); }).message().id() == MessageId::GridVoided);
}
