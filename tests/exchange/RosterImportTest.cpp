// A roster of units (企业名册) as a town keeps it: a unit before its parent, a 合计 row, values in
// the words rosters use; then a roster with every kind of mistake, and one kept a sheet per village.
#include "ExchangeSupport.h"
#include "safeledger/core/Error.h"
#include "safeledger/exchange/Roster.h"
#include "safeledger/storage/OrgService.h"

#include <catch2/catch.hpp>

using namespace safeledger;
using namespace safeledger::test;

namespace {

Workbook book(std::vector<Sheet> sheets)
{
    Workbook b;
    b.format = "xlsx";
    b.sheets = std::move(sheets);
    return b;
}

const std::vector<std::string> kHeader = {
    "序号",     "单位名称", "上级单位", "统一社会信用代码", "单位类型", "行业",    "规模",
    "从业人数", "地址",     "网格",     "主要负责人",       "联系电话", "风险等级"};

Workbook townRoster()
{
    return book(
        {textSheet("名册", {{1, {"青山镇企业名册"}},
                            {2, kHeader},
                            {3, {"1", "青山镇", "", "", "镇", "", "", "", "", "", "", "", ""}},
                            {4, {"2", "东村", "青山镇", "", "村"}},
                            {5,
                             {"3", "东村机械厂", "东村", "91350100m000100y43", "企业", "工贸", "规上", "120人",
                              "东村工业路1号", "东村网格", "王厂长", "13800000000", "橙色"}},
                            // The restaurant comes before its village.
                            {6, {"4", "西村饭店", "西村", "", "个体工商户", "餐饮", "小微", "8", "", "", "", "", "黄"}},
                            {7, {"5", "西村", "青山镇", "", "村"}},
                            {8, {"合计", "", "", "", "", "", "", "128"}}})});
}

Organisation only(Database& db, const std::string& name)
{
    const auto units = OrgService(db).findByName(name);
    REQUIRE(units.size() == 1);
    return units.front();
}

} // namespace

TEST_CASE("a town's roster creates its tree, parents before children, and a second import adds nothing", "[roster]")
{
    auto db = emptyDatabase();
    RosterImporter importer(*db);
    const RosterPreview p = importer.preview(townRoster(), {}, "名册.xlsx");
    CHECK(describedProblems(p.problems, true).empty());
    CHECK(describedProblems(p.problems, false) ==
          std::vector<std::string>{"row 8, column A (序号): skipped: a summary row (\"合计\"), not a unit"});
    REQUIRE(p.ok());
    CHECK(p.rows.size() == 5);
    CHECK(p.count(RosterRowState::Ready) == 5);

    const RosterImportResult r = importer.apply(p);
    CHECK(r.created == 5);
    const Organisation town = only(*db, "青山镇");
    CHECK(town.kind == OrgKind::Town);
    CHECK_FALSE(town.parentId.has_value());
    const Organisation east = only(*db, "东村");
    CHECK(east.kind == OrgKind::Village);
    CHECK(east.parentId == town.id);
    const Organisation factory = only(*db, "东村机械厂");
    CHECK(factory.parentId == east.id);
    CHECK(factory.creditCode == "91350100M000100Y43");
    CHECK(factory.kind == OrgKind::Enterprise);
    CHECK(factory.sector == Sector::Manufacturing);
    CHECK(factory.scale == Scale::AboveDesignated);
    CHECK(factory.employees == 120);
    CHECK(factory.address == "东村工业路1号");
    CHECK(factory.grid == "东村网格");
    CHECK(factory.principal == "王厂长");
    CHECK(factory.phone == "13800000000");
    CHECK(factory.riskColour == RiskColour::Orange);
    const Organisation restaurant = only(*db, "西村饭店");
    CHECK(restaurant.parentId == only(*db, "西村").id);
    CHECK(restaurant.kind == OrgKind::Business);
    CHECK(restaurant.sector == Sector::Catering);
    CHECK(restaurant.scale == Scale::Micro);
    CHECK(restaurant.employees == 8);
    CHECK(restaurant.riskColour == RiskColour::Yellow);

    // Again: every unit is recognised (the factory by its code, the others by name and parent).
    const RosterPreview again = importer.preview(townRoster(), {}, "名册.xlsx");
    REQUIRE(again.ok());
    CHECK(again.count(RosterRowState::Duplicate) == 5);
    CHECK(describedProblems(again.problems, false).at(1) == "row 4: already in the database as 东村; skipped");
    const RosterImportResult none = importer.apply(again);
    CHECK(none.created == 0);
    CHECK(none.duplicatesSkipped == 5);
    CHECK(OrgService(*db).findByName("东村").size() == 1);
}

