// Issue 14: extension requests (延期申请) and the deadline in force. Hand-counted overdue figures
// with a pending, an approved, a refused request and a deadline on a holiday; the deadline lock;
// the rules of requesting and deciding; who may do which.
#include "Refusal.h"
#include "TestSupport.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/Accounts.h"
#include "safeledger/storage/AuditLog.h"
#include "safeledger/storage/ExtensionService.h"
#include "safeledger/storage/HazardQuery.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/Statistics.h"

#include <catch2/catch.hpp>

using namespace safeledger;
using test::refusal;

namespace {

Date d(int y, int m, int day)
{
    return Date::fromParts(y, m, day);
}

struct Extensions : test::Fixture
{
    // H1 approved (05-10 → 05-31, decided 05-09), H2 refused, H3 pending (both due 05-10),
    // H4 due on 05-04 (劳动节) and never extended, H5 approved after it was overdue (05-20 →
    // 06-10, decided 05-25).
    Hazard h1, h2, h3, h4, h5;
    ExtensionRequest r1, r2, r3, r5;

    void on(const Date& day) { clock->set(FixedClock::at(day)->nowSeconds()); }

    Hazard hazard(const char* what, const Date& deadline, int64_t org)
    {
        Hazard h;
        h.orgId = org;
        h.source = HazardSource::SelfCheck;
        h.description = what;
        h.foundOn = d(2025, 4, 20);
        h.deadline = deadline;
        HazardService(*db).registerHazard(h);
        return h;
    }

    ExtensionRequest ask(const Hazard& h, const Date& to)
    {
        ExtensionRequest r;
        r.reason = "设备到货延迟";
        r.requestedDeadline = to;
        return ExtensionService(*db).request(h.id, r);
    }

    Extensions()
    {
        on(d(2025, 4, 20));
        h1 = hazard("配电箱门损坏", d(2025, 5, 10), factory.id);
        h2 = hazard("灭火器过期", d(2025, 5, 10), factory.id);
        h3 = hazard("安全出口堵塞", d(2025, 5, 10), shop.id);
        h4 = hazard("线路老化", d(2025, 5, 4), shop.id);
        h5 = hazard("护栏缺失", d(2025, 5, 20), factory.id);
        on(d(2025, 5, 8));
        r1 = ask(h1, d(2025, 5, 31));
        r2 = ask(h2, d(2025, 6, 15));
        r3 = ask(h3, d(2025, 6, 30));
        on(d(2025, 5, 9));
        ExtensionService ext(*db);
        r1 = ext.decide(r1.id, true, d(2025, 5, 9), "同意");
        r2 = ext.decide(r2.id, false, d(2025, 5, 9), "理由不充分");
        on(d(2025, 5, 24));
        r5 = ask(h5, d(2025, 6, 10));
        on(d(2025, 5, 25));
        r5 = ext.decide(r5.id, true, d(2025, 5, 25), "");
        on(d(2025, 6, 30));
    }

    int64_t overdueOn(const Date& day) { return Statistics(*db).compute(0, Period{d(2025, 1, 1), day}, day).overdue; }
    std::set<std::string> overdueListOn(const Date& day)
    {
        HazardFilter f;
        f.overdueAsOf = day;
        HazardQuery q(*db, f, HazardSort::Id, false);
        std::set<std::string> out;
        for (const auto& row : q.first(100).rows) {
            out.insert(row.excerpt);
        }
        CHECK(q.count() == static_cast<int64_t>(out.size()));
        return out;
    }
};

} // namespace

