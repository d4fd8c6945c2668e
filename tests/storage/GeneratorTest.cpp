#include "safeledger/demo/Generator.h"
#include "safeledger/core/Clock.h"
#include "safeledger/core/CreditCode.h"
#include "safeledger/core/Error.h"
#include "safeledger/core/Sha256.h"
#include "safeledger/core/Uuid.h"
#include "safeledger/storage/OrgService.h"

#include <catch2/catch.hpp>

#include <map>

using namespace safeledger;

namespace {

const Date kToday = Date::fromParts(2026, 11, 20);

std::unique_ptr<Database> emptyDatabase(uint64_t uuidSeed = 7)
{
    return Database::inMemory({FixedClock::at(kToday), "generator", uuidSeed, false});
}

GenerateOptions small()
{
    GenerateOptions o;
    o.orgs = 200;
    o.hazards = 5000;
    o.years = 3;
    o.seed = 11;
    return o;
}

// One small generated database shared by the read-only checks.
Database& generated()
{
    static const auto db = [] {
        auto d = emptyDatabase();
        generate(*d, small());
        return d;
    }();
    return *db;
}

int64_t count(Database& db, const std::string& sql)
{
    return db.connection().scalarInt(sql);
}

std::string digest(Database& db, const std::string& table)
{
    sql::Statement st(db.connection(), "SELECT * FROM " + table + " ORDER BY 1, 2");
    std::string all;
    while (st.step()) {
        for (int c = 0; c < st.columnCount(); ++c) {
            all += st.isNull(c) ? std::string("\x01") : st.text(c);
            all += '\x1f';
        }
    }
    return sha256Hex(reinterpret_cast<const uint8_t*>(all.data()), all.size());
}

template <class E>
void checkCodes(Database& db, const std::string& table, const std::string& column)
{
    INFO(table << "." << column);
    sql::Statement st(db.connection(), "SELECT DISTINCT " + column + " FROM " + table);
    while (st.step()) {
        const std::string code = st.text(0);
        INFO(code);
        const auto value = enumFromText<E>(code);
        REQUIRE(value.has_value());
        CHECK(code == toCode(*value));
    }
}

Error::Kind refusal(const GenerateOptions& o, const char* field)
{
    auto db = emptyDatabase();
    try {
        generate(*db, o);
    } catch (const Error& e) {
        CHECK(e.field() == field);
        CHECK(count(*db, "SELECT count(*) FROM org") == 0);
        return e.kind();
    }
    FAIL("expected a refusal for " << field);
    return Error::Kind::Storage;
}

const char* const kTables[] = {
    "org",        "person",          "certificate", "agreement",     "checklist_template", "template_item",
    "inspection", "inspection_item", "hazard",      "rectification", "verification",       "enforcement_document",
    "penalty",    "accident",        "activity"};

} // namespace

TEST_CASE("the generator makes exactly the requested numbers", "[generator]")
{
    Database& db = generated();
    CHECK(count(db, "SELECT count(*) FROM org") == 200);
    CHECK(count(db, "SELECT count(*) FROM hazard") == 5000);
    CHECK(count(db, "SELECT count(*) FROM inspection") == 1500); // hazards * 3 / 10

    auto other = emptyDatabase();
    GenerateOptions o = small();
    o.orgs = 57;
    o.hazards = 1234;
    o.inspections = 700;
    o.years = 2;
    generate(*other, o);
    CHECK(count(*other, "SELECT count(*) FROM org") == 57);
    CHECK(count(*other, "SELECT count(*) FROM hazard") == 1234);
    CHECK(count(*other, "SELECT count(*) FROM inspection") == 700);
    CHECK(count(*other, "SELECT count(*) FROM hazard WHERE found_on < '2025-01-01'") == 0);

    // Fifty years back from 2026: from 1977 on; agreements (a rule of the core) from 1990 on.
    auto longRun = emptyDatabase();
    o.orgs = 20;
    o.hazards = 500;
    o.inspections = -1;
    o.years = 50;
    generate(*longRun, o);
    CHECK(count(*longRun, "SELECT count(*) FROM hazard") == 500);
    CHECK(count(*longRun, "SELECT count(*) FROM hazard WHERE found_on < '1977-01-01'") == 0);
    CHECK(count(*longRun, "SELECT min(year) FROM agreement") == 1990);
}

