#pragma once

#include "safeledger/core/WorkingCalendar.h"
#include "safeledger/exchange/LedgerImporter.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace safeledger::ledger {

// Where each field is in the sheet: column numbers (1-based; 0 when the ledger lacks the column).
struct ColumnMap
{
    std::array<int, static_cast<size_t>(LedgerField::Count)> column{};
    std::vector<std::string> titles; // by column number - 1, as written
    int64_t unitYuan = 1;            // 10000 when the funds column is in 万元

    int of(LedgerField f) const { return column[static_cast<size_t>(f)]; }
    std::string title(int col) const
    {
        return col >= 1 && static_cast<size_t>(col) <= titles.size() ? titles[static_cast<size_t>(col - 1)]
                                                                     : std::string();
    }
};

// Turns one data row into the hazard (and its completion and acceptance) it describes, checked by
// the core's rules; each problem is reported with its row and column. The unit is left for the
// caller to match (unitName, creditCode).
class RowReader final
{
public:
    // `calendar` turns a deadline written as working days ("10个工作日") into a date.
    RowReader(const ColumnMap& columns, bool date1904, Date today, std::string operatorName,
              std::vector<LedgerProblem>& problems, const WorkingCalendar& calendar);

    // nullopt for a blank row, a summary row (合计, 小计 … with counts) or a footer row (填表人: …),
    // which are noted as skipped.
    std::optional<LedgerRow> read(const SheetRow& row);

private:
    const SheetCell& cell(LedgerField f) const;
    std::string text(LedgerField f) const; // trimmed
    void problem(LedgerField f, bool error, Message message);
    void problemAt(int column, bool error, Message message);
    void interpret(LedgerRow& out);
    void completion(LedgerRow& out);

    const ColumnMap& m_columns;
    bool m_date1904;
    Date m_today;
    std::string m_operator;
    std::vector<LedgerProblem>& m_problems;
    const WorkingCalendar& m_calendar;
    const SheetRow* m_row = nullptr;
    bool m_rowHasError = false;
};

} // namespace safeledger::ledger
