#include "safeledger/storage/ArchiveQueries.h"
#include "TestSupport.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/RecordService.h"

#include <catch2/catch.hpp>

using namespace safeledger;
using safeledger::test::Fixture;

namespace {

Agreement agreement(int64_t a, int64_t b, int year, AgreementStatus status)
{
    Agreement g;
    g.year = year;
    g.partyAId = a;
    g.partyBId = b;
    g.status = status;
    if (status != AgreementStatus::Draft) {
        g.signedOn = Date::fromParts(year, 2, 1);
    }
    return g;
}

} // namespace

TEST_CASE("unit search matches part of a name or the start of a credit code, live units only", "[archive]")
{
    Fixture f;
    OrgService orgs(*f.db);
    f.shop.creditCode = "91330100MA2KXXXX0C";
    Organisation twin;
    twin.name = "青山机械厂二分厂";
    twin.parentId = f.village.id;
    orgs.add(twin);
    Organisation gone;
    gone.name = "青山机械厂旧址";
    gone.parentId = f.village.id;
    orgs.add(gone);
    orgs.voidUnit(gone, "重复");

    ArchiveQueries q(*f.db);
    const auto byName = q.searchUnits("机械厂");
    REQUIRE(byName.size() == 2);
    CHECK(byName[0].id == f.factory.id); // the shortest name first
    CHECK(q.searchUnits("%").empty());   // LIKE wildcards are taken literally
    CHECK(q.searchUnits("不存在").empty());
    CHECK(q.unitName(f.town.id) == "青山镇");
    CHECK(q.unitName(9999).empty());
}

TEST_CASE("a unit's archive, agreement coverage and a hazard's audit trail", "[archive]")
{
    Fixture f;
    RecordService records(*f.db);
    Inspection ins;
    ins.orgId = f.factory.id;
    ins.date = Date::fromParts(2025, 6, 1);
    ins.inspectors = {"李四"};
    std::vector<InspectionItem> items(2);
    items[0].text = "消防通道畅通";
    items[1].text = "配电箱上锁";
    items[1].result = ItemResult::Fail;
    Hazard h;
    h.description = "配电箱未上锁";
    h.deadline = Date::fromParts(2025, 6, 15);
    std::vector<Hazard> hazards{h};
    records.saveInspection(ins, items, hazards);
    records.attach("inspection", ins.id, AttachmentRole::Evidence, "现场.jpg", "image/jpeg", {1, 2, 3});

    ArchiveQueries q(*f.db);
    REQUIRE(q.inspections(f.factory.id).size() == 1);
    CHECK(q.inspectionItems(ins.id).size() == 2);
    CHECK(q.hazards(f.factory.id).size() == 1);
    CHECK(q.hazards(f.shop.id).empty());
    const auto photos = q.attachments("inspection", ins.id);
    REQUIRE(photos.size() == 1);
    CHECK(photos.front().data == std::vector<uint8_t>{1, 2, 3});

    HazardService(*f.db).submitForVerification(hazards[0].id);
    const auto trail = q.auditTrail(hazards[0].uuid);
    REQUIRE(trail.size() >= 2);
    CHECK(trail.front().action == "create");
    CHECK(trail.back().after.find("awaiting_verification") != std::string::npos);

    // Coverage: the village's units lacking a signed agreement for the year.
    Agreement draft = agreement(f.village.id, f.factory.id, 2025, AgreementStatus::Draft);
    records.add(draft);
    CHECK(q.lackingAgreement(2025, f.village.id).size() == 2);
    Agreement signedOne = agreement(f.village.id, f.shop.id, 2025, AgreementStatus::Signed);
    records.add(signedOne);
    const auto lacking = q.lackingAgreement(2025, f.village.id);
    REQUIRE(lacking.size() == 1);
    CHECK(lacking.front().id == f.factory.id);
    CHECK(q.lackingAgreement(2024, f.village.id).size() == 2);
    CHECK(q.agreementsOfYear(2025, std::nullopt, std::nullopt).size() == 2);
    CHECK(q.agreementsOfYear(2025, f.shop.id, std::nullopt).size() == 1);
    CHECK(q.agreementsOfYear(2025, std::nullopt, AgreementStatus::Draft).size() == 1);
    CHECK(q.agreements(f.village.id).size() == 2);

    Penalty p;
    p.orgId = f.factory.id;
    p.decisionNumber = "〔2025〕1号";
    p.decidedOn = Date::fromParts(2025, 3, 1);
    p.amountFen = 100000;
    records.add(p);
    CHECK(q.penalties(std::nullopt, 2025).size() == 1);
    CHECK(q.penalties(f.factory.id, 2024).empty());
    CHECK(q.penalties(f.shop.id, std::nullopt).empty());
}