TEST_CASE("the generated tree has the shape of the demo and valid paths", "[generator]")
{
    Database& db = generated();
    CHECK(count(db, "SELECT count(*) FROM org WHERE parent_id IS NULL") == 1);
    CHECK(count(db, "SELECT count(*) FROM org WHERE parent_id IS NULL AND kind = 'county' AND path = '/1/'") == 1);
    for (const char* kind :
         {"town", "village", "community", "park", "department", "school", "enterprise", "business", "workshop"}) {
        INFO(kind);
        CHECK(count(db, std::string("SELECT count(*) FROM org WHERE kind = '") + kind + "'") > 0);
    }
    CHECK(count(db, "SELECT count(*) FROM org o LEFT JOIN org p ON p.id = o.parent_id "
                    "WHERE o.path <> coalesce(p.path, '/') || o.id || '/'") == 0);
    CHECK(count(db, "SELECT count(*) FROM org WHERE parent_id IS NOT NULL AND parent_id >= id") == 0);
    // Every credit code is valid and unique.
    sql::Statement codes(db.connection(), "SELECT credit_code FROM org WHERE credit_code <> ''");
    int64_t n = 0;
    while (codes.step()) {
        INFO(codes.text(0));
        CHECK(CreditCode::isValid(codes.text(0)));
        ++n;
    }
    CHECK(n > 100);
    CHECK(count(db, "SELECT count(DISTINCT credit_code) FROM org WHERE credit_code <> ''") == n);
    // The tiniest county: one town, which is then inspected itself.
    auto tiny = emptyDatabase();
    GenerateOptions o;
    o.orgs = 2;
    o.hazards = 50;
    o.years = 1;
    generate(*tiny, o);
    CHECK(count(*tiny, "SELECT count(*) FROM org WHERE kind = 'town' AND path = '/1/2/'") == 1);
    CHECK(count(*tiny, "SELECT count(*) FROM hazard WHERE org_id = 2") == 50);
}

TEST_CASE("generated hazards keep the lifecycle's invariants", "[generator]")
{
    Database& db = generated();
    const std::string today = "'" + kToday.toString() + "'";
    for (const auto& e : enumEntries<HazardStatus>()) {
        INFO(e.code);
        CHECK(count(db, std::string("SELECT count(*) FROM hazard WHERE status = '") + e.code + "'") > 0);
    }
    CHECK(count(db, "SELECT count(*) FROM hazard WHERE (status = 'closed') <> (closed_on IS NOT NULL)") == 0);
    CHECK(count(db, "SELECT count(*) FROM hazard h WHERE status = 'closed' AND NOT EXISTS (SELECT 1 FROM "
                    "verification v WHERE v.hazard_id = h.id AND v.passed = 1 AND v.date = h.closed_on)") == 0);
    CHECK(count(db, "SELECT count(*) FROM hazard h WHERE status <> 'closed' AND EXISTS (SELECT 1 FROM "
                    "verification v WHERE v.hazard_id = h.id AND v.passed = 1)") == 0);
    CHECK(count(db, "SELECT count(*) FROM hazard WHERE deadline IS NULL OR deadline < found_on") == 0);
    CHECK(count(db, "SELECT count(*) FROM hazard WHERE mode = 'on_spot' AND status <> 'voided' "
                    "AND (closed_on IS NOT found_on OR deadline <> found_on)") == 0);
    CHECK(count(db, "SELECT count(*) FROM hazard WHERE (status = 'voided') <> (voided_at <> '')") == 0);
    CHECK(count(db, "SELECT count(*) FROM hazard WHERE voided_at <> '' AND trim(void_reason) = ''") == 0);
    CHECK(count(db, "SELECT count(*) FROM hazard WHERE supervision <> '' AND grade <> 'major'") == 0);
    CHECK(count(db, "SELECT count(*) FROM hazard WHERE grade = 'major'") > 0);
    CHECK(count(db, std::string("SELECT count(*) FROM hazard WHERE deadline < ") + today +
                        " AND status IN ('registered','rectifying','awaiting_verification')") > 0);
    CHECK(count(db, "SELECT count(*) FROM verification WHERE passed = 0") > 0);
    // No event after today and none before the hazard was found.
    for (const char* sql :
         {"SELECT count(*) FROM hazard WHERE found_on > ", "SELECT count(*) FROM hazard WHERE closed_on > ",
          "SELECT count(*) FROM rectification WHERE date > ", "SELECT count(*) FROM verification WHERE date > ",
          "SELECT count(*) FROM inspection WHERE date > ", "SELECT count(*) FROM agreement WHERE signed_on > ",
          "SELECT count(*) FROM agreement WHERE assessed_on > ", "SELECT count(*) FROM accident WHERE occurred_on > ",
          "SELECT count(*) FROM accident WHERE substr(reported_at, 1, 10) > ",
          "SELECT count(*) FROM penalty WHERE decided_on > ", "SELECT count(*) FROM activity WHERE date > ",
          "SELECT count(*) FROM enforcement_document WHERE issued_on > "}) {
        INFO(sql);
        CHECK(count(db, sql + today) == 0);
    }
    CHECK(count(db, "SELECT count(*) FROM rectification r JOIN hazard h ON h.id = r.hazard_id "
                    "WHERE r.date < h.found_on") == 0);
    CHECK(count(db, "SELECT count(*) FROM verification v JOIN hazard h ON h.id = v.hazard_id "
                    "WHERE v.date < h.found_on") == 0);
    CHECK(count(db, "SELECT count(*) FROM hazard h JOIN inspection i ON i.id = h.inspection_id "
                    "WHERE h.found_on <> i.date OR h.org_id <> i.org_id") == 0);
    CHECK(count(db, "SELECT count(*) FROM document_hazard l JOIN enforcement_document d ON d.id = l.document_id "
                    "JOIN hazard h ON h.id = l.hazard_id WHERE h.org_id <> d.org_id") == 0);
    CHECK(count(db, "SELECT count(*) FROM inspection WHERE json_valid(inspectors) = 0 OR "
                    "json_array_length(inspectors) NOT BETWEEN 1 AND 3") == 0);
    CHECK(count(db, "SELECT count(*) FROM agreement WHERE status <> 'draft' AND signed_on IS NULL") == 0);
}

