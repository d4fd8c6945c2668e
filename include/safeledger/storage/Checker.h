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

CheckReport checkDatabase(Database& db);

} // namespace safeledger
