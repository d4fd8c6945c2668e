#include "XlsxWorksheet.h"
#include "XmlScanner.h"
#include "ZipReader.h"
#include "safeledger/core/Error.h"
#include "safeledger/exchange/Sheet.h"

#include <algorithm>
#include <map>
#include <memory>

namespace safeledger {

namespace ledger {

namespace {

constexpr int kMaxRow = 1048576;
constexpr int kMaxColumn = 16384;
constexpr size_t kMaxSharedStrings = 10'000'000;
constexpr size_t kMaxMergedCells = 2'000'000;

// "the workbook cannot be read: " and why.
[[noreturn]] void broken(MessageId why, std::vector<std::string> values = {})
{
    throw Error(Error::Kind::Validation,
                Message(MessageId::WorkbookUnreadable, {}, std::make_shared<Message>(why, std::move(values))));
}

// "BC12" → column 55 (1-based), row 12; 0 for a part that is absent or out of range.
std::pair<int, int> cellRef(std::string_view ref)
{
    int col = 0, row = 0;
    size_t i = 0;
    while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && col <= kMaxColumn) {
        col = col * 26 + (ref[i] - 'A' + 1);
        ++i;
    }
    while (i < ref.size() && ref[i] >= '0' && ref[i] <= '9' && row <= kMaxRow) {
        row = row * 10 + (ref[i] - '0');
        ++i;
    }
    if (i != ref.size() || col > kMaxColumn || row > kMaxRow) {
        return {-1, -1};
    }
    return {col, row};
}

std::string resolveTarget(const std::string& target)
{
    if (!target.empty() && target[0] == '/') {
        return target.substr(1);
    }
    return "xl/" + target;
}

} // namespace

std::vector<std::string> readSharedStrings(std::string_view xml)
{
    std::vector<std::string> out;
    XmlScanner x(xml, "xl/sharedStrings.xml");
    bool inItem = false, inText = false;
    int phonetic = 0;
    std::string current;
    for (auto e = x.next(); e != XmlScanner::Event::Done; e = x.next()) {
        if (e == XmlScanner::Event::Start) {
            if (x.name() == "si") {
                inItem = true;
                current.clear();
            } else if (x.name() == "rPh") {
                ++phonetic; // the reading aid above Japanese text is not part of the value
            } else if (x.name() == "t") {
                inText = true;
            }
        } else if (e == XmlScanner::Event::End) {
            if (x.name() == "si") {
                if (out.size() >= kMaxSharedStrings) {
                    broken(MessageId::XlsxTooManySharedStrings);
                }
                out.push_back(std::move(current));
                current.clear();
                inItem = false;
            } else if (x.name() == "rPh") {
                --phonetic;
            } else if (x.name() == "t") {
                inText = false;
            }
        } else if (e == XmlScanner::Event::Text && inItem && inText && phonetic == 0) {
            current += x.text();
        }
    }
    return out;
}

void readWorksheet(std::string_view xml, const std::vector<std::string>& shared, Sheet& sheet)
{
    XmlScanner x(xml, "the worksheet");
    std::map<int, SheetRow> rows;
    std::vector<std::pair<std::pair<int, int>, std::pair<int, int>>> merges;
    SheetRow* row = nullptr;
    int lastRow = 0, lastColumn = 0, column = 0;
    std::string type, value;
    bool inValue = false, inInline = false, inInlineText = false, inCell = false, ignoredColumns = false;
    int phonetic = 0;
    for (auto e = x.next(); e != XmlScanner::Event::Done; e = x.next()) {
        if (e == XmlScanner::Event::Start) {
            const std::string_view n = x.name();
            if (n == "row") {
                const std::string r = x.attribute("r");
                int number = lastRow + 1;
                if (!r.empty()) {
                    number = cellRef(r).second;
                    if (r.find_first_not_of("0123456789") != std::string::npos || number < 1) {
                        broken(MessageId::XlsxRowNumberInvalid, {r.substr(0, 20)});
                    }
                }
                if (number > kMaxRow) {
                    broken(MessageId::XlsxRowBeyondLimit);
                }
                if (rows.count(number)) {
                    broken(MessageId::XlsxRowTwice, {std::to_string(number)});
                }
                row = &rows[number];
                row->number = number;
                lastRow = number;
                lastColumn = 0;
            } else if (n == "c") {
                if (!row) {
                    broken(MessageId::XlsxCellOutsideRow);
                }
                const std::string r = x.attribute("r");
                column = lastColumn + 1;
                if (!r.empty()) {
                    const auto [c, rr] = cellRef(r);
                    if (c < 1 || (rr != 0 && rr != row->number)) {
                        broken(MessageId::XlsxCellReferenceInvalid, {std::to_string(row->number), r.substr(0, 20)});
                    }
                    column = c;
                }
                if (column > kMaxColumn) {
                    broken(MessageId::XlsxCellBeyondXfd);
                }
                lastColumn = column;
                type = x.attribute("t");
                value.clear();
                inCell = true;
            } else if (n == "v" && inCell) {
                inValue = true;
            } else if (n == "is" && inCell) {
                inInline = true;
            } else if (n == "rPh") {
                ++phonetic;
            } else if (n == "t" && inInline) {
                inInlineText = true;
            } else if (n == "mergeCell") {
                const std::string ref = x.attribute("ref");
                const auto colon = ref.find(':');
                if (colon != std::string::npos) {
                    const auto a = cellRef(std::string_view(ref).substr(0, colon));
                    const auto b = cellRef(std::string_view(ref).substr(colon + 1));
                    if (a.first < 1 || a.second < 1 || b.first < a.first || b.second < a.second) {
                        broken(MessageId::XlsxMergedRangeInvalid, {ref.substr(0, 40)});
                    }
                    merges.push_back({a, b});
                }
            }
        } else if (e == XmlScanner::Event::End) {
            const std::string_view n = x.name();
            if (n == "v") {
                inValue = false;
            } else if (n == "is") {
                inInline = false;
            } else if (n == "t") {
                inInlineText = false;
            } else if (n == "rPh") {
                --phonetic;
            } else if (n == "c" && inCell) {
                inCell = false;
                SheetCell cell;
                if (type == "s") {
                    if (value.empty() || value.size() > 9 ||
                        value.find_first_not_of("0123456789") != std::string::npos ||
                        std::stoul(value) >= shared.size()) {
                        broken(MessageId::XlsxSharedTextMissing, {std::to_string(row->number)});
                    }
                    cell.text = shared[std::stoul(value)];
                } else if (type == "b") {
                    cell.text = value == "1" ? "TRUE" : "FALSE";
                } else if (type == "str" || type == "inlineStr" || type == "e" || type == "d") {
                    cell.text = value;
                } else {
                    cell.text = value;
                    cell.number = !value.empty();
                }
                if (cell.text.empty()) {
                    continue;
                }
                if (column > kMaxSheetColumns) {
                    ignoredColumns = true;
                    continue;
                }
                if (static_cast<int>(row->cells.size()) < column) {
                    row->cells.resize(static_cast<size_t>(column));
                }
                row->cells[static_cast<size_t>(column - 1)] = std::move(cell);
            } else if (n == "row") {
                row = nullptr;
            }
        } else if (e == XmlScanner::Event::Text) {
            if ((inValue || (inInlineText && phonetic == 0)) && inCell) {
                value += x.text();
            }
        }
    }
    // A merged range shows its first cell's value everywhere in it.
    size_t filled = 0;
    for (const auto& [from, to] : merges) {
        const auto first = rows.find(from.second);
        if (first == rows.end() || static_cast<int>(first->second.cells.size()) < from.first) {
            continue;
        }
        const SheetCell source = first->second.cells[static_cast<size_t>(from.first - 1)];
        if (source.text.empty()) {
            continue;
        }
        for (auto it = first; it != rows.end() && it->first <= to.second; ++it) {
            for (int c = from.first; c <= std::min(to.first, kMaxSheetColumns); ++c) {
                if (++filled > kMaxMergedCells) {
                    broken(MessageId::XlsxTooManyMergedCells);
                }
                auto& cells = it->second.cells;
                if (static_cast<int>(cells.size()) < c) {
                    cells.resize(static_cast<size_t>(c));
                }
                cells[static_cast<size_t>(c - 1)] = source;
            }
        }
    }
    if (ignoredColumns) {
        sheet.notes.emplace_back(MessageId::SheetColumnsIgnored);
    }
    for (auto& [number, r] : rows) {
        if (!r.cells.empty()) {
            sheet.rows.push_back(std::move(r));
        }
    }
}

} // namespace ledger

