// Database → package → empty database: the same records, byte for byte, on the demo database;
// and a package of a scope and period carries exactly what it should.
#include "ExchangeSupport.h"
#include "safeledger/core/Error.h"
#include "safeledger/exchange/PackageExporter.h"
#include "safeledger/exchange/PackageImporter.h"
#include "safeledger/storage/Checker.h"
#include "safeledger/storage/OrgService.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

using namespace safeledger;
using namespace safeledger::test;

namespace {

const char* const kRecordTables[] = {"org",
                                     "person",
                                     "certificate",
                                     "agreement",
                                     "checklist_template",
                                     "template_item",
                                     "inspection",
                                     "inspection_item",
                                     "hazard",
                                     "rectification",
                                     "verification",
                                     "extension_request",
                                     "enforcement_document",
                                     "document_hazard",
                                     "penalty",
                                     "accident",
                                     "activity",
                                     "campaign",
                                     "grid",
                                     "grid_member",
                                     "inspection_plan",
                                     "attachment"};

std::string exportText(Database& db, const PackageExportOptions& options = {})
{
    std::ostringstream out;
    exportPackage(db, out, options);
    return out.str();
}

int64_t count(Database& db, const std::string& sql)
{
    return db.connection().scalarInt(sql);
}

// Everything an import could touch, to prove that a second import changes nothing.
std::vector<std::vector<std::string>> everything(Database& db)
{
    std::vector<std::vector<std::string>> all;
    for (const char* t : kRecordTables) {
        for (auto& r : rows(db, t)) {
            all.push_back(std::move(r));
        }
    }
    for (const char* t : {"audit", "sync_state", "sync_package", "sync_conflict"}) {
        for (auto& r : rows(db, t)) {
            all.push_back(std::move(r));
        }
    }
    return all;
}

} // namespace

TEST_CASE("the demo database goes through a package into an empty database unchanged", "[package]")
{
    TempDir dir;
    auto demo = demoCopy(dir.path("demo.db"));
    const std::string text = exportText(*demo);

    auto copy = emptyDatabase();
    PackageImporter importer(*copy);
    PackagePlan plan = importer.planText(text);
    for (const auto& p : plan.problems()) {
        INFO(p.pointer << ": " << p.message.english());
    }
    REQUIRE(plan.ok());
    CHECK(plan.conflicts().empty());
    const auto counts = plan.counts();
    CHECK(counts.at("hazard").at(MergeAction::Insert) == count(*demo, "SELECT count(*) FROM hazard"));
    CHECK(counts.at("org").at(MergeAction::Insert) == count(*demo, "SELECT count(*) FROM org"));
    const PackageImportResult result = importer.apply(plan);
    CHECK(result.inserted == plan.recordCount());
    CHECK(result.links == count(*demo, "SELECT count(*) FROM document_hazard"));

    // Every column of every row, ids and org paths included (an empty database takes the rows in
    // the same order), compared with its storage class.
    for (const char* table : kRecordTables) {
        INFO(table);
        const auto expected = rows(*demo, table);
        const auto actual = rows(*copy, table);
        REQUIRE(actual.size() == expected.size());
        CHECK(actual == expected);
    }
    // The photos came along with their bytes (compared above) and still match their hashes.
    CHECK(count(*copy, "SELECT count(*) FROM attachment") > 0);
    // The demo's three extension requests (approved, refused, pending) came along too.
    CHECK(count(*copy, "SELECT count(*) FROM extension_request") == 3);
    CHECK(checkDatabase(*copy).ok());

    // The history came along (as the demo wrote it), and each import wrote its own audit row.
    const int64_t demoAudit = count(*demo, "SELECT count(*) FROM audit WHERE entity_uuid <> ''");
    CHECK(count(*copy, "SELECT count(*) FROM audit WHERE action <> 'import'") == demoAudit);
    CHECK(count(*copy, "SELECT count(*) FROM audit WHERE action = 'import'") == result.inserted);

    // Exported again from the copy: the same records, byte for byte.
    const auto recordsOf = [](const std::string& package) {
        return nlohmann::json::parse(package).at("records").dump();
    };
    CHECK(recordsOf(exportText(*copy)) == recordsOf(exportText(*demo)));
}

