// The audit trail's record text written straight from the column table (src/storage/RecordJson.h)
// must be the JSON tree's text, byte for byte: old audit rows and new ones are compared and
// hashed as text.
#include "RecordJson.h"
#include "TestSupport.h"
#include "safeledger/core/Clock.h"
#include "safeledger/demo/DemoBuilder.h"
#include "safeledger/storage/HazardService.h"

#include <catch2/catch.hpp>

using namespace safeledger;

namespace {

// Every record of type T in the database: the direct text against the tree's.
template <class T>
int64_t compareAll(Database& db)
{
    int64_t n = 0;
    for (const T& r : Repository<T>(db).where("1 = 1")) {
        nlohmann::json tree = Repository<T>::toJson(r);
        if (tree.contains("data") && tree["data"].is_string()) {
            tree["data"] = "(" + std::to_string(tree["data"].template get<std::string>().size() * 3 / 4) + " bytes)";
        }
        const std::string expected = tree.dump();
        const std::string written = recordjson::auditJson(r);
        if (written != expected) {
            FAIL_CHECK(tables::Def<T>::name << " " << r.uuid << ":\n" << written << "\n" << expected);
        }
        ++n;
    }
    return n;
}

} // namespace

TEST_CASE("the audit text of every record of the demo is the JSON tree's text", "[storage][audit]")
{
    auto db = Database::inMemory({FixedClock::at(demoToday()), "演示数据", demoSeed(), false});
    buildDemo(*db);
    CHECK(compareAll<Organisation>(*db) > 100);
    CHECK(compareAll<Person>(*db) > 0);
    CHECK(compareAll<Certificate>(*db) > 0);
    CHECK(compareAll<Agreement>(*db) > 0);
    CHECK(compareAll<ChecklistTemplate>(*db) > 0);
    CHECK(compareAll<TemplateItem>(*db) > 0);
    CHECK(compareAll<Inspection>(*db) > 0);
    CHECK(compareAll<InspectionItem>(*db) > 0);
    CHECK(compareAll<Hazard>(*db) > 100);
    CHECK(compareAll<Rectification>(*db) > 0);
    CHECK(compareAll<Verification>(*db) > 0);
    compareAll<ExtensionRequest>(*db);
    compareAll<EnforcementDocument>(*db);
    compareAll<Penalty>(*db);
    CHECK(compareAll<Accident>(*db) > 0);
    CHECK(compareAll<Activity>(*db) > 0);
    compareAll<Attachment>(*db);
    compareAll<ReportNote>(*db);
}

TEST_CASE("texts with quotes, controls and four-byte characters are escaped as the tree escapes them",
          "[storage][audit]")
{
    test::Fixture fx;
    Hazard h;
    h.orgId = fx.factory.id;
    h.foundOn = Date::fromParts(2025, 6, 1);
    h.deadline = Date::fromParts(2025, 6, 20);
    h.description =
        std::string("引号\"反斜杠\\ 制表\t换行\n回车\r退格\b换页\f 控制\x01\x1f 删除\x7f 表情😀 U+FFFF \xef\xbf\xbf");
    h.location = "";
    HazardService(*fx.db).registerHazard(h);
    CHECK(compareAll<Hazard>(*fx.db) == 1);
    CHECK(recordjson::auditJson(h).find("\\u0001\\u001f") != std::string::npos);

    // Not UTF-8 (a lone continuation byte, an overlong '/', a surrogate): the tree's way, which refuses it.
    for (const std::string& bad : {std::string("\x80"), std::string("\xc0\xaf"), std::string("\xed\xa0\x80")}) {
        Hazard b = h;
        b.description = "坏" + bad;
        CHECK_THROWS_AS(recordjson::auditJson(b), nlohmann::json::type_error);
    }
}
