#pragma once

#include "safeledger/exchange/PackageExporter.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace safeledger::package {

// The local ids of the records a package carries, per table (sorted), and the document ↔ hazard
// links among them.
struct ExportSelection
{
    std::map<std::string, std::vector<int64_t>> ids;
    std::vector<std::pair<int64_t, int64_t>> links;
};

// Chooses the records of a scope and period, then adds what they need to stand on their own:
// the hazards a document lists, the inspections hazards and documents came from (with their
// checklist results), the progress and verifications of hazards, attachments of chosen records,
// every unit referred to and all units above them. Checklists are reference data: all of them.
ExportSelection selectForExport(Database& db, const PackageExportOptions& options);

} // namespace safeledger::package