TEST_CASE("importing the same package twice changes nothing the second time", "[package]")
{
    auto source = smallDatabase();
    const std::string text = exportText(*source);
    auto target = emptyDatabase();
    PackageImporter importer(*target);
    importer.apply(importer.planText(text));
    const auto before = everything(*target);

    PackagePlan again = importer.planText(text);
    REQUIRE(again.ok());
    CHECK_FALSE(again.info().alreadyImportedAt.empty());
    for (const auto& [entity, actions] : again.counts()) {
        INFO(entity);
        CHECK(actions.size() == 1);
        CHECK(actions.count(MergeAction::Unchanged) == 1);
    }
    CHECK(again.auditEntriesNew() == 0);
    CHECK(again.linksNew() == 0);
    const PackageImportResult result = importer.apply(again);
    CHECK(result.inserted == 0);
    CHECK(result.updated == 0);
    CHECK(result.auditEntries == 0);
    CHECK(everything(*target) == before);
}

TEST_CASE("a package of one village and one year carries its records and what they need", "[package]")
{
    TempDir dir;
    auto demo = demoCopy(dir.path("demo.db"));
    // The village with the most hazards found in 2026.
    sql::Statement pick(demo->connection(),
                        "SELECT v.id, v.path FROM org v JOIN org u ON u.path >= v.path AND u.path < "
                        "substr(v.path, 1, length(v.path) - 1) || '0' JOIN hazard h ON h.org_id = u.id "
                        "WHERE v.kind = 'village' AND h.found_on BETWEEN '2026-01-01' AND '2026-12-31' "
                        "GROUP BY v.id ORDER BY count(*) DESC LIMIT 1");
    REQUIRE(pick.step());
    const int64_t village = pick.int64(0);
    const std::string path = pick.text(1);
    const std::string high = path.substr(0, path.size() - 1) + "0";

    PackageExportOptions options;
    options.orgId = village;
    options.from = Date::fromParts(2026, 1, 1);
    options.to = Date::fromParts(2026, 12, 31);
    const std::string text = exportText(*demo, options);
    const nlohmann::json package = nlohmann::json::parse(text);
    CHECK(package["scope"]["from"] == "2026-01-01");

    auto scalar = [&](const std::string& sql) {
        sql::Statement st(demo->connection(), sql);
        st.bindAll(path, high);
        st.step();
        return st.int64(0);
    };
    const int64_t hazards = scalar("SELECT count(*) FROM hazard h JOIN org o ON o.id = h.org_id WHERE o.path >= ? "
                                   "AND o.path < ? AND h.found_on BETWEEN '2026-01-01' AND '2026-12-31'");
    REQUIRE(hazards > 0);
    // Hazards listed by a document of the village are brought along even when found before 2026.
    const int64_t listed = scalar(
        "SELECT count(DISTINCT h.id) FROM enforcement_document d JOIN org o ON o.id = d.org_id "
        "JOIN document_hazard dh ON dh.document_id = d.id JOIN hazard h ON h.id = dh.hazard_id WHERE o.path >= ? "
        "AND o.path < ? AND d.issued_on BETWEEN '2026-01-01' AND '2026-12-31' AND h.found_on < '2026-01-01'");
    CHECK(package["records"]["hazard"].size() == static_cast<size_t>(hazards + listed));
    const int64_t units = scalar("SELECT count(*) FROM org WHERE path >= ? AND path < ?");
    // The village's units plus the town above it (and nothing from other villages, unless an
    // agreement names one).
    CHECK(package["records"]["org"].size() >= static_cast<size_t>(units + 1));
    for (const auto& h : package["records"]["hazard"]) {
        CHECK(h["found_on"].get<std::string>() <= "2026-12-31");
    }
    CHECK(package["records"]["checklist_template"].size() == 8);
    // The town's campaigns of 2026 come along: the village's inspections are counted in them.
    const int64_t campaigns = count(*demo, "SELECT count(*) FROM campaign WHERE starts_on <= '2026-12-31' "
                                           "AND ends_on >= '2026-01-01' AND lead_org_id IN (SELECT id FROM org "
                                           "WHERE parent_id IS NULL)");
    CHECK(campaigns == 11);
    REQUIRE(package["records"]["campaign"].size() == static_cast<size_t>(campaigns));
    CHECK(package["records"]["campaign"][0]["lead_org"].is_string());

    // It stands on its own: it imports into an empty database and passes every check.
    auto target = emptyDatabase();
    PackageImporter importer(*target);
    PackagePlan plan = importer.planText(text);
    for (const auto& p : plan.problems()) {
        INFO(p.pointer << ": " << p.message.english());
    }
    REQUIRE(plan.ok());
    importer.apply(plan);
    CHECK(count(*target, "SELECT count(*) FROM hazard") == hazards + listed);
    CHECK(count(*target, "SELECT count(*) FROM campaign") == campaigns);
    CHECK(checkDatabase(*target).ok());
}

