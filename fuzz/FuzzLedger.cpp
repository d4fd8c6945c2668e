// libFuzzer target: the ledger readers. The first byte chooses what the rest is: an .xlsx file, a
// CSV file, a worksheet part or a shared-strings part (so that the XML readers are reached
// without getting through ZIP and deflate first). A worksheet part is also read in pieces of a size
// the first byte chooses, as large files are: a different result is a finding. Readable sheets are
// then previewed against a database with units. Refusals are Error(Validation); anything else is a
// finding.
#include "FuzzDatabase.h"
#include "XlsxWorksheet.h"
#include "safeledger/core/Error.h"
#include "safeledger/exchange/LedgerImporter.h"

#include <cstdlib>
#include <string_view>

using namespace safeledger;

namespace {

// The worksheet's rows read from pieces of `size` bytes; "refused" when they are refused.
std::vector<SheetRow> inPieces(std::string_view xml, size_t size, const ledger::SharedStrings& shared)
{
    std::vector<SheetRow> rows;
    ledger::MergeFinder merges;
    for (size_t at = 0; at < xml.size(); at += size) {
        merges.feed(xml.substr(at, size));
    }
    ledger::WorksheetParser parser(shared, merges.ranges(), [&](const SheetRow& row) {
        rows.push_back(row);
        return true;
    });
    for (size_t at = 0; at < xml.size(); at += size) {
        parser.feed(xml.substr(at, size));
    }
    parser.finish();
    return rows;
}

bool same(const std::vector<SheetRow>& a, const std::vector<SheetRow>& b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i].number != b[i].number || a[i].cells.size() != b[i].cells.size()) {
            return false;
        }
        for (size_t c = 0; c < a[i].cells.size(); ++c) {
            if (a[i].cells[c].text != b[i].cells[c].text || a[i].cells[c].number != b[i].cells[c].number) {
                return false;
            }
        }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    static auto db = fuzz::smallDatabase();
    const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
    Sheet sheet;
    try {
        switch (data[0] % 4) {
        case 0:
            sheet = readXlsx(rest);
            break;
        case 1:
            sheet = readCsv(rest);
            break;
        case 2: {
            const std::vector<std::string> texts = {"隐患描述", "排查日期", "单位名称", "青山机械厂", "2026/3/4"};
            sheet.format = "xlsx";
            bool wholeRefused = false;
            try {
                ledger::readWorksheet(rest, texts, sheet);
            } catch (const Error& e) {
                if (e.kind() != Error::Kind::Validation) {
                    throw;
                }
                wholeRefused = true;
            }
            bool piecesRefused = false;
            std::vector<SheetRow> pieces;
            try {
                pieces = inPieces(rest, static_cast<size_t>(data[0] >> 3) + 1, ledger::SharedStrings(texts));
            } catch (const Error& e) {
                if (e.kind() != Error::Kind::Validation) {
                    throw;
                }
                piecesRefused = true;
            }
            if (wholeRefused != piecesRefused || (!wholeRefused && !same(sheet.rows, pieces))) {
                std::abort(); // the pieces changed what was read
            }
            if (wholeRefused) {
                return 0;
            }
            break;
        }
        default:
            ledger::readSharedStrings(rest);
            return 0;
        }
    } catch (const Error& e) {
        if (e.kind() != Error::Kind::Validation) {
            throw;
        }
        return 0;
    }
    LedgerImportOptions options;
    options.createMissingUnits = (data[0] & 4) != 0;
    const LedgerPreview preview = LedgerImporter(*db).preview(sheet, options, "fuzz");
    for (const auto& p : preview.problems) {
        (void)p.describe();
    }
    return 0;
}
