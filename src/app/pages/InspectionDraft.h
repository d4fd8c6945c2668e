#pragma once

#include "PendingPhoto.h"
#include "safeledger/core/Hazard.h"
#include "safeledger/core/Inspection.h"

#include <vector>

namespace safeledger {

class Database;

// Everything entered for one inspection: the inspection, its checklist results, the hazards found
// with their photos before rectification (整改前) and the inspection's own photos.
struct InspectionDraft
{
    Inspection inspection;
    std::vector<InspectionItem> items;
    std::vector<Hazard> hazards;
    std::vector<std::vector<PendingPhoto>> hazardPhotos; // by hazard, as `hazards`
    std::vector<PendingPhoto> photos;

    // The officer's one save: RecordService::saveInspection and every photo in one transaction,
    // all or nothing. Sets the ids of the inspection and the hazards; throws Error.
    void save(Database& db);
};

} // namespace safeledger
