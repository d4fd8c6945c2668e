// A register of special-operations certificate holders (特种作业人员台账) as a factory keeps it:
// one row per certificate, a holder with two certificates, a number left to the ID number, a
// validity written as a period, a 合计 row; then a register with every kind of mistake, people
// already in the database, and a register kept by one unit without a unit column.
#include "ExchangeSupport.h"
#include "safeledger/core/Error.h"
#include "safeledger/exchange/People.h"
#include "safeledger/storage/ArchiveQueries.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/RecordService.h"

#include <catch2/catch.hpp>

using namespace safeledger;
using namespace safeledger::test;

namespace {

// Valid GB 11643 numbers (check characters computed by hand: see CoreRulesTest for the method).
const std::string kWang = "330502198001011231";
const std::string kLi = "330502198512120026";
const std::string kZhao = "330502199003154513";

Workbook book(std::vector<Sheet> sheets)
{
    Workbook b;
    b.format = "xlsx";
    b.sheets = std::move(sheets);
    return b;
}

const std::vector<std::string> kHeader = {"序号",     "姓名",     "身份证号", "单位",    "作业类别",
                                          "证书编号", "初领日期", "有效期至", "联系电话"};

Workbook factoryRegister()
{
    return book({textSheet(
        "特种作业人员",
        {{1, {"东村机械厂特种作业人员台账"}},
         {2, kHeader},
         {3, {"1", "王强", kWang, "东村机械厂", "低压电工作业", "", "2021-03-01", "2027-02-28", "13800000001"}},
         {4,
          {"2", "王强", kWang, "东村机械厂", "焊接与热切割作业", "T" + kWang, "2022/5/10", "2028年5月9日",
           "13800000001"}},
         {5, {"3", "李梅", kLi, "东村机械厂", "", "", "", "", "13800000002"}},
         {6, {"4", "赵刚", kZhao, "西村饭店", "高处作业", kZhao, "", "2019.6.1至2025.5.31"}},
         {7, {"合计", "3人"}}})});
}

struct Town
{
    int64_t factory = 0;
    int64_t restaurant = 0;
};

Town addUnits(Database& db)
{
    OrgService orgs(db);
    Organisation town;
    town.name = "青山镇";
    town.kind = OrgKind::Town;
    orgs.add(town);
    Organisation factory;
    factory.name = "东村机械厂";
    factory.parentId = town.id;
    orgs.add(factory);
    Organisation restaurant;
    restaurant.name = "西村饭店";
    restaurant.parentId = town.id;
    orgs.add(restaurant);
    return {factory.id, restaurant.id};
}

} // namespace

