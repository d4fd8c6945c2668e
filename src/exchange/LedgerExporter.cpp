#include "safeledger/exchange/LedgerExporter.h"

#include "SheetWriting.h"

#include "safeledger/core/Error.h"
#include "safeledger/core/Hazard.h"
#include "safeledger/storage/ExchangeQueries.h"

#include <xlsxwriter.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <functional>
#include <variant>

namespace safeledger {

namespace {

constexpr size_t kColumns = 16;
// The exported columns, in order (docs/ledger.md).
const std::array<LedgerField, kColumns> kLayout = {
    LedgerField::Seq,        LedgerField::UnitName,    LedgerField::CreditCode, LedgerField::FoundOn,
    LedgerField::Location,   LedgerField::Description, LedgerField::Category,   LedgerField::Grade,
    LedgerField::Measures,   LedgerField::Responsible, LedgerField::Deadline,   LedgerField::Funds,
    LedgerField::Completion, LedgerField::Verifier,    LedgerField::VerifiedOn, LedgerField::Note,
};
const std::array<double, kColumns> kWidths = {6, 28, 21, 12, 16, 40, 11, 11, 30, 11, 12, 13, 13, 10, 12, 24};

// A cell: text, a date or an amount in fen.
using Value = std::variant<std::string, Date, int64_t>;
using Line = std::array<Value, kColumns>;

std::string lower(std::string s)
{
    for (char& c : s) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return s;
}

// Reads the hazards of the scope and period, each as a ledger line, and hands them on in order.
int64_t eachLine(Database& db, const LedgerExportOptions& o, const std::function<void(const Line&)>& emit)
{
    const bool zh = o.language == LedgerLanguage::Chinese;
    int64_t n = 0;
    ExchangeQueries(db).eachLedgerHazard(
        o.orgId, o.period ? o.period->from.toString() : std::string(),
        o.period ? o.period->to.toString() : std::string(), [&](const LedgerHazardRow& h) {
            Line line;
            line[0] = ++n;
            line[1] = h.unitName;
            line[2] = h.creditCode;
            line[3] = Date::parseOrThrow(h.foundOn, "found_on");
            line[4] = h.location;
            std::string description = h.description;
            std::string note;
            // The ledger's remark is kept inside the description (see LedgerRowReader).
            if (const auto at = description.rfind("\n备注："); at != std::string::npos) {
                note = description.substr(at + std::string("\n备注：").size());
                description.resize(at);
            }
            line[5] = description;
            const auto category = enumFromText<HazardCategory>(h.category).value_or(HazardCategory::Other);
            const auto grade = enumFromText<HazardGrade>(h.grade).value_or(HazardGrade::General);
            line[6] = std::string(zh ? toChinese(category) : toEnglish(category));
            line[7] = std::string(zh ? toChinese(grade) : toEnglish(grade));
            line[8] = h.measures;
            line[9] = h.responsible;
            line[10] = h.deadline ? Value(Date::parseOrThrow(*h.deadline, "deadline")) : Value(std::string());
            line[11] = h.fundsFen;
            if (h.status == "closed") {
                line[12] = Date::parseOrThrow(h.lastProgress ? *h.lastProgress : h.closedOn, "completion");
                line[13] = h.closedBy;
                line[14] = Date::parseOrThrow(h.closedOn, "closed_on");
            } else if (h.status == "awaiting_verification") {
                line[12] = h.lastProgress ? Value(Date::parseOrThrow(*h.lastProgress, "completion"))
                                          : Value(std::string(zh ? "已完成" : "done"));
                line[13] = std::string();
                line[14] = std::string();
            } else {
                line[12] = std::string(zh ? "未完成" : "open");
                line[13] = std::string();
                line[14] = std::string();
            }
            line[15] = note;
            emit(line);
        });
    return n;
}

std::string csvField(const Value& v, bool freeText)
{
    if (const auto* d = std::get_if<Date>(&v)) {
        return d->toString();
    }
    if (const auto* fen = std::get_if<int64_t>(&v)) {
        if (*fen == 0) {
            return {};
        }
        const std::string cents = std::to_string(*fen % 100);
        return std::to_string(*fen / 100) + "." + (cents.size() < 2 ? "0" : "") + cents;
    }
    return ledger::csvText(std::get<std::string>(v), freeText);
}

LedgerExportSummary writeCsv(Database& db, const std::string& path, const LedgerExportOptions& o)
{
    const std::string partial = path + ".part";
    std::ofstream out = ledger::openCsv(partial, path);
    for (size_t c = 0; c < kColumns; ++c) {
        out << (c ? "," : "") << csvField(std::string(ledgerTitle(kLayout[c], o.language)), false);
    }
    out << "\r\n";
    LedgerExportSummary summary;
    summary.rows = eachLine(db, o, [&](const Line& line) {
        for (size_t c = 0; c < kColumns; ++c) {
            const bool freeText = c != 0 && c != 2 && c != 3 && c != 6 && c != 7 && c != 10 && c != 11;
            out << (c ? "," : "")
                << (c == 0 ? std::to_string(std::get<int64_t>(line[0])) : csvField(line[c], freeText));
        }
        out << "\r\n";
    });
    ledger::finishCsv(out, partial, path);
    return summary;
}

LedgerExportSummary writeXlsx(Database& db, const std::string& path, const LedgerExportOptions& o)
{
    const std::string partial = path + ".part";
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows go straight to disk: 100,000s of hazards fit
    lxw_workbook* book = workbook_new_opt(partial.c_str(), &options);
    if (!book) {
        throw Error(Error::Kind::Storage, Message(MessageId::FileCannotWriteHere, {path}));
    }
    const bool zh = o.language == LedgerLanguage::Chinese;
    lxw_worksheet* sheet = workbook_add_worksheet(book, zh ? "隐患排查治理台账" : "Hazard ledger");
    lxw_format* header = workbook_add_format(book);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_CENTER);
    format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_bg_color(header, 0xDDEBF7);
    lxw_format* date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format* money = workbook_add_format(book);
    format_set_num_format(money, "#,##0.00");
    lxw_format* wrap = workbook_add_format(book);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    for (size_t c = 0; c < kColumns; ++c) {
        const auto col = static_cast<lxw_col_t>(c);
        worksheet_set_column(sheet, col, col, kWidths[c], c == 5 || c == 8 ? wrap : nullptr);
        worksheet_write_string(sheet, 0, col, ledgerTitle(kLayout[c], o.language), header);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    lxw_error error = LXW_NO_ERROR;
    LedgerExportSummary summary;
    summary.rows = eachLine(db, o, [&](const Line& line) {
        const auto row = static_cast<lxw_row_t>(std::get<int64_t>(line[0]));
        for (size_t c = 0; c < kColumns && error == LXW_NO_ERROR; ++c) {
            const auto col = static_cast<lxw_col_t>(c);
            if (c == 0) {
                error = worksheet_write_number(sheet, row, col, static_cast<double>(row), nullptr);
            } else if (const auto* d = std::get_if<Date>(&line[c])) {
                lxw_datetime when{d->year(), d->month(), d->day(), 0, 0, 0.0};
                error = worksheet_write_datetime(sheet, row, col, &when, date);
            } else if (const auto* fen = std::get_if<int64_t>(&line[c])) {
                if (*fen != 0) {
                    error = worksheet_write_number(sheet, row, col, static_cast<double>(*fen) / 100.0, money);
                }
            } else if (const auto& s = std::get<std::string>(line[c]); !s.empty()) {
                error = worksheet_write_string(sheet, row, col, s.c_str(), c == 5 || c == 8 ? wrap : nullptr);
            }
        }
    });
    if (error == LXW_NO_ERROR) {
        error = worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(summary.rows), kColumns - 1);
    }
    ledger::finishWorkbook(book, error, partial, path);
    return summary;
}

} // namespace

LedgerExportSummary exportLedger(Database& db, const std::string& path, const LedgerExportOptions& options)
{
    const std::string extension = lower(std::filesystem::path(path).extension().string());
    if (extension == ".xlsx") {
        return writeXlsx(db, path, options);
    }
    if (extension == ".csv") {
        return writeCsv(db, path, options);
    }
    // The file's name leads the message (as "path: …" would not say which file).
    throw Error(Error::Kind::Validation, Message(MessageId::LedgerFormatByExtension, {path}));
}

} // namespace safeledger
