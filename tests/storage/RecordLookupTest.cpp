// Records by UUID (safeledger-cli show/void), voiding an inspection, and what hazards registered
// without an inspection and voided records do to the figures, counted by hand.
#include "TestSupport.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"
#include "safeledger/storage/Statistics.h"

#include <catch2/catch.hpp>

using namespace safeledger;

namespace {

// The fixture's tree (town > village > factory, shop) with, in June 2025:
//   I1  the factory, inspectors 张三 李四, finds H1 (a deadline)
//   R1  a public report about the shop (reported by 王五), no inspection
//   R2  a supervision visit's finding at the factory, no inspection
//   P1  a penalty on the factory
struct Ledger : test::Fixture
{
    Inspection i1;
    Hazard h1, r1, r2;
    Penalty p1;

    Ledger()
    {
        RecordService records(*db);
        i1.orgId = factory.id;
        i1.date = Date::fromParts(2025, 6, 2);
        i1.inspectors = {"张三", "李四"};
        std::vector<InspectionItem> items(1);
        items[0].text = "配电箱完好";
        items[0].result = ItemResult::Fail;
        std::vector<Hazard> found(1);
        found[0].description = "配电箱门损坏";
        found[0].deadline = Date::fromParts(2025, 6, 12);
        records.saveInspection(i1, items, found);
        h1 = found[0];

        HazardService hazards(*db);
        r1.orgId = shop.id;
        r1.source = HazardSource::PublicReport;
        r1.reportedBy = "王五 13800000000";
        r1.description = "店内堆放液化气罐";
        r1.foundOn = Date::fromParts(2025, 6, 10);
        r1.deadline = Date::fromParts(2025, 6, 20);
        hazards.registerHazard(r1);
        r2.orgId = factory.id;
        r2.source = HazardSource::Supervision;
        r2.description = "危化品仓库未设防爆灯";
        r2.foundOn = Date::fromParts(2025, 6, 15);
        r2.deadline = Date::fromParts(2025, 7, 15);
        hazards.registerHazard(r2);

        p1.orgId = factory.id;
        p1.decisionNumber = "青应急罚〔2025〕1号";
        p1.decidedOn = Date::fromParts(2025, 6, 20);
        p1.amountFen = 500000;
        p1.description = "未按规定开展隐患排查";
        records.add(p1);
    }

    Figures june() { return Statistics(*db).compute(town.id, Period::month(2025, 6), Date::fromParts(2025, 6, 30)); }
};

} // namespace

TEST_CASE("hazards registered without an inspection count as found, not as inspections", "[statistics][record]")
{
    Ledger L;
    CHECK_FALSE(L.r1.inspectionId);
    CHECK(Repository<Hazard>(*L.db).get(L.r1.id).reportedBy == "王五 13800000000");
    CHECK(Repository<Hazard>(*L.db).get(L.r2.id).source == HazardSource::Supervision);
    const Figures f = L.june();
    CHECK(f.hazardsFound == 3);         // H1 R1 R2
    CHECK(f.inspections == 1);          // I1 only
    CHECK(f.inspectorPersonTimes == 2); // 张三 李四
    CHECK(f.unitsInspected == 1);       // the factory; the shop was reported, not inspected
    CHECK(f.penalties == 1);
}

TEST_CASE("an inspection is voided only after the hazards it found", "[record][void]")
{
    Ledger L;
    RecordService records(*L.db);
    try {
        records.voidRecord(L.i1, "录入错误");
        FAIL("an inspection with a live hazard was voided");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Lifecycle);
        CHECK(std::string(e.what()).find("1 hazard") != std::string::npos);
    }
    CHECK_FALSE(Repository<Inspection>(*L.db).get(L.i1.id).isVoided());

    HazardService(*L.db).voidHazard(L.h1.id, "重复录入");
    Inspection fresh = Repository<Inspection>(*L.db).get(L.i1.id);
    records.voidRecord(fresh, "检查未实际开展，录入错误");
    const Figures f = L.june();
    CHECK(f.inspections == 0);
    CHECK(f.inspectorPersonTimes == 0);
    CHECK(f.unitsInspected == 0);
    CHECK(f.hazardsFound == 2); // R1 R2
}

