// A hazard's entries set right: a verification recorded in error withdrawn (撤销,
// HazardService::withdrawVerification) and what it does to the figures, counted by hand; a
// progress entry corrected or voided (correctProgress, voidProgress); both by UUID as the CLI's
// `void --uuid` does.
#include "TestSupport.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/Accounts.h"
#include "safeledger/storage/ArchiveQueries.h"
#include "safeledger/storage/Checker.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"
#include "safeledger/storage/Statistics.h"

#include <catch2/catch.hpp>

using namespace safeledger;

namespace {

Date june(int day)
{
    return Date::fromParts(2025, 6, day);
}

// Two hazards at the factory found in June 2025: A (found 1 June, deadline 15 June) and B (found
// 2 June, deadline 20 June), both rectified and submitted for verification.
struct Two : test::Fixture
{
    Hazard a, b;

    Two()
    {
        HazardService hazards(*db);
        for (Hazard* h : {&a, &b}) {
            h->orgId = factory.id;
            h->source = HazardSource::SelfCheck;
            h->description = h == &a ? "配电箱未上锁" : "消防通道堆放杂物";
            h->foundOn = h == &a ? june(1) : june(2);
            h->deadline = h == &a ? june(15) : june(20);
            hazards.registerHazard(*h);
            Rectification r;
            r.date = june(5);
            r.description = "已整改";
            hazards.recordProgress(h->id, r);
            hazards.submitForVerification(h->id);
        }
    }

    Verification verify(const Hazard& h, bool passed, int day)
    {
        Verification v;
        v.date = june(day);
        v.inspector = "李安全";
        v.passed = passed;
        v.note = passed ? "" : "仍未整改到位";
        return HazardService(*db).verify(h.id, v);
    }
    Figures figures() { return Statistics(*db).compute(town.id, Period::month(2025, 6), june(30)); }
    Hazard get(const Hazard& h) { return HazardService(*db).get(h.id); }
    std::string lastAction(const std::string& uuid) { return ArchiveQueries(*db).auditTrail(uuid).back().action; }
};

Error refusal(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e;
    }
    FAIL("expected a refusal");
    return Error(Error::Kind::Storage, MessageId::VoidReasonRequired);
}

} // namespace

TEST_CASE("a passed verification withdrawn reopens its hazard, and the figures count it open again",
          "[hazard][withdraw][statistics]")
{
    Two t;
    const Verification pass = t.verify(t.a, true, 10);
    // By hand: two found, A rectified (closed 10 June, 9 days after it was found), B awaiting.
    Figures before = t.figures();
    CHECK(before.hazardsFound == 2);
    CHECK(before.hazardsRectified == 1);
    REQUIRE(before.averageRectificationDays);
    CHECK(*before.averageRectificationDays == Approx(9.0));

    HazardService(*t.db).withdrawVerification(pass.id, "复查人员录错隐患", t.get(t.a).version);
    const Hazard reopened = t.get(t.a);
    CHECK(reopened.status == HazardStatus::AwaitingVerification);
    CHECK_FALSE(reopened.closedOn);
    CHECK(reopened.closedBy.empty());
    CHECK(reopened.deadline == june(15));
    // The verification stays, marked, with why; the hazard's own trail says what happened.
    const std::vector<Verification> listed = HazardService(*t.db).verifications(t.a.id);
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].isVoided());
    CHECK(listed[0].voidReason == "复查人员录错隐患");
    CHECK(t.lastAction(t.a.uuid) == "withdraw_verification");
    CHECK(t.lastAction(pass.uuid) == "void");

    // Now: two found, none rectified; overdue as of 30 June, both deadlines past: two.
    const Figures after = t.figures();
    CHECK(after.hazardsFound == 2);
    CHECK(after.hazardsRectified == 0);
    CHECK_FALSE(after.averageRectificationDays);
    CHECK(after.overdue == 2);
    CHECK(checkDatabase(*t.db).ok());

    // Verified again, on 12 June: closed on that day, counted once.
    t.verify(t.a, true, 12);
    CHECK(t.get(t.a).closedOn == june(12));
    CHECK(t.figures().hazardsRectified == 1);
    CHECK(checkDatabase(*t.db).ok());
}

