// Ledger files as users make them: title rows merged above the header, columns in their own order,
// blank rows, dates written four ways and as Excel numbers, a wrong grade, a unit the database
// does not know, a unit cell merged over two rows, a footer.
#include "ExchangeSupport.h"
#include "safeledger/core/Error.h"
#include "safeledger/exchange/LedgerImporter.h"
#include "safeledger/storage/Checker.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/Repository.h"

#include <catch2/catch.hpp>
#include <xlsxwriter.h>

#include <variant>

using namespace safeledger;
using namespace safeledger::test;

namespace {

using Value = std::variant<std::string, double, Date>;

// Writes an .xlsx the way Excel would keep a user's sheet: shared strings, date cells as numbers
// with a date format. Rows and columns are 1-based here, as the user sees them.
void makeXlsx(const std::string& path, const std::vector<std::pair<int, std::vector<Value>>>& rows,
              const std::vector<std::tuple<int, int, int, int, std::string>>& merges)
{
    lxw_workbook* book = workbook_new(path.c_str());
    lxw_worksheet* sheet = workbook_add_worksheet(book, "2026年台账");
    lxw_format* dateFormat = workbook_add_format(book);
    format_set_num_format(dateFormat, "yyyy年m月d日");
    for (const auto& [r, c1, r2, c2, text] : merges) {
        worksheet_merge_range(sheet, static_cast<lxw_row_t>(r - 1), static_cast<lxw_col_t>(c1 - 1),
                              static_cast<lxw_row_t>(r2 - 1), static_cast<lxw_col_t>(c2 - 1), text.c_str(), nullptr);
    }
    for (const auto& [number, cells] : rows) {
        for (size_t c = 0; c < cells.size(); ++c) {
            const auto row = static_cast<lxw_row_t>(number - 1);
            const auto col = static_cast<lxw_col_t>(c);
            if (const auto* s = std::get_if<std::string>(&cells[c])) {
                if (!s->empty()) {
                    worksheet_write_string(sheet, row, col, s->c_str(), nullptr);
                }
            } else if (const auto* d = std::get_if<double>(&cells[c])) {
                worksheet_write_number(sheet, row, col, *d, nullptr);
            } else {
                const Date& day = std::get<Date>(cells[c]);
                lxw_datetime when{day.year(), day.month(), day.day(), 0, 0, 0.0};
                worksheet_write_datetime(sheet, row, col, &when, dateFormat);
            }
        }
    }
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);
}

// The user's ledger; `grade9` is what row 9 says its grade is.
void userLedger(const std::string& path, const std::string& grade9)
{
    const std::string _;
    makeXlsx(path,
             {
                 {3,
                  {"序号", "隐患描述", "排查日期", "单位名称", "隐患等级", "整改期限", "隐患部位", "整改资金（元）",
                   "整改责任人", "完成情况", "验收日期", "验收人", "隐患类别", "整改措施", "备注"}},
                 {5,
                  {1.0, "配电箱门未关闭", Date::fromParts(2026, 3, 4), "青山机械厂", "一般", "2026/3/10", "配电房",
                   "1,200元", "王厂长", "2026.3.9", "2026年3月12日", "李安全", "电气", "关闭箱门并上锁", _}},
                 {6,
                  {2.0, "灭火器过期", "2026-04-01", "东村小卖部", "重大", "15天", "仓库", 800.0, "店主", "未完成", _, _,
                   "消防安全", "更换灭火器", "店主已承诺"}},
                 {8,
                  {3.0, "通道堆放杂物", 46100.0, "东村", "一般", "立即", "村委会通道", _, _, "现场整改", _, "赵网格",
                   "其他", "清理杂物", _}},
                 {9,
                  {4.0, "电线私拉乱接", "2026/5/6", "青山机械厂", grade9, "2026-05-20", "宿舍", _, "王厂长", "未完成",
                   _, _, "电气", "规范布线", _}},
                 {10,
                  {5.0, "液化气瓶无防倾倒措施", "2026年6月1日", "新开张饭店", "一般", "１５个工作日", "厨房", 0.0,
                   "老板", "未完成", _, _, "消防", "加装固定链", _}},
                 {11,
                  {6.0, "安全出口指示灯损坏", "2026-07-01", _, "一般", "2026-07-15", "一号车间", "350.5", "王厂长",
                   "已完成", _, _, "消防", "更换指示灯", _}},
                 {12,
                  {7.0, "叉车司机无证上岗", "2026-07-01", _, "一般", "2026-07-20", "仓库", _, "王厂长", "未完成", _, _,
                   "特种设备", "停止作业、持证上岗", _}},
                 {13, {"填表人：李安全"}},
             },
             {{1, 1, 1, 15, "青山镇2026年隐患排查治理台账"},
              {2, 1, 2, 15, "填报单位：青山镇应急管理办公室　填报日期：2026年11月"},
              {11, 4, 12, 4, "青山机械厂"}});
}

