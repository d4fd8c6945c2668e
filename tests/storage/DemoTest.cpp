#include "safeledger/core/Clock.h"
#include "safeledger/core/CreditCode.h"
#include "safeledger/core/Error.h"
#include "safeledger/core/Sha256.h"
#include "safeledger/demo/DemoBuilder.h"
#include "safeledger/storage/OrgService.h"

#include <catch2/catch.hpp>

#include <set>

using namespace safeledger;

namespace {

std::unique_ptr<Database> newDemo(const std::function<void(int)>& progress = {})
{
    auto db = Database::inMemory({FixedClock::at(demoToday()), "演示数据", demoSeed(), false});
    buildDemo(*db, progress);
    return db;
}

// Building takes a second or so; the read-only checks share one demo.
Database& demo()
{
    static const auto db = newDemo();
    return *db;
}

int64_t count(Database& db, const std::string& sql)
{
    return db.connection().scalarInt(sql);
}

// A digest of every row of a table, all columns included (uuids and timestamps too).
std::string digest(Database& db, const std::string& table)
{
    sql::Statement st(db.connection(), "SELECT * FROM " + table + " ORDER BY 1, 2");
    std::string all;
    while (st.step()) {
        for (int c = 0; c < st.columnCount(); ++c) {
            all += st.isNull(c) ? std::string("\x01") : st.text(c);
            all += '\x1f';
        }
        all += '\x1e';
    }
    return sha256Hex(reinterpret_cast<const uint8_t*>(all.data()), all.size());
}

const char* const kOpen = "status IN ('registered','rectifying','awaiting_verification')";

} // namespace

TEST_CASE("the demo is the same on every run", "[demo]")
{
    std::vector<int> percents;
    const auto again = newDemo([&](int p) { percents.push_back(p); });
    for (const char* table : {"org", "person", "certificate", "agreement", "inspection", "inspection_item", "hazard",
                              "rectification", "verification", "enforcement_document", "document_hazard", "penalty",
                              "accident", "activity", "attachment", "audit"}) {
        INFO(table);
        CHECK(digest(demo(), table) == digest(*again, table));
    }
    REQUIRE_FALSE(percents.empty());
    CHECK(percents.front() == 0);
    CHECK(percents.back() == 100);
    CHECK(std::is_sorted(percents.begin(), percents.end()));
}

TEST_CASE("the demo's town has villages, a park, departments, schools and about 150 units", "[demo]")
{
    Database& db = demo();
    CHECK(count(db, "SELECT count(*) FROM org WHERE parent_id IS NULL") == 1);
    CHECK(count(db, "SELECT count(*) FROM org WHERE parent_id IS NULL AND kind = 'town' AND name = '青山镇'") == 1);
    CHECK(count(db, "SELECT count(*) FROM org WHERE kind IN ('village','community')") == 10);
    CHECK(count(db, "SELECT count(*) FROM org WHERE kind = 'department'") >= 6);
    CHECK(count(db, "SELECT count(*) FROM org WHERE kind = 'school'") >= 3);
    CHECK(count(db, "SELECT count(*) FROM org WHERE kind = 'workshop'") >= 5);
    const int64_t units = count(db, "SELECT count(*) FROM org WHERE kind IN ('enterprise','business')");
    CHECK(units >= 140);
    CHECK(units <= 170);
    CHECK(count(db, "SELECT count(*) FROM org o JOIN org p ON p.id = o.parent_id "
                    "WHERE p.kind = 'park' AND o.kind = 'enterprise'") >= 18);
    // Every sector the brief names has units.
    for (const char* sector : {"manufacturing", "chemicals", "fireworks", "construction", "fuel_retail", "commerce",
                               "catering", "accommodation", "water_supply"}) {
        INFO(sector);
        CHECK(count(db, std::string("SELECT count(*) FROM org WHERE sector = '") + sector + "'") > 0);
    }
    CHECK(count(db, "SELECT count(*) FROM org o LEFT JOIN org p ON p.id = o.parent_id "
                    "WHERE o.path <> coalesce(p.path, '/') || o.id || '/'") == 0);
    sql::Statement codes(db.connection(), "SELECT credit_code FROM org WHERE credit_code <> ''");
    int64_t checked = 0;
    while (codes.step()) {
        INFO(codes.text(0));
        CHECK(CreditCode::isValid(codes.text(0)));
        ++checked;
    }
    CHECK(checked >= 150);
    CHECK(count(db, "SELECT count(DISTINCT credit_code) FROM org WHERE credit_code <> ''") == checked);
    CHECK(count(db, "SELECT count(*) FROM org WHERE kind IN ('enterprise','business') "
                    "AND (grid = '' OR supervisor = '' OR principal = '' OR risk_colour = '')") == 0);
    CHECK(count(db, "SELECT count(DISTINCT standard_grade) FROM org WHERE standard_grade <> ''") >= 4);
    // Certificates: most valid, some expired before the demo's today.
    CHECK(count(db, "SELECT count(*) FROM certificate WHERE expires_on < '2026-11-20'") > 0);
    CHECK(count(db, "SELECT count(*) FROM certificate WHERE expires_on >= '2026-11-20'") > 0);
}

