// Reading in pieces (issue 18): the XML scanner, a worksheet and an archive give the same result
// whatever the size of the pieces, so that a large ledger is read without holding it.
#include "ExchangeSupport.h"
#include "XlsxWorksheet.h"
#include "XmlScanner.h"
#include "ZipReader.h"
#include "safeledger/core/Error.h"
#include "safeledger/exchange/Sheet.h"

#include <catch2/catch.hpp>

#include <random>

using namespace safeledger;
using namespace safeledger::ledger;
using namespace safeledger::test;

namespace {

std::string describe(const XmlScanner& x, XmlScanner::Event e)
{
    switch (e) {
    case XmlScanner::Event::Start:
        return "<" + std::string(x.name()) + " r=" + x.attribute("r") + " a=" + x.attribute("a") + ">";
    case XmlScanner::Event::End:
        return "</" + std::string(x.name()) + ">";
    case XmlScanner::Event::Text:
        return "text " + x.text();
    default:
        return "?";
    }
}

std::vector<std::string> wholeEvents(std::string_view doc)
{
    XmlScanner x(doc, "t");
    std::vector<std::string> out;
    for (auto e = x.next(); e != XmlScanner::Event::Done; e = x.next()) {
        out.push_back(describe(x, e));
    }
    return out;
}

// The same document given `size` bytes at a time.
std::vector<std::string> eventsInPieces(std::string_view doc, size_t size)
{
    XmlScanner x("t");
    std::vector<std::string> out;
    size_t given = 0;
    for (auto e = x.next(); e != XmlScanner::Event::Done; e = x.next()) {
        if (e != XmlScanner::Event::More) {
            out.push_back(describe(x, e));
        } else if (given < doc.size()) {
            x.feed(doc.substr(given, size));
            given += size;
        } else {
            x.finish();
        }
    }
    return out;
}

std::string refusal(const std::function<void()>& read)
{
    try {
        read();
    } catch (const Error& e) {
        return e.what();
    }
    return "accepted";
}

// A worksheet's rows as "number: text|text#|…" (# marks a number cell).
std::vector<std::string> rowsText(const std::vector<SheetRow>& rows)
{
    std::vector<std::string> out;
    for (const SheetRow& r : rows) {
        std::string line = std::to_string(r.number) + ":";
        for (const SheetCell& c : r.cells) {
            line += c.text + (c.number ? "#" : "") + "|";
        }
        out.push_back(line);
    }
    return out;
}

const std::string kDocument = "\xEF\xBB\xBF<?xml version=\"1.0\"?><!-- a <comment> --><r a='1 &amp; 2'>"
                              "<![CDATA[<raw> & ]]>中文&amp;&#20013;&#x4E2D;<x:c r=\"A1\" a=\"&lt;&gt;\"/>"
                              "<d>  some text  </d><e/></r>\n";

const std::string kWorksheet =
    R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)"
    R"(<row r="1"><c r="A1" t="inlineStr"><is><t>青山镇隐患排查治理台账</t></is></c></row>)"
    R"(<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="inlineStr"><is><t>排查日期</t></is></c></row>)"
    R"(<row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3" t="inlineStr"><is><t>灭火器&#36807;期</t></is></c><c r="C3"><v>46100</v></c></row>)"
    R"(<row r="4"><c r="B4" t="str"><v>通道堆放杂物</v></c><c r="C4"><v>46101</v></c></row>)"
    R"(<row r="6"><c r="A6" t="s"><v>1</v></c></row>)"
    R"(</sheetData><mergeCells count="3"><mergeCell ref="A1:C1"/><x:mergeCell ref='A3:A4' xmlns:x="y"/>)"
    R"(<mergeCell ref="E6:F6"></mergeCell></mergeCells><pageMargins left="0.7"/></worksheet>)";
const std::vector<std::string> kShared = {"单位名称", "隐患描述", "青山机械厂"};

} // namespace

