#pragma once

#include "safeledger/core/Agreement.h"
#include "safeledger/core/Hazard.h"
#include "safeledger/core/Inspection.h"
#include "safeledger/core/Organisation.h"
#include "safeledger/core/Records.h"
#include "safeledger/storage/Database.h"

#include <string>
#include <vector>

namespace safeledger {

// Saving the records around hazards: persons and certificates, agreements, checklists,
// inspections (with their items and hazards in one save), enforcement documents, penalties,
// accidents, activities and attachments. Each save checks the core's rules for the record and
// that what it refers to exists, then stores it with its audit row, or changes nothing.
// (Units live in OrgService, the hazard lifecycle in HazardService.)
class RecordService final
{
public:
    explicit RecordService(Database& db)
        : m_db(db)
    {
    }

    template <class T>
    void add(T& record);
    template <class T>
    void update(T& record);
    template <class T>
    void voidRecord(T& record, const std::string& reason);

    // The officer's one save: the inspection, its checklist results and the hazards found,
    // all or nothing. Hazards get the inspection's unit and id.
    void saveInspection(Inspection& inspection, std::vector<InspectionItem>& items, std::vector<Hazard>& hazards);
    void addTemplate(ChecklistTemplate& checklist, std::vector<TemplateItem>& items);
    std::vector<TemplateItem> templateItems(int64_t templateId);

    // A document and the hazards it lists (all of its unit).
    void addDocument(EnforcementDocument& doc, const std::vector<int64_t>& hazardIds);
    std::vector<int64_t> documentHazards(int64_t documentId);

    // Stores the bytes with their SHA-256; `ownerTable` is one of hazard, inspection,
    // inspection_item, rectification, verification.
    Attachment attach(const std::string& ownerTable, int64_t ownerId, AttachmentRole role, const std::string& fileName,
                      const std::string& mimeType, std::vector<uint8_t> data);

private:
    template <class T>
    void check(const T& record);
    void requireUnit(int64_t orgId, const char* field);
    Database& m_db;
};

} // namespace safeledger