TEST_CASE("the demo has hazards in every state, overdue ones and major ones under supervision", "[demo]")
{
    Database& db = demo();
    for (const auto& e : enumEntries<HazardStatus>()) {
        INFO(e.code);
        CHECK(count(db, std::string("SELECT count(*) FROM hazard WHERE status = '") + e.code + "'") > 0);
    }
    for (const char* year : {"2025", "2026"}) {
        INFO(year);
        const std::string in = std::string(" AND substr(found_on, 1, 4) = '") + year + "'";
        const int64_t found = count(db, "SELECT count(*) FROM hazard WHERE 1" + in);
        CHECK(found >= 600);
        CHECK(found <= 900);
        const int64_t onSpot = count(db, "SELECT count(*) FROM hazard WHERE mode = 'on_spot'" + in);
        CHECK(onSpot * 100 / found >= 50);
        CHECK(onSpot * 100 / found <= 70);
        CHECK(count(db, "SELECT count(DISTINCT category) FROM hazard WHERE 1" + in) == 13);
        CHECK(count(db, "SELECT count(*) FROM hazard WHERE grade = 'major'" + in) >= 3);
        CHECK(count(db, "SELECT count(*) FROM inspection WHERE substr(date, 1, 4) = '" + std::string(year) + "'") >=
              500);
    }
    CHECK(count(db, "SELECT count(*) FROM hazard WHERE found_on > '2026-11-20'") == 0);
    for (const auto& e : enumEntries<InspectionKind>()) {
        INFO(e.code);
        CHECK(count(db, std::string("SELECT count(*) FROM inspection WHERE kind = '") + e.code + "'") > 0);
    }
    for (const char* campaign :
         {"春节前安全大检查", "烟花爆竹专项检查", "打非治违专项行动", "安全生产月", "汛期安全检查"}) {
        INFO(campaign);
        CHECK(count(db, std::string("SELECT count(*) FROM inspection WHERE campaign = '") + campaign + "'") > 0);
    }
    CHECK(count(db, "SELECT count(*) FROM inspection WHERE json_array_length(inspectors) NOT BETWEEN 1 AND 3") == 0);
    // Overdue (逾期): the deadline has passed and the hazard is still open.
    CHECK(count(db, std::string("SELECT count(*) FROM hazard WHERE deadline < '2026-11-20' AND ") + kOpen) >= 5);
    // Failed verifications sent hazards back to rectification; some are still there.
    CHECK(count(db, "SELECT count(*) FROM verification WHERE passed = 0") >= 5);
    CHECK(count(db, "SELECT count(*) FROM hazard h WHERE status = 'rectifying' AND EXISTS "
                    "(SELECT 1 FROM verification v WHERE v.hazard_id = h.id AND v.passed = 0)") >= 1);
    CHECK(count(db, "SELECT count(*) FROM hazard WHERE status = 'voided' AND trim(void_reason) = ''") == 0);
    // Majors under listed supervision at town, county and city level.
    for (const char* level : {"town", "county", "city"}) {
        INFO(level);
        CHECK(count(db, std::string("SELECT count(*) FROM hazard WHERE grade = 'major' AND supervision = '") + level +
                            "'") > 0);
    }
    CHECK(count(db, "SELECT count(*) FROM hazard WHERE supervision <> '' AND grade <> 'major'") == 0);
    // The lifecycle's bookkeeping holds for every hazard.
    CHECK(count(db, "SELECT count(*) FROM hazard WHERE (status = 'closed') <> (closed_on IS NOT NULL)") == 0);
    CHECK(count(db, "SELECT count(*) FROM hazard h WHERE status = 'closed' AND NOT EXISTS (SELECT 1 FROM "
                    "verification v WHERE v.hazard_id = h.id AND v.passed = 1 AND v.date = h.closed_on)") == 0);
    CHECK(count(db, "SELECT count(*) FROM hazard WHERE mode = 'on_spot' AND status <> 'voided' "
                    "AND closed_on IS NOT found_on") == 0);
    CHECK(count(db,
                "SELECT count(*) FROM hazard WHERE mode <> 'on_spot' AND (deadline IS NULL OR deadline < found_on)") ==
          0);
    CHECK(count(db,
                "SELECT count(*) FROM hazard WHERE inspection_id IS NULL AND source IN ('public_report','snapshot')") >
          0);
}

