// Checklist templates as JSON: the built-in ones, and users' own files in and out.
#include "safeledger/exchange/Checklists.h"
#include "ExchangeSupport.h"
#include "safeledger/core/Error.h"
#include "safeledger/core/Inspection.h"
#include "safeledger/exchange/PackageExporter.h"
#include "safeledger/exchange/PackageImporter.h"
#include "safeledger/storage/ArchiveQueries.h"
#include "safeledger/storage/Repository.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <set>
#include <sstream>

using namespace safeledger;
using namespace safeledger::test;

TEST_CASE("the built-in checklists install once, the same in every database", "[checklists]")
{
    std::set<std::string> keys;
    for (const auto& c : builtInChecklists()) {
        keys.insert(c.key);
    }
    CHECK(keys == std::set<std::string>{"campaign", "chemicals", "construction", "crowded", "fireworks", "office",
                                        "park", "petrol"});
    auto a = emptyDatabase("甲", 1);
    auto b = emptyDatabase("乙", 2);
    ChecklistImportResult r = installBuiltInChecklists(*a);
    CHECK(r.added == 8);
    installBuiltInChecklists(*b);
    CHECK(a->connection().scalarInt("SELECT count(*) FROM checklist_template WHERE built_in = 1") == 8);
    CHECK(a->connection().scalarInt("SELECT count(*) FROM template_item") == 82);
    const auto petrol = Repository<ChecklistTemplate>(*a).where("name = '加油站安全检查表'");
    REQUIRE(petrol.size() == 1);
    CHECK(petrol[0].sector == Sector::FuelRetail);
    CHECK(rows(*a, "checklist_template") == rows(*b, "checklist_template"));
    CHECK(rows(*a, "template_item") == rows(*b, "template_item"));
    r = installBuiltInChecklists(*a);
    CHECK(r.added == 0);
    CHECK(r.skipped == 8);
    const auto listed = ArchiveQueries(*a).templates();
    REQUIRE(listed.size() == 8);
    CHECK(listed.front().builtIn);

    // Exchanged between two databases that both installed them: nothing to merge.
    std::ostringstream out;
    exportPackage(*a, out);
    PackagePlan plan = PackageImporter(*b).planText(out.str());
    REQUIRE(plan.ok());
    REQUIRE_FALSE(plan.counts().empty());
    for (const auto& [entity, actions] : plan.counts()) {
        INFO(entity);
        CHECK(actions.size() == 1);
        CHECK(actions.count(MergeAction::Unchanged) == 1);
    }
}

TEST_CASE("a built-in checklist item suggests the hazard category it usually reveals", "[checklists]")
{
    // resources/checklists/office.json and petrol.json
    CHECK(suggestedHazardCategory("灭火器数量充足、压力正常、摆放整齐") == HazardCategory::Fire);
    CHECK(suggestedHazardCategory("下班后关闭电脑及配套设备电源") == HazardCategory::Electrical);
    CHECK_FALSE(suggestedHazardCategory("自定义项目").has_value());
    for (const auto& c : builtInChecklists()) {
        REQUIRE(c.reveals.size() == c.items.size());
        for (size_t i = 0; i < c.items.size(); ++i) {
            INFO(c.key << ": " << c.items[i].text);
            CHECK(c.reveals[i].has_value());
        }
    }
}

TEST_CASE("a user's checklist file goes out and comes back", "[checklists]")
{
    auto source = smallDatabase();
    const std::string file = exportChecklists(*source);
    const auto doc = nlohmann::json::parse(file);
    REQUIRE(doc["templates"].size() == 1);
    CHECK(doc["templates"][0]["name"] == "机械企业检查表");
    CHECK(doc["templates"][0]["items"][1]["text"] == "灭火器在有效期内");

    auto target = emptyDatabase();
    ChecklistImportResult r = importChecklists(*target, file);
    CHECK(r.added == 1);
    const auto t = Repository<ChecklistTemplate>(*target).findByUuid(doc["templates"][0]["uuid"]);
    REQUIRE(t);
    CHECK_FALSE(t->builtIn);
    CHECK(target->connection().scalarInt("SELECT count(*) FROM template_item") == 2);
    CHECK(importChecklists(*target, file).skipped == 1);

    // Hand-written: no uuids, sector by its Chinese label.
    r = importChecklists(*target, R"({"format": "safeledger-checklists", "format_version": 1, "templates": [
        {"name": "小餐馆燃气检查表", "sector": "餐饮", "items": [{"category": "燃气", "text": "软管无老化"},
                                                           {"text": "安装燃气泄漏报警器"}]}]})");
    CHECK(r.added == 1);
    const auto mine = Repository<ChecklistTemplate>(*target).where("name = '小餐馆燃气检查表'");
    REQUIRE(mine.size() == 1);
    CHECK(mine[0].sector == Sector::Catering);
    CHECK(target->connection().scalarInt("SELECT count(*) FROM template_item WHERE template_id = " +
                                         std::to_string(mine[0].id)) == 2);
}

TEST_CASE("a broken checklist file is refused where it is broken, with nothing written", "[checklists]")
{
    auto db = emptyDatabase();
    auto refused = [&](const std::string& text, const std::string& pointer) {
        try {
            importChecklists(*db, text);
            FAIL("accepted");
        } catch (const Error& e) {
            INFO(e.what());
            CHECK(e.field() == pointer);
        }
        CHECK(db->connection().scalarInt("SELECT count(*) FROM checklist_template") == 0);
    };
    const std::string head = R"({"format": "safeledger-checklists", "format_version": 1, "templates": )";
    refused(R"({"format": "safeledger-exchange"})", "/format");
    refused(head + R"([{"name": "a", "items": []}, {"name": "", "items": []}]})", "/templates/1/name");
    refused(head + R"([{"name": "a", "items": [{"text": 5}]}]})", "/templates/0/items/0/text");
    refused(head + R"([{"name": "a", "sector": "太空", "items": []}]})", "/templates/0/sector");
    refused(head + R"([{"name": "a", "items": [{"text": "b", "reveals": "ghosts"}]}]})",
            "/templates/0/items/0/reveals");
    refused(head + R"([{"name": "a", "items": [], "colour": "red"}]})", "/templates/0/colour");
    refused(head + R"([{"uuid": "not-a-uuid", "name": "a", "items": []}]})", "/templates/0/uuid");
    refused(head + std::string(100, '[') + std::string(100, ']') + "}", "/templates/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0");
    refused(R"({"format": "safeledger-checklists", "format_version": 2, "templates": []})", "/format_version");
}