const LedgerRow& rowNumbered(const LedgerPreview& p, int number)
{
    for (const auto& r : p.rows) {
        if (r.row == number) {
            return r;
        }
    }
    FAIL("no preview row " << number);
    throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("a ledger as a user keeps it is previewed row by row", "[ledger][import]")
{
    TempDir dir;
    const std::string file = dir.path("台账.xlsx");
    userLedger(file, "较大");
    auto db = smallDatabase();
    const int64_t factory = OrgService(*db).findByName("青山机械厂").front().id;
    LedgerImporter importer(*db);

    LedgerPreview p = importer.preview(file);
    CHECK(p.format == "xlsx");
    CHECK(p.headerRow == 3); // below the two merged title rows
    REQUIRE(p.rows.size() == 7);
    CHECK(describedProblems(p.problems, true) ==
          std::vector<std::string>{
              "row 9, column E (隐患等级): \"较大\" is not a grade: write 一般 (general) or 重大 (major)",
              "row 10, column D (单位名称): no unit named 新开张饭店 in the database; add it first, or let the "
              "import create the missing units"});
    CHECK(describedProblems(p.problems, false) ==
          std::vector<std::string>{"row 13: skipped: no hazard, unit or date in this row (\"填表人：李安全\")"});
    CHECK_FALSE(p.ok());
    REQUIRE(p.missingUnits.size() == 1);
    CHECK(p.missingUnits[0].name == "新开张饭店");
    CHECK(p.missingUnits[0].rows == std::vector<LedgerPlace>{{0, 10}});

    // Row 5: every column read; completed on 3/9, accepted on 3/12: closed.
    const LedgerRow& r5 = rowNumbered(p, 5);
    CHECK(r5.state == LedgerRowState::Ready);
    CHECK(r5.orgId == factory);
    CHECK(r5.hazard.foundOn == Date::fromParts(2026, 3, 4)); // a date cell
    CHECK(r5.hazard.deadline == Date::fromParts(2026, 3, 10));
    CHECK(r5.hazard.fundsFen == 120000);
    CHECK(r5.hazard.category == HazardCategory::Electrical);
    CHECK(r5.hazard.location == "配电房");
    CHECK(r5.hazard.measures == "关闭箱门并上锁");
    CHECK(r5.hazard.responsible == "王厂长");
    CHECK(r5.hazard.status == HazardStatus::Closed);
    CHECK(r5.hazard.closedOn == Date::fromParts(2026, 3, 12));
    CHECK(r5.hazard.closedBy == "李安全");
    REQUIRE(r5.progress);
    CHECK(r5.progress->date == Date::fromParts(2026, 3, 9));
    REQUIRE(r5.verification);
    CHECK(r5.verification->date == Date::fromParts(2026, 3, 12));
    // Row 6: open, a major hazard with a deadline of "15天", money as a number, a remark.
    const LedgerRow& r6 = rowNumbered(p, 6);
    CHECK(r6.hazard.grade == HazardGrade::Major);
    CHECK(r6.hazard.deadline == Date::fromParts(2026, 4, 16));
    CHECK(r6.hazard.fundsFen == 80000);
    CHECK(r6.hazard.status == HazardStatus::Registered);
    CHECK(r6.hazard.description == "灭火器过期\n备注：店主已承诺");
    CHECK(r6.hazard.category == HazardCategory::Fire);
    // Row 8: the date is Excel's number 46100 (2026-03-19); fixed on the spot.
    const LedgerRow& r8 = rowNumbered(p, 8);
    CHECK(r8.hazard.foundOn == Date::fromParts(2026, 3, 19));
    CHECK(r8.hazard.mode == RectificationMode::OnSpot);
    CHECK(r8.hazard.status == HazardStatus::Closed);
    CHECK(r8.hazard.closedOn == Date::fromParts(2026, 3, 19));
    CHECK(r8.hazard.closedBy == "赵网格");
    CHECK_FALSE(r8.progress);
    // Rows 11 and 12 share the unit cell merged over both.
    CHECK(rowNumbered(p, 11).orgId == factory);
    CHECK(rowNumbered(p, 11).hazard.status == HazardStatus::AwaitingVerification);
    CHECK(rowNumbered(p, 11).hazard.fundsFen == 35050);
    CHECK(rowNumbered(p, 12).orgId == factory);
    CHECK(rowNumbered(p, 12).hazard.category == HazardCategory::SpecialEquipment);
    CHECK(rowNumbered(p, 12).hazard.status == HazardStatus::Registered);
    CHECK(rowNumbered(p, 9).state == LedgerRowState::Invalid);

    // Nothing is written while the preview has errors.
    CHECK_THROWS_AS(importer.apply(p), Error);
    CHECK(db->connection().scalarInt("SELECT count(*) FROM hazard") == 2);

    // Creating the missing unit leaves the wrong grade as the only error.
    LedgerImportOptions create;
    create.createMissingUnits = true;
    p = importer.preview(file, create);
    CHECK(p.errors() == 1);
    CHECK(rowNumbered(p, 10).createsUnit);
    // "１５个工作日" (full-width digits) from Monday 06-01 on the working calendar: 端午 (06-19) is
    // skipped, so the 15th working day is 06-23 (15 calendar days would give 06-16).
    CHECK(rowNumbered(p, 10).hazard.deadline == Date::fromParts(2026, 6, 23));
}

TEST_CASE("a corrected ledger imports all or nothing, and only once", "[ledger][import]")
{
    TempDir dir;
    const std::string file = dir.path("台账.xlsx");
    userLedger(file, "一般");
    auto db = smallDatabase();
    LedgerImporter importer(*db);
    LedgerImportOptions create;
    create.createMissingUnits = true;
    create.parentForNewUnits = OrgService(*db).findByName("青山镇").front().id;
    LedgerPreview p = importer.preview(file, create);
    for (const auto& problem : p.problems) {
        INFO(problem.describe());
    }
    REQUIRE(p.ok());
    const LedgerImportResult result = importer.apply(p);
    CHECK(result.hazards == 7);
    CHECK(result.unitsCreated == 1);
    CHECK(db->connection().scalarInt("SELECT count(*) FROM hazard") == 2 + 7);
    const auto restaurant = OrgService(*db).findByName("新开张饭店");
    REQUIRE(restaurant.size() == 1);
    CHECK(restaurant.front().parentId == create.parentForNewUnits);
    CHECK(db->connection().scalarInt("SELECT count(*) FROM hazard WHERE status = 'closed'") == 1 + 2);
    CHECK(db->connection().scalarInt("SELECT count(*) FROM audit WHERE action = 'import-ledger'") == 7 + 1 + 2);
    CHECK(checkDatabase(*db).ok());

    // The same ledger again: every row is already there.
    p = importer.preview(file, create);
    CHECK(p.ok());
    CHECK(p.count(LedgerRowState::Duplicate) == 7);
    CHECK(p.missingUnits.empty());
    const LedgerImportResult again = importer.apply(p);
    CHECK(again.hazards == 0);
    CHECK(again.duplicatesSkipped == 7);
    CHECK(db->connection().scalarInt("SELECT count(*) FROM hazard") == 9);
}

TEST_CASE("a CSV ledger with English titles and mixed dates", "[ledger][import]")
{
    TempDir dir;
    const std::string file = dir.path("ledger.csv");
    writeFile(file, "Unit,Credit code,Found on,Description,Grade,Deadline,Funds (10k yuan),Completion,Verified on\r\n"
                    ",91330522MA2B3C4D57,2026/3/5,Guard missing,general,2026-03-20,0.12,2026.3.18,2026年3月19日\r\n"
                    "东村小卖部,,2024-02-30,Blocked exit,major,2026-03-20,,open,\r\n"
                    "东村小卖部,,45356,Blocked exit,major,2024-03-01,,open,\r\n");
    auto db = smallDatabase();
    LedgerPreview p = LedgerImporter(*db).preview(file);
    CHECK(p.format == "csv");
    CHECK(p.headerRow == 1);
    REQUIRE(p.rows.size() == 3);
    const LedgerRow& first = p.rows[0];
    CHECK(first.state == LedgerRowState::Ready);
    CHECK(first.orgId == OrgService(*db).findByName("青山机械厂").front().id); // by credit code alone
    CHECK(first.hazard.fundsFen == 120000);                                    // 0.12 万元
    CHECK(first.hazard.status == HazardStatus::Closed);
    CHECK(first.verification->inspector == "李安全"); // no 验收人 column: the operator, with a warning
    CHECK(describedProblems(p.problems, true) ==
          std::vector<std::string>{"row 3, column C (Found on): \"2024-02-30\" is not a real date",
                                   "row 4, column F (Deadline): deadline: 2024-03-01 is before the found date "
                                   "2024-03-05"});
}

TEST_CASE("a file that is not a ledger says why", "[ledger][import]")
{
    TempDir dir;
    auto db = smallDatabase();
    LedgerImporter importer(*db);
    writeFile(dir.path("a.csv"), "姓名,电话\n张三,123\n");
    LedgerPreview p = importer.preview(dir.path("a.csv"));
    REQUIRE(p.problems.size() == 1);
    CHECK(p.problems[0].describe().rfind("the file: no header row in the first 30 rows", 0) == 0);
    writeFile(dir.path("b.csv"), "隐患描述,隐患部位,隐患等级\n灭火器过期,仓库,一般\n");
    p = importer.preview(dir.path("b.csv"));
    CHECK(describedProblems(p.problems, true) ==
          std::vector<std::string>{"row 1: the ledger has no column for the date found (排查日期)",
                                   "row 1: the ledger has no column for the unit (单位名称 or 统一社会信用代码)"});
    writeFile(dir.path("c.xlsx"), "PK\x03\x04 this is not a workbook at all, only its first bytes");
    p = importer.preview(dir.path("c.xlsx"));
    REQUIRE(p.problems.size() == 1);
    CHECK(p.problems[0].message.english().find("not a readable .xlsx workbook") != std::string::npos);
    writeFile(dir.path("d.xls"), std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(100, '\0'));
    p = importer.preview(dir.path("d.xls"));
    CHECK(p.problems.at(0).message.english().find("old Excel .xls file") != std::string::npos);
    CHECK_THROWS_AS(importer.preview(dir.path("missing.xlsx")), Error);
}
