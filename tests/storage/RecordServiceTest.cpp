#include "safeledger/storage/RecordService.h"
#include "TestSupport.h"
#include "safeledger/core/Error.h"
#include "safeledger/core/Sha256.h"
#include "safeledger/storage/Repository.h"

#include <catch2/catch.hpp>

using namespace safeledger;

TEST_CASE("an inspection saves its items and hazards together or not at all", "[inspection]")
{
    test::Fixture fx;
    RecordService records(*fx.db);
    Inspection insp;
    insp.orgId = fx.factory.id;
    insp.date = Date::fromParts(2025, 6, 2);
    insp.inspectors = {"张三", "李四"};
    std::vector<InspectionItem> items(2);
    items[0].text = "消防通道畅通";
    items[1].text = "配电箱完好";
    items[1].result = ItemResult::Fail;
    std::vector<Hazard> hazards(1);
    hazards[0].description = "配电箱门损坏";
    hazards[0].deadline = Date::fromParts(2025, 6, 12);
    records.saveInspection(insp, items, hazards);
    CHECK(hazards[0].inspectionId == insp.id);
    CHECK(hazards[0].orgId == fx.factory.id);
    CHECK(hazards[0].foundOn == insp.date);
    CHECK(items[1].seq == 2);

    // A second save whose hazard is invalid leaves no inspection or item behind.
    Inspection bad = insp;
    bad.uuid.clear();
    std::vector<InspectionItem> items2 = items;
    for (auto& i : items2) {
        i.uuid.clear();
    }
    std::vector<Hazard> badHazards(1);
    badHazards[0].description = "deadline missing";
    CHECK_THROWS_AS(records.saveInspection(bad, items2, badHazards), Error);
    CHECK(Repository<Inspection>(*fx.db).where("1 = 1").size() == 1);
    CHECK(Repository<InspectionItem>(*fx.db).where("1 = 1").size() == 2);
    CHECK(Repository<Hazard>(*fx.db).where("1 = 1").size() == 1);
}

TEST_CASE("an inspection needs inspectors and a real unit", "[inspection][validation]")
{
    test::Fixture fx;
    RecordService records(*fx.db);
    Inspection insp;
    insp.orgId = fx.factory.id;
    insp.date = Date::fromParts(2025, 6, 2);
    CHECK_THROWS_AS(records.add(insp), Error);
    insp.inspectors = {"张三"};
    insp.orgId = 999;
    try {
        records.add(insp);
        FAIL("missing unit accepted");
    } catch (const Error& e) {
        CHECK(e.field() == "org");
    }
}

TEST_CASE("agreements: parties, signing and assessment dates", "[agreement]")
{
    test::Fixture fx;
    RecordService records(*fx.db);
    Agreement a;
    a.year = 2025;
    a.partyAId = fx.town.id;
    a.partyBId = fx.village.id;
    a.targets = {"死亡事故为零", "隐患整改率100%"};
    records.add(a);
    CHECK(a.status == AgreementStatus::Draft);
    a.status = AgreementStatus::Signed;
    CHECK_THROWS_AS(records.update(a), Error); // no signing date
    a.signedOn = Date::fromParts(2025, 2, 20);
    records.update(a);
    a.status = AgreementStatus::Assessed;
    a.assessedOn = Date::fromParts(2025, 1, 5);
    CHECK_THROWS_AS(records.update(a), Error); // assessed before signing
    a.assessedOn = Date::fromParts(2025, 12, 20);
    a.assessmentScore = 96.5;
    records.update(a);
    const Agreement stored = Repository<Agreement>(*fx.db).get(a.id);
    CHECK(stored.targets == a.targets);
    CHECK(stored.assessmentScore == 96.5);
    CHECK(stored.version == 3);
}

TEST_CASE("attachments are stored with their content hash", "[attachment]")
{
    test::Fixture fx;
    RecordService records(*fx.db);
    Inspection insp;
    insp.orgId = fx.factory.id;
    insp.date = Date::fromParts(2025, 6, 2);
    insp.inspectors = {"张三"};
    records.add(insp);
    const std::vector<uint8_t> bytes = {0x89, 'P', 'N', 'G', 0, 1, 2, 3};
    const Attachment a =
        records.attach("inspection", insp.id, AttachmentRole::Evidence, "现场.png", "image/png", bytes);
    const Attachment stored = Repository<Attachment>(*fx.db).get(a.id);
    CHECK(stored.data == bytes);
    CHECK(stored.sha256 == sha256Hex(bytes));
    CHECK_THROWS_AS(records.attach("org; DROP TABLE hazard", 1, AttachmentRole::Evidence, "x", "", bytes), Error);
    CHECK_THROWS_AS(records.attach("hazard", 12345, AttachmentRole::Before, "x.png", "", bytes), Error);
}

TEST_CASE("accidents, penalties and activities refuse impossible values", "[records][validation]")
{
    test::Fixture fx;
    RecordService records(*fx.db);
    Accident acc;
    acc.orgId = fx.factory.id;
    acc.occurredOn = Date::fromParts(2025, 3, 1);
    acc.occurredTime = "10:30";
    acc.deaths = -1;
    CHECK_THROWS_AS(records.add(acc), Error);
    acc.deaths = 0;
    acc.minorInjuries = 1;
    acc.reportedAt = "2025-03-02 11:00";
    records.add(acc);
    CHECK_FALSE(reportedInTime(acc)); // 24.5 hours later
    acc.reportedAt = "2025-03-02 10:00";
    CHECK(reportedInTime(acc));

    Penalty p;
    p.orgId = fx.factory.id;
    p.decisionNumber = "（青）应急罚〔2025〕3号";
    p.decidedOn = Date::fromParts(2025, 7, 1); // after today
    CHECK_THROWS_AS(records.add(p), Error);

    Activity act;
    act.orgId = fx.town.id;
    act.date = Date::fromParts(2025, 6, 16);
    CHECK_THROWS_AS(records.add(act), Error); // no title
    act.title = "安全生产月宣传咨询日";
    act.kind = ActivityKind::Publicity;
    records.add(act);
    records.voidRecord(act, "录错单位");
    CHECK(Repository<Activity>(*fx.db).get(act.id).isVoided());
}