TEST_CASE("extensions: an approval moves the deadline and keeps the earlier one", "[extension]")
{
    Extensions x;
    HazardService hazards(*x.db);
    CHECK(hazards.get(x.h1.id).deadline == d(2025, 5, 31));
    CHECK(hazards.get(x.h2.id).deadline == d(2025, 5, 10)); // refused
    CHECK(hazards.get(x.h3.id).deadline == d(2025, 5, 10)); // pending
    CHECK(hazards.get(x.h5.id).deadline == d(2025, 6, 10));
    CHECK(x.r1.previousDeadline == d(2025, 5, 10));
    CHECK(x.r1.decision == ExtensionDecision::Approved);
    CHECK(x.r2.decision == ExtensionDecision::Refused);
    CHECK(x.r2.decisionNote == "理由不充分");

    ExtensionService ext(*x.db);
    const auto history = ext.deadlines(hazards.get(x.h5.id));
    REQUIRE(history.size() == 2);
    CHECK(history[0].from == d(2025, 4, 20));
    CHECK(history[0].deadline == d(2025, 5, 20));
    CHECK(history[1].from == d(2025, 5, 25));
    CHECK(history[1].deadline == d(2025, 6, 10));
    CHECK(ext.deadlines(hazards.get(x.h2.id)).size() == 1);
    CHECK(ext.pendingCount(0) == 1);
    CHECK(ext.pendingCount(x.shop.id) == 1);
    CHECK(ext.pendingCount(x.factory.id) == 0);
    REQUIRE(ext.pending(x.town.id, 10).size() == 1);
    CHECK(ext.pending(x.town.id, 10).front().hazardId == x.h3.id);

    // The approval is in the trail twice: the request decided, the hazard's deadline moved.
    AuditFilter f;
    f.action = "approve";
    CHECK(AuditLog(*x.db).count(f) == 2);
    f.action = "extend";
    f.entity = "hazard";
    CHECK(AuditLog(*x.db).count(f) == 2);
}

TEST_CASE("extensions: overdue counts against the deadline in force on the day", "[extension][figures]")
{
    Extensions x;
    // 05-12: H2 (refused), H3 (pending), H4 (05-04, a holiday) are overdue; H1's approved
    // deadline is 05-31, H5's 05-20 is ahead.
    CHECK(x.overdueOn(d(2025, 5, 12)) == 3);
    CHECK(x.overdueListOn(d(2025, 5, 12)) == std::set<std::string>{"灭火器过期", "安全出口堵塞", "线路老化"});
    // 05-22: H5 missed 05-20, the deadline in force until its extension was approved on 05-25.
    CHECK(x.overdueOn(d(2025, 5, 22)) == 4);
    CHECK(x.overdueListOn(d(2025, 5, 22)) ==
          std::set<std::string>{"灭火器过期", "安全出口堵塞", "线路老化", "护栏缺失"});
    // 05-26: H5 is due on 06-10 now.
    CHECK(x.overdueOn(d(2025, 5, 26)) == 3);
    CHECK(x.overdueListOn(d(2025, 5, 26)).count("护栏缺失") == 0);
    // 06-12: H1 missed its extended 05-31 and H5 its 06-10.
    CHECK(x.overdueOn(d(2025, 6, 12)) == 5);
    // Today, 06-30: all five are open and past their deadlines.
    CHECK(x.overdueOn(d(2025, 6, 30)) == 5);
    CHECK(x.overdueListOn(d(2025, 6, 30)).size() == 5);
    // A town's scope counts the same (the unit walk and the index walk agree).
    CHECK(Statistics(*x.db).compute(x.town.id, Period{d(2025, 1, 1), d(2025, 5, 22)}, d(2025, 5, 22)).overdue == 4);
    CHECK(Statistics(*x.db).compute(x.shop.id, Period{d(2025, 1, 1), d(2025, 5, 22)}, d(2025, 5, 22)).overdue == 2);
    CHECK(Statistics(*x.db).compute(x.factory.id, Period{d(2025, 1, 1), d(2025, 5, 22)}, d(2025, 5, 22)).overdue == 2);
}

TEST_CASE("extensions: extended counts the hazards moved by approvals of the period", "[extension][figures]")
{
    Extensions x;
    Statistics stats(*x.db);
    CHECK(stats.compute(0, Period::month(2025, 5), d(2025, 5, 31)).extended == 2); // H1 (05-09), H5 (05-25)
    CHECK(stats.compute(0, Period{d(2025, 5, 1), d(2025, 5, 20)}, d(2025, 5, 20)).extended == 1);
    CHECK(stats.compute(0, Period::month(2025, 6), d(2025, 6, 30)).extended == 0);
    CHECK(stats.compute(x.shop.id, Period::month(2025, 5), d(2025, 5, 31)).extended == 0);
    CHECK(stats.compute(x.factory.id, Period::month(2025, 5), d(2025, 5, 31)).extended == 2);
    HazardService(*x.db).voidHazard(x.h5.id, "重复登记");
    CHECK(stats.compute(0, Period::month(2025, 5), d(2025, 5, 31)).extended == 1);
}

