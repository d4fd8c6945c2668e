// The .xlsx and .csv readers: what they read, and what hostile files they refuse.
#include "ExchangeSupport.h"
#include "XlsxWorksheet.h"
#include "XmlScanner.h"
#include "ZipReader.h"
#include "safeledger/core/Error.h"
#include "safeledger/exchange/Sheet.h"

#include <catch2/catch.hpp>
#include <iconv.h>

using namespace safeledger;
using namespace safeledger::ledger;
using namespace safeledger::test;

namespace {

const char* kWorkbook = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<workbookPr date1904="1"/><sheets><sheet name="台账" sheetId="1" r:id="rId7"/></sheets></workbook>)";
const char* kRels = R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId7" Target="worksheets/ledger.xml"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>
<Relationship Id="rId8" Target="/xl/strings.xml"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/>
</Relationships>)";
const char* kStrings = R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3">
<si><t>隐患描述</t></si><si><r><t>灭火器</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 过期</t></r><rPh><t>ミ</t></rPh></si>
<si><t>A &amp; B &lt;&#x4E2D;&#20013;&gt;</t></si></sst>)";
const char* kSheet = R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="2"><c r="A2" t="s"><v>0</v></c><c r="C2" t="inlineStr"><is><t>排查日期</t></is></c></row>
<row r="4"><c r="A4" t="s"><v>1</v></c><c r="C4" s="3"><v>43894</v></c><c r="D4" t="b"><v>1</v></c></row>
<row r="5"><c t="s"><v>2</v></c><c><f>1+1</f><v>2</v></c><c t="str"><v>计算结果</v></c></row>
</sheetData><mergeCells count="1"><mergeCell ref="A4:A5"/></mergeCells></worksheet>)";

std::string toGb18030(const std::string& utf8)
{
    iconv_t cd = iconv_open("GB18030", "UTF-8");
    std::string out(utf8.size() * 2 + 8, '\0');
    char* in = const_cast<char*>(utf8.data());
    size_t inLeft = utf8.size();
    char* o = out.data();
    size_t outLeft = out.size();
    iconv(cd, &in, &inLeft, &o, &outLeft);
    iconv_close(cd);
    out.resize(out.size() - outLeft);
    return out;
}

void refusedBecause(const std::function<void()>& read, const std::string& words)
{
    try {
        read();
        FAIL("accepted, expected a refusal mentioning: " << words);
    } catch (const Error& e) {
        INFO(e.what());
        CHECK(e.kind() == Error::Kind::Validation);
        CHECK(std::string(e.what()).find(words) != std::string::npos);
    }
}

} // namespace

TEST_CASE("an .xlsx is read through its workbook, relationships and shared strings", "[ledger][reader]")
{
    const std::string zip = makeZip({{"[Content_Types].xml", "<Types/>"},
                                     {"xl/workbook.xml", kWorkbook},
                                     {"xl/_rels/workbook.xml.rels", kRels},
                                     {"xl/strings.xml", kStrings, 0},
                                     {"xl/worksheets/ledger.xml", kSheet}});
    const Sheet sheet = readXlsx(zip);
    CHECK(sheet.format == "xlsx");
    CHECK(sheet.date1904);
    REQUIRE(sheet.rows.size() == 3);
    CHECK(sheet.rows[0].number == 2);
    CHECK(sheet.rows[0].cells[0].text == "隐患描述");
    CHECK(sheet.rows[0].cells[1].text.empty()); // B2 was not written
    CHECK(sheet.rows[0].cells[2].text == "排查日期");
    CHECK(sheet.rows[1].cells[0].text == "灭火器 过期"); // rich text joined, phonetic reading left out
    CHECK(sheet.rows[1].cells[2].text == "43894");
    CHECK(sheet.rows[1].cells[2].number);
    CHECK(sheet.rows[1].cells[3].text == "TRUE");
    // Row 5: A5 is covered by the merged range A4:A5 … but has its own value, which the merge
    // replaces with A4's, as Excel shows it.
    CHECK(sheet.rows[2].cells[0].text == "灭火器 过期");
    CHECK(sheet.rows[2].cells[1].text == "2"); // a formula's cached value
    CHECK(sheet.rows[2].cells[2].text == "计算结果");
}

