#include "SheetWriting.h"

#include "safeledger/core/Error.h"

#include <xlsxwriter.h>

#include <filesystem>

namespace safeledger::ledger {

std::string csvText(std::string s, bool freeText)
{
    if (freeText && !s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@')) {
        s.insert(0, "'");
    }
    if (s.find_first_of(",\"\r\n") == std::string::npos) {
        return s;
    }
    std::string q = "\"";
    for (char c : s) {
        q += c;
        if (c == '"') {
            q += '"';
        }
    }
    return q + "\"";
}

void replaceInto(const std::string& partial, const std::string& path)
{
    std::error_code ec;
    std::filesystem::rename(partial, path, ec);
    if (ec) {
        std::filesystem::remove(partial, ec);
        throw Error(Error::Kind::Storage, MessageId::Prefixed, {path, ec.message()});
    }
}

std::ofstream openCsv(const std::string& partial, const std::string& path)
{
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    if (!out) {
        throw Error(Error::Kind::Storage, Message(MessageId::FileCannotWriteHere, {path}));
    }
    out << "\xEF\xBB\xBF";
    return out;
}

void finishCsv(std::ofstream& out, const std::string& partial, const std::string& path)
{
    out.close();
    if (!out) {
        std::error_code ec;
        std::filesystem::remove(partial, ec);
        throw Error(Error::Kind::Storage, Message(MessageId::LedgerWriteFailed, {path}));
    }
    replaceInto(partial, path);
}

void finishWorkbook(lxw_workbook* book, int writing, const std::string& partial, const std::string& path)
{
    const auto error = static_cast<lxw_error>(writing);
    const lxw_error closed = workbook_close(book);
    if (error != LXW_NO_ERROR || closed != LXW_NO_ERROR) {
        std::error_code ec;
        std::filesystem::remove(partial, ec);
        throw Error(Error::Kind::Storage, MessageId::WorkbookWriteFailed,
                    {path, lxw_strerror(error != LXW_NO_ERROR ? error : closed)});
    }
    replaceInto(partial, path);
}

} // namespace safeledger::ledger
