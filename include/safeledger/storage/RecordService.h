#pragma once

#include "safeledger/core/Agreement.h"
#include "safeledger/core/Campaign.h"
#include "safeledger/core/Grid.h"
#include "safeledger/core/Hazard.h"
#include "safeledger/core/Inspection.h"
#include "safeledger/core/InspectionPlan.h"
#include "safeledger/core/Organisation.h"
#include "safeledger/core/Records.h"
#include "safeledger/storage/Database.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <utility>
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
    // A campaign's name is how its inspections name it: renaming one while inspections within its
    // days carry the name is refused (Validation, field "name").
    template <class T>
    void update(T& record);
    // Voiding an inspection is refused while a hazard it found is not voided (Lifecycle error).
    template <class T>
    void voidRecord(T& record, const std::string& reason);

    // Any record by its UUID, for `safeledger-cli show`: its table and its stored values as
    // JSON (references are row ids; an attachment's bytes are given as their size).
    struct Found
    {
        std::string table;
        int64_t id = 0;
        nlohmann::json record;
    };
    std::optional<Found> findByUuid(const std::string& uuid);
    // Voids the record with this UUID, whatever its type, through the rule that owns it (a unit
    // through OrgService, a hazard through its lifecycle, an inspection as above) and returns its
    // table. Parts of a record (checklist and inspection items, rectification and verification
    // entries, attachments) are refused: they are corrected with the record they belong to.
    std::string voidByUuid(const std::string& uuid, const std::string& reason);

    // The officer's one save: the inspection, its checklist results and the hazards found,
    // all or nothing. Hazards get the inspection's unit and id.
    void saveInspection(Inspection& inspection, std::vector<InspectionItem>& items, std::vector<Hazard>& hazards);
    // A correction of a saved inspection: its date, kind, campaign, inspectors and note, and the
    // result and note of its items (each one of this inspection), all or nothing. Its unit stays
    // (its hazards belong to it). Refused when the inspection is voided, and with Error(Conflict)
    // when it or an item was saved by someone else since it was read (their versions differ).
    void correctInspection(Inspection& inspection, std::vector<InspectionItem>& items);
    // Moves a unit into a grid from a day, keeping where it was: its membership running then ends
    // the day before, and one of `gridId` starts (src/storage/GridRecords.cpp). Refused when that
    // membership started on or after `from` (correct or void it instead), and when the unit is
    // already in `gridId` on that day. Returns the new membership.
    GridMember moveToGrid(int64_t orgId, int64_t gridId, const Date& from);
    void addTemplate(ChecklistTemplate& checklist, std::vector<TemplateItem>& items);
    std::vector<TemplateItem> templateItems(int64_t templateId);

    // A document and the hazards it lists (all of its unit). A document without a number is
    // numbered here: the ledger's pattern (documentNumberPattern) with the next running number of
    // its issuing body (issued_by as written), kind and year. The counter only grows, so a number is
    // never given twice, also after its document is voided; a number typed by hand is refused
    // (Validation, field "number") when any document already has it.
    void addDocument(EnforcementDocument& doc, const std::vector<int64_t>& hazardIds);
    std::vector<int64_t> documentHazards(int64_t documentId);
    // The documents that list a hazard, voided ones included, oldest first.
    std::vector<EnforcementDocument> hazardDocuments(int64_t hazardId);
    // The number addDocument would give `doc` now; nothing is taken.
    std::string nextDocumentNumber(const EnforcementDocument& doc);
    // The pattern documents are numbered with (DocumentNumber), kept in the ledger itself so that
    // every officer of the office numbers alike; setting it is audited.
    std::string documentNumberPattern();
    void setDocumentNumberPattern(const std::string& pattern);

    // Stores the bytes with their SHA-256; `ownerTable` is one of hazard, inspection,
    // inspection_item, rectification, verification.
    Attachment attach(const std::string& ownerTable, int64_t ownerId, AttachmentRole role, const std::string& fileName,
                      const std::string& mimeType, std::vector<uint8_t> data);

private:
    template <class T>
    void check(const T& record);
    void requireUnit(int64_t orgId, const char* field);
    // DocumentNumbers.cpp: the issued_on of another document with this number, if any.
    std::optional<std::string> documentWithNumber(const std::string& number, int64_t exceptId);
    std::pair<std::string, int64_t> nextNumber(const EnforcementDocument& doc);
    void numberDocument(EnforcementDocument& doc);
    void addNumberedDocument(EnforcementDocument& doc, const std::vector<int64_t>& hazardIds);
    Database& m_db;
};

template <>
void RecordService::voidRecord(Inspection& record, const std::string& reason);

} // namespace safeledger