TEST_CASE("a year's lists stop at their limit; the counts say how many there are", "[archive]")
{
    Fixture f;
    RecordService records(*f.db);
    ArchiveQueries q(*f.db);
    // Five activities of the factory in 2025, two of the shop in 2025, one of the factory in 2024,
    // and one voided: hand-counted below.
    const auto add = [&](int64_t org, int year, int day) {
        Activity a;
        a.orgId = org;
        a.kind = ActivityKind::Training;
        a.title = "安全培训";
        a.date = Date::fromParts(year, 3, day);
        a.participants = 10;
        records.add(a);
        return a;
    };
    for (int day = 1; day <= 5; ++day) {
        add(f.factory.id, 2025, day);
    }
    add(f.shop.id, 2025, 10);
    add(f.shop.id, 2025, 11);
    add(f.factory.id, 2024, 1);
    Activity voided = add(f.factory.id, 2025, 20);
    records.voidRecord(voided, "entered twice");

    CHECK(q.activities(std::nullopt, 2025, 3).size() == 3);
    CHECK(q.activityCount(std::nullopt, 2025) == 7);
    CHECK(q.activityCount(f.factory.id, 2025) == 5);
    CHECK(q.activityCount(f.factory.id, std::nullopt) == 6);
    CHECK(q.activityCount(f.shop.id, 2024) == 0);
    CHECK(q.documentCount(std::nullopt, 2025) == 0);
    CHECK(q.accidentTotals(std::nullopt, std::nullopt).count == 0);
    CHECK(q.accidentTotals(std::nullopt, std::nullopt).deaths == 0);

    Penalty p;
    p.orgId = f.shop.id;
    p.decisionNumber = "〔2025〕2号";
    p.decidedOn = Date::fromParts(2025, 6, 1);
    p.amountFen = 50000;
    records.add(p);
    Penalty voidedPenalty = p;
    voidedPenalty.id = 0;
    voidedPenalty.uuid.clear();
    voidedPenalty.decisionNumber = "〔2025〕3号";
    voidedPenalty.amountFen = 900000;
    records.add(voidedPenalty);
    records.voidRecord(voidedPenalty, "entered twice");
    Penalty older = p;
    older.id = 0;
    older.uuid.clear();
    older.decisionNumber = "〔2024〕9号";
    older.decidedOn = Date::fromParts(2024, 12, 31);
    older.amountFen = 20000;
    records.add(older);
    CHECK(q.penaltyTotals(std::nullopt, 2025).count == 1);
    CHECK(q.penaltyTotals(std::nullopt, 2025).amountFen == 50000); // the voided 9,000 yuan not counted
    CHECK(q.penaltyTotals(f.shop.id, 2025).count == 1);
    CHECK(q.penaltyTotals(f.shop.id, std::nullopt).amountFen == 70000);
    CHECK(q.penaltyTotals(f.factory.id, 2025).count == 0);
    CHECK(q.penaltyTotals(f.factory.id, 2025).amountFen == 0);

    // Accidents: deaths are summed over all of them, not over a list.
    for (const int deaths : {0, 2, 1}) {
        Accident a;
        a.orgId = f.factory.id;
        a.occurredOn = Date::fromParts(2025, 4, 1 + deaths);
        a.type = AccidentType::Machinery;
        a.deaths = deaths;
        a.description = "机械伤害";
        records.add(a);
    }
    CHECK(q.accidents(std::nullopt, 2025, 1).size() == 1);
    CHECK(q.accidentTotals(std::nullopt, 2025).count == 3);
    CHECK(q.accidentTotals(std::nullopt, 2025).deaths == 3);
    CHECK(q.accidentTotals(f.shop.id, 2025).deaths == 0);
}
