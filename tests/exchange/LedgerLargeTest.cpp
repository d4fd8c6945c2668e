// A ledger larger than a preview shows (issue 18): the preview keeps every row's plan but only the
// first rows and problems in full; the import reads the file again and refuses a file that
// changed after it was checked.
#include "ExchangeSupport.h"
#include "safeledger/core/Error.h"
#include "safeledger/exchange/LedgerImporter.h"
#include "safeledger/storage/Checker.h"
#include "safeledger/storage/HazardQuery.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace safeledger;
using namespace safeledger::test;

namespace {

// `count` hazards of three new units, one a day from 2026-01-01; every row's grade is `grade`.
std::string csvLedger(int count, const std::string& grade)
{
    std::string csv = "单位名称,排查日期,隐患描述,隐患等级,整改期限\n";
    const char* units[] = {"青山机械厂", "东村小卖部", "新开张饭店"};
    for (int i = 0; i < count; ++i) {
        const Date day = Date::fromParts(2026, 1, 1).addDays(i % 300);
        csv += std::string(units[i % 3]) + "," + day.toString() + ",第" + std::to_string(i + 1) + "处隐患," + grade +
               "," + day.addDays(7).toString() + "\n";
    }
    return csv;
}

int64_t hazards(Database& db)
{
    return db.connection().scalarInt("SELECT count(*) FROM hazard");
}

} // namespace

TEST_CASE("a large ledger: every row planned and imported, the first shown in full", "[ledger][import][large]")
{
    TempDir dir;
    writeFile(dir.path("ledger.csv"), csvLedger(1500, "一般"));
    auto db = emptyDatabase();
    LedgerImporter importer(*db);
    LedgerImportOptions create;
    create.createMissingUnits = true;
    const LedgerPreview p = importer.preview(dir.path("ledger.csv"), create);
    REQUIRE(p.ok());
    CHECK(p.rowCount() == 1500);
    CHECK(p.count(LedgerRowState::Ready) == 1500);
    REQUIRE(p.rows.size() == LedgerPreview::kShownRows);
    CHECK(p.rows.back().row == 1001); // the header is row 1
    CHECK(p.rows.back().hazard.description == "第1000处隐患");
    CHECK(p.rows.back().createsUnit);
    REQUIRE(p.missingUnits.size() == 3);
    CHECK(p.missingUnits[2].name == "新开张饭店");
    CHECK(p.missingUnits[2].rows.size() == 500);
    CHECK(p.plan[1499].newUnit == 2);

    const LedgerImportResult r = importer.apply(p);
    CHECK(r.hazards == 1500);
    CHECK(r.unitsCreated == 3);
    CHECK(hazards(*db) == 1500);
    sql::Statement last(db->connection(), "SELECT description FROM hazard ORDER BY id DESC LIMIT 1");
    REQUIRE(last.step());
    CHECK(last.text(0) == "第1500处隐患");
    CHECK(db->connection().scalarInt("SELECT count(*) FROM hazard h JOIN org o ON o.id = h.org_id "
                                     "WHERE o.name = '东村小卖部'") == 500);
    // The text index, built once for the import, holds every hazard (and `check` compares it).
    HazardFilter text;
    text.text = "第1234处";
    CHECK(HazardQuery(*db, text).count() == 1);
    CHECK(checkDatabase(*db).ok());
}

TEST_CASE("a large ledger's problems: the first kept, all counted", "[ledger][import][large]")
{
    TempDir dir;
    writeFile(dir.path("ledger.csv"), csvLedger(2500, "很大"));
    auto db = emptyDatabase();
    LedgerImportOptions create;
    create.createMissingUnits = true;
    const LedgerPreview p = LedgerImporter(*db).preview(dir.path("ledger.csv"), create);
    CHECK_FALSE(p.ok());
    CHECK(p.errors() == 2500); // one wrong grade a row
    CHECK(p.count(LedgerRowState::Invalid) == 2500);
    REQUIRE(p.problems.size() == LedgerPreview::kKeptProblems);
    CHECK(p.problemsLeftOut() == 500);
    CHECK(p.problems.front().row == 2);
    CHECK(p.problems.back().row == 2001);
    CHECK(p.problems.back().title == "隐患等级");
}

