#pragma once
// The built-in checklists in the demo and the generator: which one a unit is inspected with, and
// installing them as the program does (resources/checklists/*.json, fixed UUIDs).

#include "safeledger/core/Enums.h"
#include "safeledger/exchange/Checklists.h"
#include "safeledger/storage/Database.h"

#include <cstdint>
#include <map>
#include <string>

namespace safeledger::demo {

// The key of the built-in checklist a unit is usually inspected with ("" for none): offices and
// schools the office list, crowded places theirs, industry the park's routine list, and the
// sectors with a list of their own that list. Small shops (fewer than 8 people) have none.
std::string checklistFor(OrgKind kind, Sector sector, int64_t employees);
// The built-in checklist with this key; nullptr for "".
const BuiltInChecklist* builtInChecklist(const std::string& key);
// Installs the built-in checklists and returns their ids by key.
std::map<std::string, int64_t> installChecklists(Database& db);

} // namespace safeledger::demo