TEST_CASE("a factory's register creates its people and certificates, and a second import adds nothing", "[people]")
{
    auto db = emptyDatabase();
    const Town town = addUnits(*db);
    PeopleImporter importer(*db);
    const PeoplePreview p = importer.preview(factoryRegister(), {}, "台账.xlsx");
    CHECK(describedProblems(p.problems, true).empty());
    CHECK(describedProblems(p.problems, false) ==
          std::vector<std::string>{
              "row 3, column F (证书编号): the certificate number is empty; the ID number is taken, as "
              "special-operation certificates are numbered by it",
              "row 6, column H (有效期至): the certificate expired on 2025-05-31",
              "row 7, column A (序号): skipped: a summary row (\"合计\"), not a person"});
    REQUIRE(p.rows.size() == 4);
    CHECK(p.rows[0].state == PeopleRowState::NewPerson);
    CHECK(p.rows[1].state == PeopleRowState::NewCertificate); // 王强's second certificate
    CHECK(p.rows[1].personRow == 0);
    CHECK(p.rows[2].state == PeopleRowState::NewPerson); // 李梅, no certificate
    CHECK_FALSE(p.rows[2].certificate);
    CHECK(p.rows[3].unitName == "西村饭店");
    REQUIRE(p.rows[3].certificate);
    CHECK(p.rows[3].certificate->issuedOn == Date::fromParts(2019, 6, 1)); // the start of the period
    CHECK(p.rows[3].certificate->expiresOn == Date::fromParts(2025, 5, 31));

    const PeopleImportResult r = importer.apply(p);
    CHECK(r.people == 3);
    CHECK(r.certificates == 3);
    CHECK(r.duplicatesSkipped == 0);
    ArchiveQueries archive(*db);
    const auto staff = archive.persons(town.factory);
    REQUIRE(staff.size() == 2);
    CHECK(staff[0].name == "王强");
    CHECK(staff[0].idNumber == kWang);
    CHECK(staff[0].role == "低压电工作业"); // no 岗位 column: the operation of the first row
    CHECK(staff[0].phone == "13800000001");
    const auto certificates = archive.certificates(town.factory);
    REQUIRE(certificates.size() == 2);
    for (const Certificate& c : certificates) {
        CHECK(c.personId == staff[0].id);
        CHECK(c.kind == CertificateKind::SpecialOperation);
    }
    CHECK(certificates[0].number == kWang);
    CHECK(certificates[0].expiresOn == Date::fromParts(2027, 2, 28));
    CHECK(certificates[1].number == "T" + kWang);
    CHECK(certificates[1].issuedOn == Date::fromParts(2022, 5, 10));
    CHECK(archive.persons(town.restaurant).size() == 1);

    const PeoplePreview again = importer.preview(factoryRegister(), {}, "台账.xlsx");
    CHECK(again.ok());
    CHECK(again.count(PeopleRowState::Duplicate) == 4);
    const PeopleImportResult none = importer.apply(again);
    CHECK(none.people == 0);
    CHECK(none.certificates == 0);
    CHECK(none.duplicatesSkipped == 4);
    CHECK(db->connection().scalarInt("SELECT count(*) FROM person") == 3);
    CHECK(db->connection().scalarInt("SELECT count(*) FROM certificate") == 3);
}

TEST_CASE("a register's mistakes are named by row and column, and nothing is written", "[people]")
{
    auto db = emptyDatabase();
    addUnits(*db);
    // 赵刚 already holds his certificate in the database.
    {
        PeopleImporter first(*db);
        first.apply(first.preview(book({textSheet(
            "s", {{1, kHeader}, {2, {"1", "赵刚", kZhao, "西村饭店", "高处作业", kZhao, "", "2030-01-01"}}})})));
    }
    const int64_t auditBefore = db->auditHead();
    Sheet sheet =
        textSheet("s", {{1, {"序号", "姓名", "身份证号", "单位", "证书类别", "证书编号", "发证日期", "有效期至"}},
                        {2, {"1", "", kLi, "东村机械厂", "特种作业", "A1"}},
                        {3, {"2", "孙丽", "330502198512120027", "东村机械厂", "特种作业", "A2"}},
                        {4, {"3", "周军", "3.30502198512120E17", "东村机械厂", "特种作业", "A3"}},
                        {5, {"4", "吴芳", "", "东村机械厂", "特级证", "A4"}},
                        {6, {"5", "郑伟", "", "南村砖厂", "特种作业", "A5"}},
                        {7, {"6", "钱多", "", "东村机械厂", "安全管理人员", ""}},
                        {8, {"7", "冯雪", "", "东村机械厂", "特种作业", "A7"}},
                        {9, {"8", "冯雪", "", "东村机械厂", "特种作业", "A7"}},
                        {10, {"9", "李梅", kLi, "东村机械厂", "特种作业", "A9"}},
                        {11, {"10", "李小梅", kLi, "东村机械厂", "特种作业", "A10"}},
                        {12, {"11", "陈晨", "", "东村机械厂", "特种作业", kZhao}},
                        {13, {"12", "蒋涛", "", "东村机械厂", "特种作业", "A13", "2024-05-01", "2023-05-01"}}});
    sheet.rows[3].cells[2].number = true; // 周军's number typed into a number cell
    PeopleImporter importer(*db);
    const PeoplePreview p = importer.preview(book({sheet}));
    CHECK(describedProblems(p.problems, true) ==
          std::vector<std::string>{
              "row 2, column B (姓名): the person's name (姓名) is empty",
              "row 3, column C (身份证号): ID number \"330502198512120027\" has check character '7', expected '6'",
              "row 4, column C (身份证号): the ID number was stored as a number (3.30502198512120E17) and has lost "
              "its last digits; format the column as text and type it again",
              "row 5, column E (证书类别): \"特级证\" is not one of "
              "主要负责人安全资格证、安全管理人员资格证、特种作业操作证、其他证书",
              "row 6, column D (单位): no unit named 南村砖厂 in the database; import the roster of units first",
              "row 7, column F (证书编号): the certificate number (证书编号) is empty",
              "row 9: the same certificate as row 8; give each certificate once",
              "row 11: the ID number is also given to 李梅 at row 10",
              "row 12: the certificate " + kZhao + " is already in the database, held by 赵刚",
              "row 13, column H (有效期至): 2023-05-01 is before the issue date 2024-05-01"});
    CHECK(p.count(PeopleRowState::Invalid) == 10);
    CHECK(p.count(PeopleRowState::NewPerson) == 2); // 冯雪 in row 8, 李梅 in row 10
    CHECK_THROWS_AS(importer.apply(p), Error);
    CHECK(db->auditHead() == auditBefore);
    CHECK(db->connection().scalarInt("SELECT count(*) FROM person") == 1);
}

