#pragma once

#include "safeledger/storage/Database.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace safeledger {

// Checklist templates (安全检查表) as JSON files that users write, share and import
// (docs/exchange-format.md, "Checklist files"):
//   {"format": "safeledger-checklists", "format_version": 1,
//    "templates": [{"uuid": optional, "name": "加油站安全检查表", "sector": "fuel_retail",
//                   "campaign": "", "items": [{"uuid": optional, "category": "储罐设施", "text": "…"}]}]}
// The built-in checklists ship in this form (resources/checklists/*.json) with fixed UUIDs and
// times, so that every database that installs them holds the same records.

struct ChecklistImportResult
{
    int added = 0;
    int skipped = 0;                // already here (same UUID or same name)
    std::vector<std::string> notes; // one line per skipped checklist
};

// Parses and checks the whole file first; throws Error(Validation) naming the JSON pointer of the
// first problem, and then nothing is written. All checklists are added in one transaction.
ChecklistImportResult importChecklists(Database& db, std::string_view json);
// The built-in checklists that are not yet in the database.
ChecklistImportResult installBuiltInChecklists(Database& db);
// The live checklists with the given ids (all live checklists when empty) as a checklist file.
std::string exportChecklists(Database& db, const std::vector<int64_t>& templateIds = {});
// The texts of the built-in checklist files.
std::vector<std::string_view> builtInChecklistFiles();

} // namespace safeledger