TEST_CASE("the XML scanner refuses what could expand or confuse", "[ledger][reader]")
{
    auto scan = [](const std::string& xml) {
        XmlScanner x(xml, "test.xml");
        while (x.next() != XmlScanner::Event::Done) {
        }
    };
    refusedBecause([&] { scan(R"(<!DOCTYPE lolz [<!ENTITY lol "lol">]><a>&lol;</a>)"); },
                   "document type declarations are not allowed");
    refusedBecause([&] { scan("<a>&nbsp;</a>"); }, "unknown entity &nbsp;");
    refusedBecause([&] { scan("<a><b></a></b>"); }, "does not match");
    refusedBecause([&] { scan("<a>"); }, "ends inside <a>");
    refusedBecause([&] { scan("<a/><b/>"); }, "a second root element");
    refusedBecause([&] { scan("<a x=1/>"); }, "must be quoted");
    refusedBecause([&] { scan("<a>&#0;</a>"); }, "invalid character");
    refusedBecause([&] { scan("<a>&#x110000;</a>"); }, "beyond Unicode");
    refusedBecause([&] { scan(std::string(200, '<').insert(0, "") + "a"); }, "name was expected");
    std::string deep;
    for (int i = 0; i < 100; ++i) {
        deep += "<a>";
    }
    refusedBecause([&] { scan(deep); }, "nested more than 64 deep");
    XmlScanner x(R"(<?xml version="1.0"?><!-- c --><r a='1 &amp; 2'><![CDATA[<raw>]]>&#x4E2D;</r>)", "t");
    REQUIRE(x.next() == XmlScanner::Event::Start);
    CHECK(x.attribute("a") == "1 & 2");
    REQUIRE(x.next() == XmlScanner::Event::Text);
    CHECK(x.text() == "<raw>");
    REQUIRE(x.next() == XmlScanner::Event::Text);
    CHECK(x.text() == "中");
    CHECK(x.next() == XmlScanner::Event::End);
    CHECK(x.next() == XmlScanner::Event::Done);
}

TEST_CASE("broken and hostile archives are refused", "[ledger][reader]")
{
    const std::vector<ZipEntry> good = {{"xl/workbook.xml", kWorkbook},
                                        {"xl/_rels/workbook.xml.rels", kRels},
                                        {"xl/strings.xml", kStrings},
                                        {"xl/worksheets/ledger.xml", kSheet}};
    const std::string zip = makeZip(good);
    refusedBecause([&] { readXlsx(zip.substr(0, zip.size() / 2)); }, "no ZIP directory found");
    refusedBecause([&] { readXlsx("PK\x03\x04 not really"); }, "too short");
    refusedBecause([&] { readXlsx(makeZip({{"word/document.xml", "<w/>"}})); }, "not an .xlsx workbook");
    // 100 MiB of zeros deflate to about 100 KiB: refused as a bomb before anything is inflated.
    refusedBecause(
        [&] {
            ZipReader(makeZip({{"bomb.xml", std::string(100u << 20, '\0')}})).read("bomb.xml");
        },
        "ZIP bomb");
    auto bad = good;
    bad[3].crcDelta = 1;
    refusedBecause([&] { readXlsx(makeZip(bad)); }, "checksum mismatch");
    bad = good;
    bad[3].flags = 1;
    refusedBecause([&] { readXlsx(makeZip(bad)); }, "is encrypted");
    bad = good;
    bad[3].method = 12;
    refusedBecause([&] { readXlsx(makeZip(bad)); }, "unsupported compression method");
    bad = good;
    bad.push_back(good[0]);
    refusedBecause([&] { readXlsx(makeZip(bad)); }, "appears twice");
    bad = good;
    bad[3].content =
        "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>99</v></c></row></sheetData></worksheet>";
    refusedBecause([&] { readXlsx(makeZip(bad)); }, "missing shared text");
    bad[3].content = "<worksheet><sheetData><row r=\"1\"></row><row r=\"1\"></row></sheetData></worksheet>";
    refusedBecause([&] { readXlsx(makeZip(bad)); }, "row 1 appears twice");
    bad[3].content = "<worksheet><sheetData><row r=\"9999999\"></row></sheetData></worksheet>";
    refusedBecause([&] { readXlsx(makeZip(bad)); }, "a row has the number \"9999999\"");
    bad[3].content = "<worksheet><sheetData><row r=\"1\"><c r=\"ZZZZ1\"><v>1</v></c></row></sheetData></worksheet>";
    refusedBecause([&] { readXlsx(makeZip(bad)); }, "has the reference");
    // A merged range as large as a sheet can be fills at most the rows that exist.
    bad[3].content = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
                     "</sheetData><mergeCells><mergeCell ref=\"A1:XFD1048576\"/></mergeCells></worksheet>";
    const Sheet merged = readXlsx(makeZip(bad));
    REQUIRE(merged.rows.size() == 1);
    CHECK(merged.rows[0].cells.size() == 256);
}

