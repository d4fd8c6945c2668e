#include "XlsxWorksheet.h"
#include "safeledger/core/Error.h"
#include "safeledger/exchange/Sheet.h"

#include <iconv.h>

#include <fstream>
#include <memory>
#include <sstream>

namespace safeledger {

namespace {

constexpr size_t kMaxFile = 1ull << 30;
constexpr size_t kMaxField = 1u << 20;
constexpr size_t kMaxColumns = 1000;
constexpr int kMaxRows = 2'000'000;

// "the CSV file cannot be read: " and why.
[[noreturn]] void broken(MessageId why, std::vector<std::string> values = {})
{
    throw Error(Error::Kind::Validation,
                Message(MessageId::CsvUnreadable, {}, std::make_shared<Message>(why, std::move(values))));
}

bool validUtf8(std::string_view s)
{
    size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        size_t n = 0;
        uint32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            n = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            n = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            n = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + n >= s.size()) {
            return false;
        }
        for (size_t k = 1; k <= n; ++k) {
            const auto d = static_cast<unsigned char>(s[i + k]);
            if ((d & 0xC0) != 0x80) {
                return false;
            }
            cp = cp << 6 | (d & 0x3F);
        }
        const uint32_t minimum[] = {0, 0x80, 0x800, 0x10000};
        if (cp < minimum[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return false;
        }
        i += n + 1;
    }
    return true;
}

// Excel and WPS on a Chinese Windows save "CSV" in the ANSI code page: GBK, of which GB18030 is
// the superset.
std::string fromGb18030(std::string_view in)
{
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        broken(MessageId::CsvNoGb18030);
    }
    std::string out(in.size() * 2 + 16, '\0');
    char* src = const_cast<char*>(in.data());
    size_t srcLeft = in.size();
    char* dst = out.data();
    size_t dstLeft = out.size();
    const size_t rc = iconv(cd, &src, &srcLeft, &dst, &dstLeft);
    iconv_close(cd);
    if (rc == static_cast<size_t>(-1) || srcLeft != 0) {
        broken(MessageId::CsvNotGb18030, {std::to_string(in.size() - srcLeft)});
    }
    out.resize(out.size() - dstLeft);
    return out;
}

char detectSeparator(std::string_view text)
{
    size_t commas = 0, tabs = 0, semicolons = 0;
    bool quoted = false;
    for (size_t i = 0; i < text.size() && i < 65536; ++i) {
        const char c = text[i];
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r') && commas + tabs + semicolons > 0) {
            break;
        } else if (!quoted) {
            commas += c == ',';
            tabs += c == '\t';
            semicolons += c == ';';
        }
    }
    if (tabs > commas && tabs >= semicolons) {
        return '\t';
    }
    return semicolons > commas ? ';' : ',';
}

} // namespace

Sheet readCsv(std::string_view bytes)
{
    if (bytes.size() > kMaxFile) {
        broken(MessageId::CsvLargerThan1GiB);
    }
    Sheet sheet;
    sheet.format = "csv";
    std::string decoded;
    std::string_view text = bytes;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") {
        text.remove_prefix(3);
    }
    if (!validUtf8(text)) {
        decoded = fromGb18030(text);
        text = decoded;
        sheet.notes.emplace_back(MessageId::SheetReadAsGb18030);
    }
    const char sep = detectSeparator(text);
    SheetRow row;
    std::string field;
    bool quoted = false, wasQuoted = false;
    auto endField = [&] {
        if (row.cells.size() >= kMaxColumns) {
            broken(MessageId::CsvTooManyColumns, {std::to_string(row.number)});
        }
        row.cells.push_back({std::move(field), false});
        field.clear();
        wasQuoted = false;
    };
    auto endRow = [&] {
        endField();
        while (!row.cells.empty() && row.cells.back().text.empty()) {
            row.cells.pop_back();
        }
        if (static_cast<int>(row.cells.size()) > ledger::kMaxSheetColumns) {
            row.cells.resize(static_cast<size_t>(ledger::kMaxSheetColumns));
        }
        if (!row.cells.empty()) {
            sheet.rows.push_back(std::move(row));
        }
        row = SheetRow{};
    };
    int number = 1;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == '"' && field.empty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == sep) {
            endField();
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
                ++i;
            }
            row.number = number;
            endRow();
            if (++number > kMaxRows) {
                broken(MessageId::CsvTooManyRows);
            }
        } else {
            field += c; // a stray quote inside an unquoted field is kept as written
        }
        if (field.size() > kMaxField) {
            broken(MessageId::CsvFieldTooLong, {std::to_string(number)});
        }
    }
    if (quoted) {
        broken(MessageId::CsvQuoteNeverClosed, {std::to_string(number)});
    }
    if (!field.empty() || !row.cells.empty()) {
        row.number = number;
        endRow();
    }
    return sheet;
}

namespace {

// The first bytes of the file say what it is: a ZIP archive (.xlsx), an old .xls (refused), or text.
bool isZipFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw Error(Error::Kind::NotFound, Message(MessageId::FileCannotOpen, {path}));
    }
    std::string head(8, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<size_t>(in.gcount()));
    if (head == "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        throw Error(Error::Kind::Validation, Message(MessageId::SheetFileIsXls, {path}));
    }
    return head.compare(0, 4, "PK\x03\x04") == 0;
}

// A CSV file's bytes, refused when it cannot be read or is too large.
std::string readCsvBytes(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw Error(Error::Kind::NotFound, Message(MessageId::FileCannotOpen, {path}));
    }
    in.seekg(0, std::ios::end);
    const auto size = static_cast<size_t>(in.tellg());
    if (size > kMaxFile) {
        throw Error(Error::Kind::Validation, Message(MessageId::SheetFileTooLarge, {path}));
    }
    in.seekg(0);
    std::string bytes(size, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    return bytes;
}

} // namespace

std::unique_ptr<SheetSource> SheetSource::open(const std::string& path)
{
    if (isZipFile(path)) {
        return ledger::openXlsxSource(path);
    }
    Workbook book;
    book.format = "csv";
    book.sheets.push_back(readCsv(readCsvBytes(path)));
    return of(std::move(book));
}

Sheet readSheetFile(const std::string& path)
{
    if (isZipFile(path)) {
        Workbook book = ledger::readWorkbook(*ledger::openXlsxSource(path));
        return std::move(book.sheets.front());
    }
    return readCsv(readCsvBytes(path));
}

Workbook readWorkbookFile(const std::string& path)
{
    return ledger::readWorkbook(*SheetSource::open(path));
}

} // namespace safeledger