TEST_CASE("extensions: a set deadline moves only through an approval, or on its first day", "[extension]")
{
    Extensions x;
    HazardService hazards(*x.db);
    Hazard h = hazards.get(x.h2.id);
    h.deadline = d(2025, 7, 15);
    const Error e = refusal([&] { hazards.edit(h); });
    CHECK(e.kind() == Error::Kind::Lifecycle);
    CHECK(e.message().id() == MessageId::DeadlineNeedsExtension);
    CHECK(e.field() == "deadline");
    CHECK(hazards.get(x.h2.id).deadline == d(2025, 5, 10));
    // Other fields still edit.
    h = hazards.get(x.h2.id);
    h.measures = "更换灭火器";
    hazards.edit(h);
    CHECK(hazards.get(x.h2.id).measures == "更换灭火器");

    // A hazard registered today may have its deadline corrected today, not tomorrow.
    Hazard fresh = x.hazard("楼梯扶手松动", d(2025, 7, 10), x.shop.id);
    fresh.deadline = d(2025, 7, 11);
    hazards.edit(fresh);
    CHECK(hazards.get(fresh.id).deadline == d(2025, 7, 11));
    x.on(d(2025, 7, 1));
    fresh = hazards.get(fresh.id);
    fresh.deadline = d(2025, 7, 12);
    CHECK(refusal([&] { hazards.edit(fresh); }).message().id() == MessageId::DeadlineNeedsExtension);
}

TEST_CASE("extensions: requests and decisions are refused in words when they break a rule", "[extension]")
{
    Extensions x;
    ExtensionService ext(*x.db);
    ExtensionRequest r;
    r.reason = "原因";
    r.requestedDeadline = d(2025, 7, 30);
    // A second request while one is pending.
    CHECK(refusal([&] { ext.request(x.h3.id, r); }).message().id() == MessageId::ExtensionAlreadyPending);
    // Not later than the deadline in force.
    r.requestedDeadline = d(2025, 5, 31);
    CHECK(refusal([&] { ext.request(x.h1.id, r); }).message().id() == MessageId::ExtensionNotLater);
    // No reason.
    r.requestedDeadline = d(2025, 7, 30);
    r.reason = "  ";
    CHECK(refusal([&] { ext.request(x.h1.id, r); }).message().id() == MessageId::ExtensionNeedsReason);
    // Decided requests never change.
    CHECK(refusal([&] { ext.decide(x.r1.id, false, d(2025, 6, 30), ""); }).message().id() ==
          MessageId::ExtensionDecided);
    CHECK(refusal([&] { ext.withdraw(x.r2.id, d(2025, 6, 30)); }).message().id() == MessageId::ExtensionDecided);
    // A decision before the request, or in the future.
    CHECK(refusal([&] { ext.decide(x.r3.id, true, d(2025, 5, 7), ""); }).message().id() ==
          MessageId::ExtensionDecisionBeforeRequest);
    CHECK(refusal([&] { ext.decide(x.r3.id, true, d(2025, 7, 1), ""); }).message().id() == MessageId::DateAfterToday);
    // A closed hazard cannot be extended, and its pending request ended with the closure.
    HazardService hazards(*x.db);
    r.reason = "等待验收";
    r.requestedDeadline = d(2025, 7, 31);
    const ExtensionRequest late = ext.request(x.h1.id, r);
    Rectification done;
    done.date = d(2025, 6, 30);
    done.description = "已更换";
    hazards.recordProgress(x.h1.id, done);
    hazards.submitForVerification(x.h1.id);
    Verification pass;
    pass.date = d(2025, 6, 30);
    pass.inspector = "王检查";
    pass.passed = true;
    hazards.verify(x.h1.id, pass);
    CHECK(ext.get(late.id).decision == ExtensionDecision::Withdrawn);
    CHECK(ext.get(late.id).decidedOn == d(2025, 6, 30));
    r.reason = "原因";
    CHECK(refusal([&] { ext.request(x.h1.id, r); }).message().id() == MessageId::ExtensionHazardNotOpen);
    // Closing or voiding a hazard ends its pending request: nothing waits for a decision.
    {
        ExtensionRequest ask5;
        ask5.reason = "待验收";
        ask5.requestedDeadline = d(2025, 7, 20);
        ext.request(x.h5.id, ask5);
        REQUIRE(ext.pendingCount(0) == 2);
        hazards.voidHazard(x.h5.id, "重复登记");
        CHECK(ext.pendingCount(0) == 1);
        CHECK(ext.forHazard(x.h5.id).back().decision == ExtensionDecision::Withdrawn);
        CHECK(ext.forHazard(x.h5.id).back().decisionNote == "隐患已作废 voided");
    }
    // A withdrawal ends the pending request; a new one may follow.
    const auto withdrawn = ext.withdraw(x.r3.id, d(2025, 6, 30));
    CHECK(withdrawn.decision == ExtensionDecision::Withdrawn);
    CHECK(ext.pendingCount(0) == 0);
    r.requestedDeadline = d(2025, 7, 31);
    const auto again = ext.request(x.h3.id, r);
    CHECK(again.previousDeadline == d(2025, 5, 10));
    // An approval whose requested deadline has passed by the decision day is refused.
    x.on(d(2025, 8, 5));
    CHECK(refusal([&] { ext.decide(again.id, true, d(2025, 8, 5), ""); }).message().id() ==
          MessageId::ExtensionDeadlineBeforeDecision);
    CHECK(ext.decide(again.id, false, d(2025, 8, 5), "已逾期").decision == ExtensionDecision::Refused);
}

