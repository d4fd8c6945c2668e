// Two databases that both changed after an exchange: the office and an officer's laptop.
#include "ExchangeSupport.h"
#include "safeledger/core/Error.h"
#include "safeledger/exchange/PackageExporter.h"
#include "safeledger/exchange/PackageImporter.h"
#include "safeledger/exchange/SyncConflicts.h"
#include "safeledger/storage/Checker.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <sstream>

using namespace safeledger;
using namespace safeledger::test;

namespace {

std::string exportText(Database& db)
{
    std::ostringstream out;
    exportPackage(db, out);
    return out.str();
}

PackageImportResult importText(Database& db, const std::string& text, const ConflictChoices& choices = {})
{
    PackageImporter importer(db);
    PackagePlan plan = importer.planText(text);
    REQUIRE(plan.ok());
    return importer.apply(plan, choices);
}

// What the plan does with each record, asked by UUID.
struct Actions
{
    const PackagePlan& plan;
    MergeAction at(const std::string& uuid) const
    {
        const std::optional<MergeAction> action = plan.action(uuid);
        REQUIRE(action);
        return *action;
    }
    size_t count(const std::string& uuid) const { return plan.action(uuid) ? 1 : 0; }
};

Actions actions(const PackagePlan& plan)
{
    return {plan};
}

int64_t countOf(const PackagePlan& plan, MergeAction action)
{
    int64_t n = 0;
    for (const auto& [entity, actions] : plan.counts()) {
        const auto it = actions.find(action);
        n += it == actions.end() ? 0 : it->second;
    }
    return n;
}

Hazard hazardNamed(Database& db, const std::string& description)
{
    auto found = Repository<Hazard>(db).where("description = ?", {description});
    REQUIRE(found.size() == 1);
    return found.front();
}

// The records of a database in package form, without each database's own ancestry notes.
nlohmann::json recordsOf(Database& db)
{
    nlohmann::json records = nlohmann::json::parse(exportText(db))["records"];
    for (auto& [table, list] : records.items()) {
        for (auto& r : list) {
            r.erase("ancestors");
        }
        // Each database lists its records in its own insertion order.
        std::sort(list.begin(), list.end(),
                  [](const nlohmann::json& a, const nlohmann::json& b) { return a["uuid"] < b["uuid"]; });
    }
    return records;
}

struct TwoDatabases
{
    std::unique_ptr<Database> office = smallDatabase(11);
    std::unique_ptr<Database> laptop = emptyDatabase("赵网格", 12);
    std::string conflicted, personUuid, penaltyUuid, laptopHazard, officeHazard, progressUuid;

    TwoDatabases()
    {
        // The officer takes the office's records to the laptop.
        importText(*laptop, exportText(*office));
        REQUIRE(checkDatabase(*laptop).ok());

        // On the laptop: progress on the open hazard (which changes its status), a corrected
        // phone number, and a new hazard found at the shop.
        Hazard open = hazardNamed(*laptop, "灭火器压力不足");
        conflicted = open.uuid;
        Rectification r;
        r.date = Date::fromParts(2026, 11, 18);
        r.description = "已送检两具灭火器";
        progressUuid = HazardService(*laptop).recordProgress(open.id, r).uuid;
        Person p = Repository<Person>(*laptop).where("name = '王厂长'").front();
        personUuid = p.uuid;
        p.phone = "13900000001";
        RecordService(*laptop).update(p);
        Hazard found;
        found.orgId = OrgService(*laptop).findByName("东村小卖部").front().id;
        found.description = "货架堵塞安全出口";
        found.category = HazardCategory::Fire;
        found.mode = RectificationMode::Deadline;
        found.foundOn = Date::fromParts(2026, 11, 19);
        found.deadline = Date::fromParts(2026, 11, 26);
        HazardService(*laptop).registerHazard(found);
        laptopHazard = found.uuid;

        // Meanwhile in the office: the same open hazard edited, the penalty's description
        // written, and another hazard registered.
        Hazard same = hazardNamed(*office, "灭火器压力不足");
        same.measures = "更换全部过期灭火器";
        HazardService(*office).edit(same);
        Penalty pen = Repository<Penalty>(*office).where("1").front();
        penaltyUuid = pen.uuid;
        pen.description = "未按规定配备灭火器材";
        RecordService(*office).update(pen);
        Hazard other;
        other.orgId = OrgService(*office).findByName("青山机械厂").front().id;
        other.description = "配电箱未上锁";
        other.category = HazardCategory::Electrical;
        other.mode = RectificationMode::OnSpot;
        other.foundOn = Date::fromParts(2026, 11, 20);
        HazardService(*office).registerHazard(other, "李安全");
        officeHazard = other.uuid;
    }
};

} // namespace

