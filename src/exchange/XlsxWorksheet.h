#pragma once
// The two XML parts of an .xlsx that hold a sheet's values, exposed for the tests and the fuzzer.

#include "safeledger/exchange/Sheet.h"

#include <string>
#include <string_view>
#include <vector>

namespace safeledger::ledger {

// Columns beyond this one are not read (a ledger has about 16).
inline constexpr int kMaxSheetColumns = 256;

// xl/sharedStrings.xml: the texts cells refer to by index (rich text joined, phonetic runs left out).
std::vector<std::string> readSharedStrings(std::string_view xml);
// A worksheet part: its cells into sheet.rows (merged ranges filled in).
void readWorksheet(std::string_view xml, const std::vector<std::string>& shared, Sheet& sheet);

} // namespace safeledger::ledger
