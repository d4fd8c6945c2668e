#pragma once

#include "safeledger/core/Enums.h"
#include "safeledger/core/Inspection.h"
#include "safeledger/storage/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace safeledger {

// Checklist templates (安全检查表) as JSON files that users write, share and import
// (docs/exchange-format.md, "Checklist files"):
//   {"format": "safeledger-checklists", "format_version": 1,
//    "templates": [{"uuid": optional, "name": "加油站安全检查表", "sector": "fuel_retail",
//                   "campaign": "", "items": [{"uuid": optional, "category": "储罐设施", "text": "…",
//                                              "reveals": optional hazard category code}]}]}
// The built-in checklists ship in this form (resources/checklists/*.json) with fixed UUIDs and
// times, so that every database that installs them holds the same records. Their items say which
// hazard category a failed item usually reveals ("reveals", e.g. "fire"), which the inspection
// page proposes for the hazard; in a user's file the key is checked and, like a comment, not kept.

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

// One built-in checklist, as its file defines it.
struct BuiltInChecklist
{
    std::string key;                                    // the file's name: "office", "petrol", …
    ChecklistTemplate checklist;                        // with its fixed UUID; id 0
    std::vector<TemplateItem> items;                    // with their fixed UUIDs
    std::vector<std::optional<HazardCategory>> reveals; // per item
};
// Every built-in checklist, read once from the files compiled into the program.
const std::vector<BuiltInChecklist>& builtInChecklists();
// The hazard category a built-in checklist item of this text usually reveals, when one says so.
std::optional<HazardCategory> suggestedHazardCategory(std::string_view itemText);

} // namespace safeledger
