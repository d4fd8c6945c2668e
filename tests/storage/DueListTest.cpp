// Issue 14: the to-do list (待办) and `due`: what is overdue, due today, this week and within N
// working days on China's calendar, and what awaits verification; hand-counted.
#include "safeledger/storage/DueList.h"
#include "TestSupport.h"
#include "safeledger/storage/CalendarStore.h"
#include "safeledger/storage/HazardService.h"

#include <catch2/catch.hpp>

using namespace safeledger;

namespace {

Date d(int y, int m, int day)
{
    return Date::fromParts(y, m, day);
}

struct Due : test::Fixture
{
    Hazard add(const char* what, const Date& found, const Date& deadline, int64_t org)
    {
        Hazard h;
        h.orgId = org;
        h.source = HazardSource::Inspection;
        h.description = what;
        h.foundOn = found;
        h.deadline = deadline;
        HazardService(*db).registerHazard(h);
        return h;
    }
    std::vector<std::string> names(const std::vector<DueItem>& items)
    {
        std::vector<std::string> out;
        for (const auto& i : items) {
            out.push_back(i.hazard.excerpt);
        }
        return out;
    }
};

} // namespace

TEST_CASE("due list: overdue, today, this week, within five working days, awaiting verification", "[due]")
{
    Due t; // today is Monday 2025-06-30
    t.add("A2 逾期四十一天", d(2025, 5, 1), d(2025, 5, 20), t.factory.id);
    t.add("A 逾期十天", d(2025, 6, 1), d(2025, 6, 20), t.factory.id);
    t.add("B 今天到期", d(2025, 6, 1), d(2025, 6, 30), t.shop.id);
    t.add("C 周五到期", d(2025, 6, 1), d(2025, 7, 4), t.shop.id);
    t.add("C2 周六到期", d(2025, 6, 1), d(2025, 7, 5), t.factory.id);
    t.add("D 下周一到期", d(2025, 6, 1), d(2025, 7, 7), t.factory.id);
    t.add("E 下周二到期", d(2025, 6, 1), d(2025, 7, 8), t.factory.id);
    Hazard f = t.add("F 待复查", d(2025, 6, 1), d(2025, 8, 1), t.shop.id);
    HazardService hazards(*t.db);
    Rectification r;
    r.date = d(2025, 6, 28);
    r.description = "已整改";
    hazards.recordProgress(f.id, r);
    hazards.submitForVerification(f.id);
    Hazard g = t.add("G 已销号", d(2025, 6, 1), d(2025, 6, 10), t.shop.id);
    hazards.recordProgress(g.id, r);
    hazards.submitForVerification(g.id);
    Verification pass;
    pass.date = d(2025, 6, 29);
    pass.inspector = "王检查";
    pass.passed = true;
    hazards.verify(g.id, pass);

    DueFilter filter;
    filter.asOf = t.db->today();
    DueList list(*t.db, filter, CalendarStore(*t.db).calendar());
    CHECK(list.horizon() == d(2025, 7, 7)); // 5 working days after Monday 06-30
    const auto due = list.due(100);
    CHECK(t.names(due) == std::vector<std::string>{"A2 逾期四十一天", "A 逾期十天", "B 今天到期", "C 周五到期",
                                                   "C2 周六到期", "D 下周一到期"});
    CHECK(due[0].reason == DueReason::Overdue);
    CHECK(due[0].daysOverdue == 41);
    CHECK(due[1].daysOverdue == 10);
    CHECK(due[2].reason == DueReason::DueSoon);
    CHECK(due[2].workingDaysLeft == 0);
    CHECK(due[3].workingDaysLeft == 4);
    CHECK(due[4].deadlineOnDayOff); // a Saturday
    CHECK(due[4].deadlineDayName.empty());
    CHECK_FALSE(due[3].deadlineOnDayOff);
    CHECK(due[5].workingDaysLeft == 5);
    // Escalated more than 30 days overdue: on the 31st day, to the unit's parent (东村).
    REQUIRE(due[0].escalation);
    CHECK(due[0].escalation->on == d(2025, 6, 20)); // 05-20 + 31 days
    CHECK(due[0].escalatedTo == "东村");
    CHECK_FALSE(due[1].escalation);

    const auto verify = list.awaitingVerification(100);
    CHECK(t.names(verify) == std::vector<std::string>{"F 待复查"});

    const DueList::Counts c = list.counts();
    CHECK(c.overdue == 2);
    CHECK(c.dueToday == 1);
    CHECK(c.dueThisWeek == 3); // B, C, C2: to Sunday 07-06
    CHECK(c.dueSoon == 4);     // and D
    CHECK(c.awaitingVerification == 1);

    // A unit's subtree: the shop has B, C and F.
    filter.orgId = t.shop.id;
    DueList shop(*t.db, filter, CalendarStore(*t.db).calendar());
    CHECK(t.names(shop.due(100)) == std::vector<std::string>{"B 今天到期", "C 周五到期"});
    CHECK(shop.counts().awaitingVerification == 1);
    CHECK(shop.counts().overdue == 0);
}

TEST_CASE("due list: the horizon counts working days across a holiday and a local day", "[due][calendar]")
{
    Due t;
    t.clock->set(FixedClock::at(d(2025, 9, 30))->nowSeconds());
    t.add("国庆期间到期", d(2025, 9, 1), d(2025, 10, 5), t.factory.id);
    t.add("节后第一天到期", d(2025, 9, 1), d(2025, 10, 9), t.factory.id);
    t.add("节后第二天到期", d(2025, 9, 1), d(2025, 10, 10), t.factory.id);
    DueFilter filter;
    filter.asOf = d(2025, 9, 30);
    filter.withinWorkingDays = 1; // 10-01 to 10-08 are off: the next working day is Thursday 10-09
    DueList list(*t.db, filter, CalendarStore(*t.db).calendar());
    CHECK(list.horizon() == d(2025, 10, 9));
    CHECK(list.yearsWithoutCalendar().empty());
    DueFilter late = filter;
    late.asOf = d(2026, 12, 28); // five working days reach into 2027, which has no notice shipped
    late.withinWorkingDays = 5;
    CHECK(DueList(*t.db, late, CalendarStore(*t.db).calendar()).yearsWithoutCalendar() == std::vector<int>{2027});
    const auto due = list.due(10);
    REQUIRE(due.size() == 2);
    CHECK(due[0].deadlineOnDayOff);
    CHECK(due[0].deadlineDayName == "国庆节、中秋节");
    CHECK(due[0].workingDaysLeft == 0); // no working day between: it falls due with today's work
    CHECK(due[1].workingDaysLeft == 1);

    // The unit works Saturday 10-11 (a make-up day already) and takes Thursday 10-09 off.
    CalendarStore(*t.db).setLocalDay({d(2025, 10, 9), false, "本单位调休"});
    DueList local(*t.db, filter, CalendarStore(*t.db).calendar());
    CHECK(local.horizon() == d(2025, 10, 10));
    CHECK(local.due(10).size() == 3);
}