TEST_CASE("any record is found and voided by its UUID through the rule that owns it", "[record][void]")
{
    Ledger L;
    RecordService records(*L.db);

    const auto found = records.findByUuid(L.r1.uuid);
    REQUIRE(found);
    CHECK(found->table == "hazard");
    CHECK(found->id == L.r1.id);
    CHECK(found->record.at("reported_by") == "王五 13800000000");
    CHECK(found->record.at("source") == "public_report");
    CHECK_FALSE(records.findByUuid("00000000-0000-4000-8000-000000000000"));

    // A penalty: it leaves the figures, with its reason kept.
    CHECK(records.voidByUuid(L.p1.uuid, "决定书号录错，重新录入") == "penalty");
    CHECK(L.june().penalties == 0);
    const Penalty voided = Repository<Penalty>(*L.db).get(L.p1.id);
    CHECK(voided.voidReason == "决定书号录错，重新录入");
    CHECK_THROWS_AS(records.voidByUuid(L.p1.uuid, "again"), Error);

    // A hazard goes through its lifecycle: 查出隐患 falls by exactly one.
    CHECK(records.voidByUuid(L.r2.uuid, "经核实不构成隐患") == "hazard");
    CHECK(Repository<Hazard>(*L.db).get(L.r2.id).status == HazardStatus::Voided);
    CHECK(L.june().hazardsFound == 2);

    // The inspection is refused while H1 lives; a unit while it has units below.
    CHECK_THROWS_AS(records.voidByUuid(L.i1.uuid, "录入错误"), Error);
    CHECK_THROWS_AS(records.voidByUuid(L.village.uuid, "撤并"), Error);
    CHECK_FALSE(Repository<Organisation>(*L.db).get(L.village.id).isVoided());

    // A part of a record is refused in words, an unknown UUID is not found, and an empty reason
    // is refused before anything changes.
    const auto item = Repository<InspectionItem>(*L.db).where("inspection_id = ?", {std::to_string(L.i1.id)});
    REQUIRE(item.size() == 1);
    try {
        records.voidByUuid(item[0].uuid, "x");
        FAIL("an inspection item was voided on its own");
    } catch (const Error& e) {
        CHECK(std::string(e.what()).find("inspection_item") != std::string::npos);
    }
    try {
        records.voidByUuid("00000000-0000-4000-8000-000000000000", "x");
        FAIL("an unknown UUID was voided");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::NotFound);
    }
    CHECK_THROWS_AS(records.voidByUuid(L.r1.uuid, "  "), Error);
    CHECK_FALSE(Repository<Hazard>(*L.db).get(L.r1.id).isVoided());
}

TEST_CASE("a saved inspection is corrected with its items, all or nothing, and a stale copy is refused",
          "[record][inspection]")
{
    Ledger L;
    RecordService records(*L.db);
    Inspection mine = Repository<Inspection>(*L.db).get(L.i1.id);
    auto items = Repository<InspectionItem>(*L.db).where("inspection_id = ?", {std::to_string(L.i1.id)});
    REQUIRE(items.size() == 1);
    Inspection theirs = mine; // another officer's copy, read at the same time

    mine.inspectors = {"张三", "李四", "王五"};
    mine.campaign = "安全生产月";
    items[0].result = ItemResult::Pass;
    items[0].note = "复核后确认合格";
    records.correctInspection(mine, items);
    CHECK(mine.version == 2);
    const Inspection stored = Repository<Inspection>(*L.db).get(L.i1.id);
    CHECK(stored.inspectors.size() == 3);
    CHECK(stored.campaign == "安全生产月");
    CHECK(Repository<InspectionItem>(*L.db).get(items[0].id).note == "复核后确认合格");
    CHECK(L.june().inspectorPersonTimes == 3); // the figures follow the correction

    // The other copy is stale: refused, nothing of it saved.
    theirs.note = "补记";
    auto theirItems = items;
    theirItems[0].version = 1;
    try {
        records.correctInspection(theirs, theirItems);
        FAIL("a stale inspection was saved");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Conflict);
    }
    CHECK(Repository<Inspection>(*L.db).get(L.i1.id).note.empty());

    // A stale item alone is refused too, and takes the header's change back with it.
    Inspection fresh = Repository<Inspection>(*L.db).get(L.i1.id);
    fresh.note = "补记";
    theirItems[0].result = ItemResult::Fail;
    CHECK_THROWS_AS(records.correctInspection(fresh, theirItems), Error);
    CHECK(Repository<Inspection>(*L.db).get(L.i1.id).note.empty());

    // No inspectors: refused at the field. A voided inspection is not corrected.
    fresh = Repository<Inspection>(*L.db).get(L.i1.id);
    fresh.inspectors.clear();
    auto none = std::vector<InspectionItem>{};
    CHECK_THROWS_AS(records.correctInspection(fresh, none), Error);
    HazardService(*L.db).voidHazard(L.h1.id, "重复");
    fresh = Repository<Inspection>(*L.db).get(L.i1.id);
    records.voidRecord(fresh, "录入错误");
    fresh = Repository<Inspection>(*L.db).get(L.i1.id);
    fresh.note = "x";
    CHECK_THROWS_AS(records.correctInspection(fresh, none), Error);
}
