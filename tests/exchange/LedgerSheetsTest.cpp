// Ledgers kept one sheet per month, with an explanation sheet, a summary sheet of other columns and
// 合计 / 小计 rows at the bottom of each month (issue 18): which sheets are imported, what is
// skipped and how each problem says where it is.
#include "ExchangeSupport.h"
#include "safeledger/exchange/LedgerImporter.h"
#include "safeledger/storage/Repository.h"

#include <catch2/catch.hpp>

using namespace safeledger;
using namespace safeledger::test;

namespace {

// 说明 (no ledger), 1月 and 2月 (the same columns in other orders), 汇总 (a grade column and no
// 序号 or completion: other columns).
Workbook monthlyLedger()
{
    Workbook book;
    book.format = "xlsx";
    book.sheets.push_back(textSheet("说明", {{1, {"本台账按月分页，每月一页"}}, {2, {"填表人：李安全"}}}));
    book.sheets.push_back(
        textSheet("1月", {{1, {"青山镇2026年1月隐患排查治理台账"}},
                          {2, {"序号", "单位名称", "排查日期", "隐患描述", "整改期限", "完成情况"}},
                          {3, {"1", "青山机械厂", "2026-01-05", "配电箱门未关闭", "2026-01-12", "未完成"}},
                          {4, {"2", "东村小卖部", "2026-01-08", "通道堆放杂物", "立即", "现场整改"}},
                          {5, {"合计", "", "", "2"}}}));
    book.sheets.push_back(
        textSheet("2月", {{1, {"单位名称", "隐患描述", "排查日期", "整改期限", "完成情况", "序号"}},
                          {2, {"青山机械厂", "电线私拉乱接", "2026-02-03", "2026-02-10", "未完成", "1"}},
                          // A description that begins with 共计 and a number is a hazard.
                          {3, {"青山机械厂", "共计3处灭火器压力不足", "2026-02-04", "2026-02-11", "未完成", "2"}},
                          {4, {"小 计（2月）", "", "", "", "", ""}},
                          {5, {"", "", "", "", "", "总计：4项"}}}));
    book.sheets.push_back(textSheet("汇总", {{1, {"单位名称", "隐患描述", "排查日期", "隐患等级", "整改期限"}},
                                             {2, {"青山机械厂", "汇总行", "2026-03-01", "一般", "2026-03-15"}}}));
    return book;
}

std::vector<std::string> places(const LedgerPreview& p)
{
    std::vector<std::string> out;
    for (const auto& r : p.rows) {
        out.push_back(p.place(r.sheet, r.row));
    }
    return out;
}

} // namespace

TEST_CASE("every monthly sheet with the same columns is imported; summary rows are skipped", "[ledger][import][sheets]")
{
    auto db = smallDatabase();
    LedgerImporter importer(*db);
    const LedgerPreview p = importer.preview(monthlyLedger(), {}, "台账.xlsx");

    REQUIRE(p.sheets.size() == 4);
    CHECK(p.sheets[0].name == "说明");
    CHECK(p.sheets[0].headerRow == 0);
    CHECK_FALSE(p.sheets[0].chosen);
    CHECK(p.sheets[1].headerRow == 2);
    CHECK(p.sheets[1].chosen);
    CHECK(p.sheets[1].rows == 2);
    CHECK(p.sheets[2].headerRow == 1);
    CHECK(p.sheets[2].chosen);
    CHECK(p.sheets[2].rows == 2);
    CHECK(p.sheets[3].headerRow == 1);
    CHECK_FALSE(p.sheets[3].chosen);
    CHECK(p.sheets[3].rows == 0);
    // The ledger's header is the first chosen sheet's.
    CHECK(p.headerRow == 2);
    CHECK(p.columns.size() == 6);

    CHECK(places(p) == std::vector<std::string>{"1月!3", "1月!4", "2月!2", "2月!3"});
    CHECK(describedProblems(p.problems, true).empty());
    CHECK(describedProblems(p.problems, false) ==
          std::vector<std::string>{
              "sheet 说明: no ledger header in the first 30 rows of this sheet; it is not imported",
              "sheet 1月, row 5, column A (序号): skipped: a summary row (\"合计\"), not a hazard",
              "sheet 2月, row 4, column A (单位名称): skipped: a summary row (\"小 计（2月）\"), not a hazard",
              "sheet 2月, row 5, column F (序号): skipped: a summary row (\"总计：4项\"), not a hazard",
              "sheet 汇总: this sheet's columns differ from those of sheet 1月; it is imported only when chosen"});
    REQUIRE(p.ok());

    const LedgerImportResult r = importer.apply(p);
    CHECK(r.hazards == 4);
    // Nothing of the summary rows or the unchosen sheet became a hazard.
    for (const std::string text : {"2", "汇总行", "合计"}) {
        CHECK(Repository<Hazard>(*db).where("description = ?", {text}).empty());
    }
    CHECK(Repository<Hazard>(*db).where("description = ?", {std::string("共计3处灭火器压力不足")}).size() == 1);
}