TEST_CASE("CSV in UTF-8 or GB18030, with quotes, separators and line breaks", "[ledger][reader]")
{
    const std::string text = "\xEF\xBB\xBF序号,隐患描述,排查日期\r\n1,\"配电箱\r\n未上锁, 门坏\",2024/3/5\r\n\r\n"
                             "2,\"他说\"\"马上改\"\"\",2024.3.6\n3,  ,\n";
    const Sheet sheet = readCsv(text);
    CHECK(sheet.format == "csv");
    REQUIRE(sheet.rows.size() == 4);
    CHECK(sheet.rows[0].cells[1].text == "隐患描述");
    CHECK(sheet.rows[1].number == 2);
    CHECK(sheet.rows[1].cells[1].text == "配电箱\r\n未上锁, 门坏");
    CHECK(sheet.rows[2].number == 4); // row 3 was blank
    CHECK(sheet.rows[2].cells[1].text == "他说\"马上改\"");
    CHECK(sheet.rows[3].cells.size() == 2);
    CHECK(sheet.notes.empty());

    const Sheet gbk = readCsv(toGb18030("隐患描述\t排查日期\n灭火器过期\t2024年3月5日\n"));
    REQUIRE(gbk.rows.size() == 2);
    CHECK(gbk.rows[1].cells[0].text == "灭火器过期");
    CHECK(gbk.rows[1].cells[1].text == "2024年3月5日");
    REQUIRE(gbk.notes.size() == 1);
    CHECK(gbk.notes[0].english().find("GB18030") != std::string::npos);

    refusedBecause([] { readCsv("a,\"never closed\n"); }, "never closed");
    refusedBecause([] { readCsv(std::string(2000, ',') + "\n"); }, "more than 1000 columns");
    refusedBecause([] { readCsv("\x81\x30\xff\xff"); }, "neither UTF-8 nor GB18030");
}

TEST_CASE("every worksheet of a workbook is read, in the workbook's order, with its name", "[ledger][reader]")
{
    // The workbook lists 二月 before 一月 (a user moved the tab), and a chart sheet between them,
    // which is not a worksheet; the parts are named the other way round.
    const char* workbook = R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>
<sheet name="二月" sheetId="2" r:id="rId2"/><sheet name="图表" sheetId="3" r:id="rId3"/>
<sheet name="一月" sheetId="1" r:id="rId1"/></sheets></workbook>)";
    const char* rels = R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Target="worksheets/sheet1.xml"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>
<Relationship Id="rId2" Target="worksheets/sheet2.xml"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>
<Relationship Id="rId3" Target="chartsheets/sheet1.xml"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet"/>
</Relationships>)";
    const auto sheetWith = [](const std::string& text) {
        return R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)"
               R"(<row r="1"><c r="B1" t="inlineStr"><is><t>)" +
               text + "</t></is></c></row></sheetData></worksheet>";
    };
    const std::string zip = makeZip({{"xl/workbook.xml", workbook},
                                     {"xl/_rels/workbook.xml.rels", rels},
                                     {"xl/worksheets/sheet1.xml", sheetWith("一月的单元格")},
                                     {"xl/worksheets/sheet2.xml", sheetWith("二月的单元格")},
                                     {"xl/chartsheets/sheet1.xml", "<chartsheet/>"}});
    const Workbook book = readXlsxWorkbook(zip);
    CHECK(book.format == "xlsx");
    REQUIRE(book.sheets.size() == 2);
    CHECK(book.sheets[0].name == "二月");
    CHECK(book.sheets[1].name == "一月");
    REQUIRE(book.sheets[0].rows.size() == 1);
    CHECK(book.sheets[0].rows[0].cells.at(1).text == "二月的单元格");
    CHECK(book.sheets[1].rows[0].cells.at(1).text == "一月的单元格");
    // The first sheet alone, as the workbook orders them.
    CHECK(readXlsx(zip).name == "二月");
    CHECK(readXlsx(zip).rows[0].cells.at(1).text == "二月的单元格");
}