TEST_CASE("only the latest verification that stands is withdrawn, and a refusal changes nothing", "[hazard][withdraw]")
{
    Two t;
    HazardService service(*t.db);
    const Verification first = t.verify(t.b, false, 8); // back to rectifying
    service.submitForVerification(t.b.id);
    const Verification second = t.verify(t.b, false, 12);
    CHECK(t.get(t.b).status == HazardStatus::Rectifying);

    const Error notLatest = refusal([&] { service.withdrawVerification(first.id, "录错"); });
    CHECK(notLatest.kind() == Error::Kind::Lifecycle);
    CHECK(notLatest.message().id() == MessageId::VerificationNotLatest);
    CHECK(std::string(notLatest.what()).find("2025-06-12") != std::string::npos);
    CHECK_FALSE(Repository<Verification>(*t.db).get(first.id).isVoided());

    // Progress recorded since; then a screen made stale by an edit, and an empty reason: refused,
    // the verification stands.
    service.recordProgress(t.b.id, [] {
        Rectification r;
        r.date = june(13);
        r.description = "补充整改";
        return r;
    }());
    const int64_t version = t.get(t.b).version;
    Hazard edited = t.get(t.b);
    edited.location = "成品仓库";
    service.edit(edited);
    CHECK(refusal([&] { service.withdrawVerification(second.id, "录错", version); }).kind() == Error::Kind::Conflict);
    CHECK(refusal([&] { service.withdrawVerification(second.id, "  "); }).kind() == Error::Kind::Validation);
    CHECK_FALSE(Repository<Verification>(*t.db).get(second.id).isVoided());

    // The fail of 12 June withdrawn: awaiting verification again (progress recorded since stays);
    // then the fail of 8 June is the latest that stands, and goes too.
    service.withdrawVerification(second.id, "复查结论录入错误");
    CHECK(t.get(t.b).status == HazardStatus::AwaitingVerification);
    CHECK(service.progress(t.b.id).size() == 2);
    service.withdrawVerification(first.id, "复查结论录入错误");
    CHECK(t.get(t.b).status == HazardStatus::AwaitingVerification);
    // Withdrawn once is enough.
    CHECK(refusal([&] { service.withdrawVerification(first.id, "again"); }).message().id() ==
          MessageId::RecordAlreadyVoided);
    CHECK(checkDatabase(*t.db).ok());
}

TEST_CASE("a voided hazard's verification is not withdrawn", "[hazard][withdraw]")
{
    Two t;
    HazardService service(*t.db);
    const Verification pass = t.verify(t.a, true, 10);
    service.voidHazard(t.a.id, "重复登记");
    const Error e = refusal([&] { service.withdrawVerification(pass.id, "录错"); });
    CHECK(e.message().id() == MessageId::CannotWithdrawVerification);
    CHECK(t.get(t.a).status == HazardStatus::Voided);
    CHECK_FALSE(Repository<Verification>(*t.db).get(pass.id).isVoided());
}

TEST_CASE("a verification is withdrawn by its UUID, by an account that may verify and void",
          "[hazard][withdraw][record][void]")
{
    Two t;
    const Verification pass = t.verify(t.a, true, 10);
    Accounts::setCost(Accounts::Cost::Minimal);
    const std::string password = "correct horse battery";
    Accounts accounts(*t.db);
    accounts.createFirstAdministrator("wang", "王安", password);
    accounts.add("zhang", "张三", Role::Officer, password);
    accounts.add("li", "李四", Role::Manager, password);

    t.db->signIn({"zhang", password}); // an officer records progress, but neither verifies nor voids
    CHECK(refusal([&] { HazardService(*t.db).withdrawVerification(pass.id, "录错"); }).kind() ==
          Error::Kind::Permission);
    CHECK(t.get(t.a).status == HazardStatus::Closed);
    // ...and corrects a progress entry, but does not void one.
    Rectification entry = HazardService(*t.db).progress(t.b.id).front();
    entry.evidence = "整改前后照片各1张";
    HazardService(*t.db).correctProgress(entry);
    CHECK(refusal([&] { HazardService(*t.db).voidProgress(entry.id, "录错"); }).kind() == Error::Kind::Permission);
    CHECK_FALSE(Repository<Rectification>(*t.db).get(entry.id).isVoided());

    t.db->signIn({"li", password});
    CHECK(RecordService(*t.db).voidByUuid(pass.uuid, "复查日期录错") == "verification");
    CHECK(t.get(t.a).status == HazardStatus::AwaitingVerification);
    const AuditEntry last = ArchiveQueries(*t.db).auditTrail(t.a.uuid).back();
    CHECK(last.action == "withdraw_verification");
    CHECK(last.account == "li");
}

