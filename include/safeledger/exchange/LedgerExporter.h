#pragma once

#include "safeledger/core/Date.h"
#include "safeledger/exchange/Ledger.h"
#include "safeledger/storage/Database.h"

#include <cstdint>
#include <optional>
#include <string>

namespace safeledger {

struct LedgerExportOptions
{
    std::optional<int64_t> orgId; // a unit and everything below it; all units when empty
    std::optional<Period> period; // by the date found; all hazards when empty
    LedgerLanguage language = LedgerLanguage::Chinese;
};

struct LedgerExportSummary
{
    int64_t rows = 0;
};

// Writes the hazards of a scope and period (voided ones left out) as a ledger with the columns of
// docs/ledger.md, ordered by the date found. The format follows the file name: .xlsx (a header
// row, column widths, frozen header and filter, dates as dates, money as numbers) or .csv (UTF-8
// with a byte-order mark and CRLF line ends, which Excel and WPS open as Chinese text). The file
// is written beside its place and renamed into it when complete.
LedgerExportSummary exportLedger(Database& db, const std::string& path, const LedgerExportOptions& options = {});

} // namespace safeledger
