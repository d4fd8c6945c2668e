// Broken and hostile packages are refused with a located, readable problem; nothing is written.
#include "ExchangeSupport.h"
#include "safeledger/core/Error.h"
#include "safeledger/exchange/PackageExporter.h"
#include "safeledger/exchange/PackageImporter.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

using namespace safeledger;
using namespace safeledger::test;
using nlohmann::json;

namespace {

const std::string& smallPackage()
{
    static const std::string text = [] {
        auto db = smallDatabase();
        std::ostringstream out;
        exportPackage(*db, out);
        return out.str();
    }();
    return text;
}

int64_t rowCount(Database& db)
{
    int64_t n = 0;
    for (const char* t : {"org", "hazard", "audit", "sync_state", "sync_package", "sync_conflict", "attachment"}) {
        n += db.connection().scalarInt(std::string("SELECT count(*) FROM ") + t);
    }
    return n;
}

// Plans `text` into a database that already holds records, expects a problem at `pointer` (a
// trailing '*' matches any continuation, "*" alone any place) whose message contains `words`, and
// proves that applying is refused and nothing changed.
void refused(const std::string& text, const std::string& pointer, const std::string& words)
{
    auto db = smallDatabase(77);
    const int64_t before = rowCount(*db);
    PackageImporter importer(*db);
    PackagePlan plan = importer.planText(text);
    REQUIRE_FALSE(plan.ok());
    bool found = false;
    std::string all;
    for (const auto& p : plan.problems()) {
        all += p.pointer + ": " + p.message.english() + "\n";
        const bool at = pointer == "*" || p.pointer == pointer ||
                        (pointer.back() == '*' && p.pointer.rfind(pointer.substr(0, pointer.size() - 1), 0) == 0);
        found = found || (at && p.message.english().find(words) != std::string::npos);
    }
    INFO(all);
    CHECK(found);
    CHECK_THROWS_AS(importer.apply(plan), Error);
    CHECK(rowCount(*db) == before);
}

json base()
{
    return json::parse(smallPackage());
}

} // namespace

TEST_CASE("a truncated or malformed document is refused", "[package][hostile]")
{
    const std::string& text = smallPackage();
    // A broken document is located where reading stopped.
    refused(text.substr(0, text.size() / 2), "*", "the JSON is broken");
    refused(text.substr(0, text.rfind("\n]")), "/audit/*", "unexpected end of input");
    refused("", "", "broken");
    refused("{\"format\": \"safeledger-exchange\", \"format_version\": 1,", "/format_version", "broken");
    refused("[]", "", "is a JSON object");
    refused("{\"format\": \"safeledger-exchange\"} trailing", "", "broken");
    std::string invalidUtf8 = text;
    invalidUtf8.replace(invalidUtf8.find("冲床防护罩缺失"), 3, "\xff\xfe\xfd");
    refused(invalidUtf8, "/records/hazard/0/description", "ill-formed UTF-8");
}

TEST_CASE("a document nested thousands deep is refused without exhausting the stack", "[package][hostile]")
{
    refused(std::string(100000, '[') + std::string(100000, ']'),
            "/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0", "nested more than 32 levels");
    json doc = base();
    json deep = json::array();
    for (int i = 0; i < 40; ++i) {
        deep = json::array({deep});
    }
    doc["records"]["hazard"][0]["description"] = deep;
    refused(doc.dump(), "/records/hazard/0/description/0/0/0/*", "nested more than 32 levels");
}

TEST_CASE("gigantic strings are refused", "[package][hostile]")
{
    json doc = base();
    doc["records"]["hazard"][0]["description"] = std::string(2u << 20, 'x');
    refused(doc.dump(), "/records/hazard/0/description", "longer than 1048576 bytes");
    doc = base();
    doc["source"]["operator"] = std::string(100u << 20, 'y');
    refused(doc.dump(), "/source/operator", "longer than the limit");
}