TEST_CASE("a progress entry is corrected as it should have been typed, and a stale copy is refused",
          "[hazard][progress][correct]")
{
    Two t;
    HazardService service(*t.db);
    Rectification entry = service.progress(t.a.id).front();
    Rectification stale = entry;
    entry.description = "已更换配电箱锁具";
    entry.costFen = 12000;
    entry.doneBy = "王电工";
    entry.date = june(6);
    service.correctProgress(entry);
    const Rectification stored = Repository<Rectification>(*t.db).get(entry.id);
    CHECK(stored.description == "已更换配电箱锁具");
    CHECK(stored.costFen == 12000);
    CHECK(stored.doneBy == "王电工");
    CHECK(stored.date == june(6));
    CHECK(stored.version == 2);
    CHECK(stored.hazardId == t.a.id);
    CHECK(t.lastAction(stored.uuid) == "update");

    stale.description = "另一台电脑上的修改";
    CHECK(refusal([&] { service.correctProgress(stale); }).kind() == Error::Kind::Conflict);
    // The rules of a new entry: not before the hazard was found, not after today.
    Rectification early = Repository<Rectification>(*t.db).get(entry.id);
    early.date = Date::fromParts(2025, 5, 30);
    CHECK(refusal([&] { service.correctProgress(early); }).kind() == Error::Kind::Validation);
    // An entry cannot be moved to another hazard by correcting it.
    Rectification moved = Repository<Rectification>(*t.db).get(entry.id);
    moved.hazardId = t.b.id;
    service.correctProgress(moved);
    CHECK(Repository<Rectification>(*t.db).get(entry.id).hazardId == t.a.id);
    CHECK(Repository<Rectification>(*t.db).get(entry.id).description == "已更换配电箱锁具");
}

TEST_CASE("a progress entry entered in error is voided; a hazard rectifying only by it is registered again",
          "[hazard][progress][void]")
{
    Two t;
    HazardService service(*t.db);
    Hazard c;
    c.orgId = t.shop.id;
    c.description = "货架倾斜";
    c.foundOn = june(3);
    c.deadline = june(25);
    service.registerHazard(c);
    Rectification r;
    r.date = june(4);
    r.description = "加固货架";
    r = service.recordProgress(c.id, r);
    Rectification second = r;
    second.uuid.clear();
    second.date = june(5);
    second.description = "更换货架支脚";
    second = service.recordProgress(c.id, second);
    REQUIRE(t.get(c).status == HazardStatus::Rectifying);

    // One of two voided: still rectifying; both: registered again, and the trail says why.
    service.voidProgress(second.id, "录入到错误的隐患");
    CHECK(Repository<Rectification>(*t.db).get(second.id).voidReason == "录入到错误的隐患");
    CHECK(t.get(c).status == HazardStatus::Rectifying);
    CHECK(refusal([&] { service.voidProgress(second.id, "again"); }).message().id() == MessageId::RecordAlreadyVoided);
    CHECK(refusal([&] { service.correctProgress(second); }).message().id() == MessageId::RecordAlreadyVoided);
    CHECK(RecordService(*t.db).voidByUuid(r.uuid, "重复录入") == "rectification");
    CHECK(t.get(c).status == HazardStatus::Registered);
    CHECK(t.lastAction(c.uuid) == "progress_voided");
    CHECK(service.progress(c.id).size() == 2); // both listed, marked

    // A hazard awaiting verification keeps its state; a voided hazard's entries stand as they are.
    service.voidProgress(service.progress(t.a.id).front().id, "录错");
    CHECK(t.get(t.a).status == HazardStatus::AwaitingVerification);
    service.voidHazard(t.b.id, "重复登记");
    Rectification ofVoided = service.progress(t.b.id).front();
    CHECK(refusal([&] { service.voidProgress(ofVoided.id, "录错"); }).message().id() ==
          MessageId::VoidedHazardNotEditable);
    ofVoided.description = "x";
    CHECK(refusal([&] { service.correctProgress(ofVoided); }).message().id() == MessageId::VoidedHazardNotEditable);
    CHECK(checkDatabase(*t.db).ok());
}

TEST_CASE("a failed verification keeps its hazard rectifying when its progress entries are voided",
          "[hazard][progress][void]")
{
    Two t;
    HazardService service(*t.db);
    t.verify(t.a, false, 8); // rectifying because of the verification, not the entry
    service.voidProgress(service.progress(t.a.id).front().id, "录错");
    CHECK(t.get(t.a).status == HazardStatus::Rectifying);
}
