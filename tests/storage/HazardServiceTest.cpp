#include "safeledger/storage/HazardService.h"
#include "TestSupport.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/Repository.h"

#include <catch2/catch.hpp>

using namespace safeledger;

namespace {
Hazard makeHazard(int64_t orgId, RectificationMode mode = RectificationMode::Deadline)
{
    Hazard h;
    h.orgId = orgId;
    h.description = "配电箱未上锁，线路老化";
    h.location = "一号车间";
    h.category = HazardCategory::Electrical;
    h.foundOn = Date::fromParts(2025, 6, 1);
    h.mode = mode;
    if (mode != RectificationMode::OnSpot) {
        h.deadline = Date::fromParts(2025, 6, 15);
    }
    return h;
}

Verification verification(bool passed, const Date& on)
{
    Verification v;
    v.date = on;
    v.inspector = "李安全";
    v.passed = passed;
    if (!passed) {
        v.note = "灭火器压力仍不足";
    }
    return v;
}

Rectification progressOn(const Date& on)
{
    Rectification r;
    r.date = on;
    r.description = "更换线路";
    return r;
}

Error::Kind kindOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.kind();
    }
    FAIL("expected an Error");
    return Error::Kind::Storage;
}
} // namespace

TEST_CASE("a hazard moves through its lifecycle to closure", "[hazard][lifecycle]")
{
    test::Fixture fx;
    HazardService service(*fx.db);
    Hazard h = makeHazard(fx.factory.id);
    service.registerHazard(h);
    CHECK(h.status == HazardStatus::Registered);

    service.recordProgress(h.id, progressOn(Date::fromParts(2025, 6, 5)));
    CHECK(service.get(h.id).status == HazardStatus::Rectifying);
    service.submitForVerification(h.id);
    CHECK(service.get(h.id).status == HazardStatus::AwaitingVerification);
    service.verify(h.id, verification(true, Date::fromParts(2025, 6, 10)));

    const Hazard closed = service.get(h.id);
    CHECK(closed.status == HazardStatus::Closed);
    REQUIRE(closed.closedOn.has_value());
    CHECK(*closed.closedOn == Date::fromParts(2025, 6, 10));
    CHECK(closed.closedBy == "李安全");
    CHECK(service.progress(h.id).size() == 1);
    CHECK(service.verifications(h.id).size() == 1);
}

TEST_CASE("a failed verification returns the hazard to rectification", "[hazard][lifecycle]")
{
    test::Fixture fx;
    HazardService service(*fx.db);
    Hazard h = makeHazard(fx.factory.id);
    service.registerHazard(h);
    service.submitForVerification(h.id);
    service.verify(h.id, verification(false, Date::fromParts(2025, 6, 10)));
    const Hazard back = service.get(h.id);
    CHECK(back.status == HazardStatus::Rectifying);
    CHECK_FALSE(back.closedOn.has_value());
}

TEST_CASE("a failed verification needs its reason and may set a new deadline, keeping the old one audited",
          "[hazard][lifecycle]")
{
    test::Fixture fx;
    HazardService service(*fx.db);
    Hazard h = makeHazard(fx.factory.id);
    service.registerHazard(h);
    service.submitForVerification(h.id);

    Verification noReason = verification(false, Date::fromParts(2025, 6, 10));
    noReason.note = "  ";
    try {
        service.verify(h.id, noReason);
        FAIL("a failed verification without a reason was accepted");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Validation);
        CHECK(e.field() == "note");
    }
    CHECK(service.get(h.id).status == HazardStatus::AwaitingVerification); // nothing written
    CHECK(service.verifications(h.id).empty());

    // A new deadline before the verification day, or with a pass, is refused.
    CHECK(kindOf([&] {
              service.verify(h.id, verification(false, Date::fromParts(2025, 6, 10)), 0, Date::fromParts(2025, 6, 9));
          }) == Error::Kind::Validation);
    CHECK(kindOf([&] {
              service.verify(h.id, verification(true, Date::fromParts(2025, 6, 10)), 0, Date::fromParts(2025, 6, 30));
          }) == Error::Kind::Validation);
    CHECK(service.get(h.id).deadline == Date::fromParts(2025, 6, 15));

    service.verify(h.id, verification(false, Date::fromParts(2025, 6, 10)), 0, Date::fromParts(2025, 6, 30));
    const Hazard back = service.get(h.id);
    CHECK(back.status == HazardStatus::Rectifying);
    CHECK(back.deadline == Date::fromParts(2025, 6, 30));
    REQUIRE(service.verifications(h.id).size() == 1);
    CHECK(service.verifications(h.id).front().note == "灭火器压力仍不足");
    // The deadline it replaced stays in the audit trail's before-image of that step.
    sql::Statement st(fx.db->connection(),
                      "SELECT json_extract(before, '$.deadline'), json_extract(after, '$.deadline') FROM audit "
                      "WHERE entity_uuid = ? AND action = 'verify_fail'");
    st.bind(1, back.uuid);
    REQUIRE(st.step());
    CHECK(st.text(0) == "2025-06-15");
    CHECK(st.text(1) == "2025-06-30");
}