TEST_CASE("values of the wrong type are refused where they are", "[package][hostile]")
{
    json doc = base();
    doc["records"]["hazard"][0]["funds_fen"] = "1200";
    refused(doc.dump(), "/records/hazard/0/funds_fen", "must be a whole number");
    doc = base();
    doc["records"]["hazard"][1]["funds_fen"] = 12.5;
    refused(doc.dump(), "/records/hazard/1/funds_fen", "must be a whole number");
    doc = base();
    doc["records"]["org"][2]["version"] = -3;
    refused(doc.dump(), "/records/org/2/version", "1 or more");
    doc = base();
    doc["records"]["verification"][0]["passed"] = 1;
    refused(doc.dump(), "/records/verification/0/passed", "true or false");
    doc = base();
    doc["records"]["inspection"][0]["inspectors"] = "李安全";
    refused(doc.dump(), "/records/inspection/0/inspectors", "list of texts");
    doc = base();
    doc["records"]["hazard"][0]["grade"] = "严重";
    refused(doc.dump(), "/records/hazard/0/grade", "not one of the known codes");
    doc = base();
    doc["records"]["hazard"][0]["org"] = 3;
    refused(doc.dump(), "/records/hazard/0/org", "must be the UUID of a record");
    doc = base();
    doc["records"]["hazard"][0].erase("location");
    refused(doc.dump(), "/records/hazard/0/location", "is missing");
    doc = base();
    doc["records"]["hazard"][0]["org_id"] = 1;
    refused(doc.dump(), "/records/hazard/0/org_id", "not a field of a hazard record");
    doc = base();
    doc["records"]["hazard"] = json::object();
    refused(doc.dump(), "/records/hazard", "must be a list");
    doc = base();
    doc["records"]["penalty"][0] = "a penalty";
    refused(doc.dump(), "/records/penalty/0", "must be an object");
}

TEST_CASE("impossible dates and times are refused", "[package][hostile]")
{
    json doc = base();
    doc["records"]["hazard"][1]["found_on"] = "2024-02-30";
    refused(doc.dump(), "/records/hazard/1/found_on", "\"2024-02-30\" is not a valid date");
    doc = base();
    doc["records"]["hazard"][1]["deadline"] = "2026/12/31";
    refused(doc.dump(), "/records/hazard/1/deadline", "not a valid date");
    doc = base();
    doc["records"]["org"][0]["modified_at"] = "2026-11-20 09:00";
    refused(doc.dump(), "/records/org/0/modified_at", "is not a time");
    // A real date that breaks a rule: found after today (2026-11-20 in the tests).
    doc = base();
    doc["records"]["hazard"][1]["found_on"] = "2027-01-05";
    doc["records"]["hazard"][1]["deadline"] = "2027-02-05";
    refused(doc.dump(), "/records/hazard/1/found_on", "after today");
}

TEST_CASE("duplicate uuids and keys are refused", "[package][hostile]")
{
    json doc = base();
    doc["records"]["hazard"][1]["uuid"] = doc["records"]["hazard"][0]["uuid"];
    refused(doc.dump(), "/records/hazard/1/uuid", "already used at /records/hazard/0");
    doc = base();
    doc["records"]["penalty"][0]["uuid"] = doc["records"]["org"][0]["uuid"];
    refused(doc.dump(), "/records/penalty/0/uuid", "already used at /records/org/0");
    std::string text = smallPackage();
    const auto at = text.find("{\"address\"");
    REQUIRE(at != std::string::npos);
    text.insert(at + 1, "\"name\":\"重复\",");
    refused(text, "/records/org/0/name", "appears twice");
}

TEST_CASE("references to missing records are refused", "[package][hostile]")
{
    const std::string nowhere = "0b7d2a8e-1c4f-4e59-9a3b-6d5e4f3a2b1c";
    json doc = base();
    doc["records"]["hazard"][0]["org"] = nowhere;
    refused(doc.dump(), "/records/hazard/0/org", "neither in the package nor in this database");
    doc = base();
    doc["records"]["rectification"][0]["hazard"] = doc["records"]["org"][0]["uuid"];
    refused(doc.dump(), "/records/rectification/0/hazard", "is a org record");
    doc = base();
    doc["links"]["document_hazard"][0]["hazard"] = nowhere;
    refused(doc.dump(), "/links/document_hazard/0/hazard", "neither in the package");
    doc = base();
    doc["records"]["attachment"][0]["owner_table"] = "audit";
    refused(doc.dump(), "/records/attachment/0/owner_table", "cannot belong to \"audit\"");
    doc = base();
    doc["audit"][0]["entity_uuid"] = nowhere;
    refused(doc.dump(), "/audit/0/entity_uuid", "not in the package");
}

