#include "XlsxWorksheet.h"
#include "XmlScanner.h"
#include "ZipReader.h"
#include "safeledger/core/Error.h"
#include "safeledger/exchange/Sheet.h"

#include <algorithm>
#include <map>
#include <memory>
#include <optional>

namespace safeledger {

namespace ledger {

namespace {

constexpr size_t kMaxMergedCells = 2'000'000;
constexpr size_t kMaxCellText = 1u << 20;

std::string resolveTarget(const std::string& target)
{
    if (!target.empty() && target[0] == '/') {
        return target.substr(1);
    }
    return "xl/" + target;
}

} // namespace

WorksheetParser::WorksheetParser(const SharedStrings& shared, std::vector<MergedRange> merges,
                                 std::function<bool(const SheetRow&)> row)
    : m_shared(shared)
    , m_merges(std::move(merges))
    , m_sink(std::move(row))
{
    std::stable_sort(m_merges.begin(), m_merges.end(),
                     [](const MergedRange& a, const MergedRange& b) { return a.firstRow < b.firstRow; });
}

bool WorksheetParser::feed(std::string_view piece)
{
    if (!m_stopped) {
        m_xml.feed(piece);
        drain();
    }
    return !m_stopped;
}

void WorksheetParser::finish()
{
    if (!m_stopped) {
        m_xml.finish();
        drain();
    }
}

void WorksheetParser::drain()
{
    for (auto e = m_xml.next(); !m_stopped && e != XmlScanner::Event::Done && e != XmlScanner::Event::More;
         e = m_xml.next()) {
        event(e);
    }
}

void WorksheetParser::event(XmlScanner::Event e)
{
    XmlScanner& x = m_xml;
    if (e == XmlScanner::Event::Start) {
        const std::string_view n = x.name();
        if (n == "row") {
            const std::string r = x.attribute("r");
            int number = m_lastRow + 1;
            if (!r.empty()) {
                number = cellRef(r).second;
                if (r.find_first_not_of("0123456789") != std::string::npos || number < 1) {
                    unreadableWorkbook(MessageId::XlsxRowNumberInvalid, {r.substr(0, 20)});
                }
            }
            if (number > kXlsxMaxRow) {
                unreadableWorkbook(MessageId::XlsxRowBeyondLimit);
            }
            if (number == m_lastRow) {
                unreadableWorkbook(MessageId::XlsxRowTwice, {std::to_string(number)});
            }
            if (number < m_lastRow) {
                unreadableWorkbook(MessageId::XlsxRowsOutOfOrder, {std::to_string(number), std::to_string(m_lastRow)});
            }
            m_row.number = number;
            m_row.cells.clear();
            m_inRow = true;
            m_lastRow = number;
            m_lastColumn = 0;
        } else if (n == "c") {
            if (!m_inRow) {
                unreadableWorkbook(MessageId::XlsxCellOutsideRow);
            }
            const std::string r = x.attribute("r");
            m_column = m_lastColumn + 1;
            if (!r.empty()) {
                const auto [c, rr] = cellRef(r);
                if (c < 1 || (rr != 0 && rr != m_row.number)) {
                    unreadableWorkbook(MessageId::XlsxCellReferenceInvalid,
                                       {std::to_string(m_row.number), r.substr(0, 20)});
                }
                m_column = c;
            }
            if (m_column > kXlsxMaxColumn) {
                unreadableWorkbook(MessageId::XlsxCellBeyondXfd);
            }
            m_lastColumn = m_column;
            m_type = x.attribute("t");
            m_value.clear();
            m_inCell = true;
        } else if (n == "v" && m_inCell) {
            m_inValue = true;
        } else if (n == "is" && m_inCell) {
            m_inInline = true;
        } else if (n == "rPh") {
            ++m_phonetic;
        } else if (n == "t" && m_inInline) {
            m_inInlineText = true;
        }
    } else if (e == XmlScanner::Event::End) {
        const std::string_view n = x.name();
        if (n == "v") {
            m_inValue = false;
        } else if (n == "is") {
            m_inInline = false;
        } else if (n == "t") {
            m_inInlineText = false;
        } else if (n == "rPh") {
            --m_phonetic;
        } else if (n == "c" && m_inCell) {
            m_inCell = false;
            endCell();
        } else if (n == "row") {
            m_inRow = false;
            endRow();
        }
    } else if (e == XmlScanner::Event::Text) {
        if ((m_inValue || (m_inInlineText && m_phonetic == 0)) && m_inCell) {
            if (m_value.size() + x.text().size() > kMaxCellText) {
                unreadableWorkbook(MessageId::XlsxCellTooLong,
                                   {std::to_string(m_row.number)}); // Excel keeps 32,767 characters
            }
            m_value += x.text();
        }
    }
}

void WorksheetParser::endCell()
{
    SheetCell cell;
    if (m_type == "s") {
        if (m_value.empty() || m_value.size() > 9 || m_value.find_first_not_of("0123456789") != std::string::npos ||
            std::stoul(m_value) >= m_shared.size()) {
            unreadableWorkbook(MessageId::XlsxSharedTextMissing, {std::to_string(m_row.number)});
        }
        cell.text = m_shared[std::stoul(m_value)];
    } else if (m_type == "b") {
        cell.text = m_value == "1" ? "TRUE" : "FALSE";
    } else if (m_type == "str" || m_type == "inlineStr" || m_type == "e" || m_type == "d") {
        cell.text = m_value;
    } else {
        cell.text = m_value;
        cell.number = !m_value.empty();
    }
    if (cell.text.empty()) {
        return;
    }
    if (m_column > kMaxSheetColumns) {
        m_ignoredColumns = true;
        return;
    }
    if (static_cast<int>(m_row.cells.size()) < m_column) {
        m_row.cells.resize(static_cast<size_t>(m_column));
    }
    m_row.cells[static_cast<size_t>(m_column - 1)] = std::move(cell);
}

void WorksheetParser::endRow()
{
    const int number = m_row.number;
    // Ranges end; those starting here take this row's value of their first cell (a range whose
    // first row is blank shows nothing).
    std::erase_if(m_active, [&](const Active& a) { return a.range.lastRow < number; });
    for (; m_nextMerge < m_merges.size() && m_merges[m_nextMerge].firstRow <= number; ++m_nextMerge) {
        const MergedRange& range = m_merges[m_nextMerge];
        const size_t first = static_cast<size_t>(range.firstColumn - 1);
        if (range.firstRow == number && first < m_row.cells.size() && !m_row.cells[first].text.empty()) {
            m_active.push_back({range, m_row.cells[first]});
        }
    }
    for (const Active& a : m_active) {
        for (int c = a.range.firstColumn; c <= std::min(a.range.lastColumn, kMaxSheetColumns); ++c) {
            if (++m_filled > kMaxMergedCells) {
                unreadableWorkbook(MessageId::XlsxTooManyMergedCells);
            }
            if (static_cast<int>(m_row.cells.size()) < c) {
                m_row.cells.resize(static_cast<size_t>(c));
            }
            m_row.cells[static_cast<size_t>(c - 1)] = a.value;
        }
    }
    if (!m_row.cells.empty() && !m_sink(m_row)) {
        m_stopped = true;
    }
}

void readWorksheet(std::string_view xml, const std::vector<std::string>& shared, Sheet& sheet)
{
    MergeFinder merges;
    merges.feed(xml);
    const SharedStrings texts(shared);
    WorksheetParser parser(texts, merges.ranges(), [&](const SheetRow& row) {
        sheet.rows.push_back(row);
        return true;
    });
    parser.feed(xml);
    parser.finish();
    if (parser.ignoredColumns()) {
        sheet.notes.emplace_back(MessageId::SheetColumnsIgnored);
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

// An .xlsx workbook whose sheets are read as they are asked for: the shared texts once, each
// sheet's merged ranges on its first reading, its rows inflated and scanned piece by piece.
class XlsxSource final : public SheetSource
{
public:
    explicit XlsxSource(ledger::ZipReader zip)
        : m_zip(std::move(zip))
    {
        const WorkbookParts parts = workbookParts(m_zip);
        format = "xlsx";
        date1904 = parts.date1904;
        for (const auto& [name, path] : parts.sheets) {
            sheets.push_back(name);
            m_parts.push_back(path);
        }
        m_merges.resize(m_parts.size());
        if (m_zip.has(parts.sharedPath)) {
            m_zip.stream(
                parts.sharedPath,
                [&](std::string_view piece) {
                    m_shared.feed(piece);
                    return true;
                },
                true);
            m_shared.finish();
        }
    }

    void rows(size_t sheet, const std::function<bool(const SheetRow&)>& row, std::vector<Message>& notes) const override
    {
        using namespace ledger;
        const std::string& part = m_parts.at(sheet);
        if (!m_merges[sheet]) {
            MergeFinder finder;
            m_zip.stream(part, [&](std::string_view piece) {
                finder.feed(piece);
                return true;
            });
            m_merges[sheet] = finder.ranges();
        }
        WorksheetParser parser(m_shared, *m_merges[sheet], row);
        bool whole = true;
        m_zip.stream(part, [&](std::string_view piece) { return whole = parser.feed(piece); });
        if (whole) {
            parser.finish();
            if (parser.ignoredColumns()) {
                notes.emplace_back(MessageId::SheetColumnsIgnored);
            }
        }
    }

private:
    ledger::ZipReader m_zip;
    std::vector<std::string> m_parts;
    ledger::SharedStrings m_shared;
    mutable std::vector<std::optional<std::vector<ledger::MergedRange>>> m_merges;
};

// A workbook in memory (a CSV file, or one given by a test).
class BookSource final : public SheetSource
{
public:
    explicit BookSource(Workbook book)
        : m_book(std::move(book))
    {
        format = m_book.format;
        for (const Sheet& sheet : m_book.sheets) {
            sheets.push_back(sheet.name);
            date1904 = date1904 || sheet.date1904;
        }
    }

    void rows(size_t sheet, const std::function<bool(const SheetRow&)>& row, std::vector<Message>& notes) const override
    {
        const Sheet& s = m_book.sheets.at(sheet);
        for (const SheetRow& r : s.rows) {
            if (!row(r)) {
                return;
            }
        }
        notes.insert(notes.end(), s.notes.begin(), s.notes.end());
    }

private:
    Workbook m_book;
};

Workbook readAll(const SheetSource& source, bool firstOnly)
{
    Workbook book;
    book.format = source.format;
    for (size_t i = 0; i < source.sheets.size(); ++i) {
        Sheet sheet;
        sheet.name = source.sheets[i];
        sheet.format = source.format;
        sheet.date1904 = source.date1904;
        source.rows(
            i,
            [&](const SheetRow& row) {
                sheet.rows.push_back(row);
                return true;
            },
            sheet.notes);
        book.sheets.push_back(std::move(sheet));
        if (firstOnly) {
            break;
        }
    }
    return book;
}

} // namespace

std::unique_ptr<SheetSource> SheetSource::of(Workbook book)
{
    return std::make_unique<BookSource>(std::move(book));
}

std::unique_ptr<SheetSource> ledger::openXlsxSource(const std::string& path)
{
    return std::make_unique<XlsxSource>(ledger::ZipReader::open(path));
}

Sheet readXlsx(std::string_view bytes)
{
    return std::move(readAll(XlsxSource(ledger::ZipReader(bytes)), true).sheets.front());
}

Workbook readXlsxWorkbook(std::string_view bytes)
{
    return readAll(XlsxSource(ledger::ZipReader(bytes)), false);
}

Workbook ledger::readWorkbook(const SheetSource& source)
{
    return readAll(source, false);
}

} // namespace safeledger
