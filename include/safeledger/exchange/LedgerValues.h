#pragma once
// Reading the values users write into their hazard ledgers (隐患排查治理台账): dates in every
// usual spelling and as Excel serial numbers, money with or without 元 and separators, grades,
// categories and the words for "done" and "not done". Each returns nullopt and says why in `why`
// when the value cannot be read; an empty cell is nullopt with no `why`.

#include "safeledger/core/Date.h"
#include "safeledger/core/Enums.h"
#include "safeledger/core/Message.h"
#include "safeledger/core/WorkingCalendar.h"
#include "safeledger/exchange/Sheet.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace safeledger::ledger {

// Full-width digits, letters and punctuation to ASCII; ideographic and no-break spaces to spaces;
// surrounding white space removed.
std::string normalizeText(std::string_view text);

// A column title as matched against the known titles: lower-case ASCII, no white space,
// underscores, asterisks, ※ or trailing colon, and a unit in brackets at the end ("（万元）") taken
// off into `unit`.
std::string normalizeTitle(std::string_view title, std::string& unit);

// Whether a cell marks a summary row (合计, 小计, 总计, 共计, also 合 计 or with a full-width colon).
// With `wordAlone` (free-text columns) only the word by itself does; otherwise the word may carry
// a count or a note: "合计：25项", "小计(3月)", "合计25".
bool isSummaryCell(const std::string& text, bool wordAlone);

// 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日, 20240305, an Excel serial number (a numeric cell,
// or five digits as text), optionally followed by a time of day. 2024-02-30 is refused.
std::optional<Date> parseDate(const SheetCell& cell, bool date1904, std::optional<Message>& why);
// Excel's serial day number → date (1900 or 1904 system); nullopt outside 1900..2999.
std::optional<Date> dateFromSerial(double serial, bool date1904);

// "1,200.50元", "￥1200", "1.2万元", 1200.5 (numeric cell) → fen. `unitYuan` is 10000 when the
// column's title says 万元. Blank, 无, -, / and — are zero. Negative amounts and more than two
// decimal places (of yuan) are refused.
std::optional<int64_t> parseMoneyFen(const SheetCell& cell, int64_t unitYuan, std::optional<Message>& why);

// 一般 / 一般隐患 / 重大 / 重大隐患 / general / major.
std::optional<HazardGrade> parseGrade(std::string_view text);
// The category's code or label (消防, Fire, fire) or a usual variant (消防安全, 用电安全, 危化品…).
std::optional<HazardCategory> parseCategory(std::string_view text);

enum class Completion { Open, Done, OnSpot };
// 未完成 / 整改中 → Open; 已完成 / 已整改 / 已销号 / 待验收 → Done; 现场整改 / 立即整改 → OnSpot.
std::optional<Completion> parseCompletion(std::string_view text);
// A deadline written as a time limit (parseDeadlineTerm, after the ledger's text normalisation
// of full-width digits and spaces): 立即 / 现场整改 (on the spot) → 0 days; "7天" → 7 days and
// "10个工作日" → 10 working days after the found date. nullopt when the text is not such a term.
std::optional<DeadlineTerm> parseDeadlineWord(std::string_view text);

} // namespace safeledger::ledger