TEST_CASE("two databases that both changed merge without losing a record", "[package][merge]")
{
    TwoDatabases two;
    const std::string fromLaptop = exportText(*two.laptop);
    PackageImporter importer(*two.office);

    PackagePlan plan = importer.planText(fromLaptop);
    REQUIRE(plan.ok());
    auto act = actions(plan);
    CHECK(act.at(two.conflicted) == MergeAction::Conflict);   // changed on both sides
    CHECK(act.at(two.personUuid) == MergeAction::Update);     // changed on the laptop only
    CHECK(act.at(two.penaltyUuid) == MergeAction::KeepLocal); // changed in the office only
    CHECK(act.at(two.laptopHazard) == MergeAction::Insert);
    CHECK(act.at(two.progressUuid) == MergeAction::Insert);
    CHECK(act.count(two.officeHazard) == 0);
    const int64_t unchanged = countOf(plan, MergeAction::Unchanged);
    // Everything else is the same on both sides: 4 units, the person's certificate, the agreement,
    // the checklist and its 2 items, the inspection and its 2 items, the closed hazard with its
    // progress and verification, the photo, the document, the accident and the activity: 19.
    CHECK(unchanged == 19);

    REQUIRE(plan.conflicts().size() == 1);
    const PackageConflict& c = plan.conflicts().front();
    CHECK(c.entity == "hazard");
    CHECK(c.local["measures"] == "更换全部过期灭火器");
    CHECK(c.incoming["status"] == "rectifying");
    CHECK(std::find(c.fields.begin(), c.fields.end(), "measures") != c.fields.end());
    CHECK(std::find(c.fields.begin(), c.fields.end(), "status") != c.fields.end());
    CHECK_FALSE(c.pending);

    // Undecided: the office's version stays in force, the laptop's is kept beside it.
    PackageImportResult result = importer.apply(plan);
    CHECK(result.inserted == 2 + 0);
    CHECK(result.updated == 1);
    CHECK(result.conflictsDeferred == 1);
    CHECK(hazardNamed(*two.office, "灭火器压力不足").measures == "更换全部过期灭火器");
    CHECK(Repository<Person>(*two.office).findByUuid(two.personUuid)->phone == "13900000001");
    CHECK(Repository<Penalty>(*two.office).findByUuid(two.penaltyUuid)->description == "未按规定配备灭火器材");
    CHECK(Repository<Hazard>(*two.office).findByUuid(two.laptopHazard));
    CHECK(Repository<Rectification>(*two.office).findByUuid(two.progressUuid));
    CHECK(two.office->connection().scalarInt("SELECT count(*) FROM sync_conflict WHERE resolved_at = ''") == 1);
    CHECK(checkDatabase(*two.office).ok());

    // The same package again: the conflict is already kept; nothing changes.
    PackagePlan again = importer.planText(fromLaptop);
    REQUIRE(again.conflicts().size() == 1);
    CHECK(again.conflicts().front().pending);
    CHECK(actions(again).at(two.personUuid) == MergeAction::Unchanged);
    CHECK(actions(again).at(two.penaltyUuid) == MergeAction::KeepLocal);
    const int64_t auditBefore = two.office->connection().scalarInt("SELECT count(*) FROM audit");
    result = importer.apply(again);
    CHECK(result.inserted + result.updated + result.auditEntries == 0);
    CHECK(two.office->connection().scalarInt("SELECT count(*) FROM audit") == auditBefore);
    CHECK(two.office->connection().scalarInt("SELECT count(*) FROM sync_conflict") == 1);

    SECTION("the user takes the laptop's version; the databases then agree")
    {
        ConflictChoices choices;
        choices.byUuid[two.conflicted] = ConflictChoice::TakeIncoming;
        result = importText(*two.office, fromLaptop, choices);
        CHECK(result.conflictsTaken == 1);
        CHECK(hazardNamed(*two.office, "灭火器压力不足").status == HazardStatus::Rectifying);
        CHECK(two.office->connection().scalarInt("SELECT count(*) FROM sync_conflict WHERE resolved_at = ''") == 0);

        // Back to the laptop: it gains the office's hazard and penalty text; no conflict.
        PackageImporter toLaptop(*two.laptop);
        PackagePlan back = toLaptop.planText(exportText(*two.office));
        REQUIRE(back.ok());
        CHECK(back.conflicts().empty());
        CHECK(actions(back).at(two.penaltyUuid) == MergeAction::Update);
        CHECK(actions(back).at(two.officeHazard) == MergeAction::Insert);
        CHECK(actions(back).at(two.conflicted) == MergeAction::Unchanged);
        toLaptop.apply(back);
        CHECK(recordsOf(*two.laptop) == recordsOf(*two.office));
        CHECK(checkDatabase(*two.laptop).ok());
    }
    SECTION("the user keeps the office's version; the laptop then takes it without a conflict")
    {
        ConflictChoices choices;
        choices.all = ConflictChoice::KeepLocal;
        result = importText(*two.office, fromLaptop, choices);
        CHECK(result.conflictsKept == 1);
        CHECK(hazardNamed(*two.office, "灭火器压力不足").measures == "更换全部过期灭火器");
        // Re-importing the laptop's package no longer reports the conflict: its version is older.
        PackagePlan later = PackageImporter(*two.office).planText(fromLaptop);
        CHECK(later.conflicts().empty());
        CHECK(actions(later).at(two.conflicted) == MergeAction::KeepLocal);

        PackageImporter toLaptop(*two.laptop);
        PackagePlan back = toLaptop.planText(exportText(*two.office));
        REQUIRE(back.ok());
        CHECK(back.conflicts().empty());
        CHECK(actions(back).at(two.conflicted) == MergeAction::Update);
        toLaptop.apply(back);
        CHECK(hazardNamed(*two.laptop, "灭火器压力不足").measures == "更换全部过期灭火器");
        CHECK(recordsOf(*two.laptop) == recordsOf(*two.office));
    }
}

