// Ledger export → import on the demo database, compared field by field.
#include "ExchangeSupport.h"
#include "safeledger/core/Error.h"
#include "safeledger/exchange/LedgerExporter.h"
#include "safeledger/exchange/LedgerImporter.h"
#include "safeledger/storage/Checker.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/Repository.h"

#include <catch2/catch.hpp>

#include <map>

using namespace safeledger;
using namespace safeledger::test;

namespace {

// A database with the demo's units (new UUIDs, same names, credit codes and tree), no hazards.
std::unique_ptr<Database> demoUnits(Database& demo)
{
    auto db = emptyDatabase("台账员", 5);
    OrgService orgs(*db);
    std::map<int64_t, int64_t> ids;
    for (Organisation org : Repository<Organisation>(demo).where("1 ORDER BY id")) {
        const int64_t old = org.id;
        org.uuid.clear();
        org.createdAt.clear();
        if (org.parentId) {
            org.parentId = ids.at(*org.parentId);
        }
        orgs.add(org);
        ids[old] = org.id;
    }
    return db;
}

// The cells of a sheet as text, row by row.
std::vector<std::vector<std::string>> cells(const Sheet& sheet)
{
    std::vector<std::vector<std::string>> out;
    for (const auto& row : sheet.rows) {
        std::vector<std::string> texts;
        for (const auto& c : row.cells) {
            texts.push_back(c.text);
        }
        out.push_back(std::move(texts));
    }
    return out;
}

std::vector<Hazard> ledgerHazards(Database& db, const Period& period)
{
    return Repository<Hazard>(db).where("status <> 'voided' AND found_on BETWEEN ? AND ? ORDER BY found_on, id",
                                        {period.from.toString(), period.to.toString()});
}

} // namespace

TEST_CASE("the demo's ledger goes out and comes back the same", "[ledger][roundtrip]")
{
    TempDir dir;
    auto demo = demoCopy(dir.path("demo.db"));
    const Period year = Period::year(2026);
    LedgerExportOptions options;
    options.period = year;
    const auto expected = ledgerHazards(*demo, year);
    REQUIRE(expected.size() > 500);

    for (const std::string name : {"ledger.xlsx", "ledger.csv"}) {
        INFO(name);
        const std::string file = dir.path(name);
        CHECK(exportLedger(*demo, file, options).rows == static_cast<int64_t>(expected.size()));
        auto target = demoUnits(*demo);
        LedgerImporter importer(*target);
        LedgerPreview p = importer.preview(file);
        for (const auto& problem : p.problems) {
            INFO(problem.describe());
            CHECK_FALSE(problem.error);
        }
        REQUIRE(p.ok());
        CHECK(p.count(LedgerRowState::Ready) == static_cast<int64_t>(expected.size()));
        CHECK(importer.apply(p).hazards == static_cast<int64_t>(expected.size()));
        CHECK(checkDatabase(*target).ok());

        // Field by field, in the ledger's order.
        const auto actual = ledgerHazards(*target, year);
        REQUIRE(actual.size() == expected.size());
        std::map<int64_t, std::string> demoUnitName, targetUnitName;
        for (const auto& o : Repository<Organisation>(*demo).where("1")) {
            demoUnitName[o.id] = o.name;
        }
        for (const auto& o : Repository<Organisation>(*target).where("1")) {
            targetUnitName[o.id] = o.name;
        }
        int mismatches = 0;
        for (size_t i = 0; i < expected.size() && mismatches < 5; ++i) {
            const Hazard& e = expected[i];
            const Hazard& a = actual[i];
            INFO("hazard " << e.id << " " << e.description);
            const bool same = targetUnitName[a.orgId] == demoUnitName[e.orgId] && a.foundOn == e.foundOn &&
                              a.location == e.location && a.description == e.description && a.category == e.category &&
                              a.grade == e.grade && a.measures == e.measures && a.responsible == e.responsible &&
                              a.deadline == e.deadline && a.fundsFen == e.fundsFen && a.closedOn == e.closedOn &&
                              a.closedBy == e.closedBy;
            CHECK(same);
            // The ledger says done / not done / accepted, not which open state.
            const auto open = [](HazardStatus s) {
                return s == HazardStatus::Registered || s == HazardStatus::Rectifying;
            };
            CHECK((open(a.status) ? HazardStatus::Registered : a.status) ==
                  (open(e.status) ? HazardStatus::Registered : e.status));
            mismatches += same ? 0 : 1;
        }

        // And the ledger written from the imported hazards is the same ledger, cell by cell.
        const std::string again = dir.path("again-" + name);
        exportLedger(*target, again, options);
        CHECK(cells(readSheetFile(again)) == cells(readSheetFile(file)));
    }
}

TEST_CASE("a ledger is exported for a scope, in English, as dates and numbers", "[ledger][roundtrip]")
{
    auto db = smallDatabase();
    TempDir dir;
    LedgerExportOptions options;
    options.language = LedgerLanguage::English;
    options.orgId = OrgService(*db).findByName("青山机械厂").front().id;
    CHECK(exportLedger(*db, dir.path("f.xlsx"), options).rows == 2);
    const Sheet sheet = readSheetFile(dir.path("f.xlsx"));
    REQUIRE(sheet.rows.size() == 3);
    CHECK(sheet.rows[0].cells[0].text == "No.");
    CHECK(sheet.rows[0].cells[11].text == "Funds (yuan)");
    const auto& closed = sheet.rows[1].cells;
    CHECK(closed[1].text == "青山机械厂");
    CHECK(closed[2].text == "91330522MA2B3C4D57");
    CHECK(closed[3].number);          // a date cell: Excel's serial number
    CHECK(closed[3].text == "46085"); // 2026-03-04
    CHECK(closed[6].text == "Machinery");
    CHECK(closed[11].number);
    CHECK(closed[11].text == "1200.5");
    CHECK(closed[12].text == "46096"); // completed 2026-03-15
    CHECK(closed[13].text == "李安全");
    CHECK(sheet.rows[2].cells[12].text == "open");

    exportLedger(*db, dir.path("f.csv"), {});
    const std::string csv = readFile(dir.path("f.csv"));
    CHECK(csv.rfind("\xEF\xBB\xBF序号,单位名称,统一社会信用代码,排查日期", 0) == 0);
    CHECK(csv.find("\r\n1,青山机械厂,91330522MA2B3C4D57,2026-03-04,一号车间,冲床防护罩缺失,机械,一般隐患,加装防护罩,"
                   "王厂长,2026-03-20,1200.50,2026-03-15,李安全,2026-03-18,\r\n") != std::string::npos);
    CHECK(csv.find(",重大隐患,") != std::string::npos);
    CHECK_THROWS_AS(exportLedger(*db, dir.path("f.pdf"), {}), Error);
}