TEST_CASE("extensions: officers request, managers decide, and the decision is signed off", "[extension][roles]")
{
    test::Fixture f;
    Accounts::setCost(Accounts::Cost::Minimal);
    Accounts accounts(*f.db);
    accounts.createFirstAdministrator("wang", "王安", "correct horse");
    accounts.add("li", "李四", Role::Manager, "correct horse");
    accounts.add("zhang", "张三", Role::Officer, "correct horse");
    accounts.add("zhao", "赵六", Role::Viewer, "correct horse");
    f.db->signIn({"zhang", "correct horse"});
    Hazard h;
    h.orgId = f.factory.id;
    h.source = HazardSource::SelfCheck;
    h.description = "配电箱门损坏";
    h.foundOn = d(2025, 6, 2);
    h.deadline = d(2025, 6, 20);
    HazardService(*f.db).registerHazard(h);
    ExtensionService ext(*f.db);
    ExtensionRequest r;
    r.reason = "备件未到";
    r.requestedDeadline = d(2025, 7, 20);
    r.requestedOn = d(2025, 6, 18);
    r = ext.request(h.id, r);
    CHECK(r.requestedBy == "张三");
    CHECK(refusal([&] { ext.decide(r.id, true, d(2025, 6, 30), ""); }).kind() == Error::Kind::Permission);
    f.db->signIn({"zhao", "correct horse"});
    CHECK(refusal([&] { ext.withdraw(r.id, d(2025, 6, 30)); }).kind() == Error::Kind::Permission);
    f.db->signIn({"li", "correct horse"});
    r = ext.decide(r.id, true, d(2025, 6, 30), "同意延期");
    CHECK(r.signedBy == "li");
    CHECK(r.signedByName == "李四");
    CHECK(r.decidedBy == "李四");
    CHECK(HazardService(*f.db).get(h.id).deadline == d(2025, 7, 20));
}

TEST_CASE("escalation rules are the ledger's, with defaults, audited and bounded", "[extension][escalation]")
{
    test::Fixture f;
    ExtensionService ext(*f.db);
    CHECK(ext.escalationRules() == EscalationRules{30, true});
    ext.setEscalationRules({15, false});
    CHECK(ext.escalationRules() == EscalationRules{15, false});
    CHECK(refusal([&] { ext.setEscalationRules({400, true}); }).message().id() == MessageId::EscalationDaysOutOfRange);
    CHECK(refusal([&] { ext.setEscalationRules({-1, true}); }).field() == "escalation_general_days");
    AuditFilter a;
    a.entity = "ledger_setting";
    CHECK(AuditLog(*f.db).count(a) == 1);
}
