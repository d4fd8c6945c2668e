// The problems a hazard ledger's import reports (src/exchange/Ledger*.cpp, CsvReader, XlsxReader),
// as sentence shapes for CoreMessages, so that the import preview speaks the interface language.
// Written exactly as the exchange library writes them; LedgerImportMessagesTest meets each one.

#include "CoreMessageShapes.h"

namespace safeledger::coremessages {

// clang-format off
const Shape kLedgerShapes[] = {
    // src/exchange/LedgerImporter.cpp: the header and the units
    {QT_TRANSLATE_NOOP("CoreMessages", "a second column for %1 (the first is column %2)"), "si"},
    {QT_TRANSLATE_NOOP("CoreMessages", "not a ledger column; ignored"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "the ledger has no column for the date found (排查日期)"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "the ledger has no column for the unit (单位名称 or 统一社会信用代码)"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "no header row in the first 30 rows: a ledger needs columns titled 隐患描述, 排查日期 and 单位名称 (or 统一社会信用代码); see docs/ledger.md"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "already in the database; skipped"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "the ledger has no hazard rows below its header (row %1)"), "i"},
    {QT_TRANSLATE_NOOP("CoreMessages", "the credit code belongs to %1; the hazard goes there"), "s"},
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 units are named %2; give the credit code (统一社会信用代码) to choose one"), "is"},
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 has the credit code %2, not %3"), "sss"},
    {QT_TRANSLATE_NOOP("CoreMessages", "no unit named %1 in the database; add it first, or let the import create the missing units"), "s"},
    {QT_TRANSLATE_NOOP("CoreMessages", "no unit with the credit code %1 in the database; add it first, or let the import create the missing units"), "s"},
    {QT_TRANSLATE_NOOP("CoreMessages", "the unit with the credit code %1 is not in the database, and a new unit needs its name"), "s"},
    {QT_TRANSLATE_NOOP("CoreMessages", "%1 new units named %2 have different credit codes; give this row's code (统一社会信用代码)"), "is"},
    {QT_TRANSLATE_NOOP("CoreMessages", "the ledger has %1 error(s); nothing was imported"), "i"},
    // src/exchange/LedgerRowReader.cpp: one row's cells
    {QT_TRANSLATE_NOOP("CoreMessages", "skipped: no hazard, unit or date in this row (\"%1\")"), "e"},
    {QT_TRANSLATE_NOOP("CoreMessages", "the unit is missing: give its name (单位名称) or credit code (统一社会信用代码)"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "the hazard's description (隐患描述) is empty"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "the date found (排查日期) is empty"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "\"%1\" is not a known category; recorded as 其他 (other)"), "e"},
    {QT_TRANSLATE_NOOP("CoreMessages", "\"%1\" is not a grade: write 一般 (general) or 重大 (major)"), "e"},
    {QT_TRANSLATE_NOOP("CoreMessages", "%1, nor 立即 or a number of days such as 7天"), "n"},
    {QT_TRANSLATE_NOOP("CoreMessages", "\"%1\" is neither a completion date nor a word such as 已完成 or 未完成"), "e"},
    {QT_TRANSLATE_NOOP("CoreMessages", "the row says the hazard is not completed, but gives a completion or acceptance date"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "the acceptance has no name (验收人); recorded as %1"), "s"},
    {QT_TRANSLATE_NOOP("CoreMessages", "a hazard not yet completed needs its deadline (整改期限), or 立即 when it was fixed on the spot"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "ignored: the hazard is not completed"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "the deadline (整改期限) is empty; the completion date is taken"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "the acceptance date (验收日期) is empty; the completion date is taken"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "no acceptance date (验收日期): the hazard awaits verification"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "the acceptance date %1 is before the completion date %2"), "dd"},
    // src/exchange/LedgerValues.cpp: dates and amounts in cells
    {QT_TRANSLATE_NOOP("CoreMessages", "\"%1\" is not a real date"), "e"},
    {QT_TRANSLATE_NOOP("CoreMessages", "the number %1 is not a date"), "s"},
    {QT_TRANSLATE_NOOP("CoreMessages", "\"%1\" is not a date (write 2024-03-05, 2024/3/5, 2024.3.5 or 2024年3月5日)"), "e"},
    {QT_TRANSLATE_NOOP("CoreMessages", "the amount %1 cannot be negative"), "s"},
    {QT_TRANSLATE_NOOP("CoreMessages", "the amount %1 is not a sum of yuan and fen"), "s"},
    {QT_TRANSLATE_NOOP("CoreMessages", "\"%1\" is not an amount of money (write 1200, 1,200.50 or 1200元)"), "e"},
    {QT_TRANSLATE_NOOP("CoreMessages", "the amount %1 has more than two decimal places of yuan"), "s"},
    // src/exchange/CsvReader.cpp and XlsxReader.cpp: notes on the whole file
    {QT_TRANSLATE_NOOP("CoreMessages", "the file is not UTF-8; it was read as GB18030 (GBK)"), ""},
    {QT_TRANSLATE_NOOP("CoreMessages", "cells beyond column IV (256) were ignored"), ""},
};
// clang-format on

const std::size_t kLedgerShapeCount = sizeof kLedgerShapes / sizeof kLedgerShapes[0];

} // namespace safeledger::coremessages