TEST_CASE("the sheets to import can be named; a name the workbook lacks is an error", "[ledger][import][sheets]")
{
    auto db = smallDatabase();
    LedgerImporter importer(*db);

    LedgerImportOptions summaryOnly;
    summaryOnly.sheets = {"汇总"};
    const LedgerPreview p = importer.preview(monthlyLedger(), summaryOnly, "台账.xlsx");
    CHECK(describedProblems(p.problems, true).empty());
    CHECK(p.ok());
    CHECK(places(p) == std::vector<std::string>{"汇总!2"});
    CHECK(p.columns.size() == 5);
    CHECK_FALSE(p.sheets[1].chosen);
    CHECK(p.sheets[3].chosen);

    LedgerImportOptions march;
    march.sheets = {"1月", "3月"};
    const LedgerPreview wrong = importer.preview(monthlyLedger(), march, "台账.xlsx");
    CHECK_FALSE(wrong.ok());
    CHECK(
        describedProblems(wrong.problems, true) ==
        std::vector<std::string>{"the file: the workbook has no sheet named 3月; its sheets are 说明, 1月, 2月, 汇总"});

    LedgerImportOptions notes;
    notes.sheets = {"说明"};
    const LedgerPreview noLedger = importer.preview(monthlyLedger(), notes, "台账.xlsx");
    CHECK_FALSE(noLedger.ok());
    CHECK(
        describedProblems(noLedger.problems, true) ==
        std::vector<std::string>{"sheet 说明: no ledger header in the first 30 rows of this sheet; it is not imported",
                                 "the file: no sheet with a ledger header is chosen; choose at least one"});
    CHECK(noLedger.rows.empty());

    LedgerImportOptions none;
    none.sheets = {""};
    const LedgerPreview nothing = importer.preview(monthlyLedger(), none, "台账.xlsx");
    CHECK_FALSE(nothing.ok());
    CHECK(describedProblems(nothing.problems, true) ==
          std::vector<std::string>{"the file: no sheet with a ledger header is chosen; choose at least one"});
    CHECK_THROWS(importer.apply(nothing));
}

TEST_CASE("a single sheet's places and problems do not name it", "[ledger][import][sheets]")
{
    auto db = smallDatabase();
    Workbook book = monthlyLedger();
    Workbook one;
    one.format = "xlsx";
    one.sheets.push_back(book.sheets[1]);
    const LedgerPreview p = LedgerImporter(*db).preview(one, {}, "1月.xlsx");
    CHECK(places(p) == std::vector<std::string>{"3", "4"});
    CHECK(describedProblems(p.problems, false) ==
          std::vector<std::string>{"row 5, column A (序号): skipped: a summary row (\"合计\"), not a hazard"});
}

TEST_CASE("a count after 共计 marks a summary row only in a structured column", "[ledger][import][sheets]")
{
    auto db = smallDatabase();
    Workbook one;
    one.format = "xlsx";
    // 检查人员 is no ledger column: "共计3人" there is a note of the inspectors, not a summary.
    one.sheets.push_back(
        textSheet("台账", {{1, {"单位名称", "排查日期", "隐患描述", "整改期限", "检查人员"}},
                           {2, {"青山机械厂", "2026-03-05", "配电箱门未关闭", "2026-03-12", "共计3人"}},
                           {3, {"合计：1项", "", "", "", ""}}}));
    const LedgerPreview p = LedgerImporter(*db).preview(one, {}, "台账.xlsx");
    REQUIRE(p.ok());
    CHECK(p.rows.size() == 1);
    CHECK(describedProblems(p.problems, false) ==
          std::vector<std::string>{"row 1, column E (检查人员): not a ledger column; ignored",
                                   "row 3, column A (单位名称): skipped: a summary row (\"合计：1项\"), not a hazard"});
}
