#pragma once

#include "safeledger/core/Date.h"
#include "safeledger/storage/Database.h"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace safeledger {

// A unit and everything below it (every unit when empty) and a period (open ends when empty).
struct RecordScope
{
    std::optional<int64_t> orgId;
    std::optional<Date> from;
    std::optional<Date> to;
};

// The local ids of the chosen records, per table (sorted), and the document ↔ hazard links among
// them.
struct RecordSelection
{
    std::map<std::string, std::vector<int64_t>> ids;
    std::vector<std::pair<int64_t, int64_t>> links;
};

// Chooses the records of a scope and period (hazards by date found, inspections, documents,
// penalties, accidents, activities by their date, agreements by year), then adds what they need to
// stand on their own: the hazards a document lists, the inspections hazards and documents came
// from (with their checklist results), the progress and verifications of hazards, attachments of
// chosen records, every unit referred to and all units above them. Checklists are reference
// data: all of them. Voided records are chosen like the others (a package carries the void).
RecordSelection selectRecords(Database& db, const RecordScope& scope);

} // namespace safeledger