TEST_CASE("generated rows have valid codes, unique uuids and intact references", "[generator]")
{
    Database& db = generated();
    checkCodes<OrgKind>(db, "org", "kind");
    checkCodes<Sector>(db, "org", "sector");
    checkCodes<Scale>(db, "org", "scale");
    checkCodes<RiskColour>(db, "org", "risk_colour");
    checkCodes<StandardGrade>(db, "org", "standard_grade");
    checkCodes<CertificateKind>(db, "certificate", "kind");
    checkCodes<AgreementKind>(db, "agreement", "kind");
    checkCodes<AgreementStatus>(db, "agreement", "status");
    checkCodes<Sector>(db, "checklist_template", "sector");
    checkCodes<InspectionKind>(db, "inspection", "kind");
    checkCodes<ItemResult>(db, "inspection_item", "result");
    checkCodes<HazardCategory>(db, "hazard", "category");
    checkCodes<HazardGrade>(db, "hazard", "grade");
    checkCodes<RiskColour>(db, "hazard", "risk_colour");
    checkCodes<HazardSource>(db, "hazard", "source");
    checkCodes<RectificationMode>(db, "hazard", "mode");
    checkCodes<SupervisionLevel>(db, "hazard", "supervision");
    checkCodes<HazardStatus>(db, "hazard", "status");
    checkCodes<DocumentKind>(db, "enforcement_document", "kind");
    checkCodes<AccidentType>(db, "accident", "type");
    checkCodes<ActivityKind>(db, "activity", "kind");
    for (const char* table : kTables) {
        INFO(table);
        CHECK(count(db, std::string("SELECT count(*) FROM ") + table) > 0);
        sql::Statement st(db.connection(), std::string("SELECT uuid FROM ") + table);
        bool valid = true;
        while (st.step()) {
            valid = valid && UuidGenerator::isValid(st.text(0));
        }
        CHECK(valid);
    }
    // Unique across the whole database, not only within a table.
    std::string all;
    for (const char* table : kTables) {
        all += std::string(all.empty() ? "" : " UNION ALL ") + "SELECT uuid FROM " + table;
    }
    CHECK(count(db, "SELECT count(*) FROM (" + all + ")") ==
          count(db, "SELECT count(DISTINCT uuid) FROM (" + all + ")"));
    sql::Statement fk(db.connection(), "PRAGMA foreign_key_check");
    CHECK_FALSE(fk.step());
    // One audit row per table, saying what was generated; none per record, except the built-in
    // checklists, installed as the program installs them (each with its own "create" row).
    CHECK(count(db, "SELECT count(*) FROM audit WHERE action <> 'generate'") ==
          count(db, "SELECT count(*) FROM checklist_template") + count(db, "SELECT count(*) FROM template_item"));
    CHECK(count(db, "SELECT count(*) FROM audit WHERE action <> 'generate' AND (action <> 'create' OR entity NOT IN "
                    "('checklist_template', 'template_item'))") == 0);
    CHECK(count(db, "SELECT count(*) FROM audit WHERE action = 'generate'") ==
          count(db, "SELECT count(DISTINCT entity) FROM audit WHERE action = 'generate'"));
    CHECK(count(db, "SELECT count(*) FROM checklist_template WHERE built_in = 1") == 8);
    CHECK(count(db, "SELECT json_extract(after, '$.rows') FROM audit WHERE entity = 'hazard'") == 5000);
    // Agreements every year; some units still lack this year's.
    for (int year = 2024; year <= 2026; ++year) {
        INFO(year);
        CHECK(count(db, "SELECT count(*) FROM agreement WHERE year = " + std::to_string(year)) > 150);
    }
    CHECK(count(db, "SELECT count(*) FROM agreement WHERE year = 2025 AND status <> 'assessed'") == 0);
    CHECK(count(db, "SELECT count(*) FROM agreement WHERE year = 2026") < 199);
}