TEST_CASE("closure requires a verification awaiting: no closing from registered or rectifying", "[hazard][lifecycle]")
{
    test::Fixture fx;
    HazardService service(*fx.db);
    Hazard h = makeHazard(fx.factory.id);
    service.registerHazard(h);
    CHECK(kindOf([&] { service.verify(h.id, verification(true, Date::fromParts(2025, 6, 10))); }) ==
          Error::Kind::Lifecycle);
    service.recordProgress(h.id, progressOn(Date::fromParts(2025, 6, 5)));
    CHECK(kindOf([&] { service.verify(h.id, verification(true, Date::fromParts(2025, 6, 10))); }) ==
          Error::Kind::Lifecycle);
    // Nothing was half-written by the refused attempts.
    CHECK(service.verifications(h.id).empty());
    CHECK(service.get(h.id).status == HazardStatus::Rectifying);
}

TEST_CASE("a closed or voided hazard takes no more progress", "[hazard][lifecycle]")
{
    test::Fixture fx;
    HazardService service(*fx.db);
    Hazard h = makeHazard(fx.factory.id);
    service.registerHazard(h);
    service.submitForVerification(h.id);
    service.verify(h.id, verification(true, Date::fromParts(2025, 6, 10)));
    CHECK(kindOf([&] { service.recordProgress(h.id, progressOn(Date::fromParts(2025, 6, 11))); }) ==
          Error::Kind::Lifecycle);

    Hazard other = makeHazard(fx.factory.id);
    service.registerHazard(other);
    service.voidHazard(other.id, "重复录入");
    const Hazard voided = service.get(other.id);
    CHECK(voided.status == HazardStatus::Voided);
    CHECK(voided.voidReason == "重复录入");
    CHECK(kindOf([&] { service.submitForVerification(other.id); }) == Error::Kind::Lifecycle);
    CHECK(kindOf([&] { service.voidHazard(other.id, "again"); }) == Error::Kind::Lifecycle);
}

TEST_CASE("voiding needs a reason", "[hazard][void]")
{
    test::Fixture fx;
    HazardService service(*fx.db);
    Hazard h = makeHazard(fx.factory.id);
    service.registerHazard(h);
    CHECK(kindOf([&] { service.voidHazard(h.id, "  "); }) == Error::Kind::Validation);
    CHECK(service.get(h.id).status == HazardStatus::Registered);
}

TEST_CASE("a hazard rectified on the spot is registered, verified and closed at once", "[hazard][onspot]")
{
    test::Fixture fx;
    HazardService service(*fx.db);
    Hazard h = makeHazard(fx.shop.id, RectificationMode::OnSpot);
    service.registerHazard(h, "王网格");
    CHECK(h.status == HazardStatus::Closed);
    CHECK(h.closedOn == h.foundOn);
    REQUIRE(service.verifications(h.id).size() == 1);
    CHECK(service.verifications(h.id)[0].inspector == "王网格");
    CHECK_FALSE(HazardLifecycle::isOverdue(h, Date::fromParts(2030, 1, 1)));
}