TEST_CASE("a roster's mistakes are each said at their row and column, and nothing is created", "[roster]")
{
    auto db = emptyDatabase();
    RosterImporter importer(*db);
    const RosterPreview p =
        importer.preview(book({textSheet("名册", {{1, kHeader},
                                                  {2, {"1", "甲厂", "不存在的村", "", "企业"}},
                                                  {3, {"2", "乙厂", "", "91350100M000100Y44"}},
                                                  {4, {"3", "丙厂", "", "", "", "", "特大"}},
                                                  {5, {"4", "丁厂", "", "", "", "", "", "很多"}},
                                                  {6, {"5", "甲村", "乙村", "", "村"}},
                                                  {7, {"6", "乙村", "甲村", "", "村"}},
                                                  {8, {"7", "丁厂", "", "", "企业"}},
                                                  {9, {"8", "", "", "", "企业", "", "", "", "东村路2号"}},
                                                  {10, {"9", "戊厂", "", "", "工厂"}}})}),
                         {}, "名册.xlsx");
    CHECK_FALSE(p.ok());
    CHECK(describedProblems(p.problems, true) ==
          std::vector<std::string>{
              "row 2: no unit named 不存在的村 in the roster or the database to place this unit under",
              "row 3, column D (统一社会信用代码): credit code \"91350100M000100Y44\" has check character '4', "
              "expected '3'",
              "row 4, column G (规模): \"特大\" is not one of 规上、规下、小微",
              "row 5, column H (从业人数): \"很多\" is not a number of people",
              "row 6: the units of row 7, row 6 are each other's parent unit",
              "row 7: the units of row 6, row 7 are each other's parent unit",
              "row 8: the same unit as row 5; give each unit once",
              "row 9, column B (单位名称): the unit's name (单位名称) is empty",
              "row 10, column E (单位类型): \"工厂\" is not one of "
              "县（区）、镇（街道）、村、社区、园区、职能部门、学校、企业、"
              "个体工商户、车间/班组"});
    CHECK_THROWS_AS(importer.apply(p), Error);
    CHECK(OrgService(*db).isEmpty());
}

TEST_CASE("a roster kept a sheet per village puts each sheet's units under that village", "[roster]")
{
    auto db = smallDatabase(); // 青山镇 → 东村 → 青山机械厂, 东村小卖部
    RosterImporter importer(*db);
    const std::vector<std::string> header = {"单位名称", "行业", "联系电话"};
    const auto villages = [&](bool north) {
        std::vector<Sheet> sheets = {
            textSheet("东村", {{1, header}, {2, {"东村农家乐", "餐饮", "13900000001"}}, {3, {"东村小卖部", "商贸"}}}),
            textSheet("新建园区", {{1, header}, {2, {"园区物流公司", "交通运输"}}}),
            textSheet("填表说明", {{1, {"每村一页"}}})};
        if (north) {
            // A parent the row writes itself must exist, even when its sheet has that name.
            sheets.push_back(textSheet("北村", {{1, {"单位名称", "上级单位"}}, {2, {"北村超市", "北村"}}}));
        }
        return book(std::move(sheets));
    };
    const RosterPreview refused = importer.preview(villages(true), {}, "名册.xlsx");
    CHECK(describedProblems(refused.problems, true) ==
          std::vector<std::string>{
              "sheet 北村, row 2: no unit named 北村 in the roster or the database to place this unit under"});

    const RosterPreview p = importer.preview(villages(false), {}, "名册.xlsx");
    REQUIRE(p.ok());
    CHECK(describedProblems(p.problems, false) ==
          std::vector<std::string>{
              "sheet 东村, row 3: already in the database as 东村小卖部; skipped",
              "sheet 填表说明: no roster header in the first 30 rows of this sheet; it is not imported"});
    const RosterImportResult r = importer.apply(p);
    CHECK(r.created == 2);
    CHECK(only(*db, "东村农家乐").parentId == only(*db, "东村").id);
    // No unit is called 新建园区: the sheet's name is only a name, its units go to the top.
    CHECK_FALSE(only(*db, "园区物流公司").parentId.has_value());
    CHECK(only(*db, "园区物流公司").sector == Sector::RoadTransport);
}