TEST_CASE("the generator is deterministic for a seed", "[generator]")
{
    auto again = emptyDatabase();
    std::map<std::string, int> last;
    int previous = -1;
    bool increasing = true;
    generate(*again, small(), [&](const std::string& stage, int percent) {
        increasing = increasing && percent > previous;
        previous = percent;
        last[stage] = percent;
    });
    CHECK(increasing);
    CHECK(previous == 100);
    CHECK(last.count("done") == 1);
    for (const char* table : {"org", "inspection", "hazard", "verification", "agreement"}) {
        INFO(table);
        CHECK(digest(generated(), table) == digest(*again, table));
    }
    auto otherSeed = emptyDatabase();
    GenerateOptions o = small();
    o.seed = 12;
    generate(*otherSeed, o);
    CHECK(digest(generated(), "hazard") != digest(*otherSeed, "hazard"));
}

TEST_CASE("the generator refuses nonsense options and a non-empty database", "[generator]")
{
    GenerateOptions o = small();
    o.orgs = 1;
    CHECK(refusal(o, "orgs") == Error::Kind::Validation);
    o.orgs = -5;
    CHECK(refusal(o, "orgs") == Error::Kind::Validation);
    o = small();
    o.hazards = -1;
    CHECK(refusal(o, "hazards") == Error::Kind::Validation);
    o = small();
    o.years = 0;
    CHECK(refusal(o, "years") == Error::Kind::Validation);
    o.years = 51;
    CHECK(refusal(o, "years") == Error::Kind::Validation);
    o = small();
    o.inspections = -2;
    CHECK(refusal(o, "inspections") == Error::Kind::Validation);

    auto db = emptyDatabase();
    CHECK(OrgService(*db).isEmpty());
    Organisation town;
    town.name = "青山镇";
    town.kind = OrgKind::Town;
    OrgService(*db).add(town);
    CHECK_FALSE(OrgService(*db).isEmpty());
    CHECK_THROWS_AS(generate(*db, small()), Error);
    CHECK(count(*db, "SELECT count(*) FROM org") == 1);
    OrgService(*db).voidUnit(town, "录入错误");
    CHECK_FALSE(OrgService(*db).isEmpty()); // a voided unit is still the ledger's
    CHECK_THROWS_AS(generate(*db, small()), Error);

    // Inside a caller's transaction the generator leaves the committing to the caller.
    auto nested = emptyDatabase();
    o = small();
    o.orgs = 30;
    o.hazards = 300;
    nested->write([&] { generate(*nested, o); });
    CHECK(count(*nested, "SELECT count(*) FROM hazard") == 300);

    // Zero hazards (and so zero inspections) is a valid, if quiet, county.
    auto quiet = emptyDatabase();
    o = small();
    o.hazards = 0;
    generate(*quiet, o);
    CHECK(count(*quiet, "SELECT count(*) FROM hazard") == 0);
    CHECK(count(*quiet, "SELECT count(*) FROM inspection") == 0);
    CHECK(count(*quiet, "SELECT count(*) FROM org") == 200);
}
