// Writes the starting corpus of a fuzz target into a folder: real files of each kind, so that
// the fuzzer starts from inputs that get all the way through the readers.
//   fuzz_seeds DIR package|ledger
#include "FuzzDatabase.h"
#include "safeledger/exchange/LedgerExporter.h"
#include "safeledger/exchange/PackageExporter.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

using namespace safeledger;
namespace fs = std::filesystem;

namespace {

std::string readFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void writeSeed(const fs::path& path, char mode, const std::string& content)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (mode != 0) {
        out << mode;
    }
    out << content;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::cerr << "usage: fuzz_seeds DIR package|ledger\n";
        return 2;
    }
    const fs::path dir = argv[1];
    const std::string kind = argv[2];
    fs::create_directories(dir);
    auto db = fuzz::smallDatabase();
    if (kind == "package") {
        std::ostringstream out;
        exportPackage(*db, out);
        writeSeed(dir / "small.json", 0, out.str());
        PackageExportOptions scoped;
        scoped.from = Date::fromParts(2026, 3, 1);
        scoped.to = Date::fromParts(2026, 3, 31);
        scoped.includeAudit = false;
        std::ostringstream part;
        exportPackage(*db, part, scoped);
        writeSeed(dir / "march.json", 0, part.str());
        return 0;
    }
    const fs::path tmp = dir / "tmp";
    fs::create_directories(tmp);
    exportLedger(*db, (tmp / "l.xlsx").string());
    exportLedger(*db, (tmp / "l.csv").string());
    const std::string xlsx = readFile(tmp / "l.xlsx");
    writeSeed(dir / "ledger.xlsx", 0, xlsx);                   // mode 0: .xlsx
    writeSeed(dir / "ledger.csv", 1, readFile(tmp / "l.csv")); // mode 1: CSV
    writeSeed(dir / "sheet.xml", 2,                            // mode 2: a worksheet part
              "<worksheet><sheetData><row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"s\"><v>1</v></c>"
              "<c r=\"C2\" t=\"s\"><v>2</v></c></row><row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>灭火器过期</t>"
              "</is></c><c r=\"B3\"><v>46085</v></c><c r=\"C3\" t=\"s\"><v>3</v></c></row></sheetData>"
              "<mergeCells><mergeCell ref=\"C3:C4\"/></mergeCells></worksheet>");
    writeSeed(dir / "strings.xml", 3, // mode 3: shared strings
              "<sst><si><t>隐患描述</t></si><si><r><t>a</t></r><r><t xml:space=\"preserve\"> b</t></r>"
              "<rPh><t>c</t></rPh></si><si><t>&amp;&#x4E2D;</t></si></sst>");
    fs::remove_all(tmp);
    return 0;
}
