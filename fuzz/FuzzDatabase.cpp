#include "FuzzDatabase.h"

#include "safeledger/core/Clock.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/RecordService.h"

namespace safeledger::fuzz {

std::unique_ptr<Database> emptyDatabase()
{
    return Database::inMemory({FixedClock::at(Date::fromParts(2026, 11, 20)), "fuzz", 1, false});
}

std::unique_ptr<Database> smallDatabase()
{
    auto db = emptyDatabase();
    OrgService orgs(*db);
    Organisation town, village, factory;
    town.name = "青山镇";
    town.kind = OrgKind::Town;
    orgs.add(town);
    village.name = "东村";
    village.kind = OrgKind::Village;
    village.parentId = town.id;
    orgs.add(village);
    factory.name = "青山机械厂";
    factory.creditCode = "91330522MA2B3C4D57";
    factory.parentId = village.id;
    orgs.add(factory);

    RecordService records(*db);
    Inspection insp;
    insp.orgId = factory.id;
    insp.date = Date::fromParts(2026, 3, 4);
    insp.inspectors = {"李安全"};
    std::vector<InspectionItem> items(1);
    items[0].text = "机械防护罩完好";
    items[0].result = ItemResult::Fail;
    std::vector<Hazard> hazards(2);
    hazards[0].description = "冲床防护罩缺失";
    hazards[0].deadline = Date::fromParts(2026, 3, 20);
    hazards[0].fundsFen = 120050;
    hazards[1].description = "灭火器压力不足";
    hazards[1].grade = HazardGrade::Major;
    hazards[1].deadline = Date::fromParts(2026, 12, 31);
    records.saveInspection(insp, items, hazards);
    HazardService hs(*db);
    Rectification r;
    r.date = Date::fromParts(2026, 3, 15);
    r.description = "已加装防护罩";
    hs.recordProgress(hazards[0].id, r);
    hs.submitForVerification(hazards[0].id);
    Verification v;
    v.date = Date::fromParts(2026, 3, 18);
    v.inspector = "李安全";
    v.passed = true;
    hs.verify(hazards[0].id, v);
    records.attach("hazard", hazards[0].id, AttachmentRole::Before, "a.png", "image/png", {1, 2, 3});
    EnforcementDocument doc;
    doc.orgId = factory.id;
    doc.number = "〔2026〕3号";
    doc.issuedOn = Date::fromParts(2026, 3, 4);
    records.addDocument(doc, {hazards[0].id, hazards[1].id});
    Penalty pen;
    pen.orgId = factory.id;
    pen.decisionNumber = "罚〔2026〕1号";
    pen.decidedOn = Date::fromParts(2026, 4, 1);
    pen.amountFen = 2000000;
    records.add(pen);
    return db;
}

} // namespace safeledger::fuzz
