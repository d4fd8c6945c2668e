#pragma once

#include "safeledger/core/Message.h"

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace safeledger {

// A spreadsheet's first sheet as text cells: what the ledger import reads from an .xlsx or .csv
// file. Rows keep their numbers as the user sees them (1-based; blank rows are left out), cells
// their columns (cells[0] is column A). A numeric cell of an .xlsx keeps its stored text
// ("45356", "1200.5") and says it is a number, so that a date column can read Excel's serial
// dates. Merged cells hold their value in every cell they cover, as the user sees it.
struct SheetCell
{
    std::string text;
    bool number = false;
};

struct SheetRow
{
    int number = 0;
    std::vector<SheetCell> cells;
};

struct Sheet
{
    std::string name;   // the sheet's name in the workbook ("3月"); empty for a CSV file
    std::string format; // "xlsx" or "csv"
    std::vector<SheetRow> rows;
    bool date1904 = false;      // the workbook counts serial dates from 1904 (old Mac Excel)
    std::vector<Message> notes; // e.g. how the text was decoded, what was ignored
};

// Every sheet of a file, in the workbook's order (a CSV file is one sheet). Ledgers are often kept
// one sheet per month, quarter, village or enterprise.
struct Workbook
{
    std::string format; // "xlsx" or "csv"
    std::vector<Sheet> sheets;
};

// Both refuse broken or hostile input with Error(Validation) and a message that says why:
// bounded sizes (1 GiB per part, 1,048,576 rows, 16,384 columns of which the first 256 are
// read), no ZIP bombs, no XML entities, no encrypted or ZIP64 archives.
Sheet readXlsx(std::string_view bytes);
// UTF-8 (with or without a byte-order mark) or, failing that, GB18030 (what Excel and WPS write
// as "CSV" on a Chinese Windows); comma, tab or semicolon separated; quoted fields may span lines.
Sheet readCsv(std::string_view bytes);
// Every worksheet of an .xlsx workbook (chart sheets and dialog sheets are not worksheets).
Workbook readXlsxWorkbook(std::string_view bytes);
// Reads the file and chooses by its content: a ZIP archive is .xlsx, anything else CSV.
// readSheetFile gives the first sheet, readWorkbookFile every sheet.
Sheet readSheetFile(const std::string& path);
Workbook readWorkbookFile(const std::string& path);

// A workbook read one row at a time, for files too large to hold: an .xlsx file is read from disk
// and inflated as its rows are given, so the memory it takes does not grow with the file (its
// shared texts and merged ranges excepted). A CSV file is read whole. The same refusals as above.
class SheetSource
{
public:
    virtual ~SheetSource() = default;
    // Reads the file and chooses by its content, as readWorkbookFile does.
    static std::unique_ptr<SheetSource> open(const std::string& path);
    // A workbook already in memory.
    static std::unique_ptr<SheetSource> of(Workbook book);

    std::string format;              // "xlsx" or "csv"
    std::vector<std::string> sheets; // the sheets' names, in the workbook's order
    bool date1904 = false;           // as Sheet::date1904
    // Gives sheet `sheet`'s rows (blank rows left out) in order until `row` returns false; what was
    // ignored is added to `notes` when the sheet has been read to its end.
    virtual void rows(size_t sheet, const std::function<bool(const SheetRow&)>& row,
                      std::vector<Message>& notes) const = 0;
};

} // namespace safeledger
