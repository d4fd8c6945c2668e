#pragma once
// The XML parts of an .xlsx that hold a sheet's values, read piece by piece as they are inflated;
// exposed for the tests and the fuzzer.

#include "XmlScanner.h"
#include "safeledger/core/Message.h"
#include "safeledger/exchange/Sheet.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace safeledger::ledger {

// Columns beyond this one are not read (a ledger has about 16).
inline constexpr int kMaxSheetColumns = 256;
// The last row and column a worksheet may have (XFD1048576).
inline constexpr int kXlsxMaxRow = 1048576;
inline constexpr int kXlsxMaxColumn = 16384;

// "BC12" → column 55 (1-based), row 12; 0 for a part that is absent, -1 for both when out of range.
std::pair<int, int> cellRef(std::string_view ref);
// Throws "the workbook cannot be read: " and why (a Validation error).
[[noreturn]] void unreadableWorkbook(MessageId why, std::vector<std::string> values = {});

// xl/sharedStrings.xml: the texts cells refer to by index (rich text joined, phonetic runs left
// out), held in one block: a million short texts take their bytes and eight more each.
class SharedStrings final
{
public:
    SharedStrings() = default;
    explicit SharedStrings(const std::vector<std::string>& texts);
    void feed(std::string_view piece);
    void finish();
    size_t size() const { return m_ends.size(); }
    std::string_view operator[](size_t i) const
    {
        const size_t from = i == 0 ? 0 : m_ends[i - 1];
        return std::string_view(m_text).substr(from, m_ends[i] - from);
    }

private:
    void drain();

    std::string m_text;
    std::vector<size_t> m_ends;
    XmlScanner m_xml{"xl/sharedStrings.xml"};
    bool m_inItem = false, m_inText = false;
    int m_phonetic = 0;
};

// A merged range: columns and rows (1-based) of its first and last cell.
struct MergedRange
{
    int firstColumn = 0, firstRow = 0, lastColumn = 0, lastRow = 0;
};

// Finds the merged ranges of a worksheet part (they follow its rows), given in pieces, without
// reading its cells: a first, quick pass so that the rows can be given with their merged values.
class MergeFinder final
{
public:
    void feed(std::string_view piece);
    std::vector<MergedRange> ranges() const { return m_ranges; }

private:
    std::string m_carry; // the end of the last piece, where a tag may begin
    std::vector<MergedRange> m_ranges;
};

// A worksheet part's rows, given in pieces: each row with cells is given to `row` when it ends,
// merged ranges filled in (a range shows its first cell's value in every cell it covers), until
// `row` returns false. Rows must come in order, as Excel writes them.
class WorksheetParser final
{
public:
    WorksheetParser(const SharedStrings& shared, std::vector<MergedRange> merges,
                    std::function<bool(const SheetRow&)> row);
    bool feed(std::string_view piece); // false once `row` has said stop
    void finish();
    bool ignoredColumns() const { return m_ignoredColumns; } // cells beyond kMaxSheetColumns

private:
    void drain();
    void event(XmlScanner::Event e);
    void endCell();
    void endRow();

    const SharedStrings& m_shared;
    std::vector<MergedRange> m_merges; // by first row
    size_t m_nextMerge = 0;
    struct Active
    {
        MergedRange range;
        SheetCell value;
    };
    std::vector<Active> m_active;
    size_t m_filled = 0;
    std::function<bool(const SheetRow&)> m_sink;
    XmlScanner m_xml{"the worksheet"};
    SheetRow m_row;
    bool m_inRow = false, m_stopped = false, m_ignoredColumns = false;
    int m_lastRow = 0, m_lastColumn = 0, m_column = 0;
    std::string m_type, m_value;
    bool m_inValue = false, m_inInline = false, m_inInlineText = false, m_inCell = false;
    int m_phonetic = 0;
};

// An .xlsx file as a SheetSource, read from disk as its rows are asked for.
std::unique_ptr<SheetSource> openXlsxSource(const std::string& path);
// Every row of every sheet of a source, held.
Workbook readWorkbook(const SheetSource& source);

// The whole-part forms, for the tests and the fuzzer.
std::vector<std::string> readSharedStrings(std::string_view xml);
void readWorksheet(std::string_view xml, const std::vector<std::string>& shared, Sheet& sheet);

} // namespace safeledger::ledger