TEST_CASE("XML given in pieces of any size scans as the whole document", "[ledger][reader][stream]")
{
    const std::vector<std::string> whole = wholeEvents(kDocument);
    REQUIRE(whole.size() == 11);
    CHECK(whole[1] == "text <raw> & ");
    CHECK(whole[2] == "text 中文&中中");
    CHECK(whole[3] == "<c r=A1 a=<>>");
    for (size_t size = 1; size <= kDocument.size(); ++size) {
        INFO("pieces of " << size << " bytes");
        CHECK(eventsInPieces(kDocument, size) == whole);
    }
    // A fault is reported at the same byte, however the document came.
    const std::string broken = "<a><b>text</b><c x='1'></a>";
    const std::string expected = refusal([&] { wholeEvents(broken); });
    CHECK(expected.find("does not match") != std::string::npos);
    for (size_t size : {1, 2, 5, 100}) {
        CHECK(refusal([&] { eventsInPieces(broken, size); }) == expected);
    }
    CHECK(refusal([&] { eventsInPieces("<a><b>", 2); }).find("ends inside <b>") != std::string::npos);
    // A text is held until its end comes, so a hostile one is bounded (a compressed file of a few
    // MB may inflate to gigabytes of one text).
    const std::string huge = "<a>" + std::string(17u << 20, 'x') + "</a>";
    CHECK(refusal([&] { eventsInPieces(huge, 1u << 20); }).find("a text longer than 16 MiB") != std::string::npos);
}

TEST_CASE("a worksheet given in pieces gives its rows with merged values as a whole one", "[ledger][reader][stream]")
{
    Sheet whole;
    readWorksheet(kWorksheet, kShared, whole);
    const std::vector<std::string> expected = {
        "1:青山镇隐患排查治理台账|青山镇隐患排查治理台账|青山镇隐患排查治理台账|",
        "2:单位名称|隐患描述|排查日期|",
        "3:青山机械厂|灭火器过期|46100#|",
        "4:青山机械厂|通道堆放杂物|46101#|", // A4 shows the merged A3's value
        "6:隐患描述|",                       // E6:F6 has no value to show
    };
    CHECK(rowsText(whole.rows) == expected);
    const SharedStrings shared(kShared);
    for (size_t size : {1, 2, 3, 7, 13, 64, 1000}) {
        INFO("pieces of " << size << " bytes");
        MergeFinder finder;
        for (size_t at = 0; at < kWorksheet.size(); at += size) {
            finder.feed(std::string_view(kWorksheet).substr(at, size));
        }
        CHECK(finder.ranges().size() == 3);
        std::vector<SheetRow> rows;
        WorksheetParser parser(shared, finder.ranges(), [&](const SheetRow& row) {
            rows.push_back(row);
            return true;
        });
        for (size_t at = 0; at < kWorksheet.size(); at += size) {
            parser.feed(std::string_view(kWorksheet).substr(at, size));
        }
        parser.finish();
        CHECK(rowsText(rows) == expected);
    }
    // A reader that has what it needs stops the parser.
    std::vector<SheetRow> first;
    WorksheetParser parser(shared, {}, [&](const SheetRow& row) {
        first.push_back(row);
        return first.size() < 2;
    });
    CHECK_FALSE(parser.feed(kWorksheet));
    CHECK(first.size() == 2);
    // A cell holds at most 1 MiB of text (Excel keeps 32,767 characters), however its text comes.
    Sheet big;
    const std::string half(600u << 10, 'x');
    CHECK(refusal([&] {
              readWorksheet("<worksheet><sheetData><row r=\"4\"><c t=\"inlineStr\"><is><t>" + half + "<![CDATA[" +
                                half + "]]></t></is></c></row></sheetData></worksheet>",
                            {}, big);
          }).find("a cell of row 4 holds more than 1 MiB of text") != std::string::npos);
    // Rows must come in order, as spreadsheets write them.
    Sheet disordered;
    CHECK(refusal([&] {
              readWorksheet("<worksheet><sheetData><row r=\"3\"/><row r=\"2\"/></sheetData></worksheet>", {},
                            disordered);
          }).find("row 2 comes after row 3") != std::string::npos);
}