TEST_CASE("a package written to a file is complete or absent", "[package]")
{
    TempDir dir;
    auto db = smallDatabase();
    const PackageExportSummary summary = exportPackageFile(*db, dir.path("out.json"));
    CHECK(summary.records.at("hazard") == 2);
    CHECK(summary.records.at("org") == 4);
    CHECK(summary.links == 2);
    CHECK(summary.statesRecorded);
    CHECK_FALSE(std::filesystem::exists(dir.path("out.json.part")));
    const auto doc = nlohmann::json::parse(readFile(dir.path("out.json")));
    CHECK(doc["format"] == "safeledger-exchange");
    CHECK(doc["format_version"] == 2);
    CHECK(doc["package_id"] == summary.packageId);
    // References are UUIDs, never local ids.
    const auto& hazard = doc["records"]["hazard"][0];
    CHECK(hazard.contains("org"));
    CHECK_FALSE(hazard.contains("org_id"));
    CHECK(hazard["funds_fen"] == 120050);
    CHECK_FALSE(doc["records"]["org"][0].contains("path"));
    CHECK_THROWS_AS(exportPackageFile(*db, dir.path("no/such/folder/out.json")), Error);
}

TEST_CASE("a package whose lists come in another order imports the same records", "[package]")
{
    // A tool that rewrites the package sorts its keys: the history and the links before the
    // records, accidents before units, hazards before inspections. The import reads the document
    // again until every list has been written after the lists it refers to.
    TempDir dir;
    auto demo = demoCopy(dir.path("demo.db"));
    const std::string sorted = nlohmann::json::parse(exportText(*demo)).dump();
    REQUIRE(sorted.find("\"audit\"") < sorted.find("\"records\""));
    REQUIRE(sorted.find("\"hazard\":[") < sorted.find("\"inspection\":["));

    auto copy = emptyDatabase();
    PackageImporter importer(*copy);
    const PackagePlan plan = importer.planText(sorted);
    for (const auto& p : plan.problems()) {
        INFO(p.pointer << ": " << p.message.english());
    }
    REQUIRE(plan.ok());
    CHECK(plan.info().signature == PackageSignature::Altered); // rewritten: no longer as signed
    ConflictChoices accept;
    accept.acceptUnverified = true;
    const PackageImportResult result = importer.apply(plan, accept);
    CHECK(result.inserted == plan.recordCount());
    CHECK(result.links == count(*demo, "SELECT count(*) FROM document_hazard"));
    for (const char* table : kRecordTables) {
        INFO(table);
        CHECK(rows(*copy, table) == rows(*demo, table));
    }
    CHECK(count(*copy, "SELECT count(*) FROM audit WHERE action <> 'import' AND action <> 'accept-unverified'") ==
          count(*demo, "SELECT count(*) FROM audit WHERE entity_uuid <> ''"));
    CHECK(checkDatabase(*copy).ok());
}

TEST_CASE("a package file changed between its check and its import is not imported", "[package]")
{
    TempDir dir;
    auto source = smallDatabase();
    const std::string path = dir.path("small.json");
    exportPackageFile(*source, path);
    auto target = emptyDatabase();
    PackageImporter importer(*target);
    const PackagePlan plan = importer.planFile(path);
    REQUIRE(plan.ok());

    // Read again to be written: the file is no longer the one checked.
    {
        std::ofstream out(path, std::ios::app);
        out << "\n";
    }
    try {
        importer.apply(plan);
        FAIL("the changed file was imported");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Conflict);
        CHECK(e.message().id() == MessageId::PackageChangedWhileReading);
    }
    CHECK(count(*target, "SELECT count(*) FROM org") == 0);
    CHECK(count(*target, "SELECT count(*) FROM hazard") == 0);
    // Checked again, the same file imports.
    const PackagePlan again = importer.planFile(path);
    REQUIRE(again.ok());
    CHECK(importer.apply(again).inserted == again.recordCount());
    CHECK(count(*target, "SELECT count(*) FROM hazard") == 2);
}
