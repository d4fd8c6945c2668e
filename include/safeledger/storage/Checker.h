#pragma once

#include "safeledger/storage/Database.h"

#include <string>
#include <vector>

namespace safeledger {

// `safeledger-cli check`: SQLite's own integrity and foreign-key checks plus the product's
// invariants (valid dates and codes, tree paths, the hazard lifecycle's bookkeeping). Each
// problem is one user-readable line naming the table, the rule and a few offending ids.
struct CheckReport
{
    std::vector<std::string> problems;
    int checksRun = 0;
    bool ok() const { return problems.empty(); }
};

// `knownHeads` are chain heads saved elsewhere (a backup's, a package's, one printed on a report):
// each must still be in the audit trail's chain, or rows were cut off or rewritten.
CheckReport checkDatabase(Database& db, const std::vector<AuditHead>& knownHeads = {});

// The audit trail's hash chain alone (part of checkDatabase): a line for the first row where the
// chain breaks, with how many rows after it break too, and one for each known head not found.
std::vector<std::string> checkAuditChain(Database& db, const std::vector<AuditHead>& knownHeads = {});

// "ID:HASH" as AuditHead::text() writes it; throws Error(Validation) for anything else.
AuditHead parseAuditHead(const std::string& text);

} // namespace safeledger