TEST_CASE("people already in the database are recognised by ID number, or by name and phone", "[people]")
{
    auto db = emptyDatabase();
    const Town town = addUnits(*db);
    RecordService records(*db);
    Person wang; // entered by hand, without an ID number
    wang.orgId = town.factory;
    wang.name = "王强";
    wang.phone = "13800000001";
    records.add(wang);
    Person li1; // two people named 李梅 at the factory, neither with a number
    li1.orgId = town.factory;
    li1.name = "李梅";
    records.add(li1);
    Person li2 = li1;
    li2.id = 0;
    li2.uuid.clear();
    records.add(li2);

    PeopleImporter importer(*db);
    const PeoplePreview p = importer.preview(
        book({textSheet("s", {{1, kHeader},
                              {2, {"1", "王强", kWang, "东村机械厂", "低压电工作业", "B1", "", "", "13800000001"}},
                              {3, {"2", "王强", "", "东村机械厂", "高处作业", "B2", "", "", "13900000009"}},
                              {4, {"3", "李梅", "", "东村机械厂", "高处作业", "B3"}}})}));
    REQUIRE(p.rows.size() == 3);
    // Row 2: the hand-entered 王强 (same name, same phone); his certificate is new.
    CHECK(p.rows[0].state == PeopleRowState::NewCertificate);
    CHECK(p.rows[0].person.id == wang.id);
    // Row 3: a 王强 with another phone is someone else: a new person.
    CHECK(p.rows[1].state == PeopleRowState::NewPerson);
    CHECK(describedProblems(p.problems, true) ==
          std::vector<std::string>{
              "row 4: 2 people named 李梅 in 东村机械厂; give the ID number (身份证号) to choose one"});
}

TEST_CASE("a register kept by one unit needs no unit column; without one it is refused", "[people]")
{
    auto db = emptyDatabase();
    const Town town = addUnits(*db);
    const Workbook own = book({textSheet("s", {{1, {"姓名", "岗位", "证书类别", "证书编号", "有效期至"}},
                                               {2, {"刘洋", "安全员", "安全管理人员", "AQ-2024-001", "2027-06-30"}}})});
    PeopleImporter importer(*db);
    const PeoplePreview without = importer.preview(own);
    CHECK(describedProblems(without.problems, true) ==
          std::vector<std::string>{"row 2: the unit is missing: give its name (单位) or credit code, or choose the "
                                   "unit the register belongs to"});
    PeopleImportOptions options;
    options.unit = town.restaurant;
    const PeoplePreview p = importer.preview(own, options);
    REQUIRE(p.ok());
    const PeopleImportResult r = importer.apply(p);
    CHECK(r.people == 1);
    CHECK(r.certificates == 1);
    const auto certificates = ArchiveQueries(*db).certificates(town.restaurant);
    REQUIRE(certificates.size() == 1);
    CHECK(certificates[0].kind == CertificateKind::SafetyManager);
    CHECK(certificates[0].number == "AQ-2024-001");
    CHECK_FALSE(certificates[0].issuedOn);
}
