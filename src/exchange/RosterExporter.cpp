#include "SheetWriting.h"
#include "safeledger/core/Error.h"
#include "safeledger/exchange/Roster.h"
#include "safeledger/storage/OrgService.h"

#include <xlsxwriter.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <functional>

namespace safeledger {

namespace {

const std::array<RosterField, 14> kLayout = {
    RosterField::Seq,        RosterField::Name,      RosterField::Parent,    RosterField::CreditCode, RosterField::Kind,
    RosterField::Sector,     RosterField::Scale,     RosterField::Employees, RosterField::Address,    RosterField::Grid,
    RosterField::Supervisor, RosterField::Principal, RosterField::Phone,     RosterField::Risk,
};
const std::array<double, 14> kWidths = {6, 30, 24, 21, 12, 14, 10, 10, 30, 14, 12, 12, 14, 10};

// One line per live unit of the subtree, parents first; the employees column is a number.
int64_t eachUnit(Database& db, std::optional<int64_t> orgId,
                 const std::function<void(const std::array<std::string, 14>&, int64_t employees)>& emit)
{
    OrgService orgs(db);
    int64_t n = 0;
    std::function<void(const Organisation&, const std::string&)> walk = [&](const Organisation& u,
                                                                            const std::string& parent) {
        if (u.isVoided()) {
            return;
        }
        emit({std::to_string(++n), u.name, parent, u.creditCode, toChinese(u.kind), toChinese(u.sector),
              toChinese(u.scale), std::string(), u.address, u.grid, u.supervisor, u.principal, u.phone,
              toChinese(u.riskColour)},
             u.employees);
        for (const Organisation& child : orgs.children(u.id)) {
            walk(child, u.name);
        }
    };
    if (orgId) {
        walk(orgs.get(*orgId), std::string());
    } else {
        for (const Organisation& root : orgs.roots()) {
            walk(root, std::string());
        }
    }
    return n;
}

int64_t writeCsv(Database& db, const std::string& path, std::optional<int64_t> orgId)
{
    const std::string partial = path + ".part";
    std::ofstream out = ledger::openCsv(partial, path);
    for (size_t c = 0; c < kLayout.size(); ++c) {
        out << (c ? "," : "") << ledger::csvText(rosterTitle(kLayout[c]), false);
    }
    out << "\r\n";
    const int64_t n = eachUnit(db, orgId, [&](const std::array<std::string, 14>& line, int64_t employees) {
        for (size_t c = 0; c < line.size(); ++c) {
            out << (c ? "," : "")
                << (c == 7 ? (employees ? std::to_string(employees) : std::string()) : ledger::csvText(line[c], c > 0));
        }
        out << "\r\n";
    });
    ledger::finishCsv(out, partial, path);
    return n;
}

int64_t writeXlsx(Database& db, const std::string& path, std::optional<int64_t> orgId)
{
    const std::string partial = path + ".part";
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    lxw_workbook* book = workbook_new_opt(partial.c_str(), &options);
    if (!book) {
        throw Error(Error::Kind::Storage, Message(MessageId::FileCannotWriteHere, {path}));
    }
    lxw_worksheet* sheet = workbook_add_worksheet(book, "企业名册");
    lxw_format* header = workbook_add_format(book);
    format_set_bold(header);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_bg_color(header, 0xDDEBF7);
    for (size_t c = 0; c < kLayout.size(); ++c) {
        const auto col = static_cast<lxw_col_t>(c);
        worksheet_set_column(sheet, col, col, kWidths[c], nullptr);
        worksheet_write_string(sheet, 0, col, rosterTitle(kLayout[c]), header);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    lxw_error error = LXW_NO_ERROR;
    lxw_row_t row = 0;
    const int64_t n = eachUnit(db, orgId, [&](const std::array<std::string, 14>& line, int64_t employees) {
        ++row;
        for (size_t c = 0; c < line.size() && error == LXW_NO_ERROR; ++c) {
            const auto col = static_cast<lxw_col_t>(c);
            if (c == 0) {
                error = worksheet_write_number(sheet, row, col, static_cast<double>(row), nullptr);
            } else if (c == 7) {
                if (employees) {
                    error = worksheet_write_number(sheet, row, col, static_cast<double>(employees), nullptr);
                }
            } else if (!line[c].empty()) {
                error = worksheet_write_string(sheet, row, col, line[c].c_str(), nullptr);
            }
        }
    });
    if (error == LXW_NO_ERROR) {
        error = worksheet_autofilter(sheet, 0, 0, row, static_cast<lxw_col_t>(kLayout.size() - 1));
    }
    ledger::finishWorkbook(book, error, partial, path);
    return n;
}

} // namespace

int64_t exportRoster(Database& db, const std::string& path, std::optional<int64_t> orgId)
{
    std::string extension = std::filesystem::path(path).extension().string();
    for (char& c : extension) {
        c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    if (extension == ".xlsx") {
        return writeXlsx(db, path, orgId);
    }
    if (extension == ".csv") {
        return writeCsv(db, path, orgId);
    }
    throw Error(Error::Kind::Validation, Message(MessageId::LedgerFormatByExtension, {path}));
}

} // namespace safeledger