namespace {

// The workbook's worksheets, in its order: each one's name and part, read lazily by the caller.
struct WorkbookParts
{
    bool date1904 = false;
    std::string sharedPath = "xl/sharedStrings.xml";
    std::vector<std::pair<std::string, std::string>> sheets; // name, part path
};

WorkbookParts workbookParts(const ledger::ZipReader& zip)
{
    using namespace ledger;
    if (!zip.has("xl/workbook.xml")) {
        throw Error(Error::Kind::Validation, MessageId::XlsxNoWorkbook);
    }
    WorkbookParts parts;
    std::vector<std::pair<std::string, std::string>> named; // name, relationship id
    const std::string workbook = zip.read("xl/workbook.xml");
    XmlScanner x(workbook, "xl/workbook.xml");
    for (auto e = x.next(); e != XmlScanner::Event::Done; e = x.next()) {
        if (e != XmlScanner::Event::Start) {
            continue;
        }
        if (x.name() == "workbookPr") {
            const std::string v = x.attribute("date1904");
            parts.date1904 = v == "1" || v == "true";
        } else if (x.name() == "sheet") {
            named.emplace_back(x.attribute("name"), x.attribute("id"));
        }
    }
    std::map<std::string, std::string> targets; // relationship id → worksheet part
    if (zip.has("xl/_rels/workbook.xml.rels")) {
        const std::string rels = zip.read("xl/_rels/workbook.xml.rels");
        XmlScanner r(rels, "xl/_rels/workbook.xml.rels");
        const auto endsWith = [](const std::string& s, std::string_view tail) {
            return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
        };
        for (auto e = r.next(); e != XmlScanner::Event::Done; e = r.next()) {
            if (e != XmlScanner::Event::Start || r.name() != "Relationship") {
                continue;
            }
            const std::string type = r.attribute("Type");
            if (endsWith(type, "/worksheet")) {
                targets[r.attribute("Id")] = resolveTarget(r.attribute("Target"));
            } else if (endsWith(type, "/sharedStrings")) {
                parts.sharedPath = resolveTarget(r.attribute("Target"));
            }
        }
    }
    for (const auto& [name, id] : named) {
        if (const auto it = targets.find(id); it != targets.end() && zip.has(it->second)) {
            parts.sheets.emplace_back(name, it->second);
        }
    }
    // A workbook without relationships (some generators) has its first sheet in the usual place.
    if (parts.sheets.empty()) {
        parts.sheets.emplace_back(named.empty() ? std::string() : named.front().first, "xl/worksheets/sheet1.xml");
    }
    return parts;
}

Workbook readParts(std::string_view bytes, bool firstOnly)
{
    using namespace ledger;
    ZipReader zip(bytes);
    const WorkbookParts parts = workbookParts(zip);
    std::vector<std::string> shared;
    if (zip.has(parts.sharedPath)) {
        shared = readSharedStrings(zip.read(parts.sharedPath));
    }
    Workbook book;
    book.format = "xlsx";
    for (const auto& [name, path] : parts.sheets) {
        Sheet sheet;
        sheet.name = name;
        sheet.format = "xlsx";
        sheet.date1904 = parts.date1904;
        readWorksheet(zip.read(path), shared, sheet);
        book.sheets.push_back(std::move(sheet));
        if (firstOnly) {
            break;
        }
    }
    return book;
}

} // namespace

Sheet readXlsx(std::string_view bytes)
{
    return std::move(readParts(bytes, true).sheets.front());
}

Workbook readXlsxWorkbook(std::string_view bytes)
{
    return readParts(bytes, false);
}

} // namespace safeledger