TEST_CASE("an import refuses to apply a plan made before the database changed", "[package][merge]")
{
    TwoDatabases two;
    PackageImporter importer(*two.office);
    PackagePlan plan = importer.planText(exportText(*two.laptop));
    REQUIRE(plan.ok());
    Hazard h = hazardNamed(*two.office, "配电箱未上锁");
    HazardService(*two.office).voidHazard(h.id, "录入错误");
    CHECK_THROWS_AS(importer.apply(plan), Error);
    CHECK_FALSE(Repository<Hazard>(*two.office).findByUuid(two.laptopHazard));
}

TEST_CASE("a conflict kept for later is listed with both versions and decided later", "[package][merge]")
{
    TwoDatabases two;
    importText(*two.office, exportText(*two.laptop)); // the conflict is kept for later
    auto pending = pendingConflicts(*two.office);
    REQUIRE(pending.size() == 1);
    CHECK(pending[0].uuid == two.conflicted);
    CHECK(pending[0].entity == "hazard");
    CHECK(pending[0].local["measures"] == "更换全部过期灭火器");
    CHECK(pending[0].incoming["status"] == "rectifying");
    CHECK(std::find(pending[0].fields.begin(), pending[0].fields.end(), "measures") != pending[0].fields.end());

    resolveConflict(*two.office, pending[0].id, ConflictChoice::TakeIncoming);
    CHECK(hazardNamed(*two.office, "灭火器压力不足").status == HazardStatus::Rectifying);
    CHECK(pendingConflicts(*two.office).empty());
    CHECK_THROWS_AS(resolveConflict(*two.office, pending[0].id, ConflictChoice::KeepLocal), Error);
    CHECK(checkDatabase(*two.office).ok());
    // The databases agree now: the laptop's package brings nothing new.
    PackagePlan again = PackageImporter(*two.office).planText(exportText(*two.laptop));
    CHECK(again.conflicts().empty());
    CHECK(actions(again).at(two.conflicted) == MergeAction::Unchanged);
}