TEST_CASE("dates must be consistent", "[hazard][validation]")
{
    test::Fixture fx;
    HazardService service(*fx.db);

    Hazard early = makeHazard(fx.factory.id);
    early.deadline = Date::fromParts(2025, 5, 31);
    try {
        service.registerHazard(early);
        FAIL("deadline before found date accepted");
    } catch (const Error& e) {
        CHECK(e.field() == "deadline");
        CHECK(std::string(e.what()).find("2025-05-31") != std::string::npos);
    }

    Hazard future = makeHazard(fx.factory.id);
    future.foundOn = Date::fromParts(2025, 7, 1); // the fixture's today is 2025-06-30
    future.deadline = Date::fromParts(2025, 7, 2);
    CHECK(kindOf([&] { service.registerHazard(future); }) == Error::Kind::Validation);

    Hazard noDeadline = makeHazard(fx.factory.id);
    noDeadline.deadline.reset();
    CHECK(kindOf([&] { service.registerHazard(noDeadline); }) == Error::Kind::Validation);

    Hazard ok = makeHazard(fx.factory.id);
    service.registerHazard(ok);
    service.submitForVerification(ok.id);
    try {
        service.verify(ok.id, verification(true, Date::fromParts(2025, 5, 20)));
        FAIL("verification before the finding accepted");
    } catch (const Error& e) {
        CHECK(e.field() == "date");
    }
    CHECK(service.get(ok.id).status == HazardStatus::AwaitingVerification);
    CHECK(service.verifications(ok.id).empty());

    CHECK(Repository<Hazard>(*fx.db).where("1 = 1").size() == 1); // only `ok` was stored
}

TEST_CASE("only major hazards can be under listed supervision", "[hazard][validation]")
{
    test::Fixture fx;
    HazardService service(*fx.db);
    Hazard h = makeHazard(fx.factory.id);
    h.supervision = SupervisionLevel::County;
    CHECK(kindOf([&] { service.registerHazard(h); }) == Error::Kind::Validation);
    h.grade = HazardGrade::Major;
    service.registerHazard(h);
    CHECK(service.get(h.id).supervision == SupervisionLevel::County);
}

TEST_CASE("overdue is derived from the deadline and the as-of date", "[hazard][overdue]")
{
    test::Fixture fx;
    HazardService service(*fx.db);
    Hazard h = makeHazard(fx.factory.id); // deadline 2025-06-15
    service.registerHazard(h);
    CHECK_FALSE(HazardLifecycle::isOverdue(h, Date::fromParts(2025, 6, 15)));
    CHECK(HazardLifecycle::isOverdue(h, Date::fromParts(2025, 6, 16)));
    CHECK(HazardLifecycle::daysOverdue(h, Date::fromParts(2025, 6, 20)) == 5);

    service.submitForVerification(h.id);
    service.verify(h.id, verification(true, Date::fromParts(2025, 6, 25)));
    const Hazard closed = service.get(h.id);
    CHECK_FALSE(HazardLifecycle::isOverdue(closed, Date::fromParts(2025, 6, 30)));
    // Looking back, it was overdue between its deadline and its closure.
    CHECK(HazardLifecycle::isOverdue(closed, Date::fromParts(2025, 6, 20)));
}

TEST_CASE("a stale screen cannot overwrite a newer change", "[hazard][version]")
{
    test::Fixture fx;
    HazardService service(*fx.db);
    Hazard h = makeHazard(fx.factory.id);
    service.registerHazard(h);
    Hazard screenA = service.get(h.id);
    Hazard screenB = service.get(h.id);
    screenA.measures = "加装门锁";
    service.edit(screenA);
    screenB.measures = "拆除";
    CHECK(kindOf([&] { service.edit(screenB); }) == Error::Kind::Conflict);
    CHECK(service.get(h.id).measures == "加装门锁");
    CHECK(kindOf([&] { service.submitForVerification(h.id, screenB.version); }) == Error::Kind::Conflict);
}

TEST_CASE("every lifecycle step leaves an audit row with operator and before/after", "[hazard][audit]")
{
    test::Fixture fx;
    HazardService service(*fx.db);
    Hazard h = makeHazard(fx.factory.id);
    service.registerHazard(h);
    service.recordProgress(h.id, progressOn(Date::fromParts(2025, 6, 5)));
    service.submitForVerification(h.id);
    service.verify(h.id, verification(true, Date::fromParts(2025, 6, 10)));

    sql::Statement st(fx.db->connection(),
                      "SELECT action, operator, before, after FROM audit WHERE entity_uuid = ? ORDER BY id");
    st.bind(1, h.uuid);
    std::vector<std::string> actions;
    while (st.step()) {
        actions.push_back(st.text(0));
        CHECK(st.text(1) == "tester");
        CHECK_FALSE(st.text(3).empty());
        if (st.text(0) != "create") {
            CHECK_FALSE(st.text(2).empty());
        }
    }
    CHECK(actions == std::vector<std::string>{"create", "progress", "submit", "verify_pass"});
}
