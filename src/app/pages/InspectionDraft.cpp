#include "InspectionDraft.h"

#include "safeledger/storage/RecordService.h"

namespace safeledger {

namespace {

void attach(RecordService& records, const std::string& table, int64_t id, AttachmentRole role,
            const std::vector<PendingPhoto>& photos)
{
    for (const PendingPhoto& photo : photos) {
        records.attach(table, id, role, photo.fileName.toStdString(), photo.mimeType.toStdString(),
                       std::vector<uint8_t>(photo.data.cbegin(), photo.data.cend()));
    }
}

} // namespace

void InspectionDraft::save(Database& db)
{
    RecordService records(db);
    db.write([&] {
        records.saveInspection(inspection, items, hazards);
        for (size_t i = 0; i < hazards.size() && i < hazardPhotos.size(); ++i) {
            attach(records, "hazard", hazards[i].id, AttachmentRole::Before, hazardPhotos[i]);
        }
        attach(records, "inspection", inspection.id, AttachmentRole::Evidence, photos);
    });
}

} // namespace safeledger