TEST_CASE("an archive read from its file gives its entries in pieces and checks them", "[ledger][reader][stream]")
{
    TempDir dir;
    std::mt19937 random(5);
    std::string noise(700'000, '\0'); // does not compress: several pieces in and out
    for (char& c : noise) {
        c = static_cast<char>(random() & 0xFF);
    }
    std::string text; // about 2 MB of numbers: compresses, to fewer pieces in than out
    for (int64_t i = 0; text.size() < 2'000'000; ++i) {
        text += std::to_string(i * 7919 % 100003) + (i % 10 == 9 ? "\n" : ",");
    }
    writeFile(dir.path("a.zip"), makeZip({{"noise.bin", noise}, {"text.txt", text}, {"stored.txt", "as is", 0}}));
    const ZipReader zip = ZipReader::open(dir.path("a.zip"));
    CHECK(zip.read("stored.txt") == "as is");
    for (const auto& [name, content] : {std::pair{"noise.bin", noise}, std::pair{"text.txt", text}}) {
        std::string joined;
        size_t pieces = 0;
        zip.stream(name, [&](std::string_view piece) {
            CHECK(piece.size() <= (256u << 10));
            joined += piece;
            ++pieces;
            return true;
        });
        CHECK(joined == content);
        CHECK(pieces >= content.size() / (256u << 10));
    }
    size_t given = 0;
    zip.stream("text.txt", [&](std::string_view piece) {
        given += piece.size();
        return false;
    });
    CHECK(given == (256u << 10));

    // A damaged entry is refused once it has been read to its end.
    writeFile(dir.path("bad.zip"), makeZip({{"noise.bin", noise, 8, 0, 1}}));
    size_t before = 0;
    CHECK(refusal([&] {
              ZipReader::open(dir.path("bad.zip")).stream("noise.bin", [&](std::string_view piece) {
                  before += piece.size();
                  return true;
              });
          }).find("checksum mismatch") != std::string::npos);
    CHECK(before == noise.size());
    try {
        ZipReader::open(dir.path("missing.zip"));
        FAIL("a missing file was opened");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::NotFound);
    }
}

TEST_CASE("a workbook file is read sheet by sheet as a source", "[ledger][reader][stream]")
{
    TempDir dir;
    const std::string workbook =
        R"(<workbook xmlns:r="r"><sheets><sheet name="1月" r:id="a"/><sheet name="2月" r:id="b"/></sheets></workbook>)";
    const std::string rels = R"(<Relationships><Relationship Id="a" Target="worksheets/s1.xml" Type="x/worksheet"/>)"
                             R"(<Relationship Id="b" Target="worksheets/s2.xml" Type="x/worksheet"/>)"
                             R"(<Relationship Id="c" Target="shared.xml" Type="x/sharedStrings"/></Relationships>)";
    const std::string shared = "<sst><si><t>单位名称</t></si><si><t>隐患描述</t></si><si><t>青山机械厂</t></si></sst>";
    writeFile(dir.path("book.xlsx"), makeZip({{"xl/workbook.xml", workbook},
                                              {"xl/_rels/workbook.xml.rels", rels},
                                              {"xl/shared.xml", shared},
                                              {"xl/worksheets/s1.xml", kWorksheet},
                                              {"xl/worksheets/s2.xml", "<worksheet><sheetData><row r=\"9\"><c "
                                                                       "t=\"s\"><v>2</v></c></row></sheetData>"
                                                                       "</worksheet>"}}));
    const auto source = SheetSource::open(dir.path("book.xlsx"));
    CHECK(source->format == "xlsx");
    CHECK(source->sheets == std::vector<std::string>{"1月", "2月"});
    for (int round = 0; round < 2; ++round) { // read again, as the import does
        std::vector<SheetRow> rows;
        std::vector<Message> notes;
        source->rows(
            0,
            [&](const SheetRow& row) {
                rows.push_back(row);
                return true;
            },
            notes);
        CHECK(rowsText(rows).at(3) == "4:青山机械厂|通道堆放杂物|46101#|");
        CHECK(rows.size() == 5);
    }
    std::vector<SheetRow> second;
    std::vector<Message> notes;
    source->rows(
        1,
        [&](const SheetRow& row) {
            second.push_back(row);
            return true;
        },
        notes);
    CHECK(rowsText(second) == std::vector<std::string>{"9:青山机械厂|"});
    CHECK(readWorkbookFile(dir.path("book.xlsx")).sheets.at(1).rows.size() == 1);
}
