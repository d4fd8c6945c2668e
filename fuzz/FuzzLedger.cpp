// libFuzzer target: the ledger readers. The first byte chooses what the rest is: an .xlsx file, a
// CSV file, a worksheet part or a shared-strings part (so that the XML readers are reached
// without getting through ZIP and deflate first). Readable sheets are then previewed against a
// database with units. Refusals are Error(Validation); anything else is a finding.
#include "FuzzDatabase.h"
#include "XlsxWorksheet.h"
#include "safeledger/core/Error.h"
#include "safeledger/exchange/LedgerImporter.h"

#include <string_view>

using namespace safeledger;

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
        case 2:
            sheet.format = "xlsx";
            ledger::readWorksheet(rest, {"隐患描述", "排查日期", "单位名称", "青山机械厂", "2026/3/4"}, sheet);
            break;
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