TEST_CASE("the demo has agreements for both years, a few units still lacking one for 2026", "[demo]")
{
    Database& db = demo();
    CHECK(count(db, "SELECT count(*) FROM agreement WHERE year = 2025") >= 170);
    CHECK(count(db, "SELECT count(*) FROM agreement WHERE year = 2025 AND status <> 'assessed'") == 0);
    CHECK(count(db, "SELECT count(*) FROM agreement WHERE year = 2025 AND assessment_score IS NULL") == 0);
    CHECK(count(db, "SELECT count(*) FROM agreement WHERE year = 2026 AND status = 'signed'") >= 160);
    const int64_t lacking = count(db, "SELECT count(*) FROM agreement a WHERE a.year = 2025 AND NOT EXISTS (SELECT 1 "
                                      "FROM agreement b WHERE b.year = 2026 AND b.party_b_id = a.party_b_id AND "
                                      "b.status = 'signed')");
    CHECK(lacking >= 3);
    CHECK(lacking <= 10);
    CHECK(count(db, "SELECT count(DISTINCT kind) FROM agreement") >= 3);
}

TEST_CASE("the demo has every built-in checklist", "[demo]")
{
    Database& db = demo();
    const std::vector<std::pair<std::string, int>> expected = {
        {"园区企业日常安全检查表", 13}, {"安全生产大检查重点内容检查表", 8},
        {"办公场所安全自查表", 0},      {"烟花爆竹零售经营单位安全检查表", 0},
        {"加油站安全检查表", 0},        {"建筑施工现场安全检查表", 0},
        {"危险化学品企业安全检查表", 0}};
    for (const auto& [name, items] : expected) {
        INFO(name);
        sql::Statement st(db.connection(), "SELECT t.built_in, count(i.id), count(DISTINCT i.category) FROM "
                                           "checklist_template t JOIN template_item i ON i.template_id = t.id "
                                           "WHERE t.name = ?");
        st.bind(1, name);
        REQUIRE(st.step());
        CHECK(st.int64(0) == 1);
        CHECK(st.int64(1) >= (items ? items : 5));
        if (items) {
            CHECK(st.int64(1) == items);
        }
        CHECK(st.int64(2) >= 2); // grouped by category
    }
    CHECK(count(db, "SELECT count(*) FROM checklist_template WHERE built_in = 0") == 0);
    CHECK(count(db, "SELECT count(*) FROM inspection_item WHERE result = 'fail'") > 0);
    CHECK(count(db, "SELECT count(*) FROM inspection_item WHERE result = 'na'") > 0);
}

TEST_CASE("the demo has documents, accidents, penalties, activities and photos", "[demo]")
{
    Database& db = demo();
    for (const auto& e : enumEntries<DocumentKind>()) {
        INFO(e.code);
        CHECK(count(db, std::string("SELECT count(*) FROM enforcement_document d WHERE kind = '") + e.code +
                            "' AND EXISTS (SELECT 1 FROM document_hazard l WHERE l.document_id = d.id)") > 0);
    }
    CHECK(count(db, "SELECT count(*) FROM document_hazard l JOIN enforcement_document d ON d.id = l.document_id "
                    "JOIN hazard h ON h.id = l.hazard_id WHERE h.org_id <> d.org_id") == 0);
    CHECK(count(db, "SELECT count(*) FROM accident WHERE occurred_on LIKE '2025%' AND deaths > 0") == 1);
    CHECK(count(db, "SELECT count(*) FROM accident WHERE occurred_on LIKE '2026%'") <
          count(db, "SELECT count(*) FROM accident WHERE occurred_on LIKE '2025%'"));
    CHECK(count(db, "SELECT count(*) FROM accident WHERE occurred_on LIKE '2026%' AND deaths > 0") == 0);
    const int64_t penalties = count(db, "SELECT count(*) FROM penalty");
    CHECK(penalties >= 10);
    CHECK(penalties <= 15);
    CHECK(count(db, "SELECT count(*) FROM penalty WHERE amount_fen <= 0") == 0);
    for (const char* kind : {"training", "drill", "publicity", "meeting"}) {
        INFO(kind);
        CHECK(count(db, std::string("SELECT count(*) FROM activity WHERE kind = '") + kind + "'") > 0);
    }
    CHECK(count(db, "SELECT count(*) FROM activity WHERE kind = 'publicity' AND date LIKE '2026-06%'") >= 5);
    sql::Statement photos(db.connection(), "SELECT data, sha256, role, owner_table FROM attachment");
    int before = 0;
    int after = 0;
    while (photos.step()) {
        const auto data = photos.blob(0);
        REQUIRE(data.size() > 8);
        CHECK(data[0] == 0x89);
        CHECK(data[1] == 'P');
        CHECK(sha256Hex(data) == photos.text(1));
        CHECK(photos.text(3) == "hazard");
        (photos.text(2) == "before" ? before : after) += 1;
    }
    CHECK(before >= 5);
    CHECK(after >= 5);
}

TEST_CASE("the demo refuses a database that already holds units", "[demo]")
{
    auto db = Database::inMemory({FixedClock::at(demoToday()), "演示数据", demoSeed(), false});
    Organisation town;
    town.name = "白石镇";
    town.kind = OrgKind::Town;
    OrgService(*db).add(town);
    try {
        buildDemo(*db);
        FAIL("expected a refusal");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Validation);
    }
    CHECK(count(*db, "SELECT count(*) FROM org") == 1);
}