TEST_CASE("records that break the product's rules are refused", "[package][hostile]")
{
    json doc = base();
    // The town made a child of its own village: a cycle.
    doc["records"]["org"][0]["parent"] = doc["records"]["org"][1]["uuid"];
    refused(doc.dump(), "/records/org/0/parent", "below itself");
    doc = base();
    doc["records"]["attachment"][0]["data"] = "AAAA";
    refused(doc.dump(), "/records/attachment/0/sha256", "does not match");
    doc = base();
    doc["records"]["verification"] = json::array();
    doc["audit"] = json::array();
    refused(doc.dump(), "/records/hazard/0/closed_on", "needs a passed verification");
    doc = base();
    doc["records"]["hazard"][1]["supervision"] = "county";
    doc["records"]["hazard"][1]["grade"] = "general";
    refused(doc.dump(), "/records/hazard/1/supervision", "only a major hazard");
    doc = base();
    doc["records"]["org"][2]["credit_code"] = "91330522MA2B3C4D5X";
    refused(doc.dump(), "/records/org/2/credit_code", "check character");
}

TEST_CASE("what is not a package of this version is refused", "[package][hostile]")
{
    json doc = base();
    doc["format"] = "someone-elses-format";
    refused(doc.dump(), "/format", "not a SafeLedger exchange package");
    doc = base();
    doc["format_version"] = 3;
    refused(doc.dump(), "/format_version", "newer SafeLedger");
    doc = base();
    doc["records"]["spaceship"] = json::array({json::object()});
    refused(doc.dump(), "/records/spaceship", "not a kind of record");
    doc = base();
    doc["extra"] = true;
    refused(doc.dump(), "/extra", "not part of an exchange package");
    doc = base();
    doc.erase("package_id");
    refused(doc.dump(), "/package_id", "must be a UUID");
}

TEST_CASE("the problem list is bounded", "[package][hostile]")
{
    json doc = base();
    json hazard = doc["records"]["hazard"][1];
    hazard["found_on"] = "2024-13-01";
    for (int i = 0; i < 500; ++i) {
        hazard["uuid"] =
            "00000000-0000-4000-8000-" + std::string(12 - std::to_string(i).size(), '0') + std::to_string(i);
        doc["records"]["hazard"].push_back(hazard);
    }
    auto db = emptyDatabase();
    PackagePlan plan = PackageImporter(*db).planText(doc.dump());
    CHECK(plan.problems().size() == 200);
    CHECK(plan.problemsOmitted() == 300);
}

TEST_CASE("a campaign's phases are read as phases or refused where they are", "[package][hostile]")
{
    const auto withCampaign = [](const json& phases) {
        json doc = base();
        doc["records"]["campaign"] = json::array({json{{"uuid", "3f6c1d2e-8a4b-4c5d-9e6f-0a1b2c3d4e5f"},
                                                       {"created_at", "2025-03-01T01:00:00Z"},
                                                       {"modified_at", "2025-03-01T01:00:00Z"},
                                                       {"version", 1},
                                                       {"void_reason", ""},
                                                       {"voided_at", ""},
                                                       {"name", "燃气安全专项整治"},
                                                       {"document", "青安委〔2025〕3号"},
                                                       {"lead_org", doc["records"]["org"][0]["uuid"]},
                                                       {"starts_on", "2025-03-01"},
                                                       {"ends_on", "2025-05-31"},
                                                       {"phases", phases},
                                                       {"sectors", json::array({"catering"})},
                                                       {"note", ""}}});
        return doc;
    };
    // Well formed, it is planned for import like any record.
    {
        auto db = smallDatabase(77);
        PackageImporter importer(*db);
        const json good =
            withCampaign(json::array({{{"name", "动员部署"}, {"starts_on", "2025-03-01"}, {"ends_on", "2025-03-10"}}}));
        const PackagePlan plan = importer.planText(good.dump());
        for (const auto& p : plan.problems()) {
            INFO(p.pointer << ": " << p.message.english());
        }
        REQUIRE(plan.ok());
        CHECK(plan.counts().at("campaign").at(MergeAction::Insert) == 1);
    }
    refused(withCampaign("动员部署 3月1日至10日").dump(), "/records/campaign/0/phases", "must be a list of phases");
    refused(withCampaign(json::array({{{"name", "动员部署"}, {"starts_on", "2025-03-01"}}})).dump(),
            "/records/campaign/0/phases", "must be a list of phases");
    refused(withCampaign(json::array({{{"name", "动员部署"}, {"starts_on", "2025-02-20"}, {"ends_on", "2025-03-10"}}}))
                .dump(),
            "/records/campaign/0/*", "not within the campaign's days");
}