TEST_CASE("a ledger file changed after its preview is not imported", "[ledger][import][large]")
{
    TempDir dir;
    const std::string file = dir.path("ledger.csv");
    writeFile(file, csvLedger(10, "一般"));
    auto db = emptyDatabase();
    LedgerImporter importer(*db);
    LedgerImportOptions create;
    create.createMissingUnits = true;
    const LedgerPreview p = importer.preview(file, create);
    REQUIRE(p.ok());

    // The same size, one row's date changed: the file's time tells.
    std::string changed = csvLedger(10, "一般");
    changed.replace(changed.find("2026-01-05"), 10, "2026-01-06");
    writeFile(file, changed);
    std::filesystem::last_write_time(file, std::filesystem::last_write_time(file) + std::chrono::seconds(2));
    try {
        importer.apply(p);
        FAIL("a changed file was imported");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Conflict);
        CHECK(std::string(e.what()).find("ledger.csv changed after it was checked") != std::string::npos);
    }
    CHECK(hazards(*db) == 0);
    CHECK(db->connection().scalarInt("SELECT count(*) FROM org") == 0);
}

TEST_CASE("an .xlsx ledger is read again by the import, and must hold the rows planned", "[ledger][import][large]")
{
    // The worksheet's rows (inline strings), stored uncompressed and padded to `size` bytes, so that
    // two versions of the file can have the same size.
    const auto workbook = [](int count, size_t size) {
        std::string sheet = "<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>单位名称</t></is></c>"
                            "<c t=\"inlineStr\"><is><t>排查日期</t></is></c><c t=\"inlineStr\"><is><t>隐患描述</t>"
                            "</is></c><c t=\"inlineStr\"><is><t>整改期限</t></is></c></row>";
        for (int i = 0; i < count; ++i) {
            sheet += "<row r=\"" + std::to_string(i + 2) + "\"><c t=\"inlineStr\"><is><t>青山机械厂</t></is></c>" +
                     "<c t=\"inlineStr\"><is><t>2026-03-0" + std::to_string(i % 9 + 1) +
                     "</t></is></c><c t=\"inlineStr\"><is><t>隐患" + std::to_string(i) +
                     "</t></is></c><c t=\"inlineStr\"><is><t>2026-04-01</t></is></c></row>";
        }
        sheet += "</sheetData>";
        sheet += std::string(size > sheet.size() + 12 ? size - sheet.size() - 12 : 0, ' ') + "</worksheet>";
        return makeZip({{"xl/workbook.xml", "<workbook><sheets><sheet name=\"台账\" id=\"a\"/></sheets></workbook>", 0},
                        {"xl/_rels/workbook.xml.rels",
                         "<Relationships><Relationship Id=\"a\" Target=\"worksheets/s.xml\" Type=\"x/worksheet\"/>"
                         "</Relationships>",
                         0},
                        {"xl/worksheets/s.xml", sheet, 0}});
    };
    TempDir dir;
    const std::string file = dir.path("台账.xlsx");
    writeFile(file, workbook(12, 3000));
    auto db = emptyDatabase();
    LedgerImporter importer(*db);
    LedgerImportOptions create;
    create.createMissingUnits = true;
    const LedgerPreview p = importer.preview(file, create);
    for (const auto& problem : p.problems) {
        UNSCOPED_INFO(problem.describe());
    }
    REQUIRE(p.ok());
    REQUIRE(p.rowCount() == 12);

    // A row less, under the same size and time (a copy over it that kept the time): the rows tell,
    // and the unit created first is rolled back with the rest.
    const auto checked = std::filesystem::last_write_time(file);
    writeFile(file, workbook(11, 3000));
    std::filesystem::last_write_time(file, checked);
    REQUIRE(std::filesystem::file_size(file) == workbook(12, 3000).size());
    try {
        importer.apply(p);
        FAIL("a file with a row less was imported");
    } catch (const Error& e) {
        INFO(e.what());
        CHECK(e.kind() == Error::Kind::Conflict);
        CHECK(std::string(e.what()).find("台账.xlsx changed after it was checked") != std::string::npos);
    }
    CHECK(hazards(*db) == 0);
    CHECK(db->connection().scalarInt("SELECT count(*) FROM org") == 0);
    CHECK(checkDatabase(*db).ok()); // the text index's trigger is back with the rollback

    // The file as it was: imported from the file, read a second time.
    writeFile(file, workbook(12, 3000));
    std::filesystem::last_write_time(file, checked);
    CHECK(importer.apply(p).hazards == 12);
    CHECK(hazards(*db) == 12);
}
