#pragma once
// What the roster's and the people's readers share: finding a sheet's header row, and the columns
// it gives each field (docs/roster.md, docs/people.md). The ledger's reader has its own, with
// more rules (second columns, ignored titles).

#include "safeledger/exchange/LedgerImporter.h"
#include "safeledger/exchange/Sheet.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace safeledger::sheetheader {

// Title rows may stand above a header; it is looked for this far down.
constexpr int kSearchRows = 30;

template <class Field>
struct Columns
{
    std::array<int, static_cast<size_t>(Field::Count)> column{}; // 1-based; 0: absent
    std::vector<std::string> titles;                             // the header's cells as written

    int of(Field f) const { return column[static_cast<size_t>(f)]; }
    // The title of a 1-based column, empty beyond the header.
    std::string title(int c) const
    {
        return c > 0 && static_cast<size_t>(c) <= titles.size() ? titles[static_cast<size_t>(c - 1)] : std::string();
    }
};

// The header: the first of the first kSearchRows rows whose titles name `required` and at least
// one other field (the first column of each field counts). Its row number, or 0 when there is none.
template <class Field>
int find(const Sheet& sheet, std::optional<Field> (*fieldOf)(std::string_view), Field required, Columns<Field>& out)
{
    for (const SheetRow& row : sheet.rows) {
        if (row.number > kSearchRows) {
            break;
        }
        Columns<Field> candidate;
        int distinct = 0;
        for (size_t i = 0; i < row.cells.size(); ++i) {
            const auto field = fieldOf(row.cells[i].text);
            if (field && candidate.of(*field) == 0) {
                candidate.column[static_cast<size_t>(*field)] = static_cast<int>(i) + 1;
                ++distinct;
            }
            candidate.titles.push_back(row.cells[i].text);
        }
        if (candidate.of(required) != 0 && distinct >= 2) {
            out = std::move(candidate);
            return row.number;
        }
    }
    return 0;
}

// How many of a preview's problems are errors.
inline int64_t errors(const std::vector<LedgerProblem>& problems)
{
    return std::count_if(problems.begin(), problems.end(), [](const LedgerProblem& p) { return p.error; });
}

} // namespace safeledger::sheetheader
