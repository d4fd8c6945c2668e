#pragma once

#include "safeledger/core/Agreement.h"
#include "safeledger/core/Campaign.h"
#include "safeledger/core/Grid.h"
#include "safeledger/core/Hazard.h"
#include "safeledger/core/Inspection.h"
#include "safeledger/core/Organisation.h"
#include "safeledger/core/Records.h"
#include "safeledger/storage/Database.h"

#include <optional>
#include <string>
#include <vector>

namespace safeledger {

// The totals of a year's records under a list's conditions (live records only).
struct RecordTotals
{
    int64_t count = 0;
    int64_t deaths = 0;    // accidents
    int64_t amountFen = 0; // penalties
};

// The small read-only lists the desktop shows beside its big hazard table: type-ahead unit
// search, checklists, a unit's safety archive (安全档案), agreements of a year and their coverage,
// the attachments and audit trail of one record. Every list is live records only (not voided),
// newest first, and bounded by `limit`; every value is bound, never spliced into SQL.
class ArchiveQueries final
{
public:
    explicit ArchiveQueries(Database& db)
        : m_db(db)
    {
    }

    // Live units whose name contains `text` or whose credit code starts with it; shortest names
    // first (an exact match leads).
    std::vector<Organisation> searchUnits(const std::string& text, int limit = 20);
    // A unit's name, or an empty string when there is none with that id.
    std::string unitName(int64_t orgId);

    // Live checklists, built-in first, then by name.
    std::vector<ChecklistTemplate> templates();
    // The live campaigns running on `day` (its first and last days included), by name: what an
    // inspection of that day may be named after.
    std::vector<Campaign> campaignsOn(const Date& day);
    // The live grids and persons with this UUID or exact name (a name may be shared), oldest first.
    std::vector<Grid> gridsByKey(const std::string& uuidOrName);
    std::vector<Person> personsByKey(const std::string& uuidOrName);
    // The live grids, by name; and the live persons who serve or served in one of them, by name:
    // what an inspection plan may be for.
    std::vector<Grid> liveGrids();
    std::vector<Person> gridOfficers();
    // The live persons of a unit and of every unit below it, by name: who may serve in its grids.
    std::vector<Person> personsUnder(int64_t orgId);

    // A unit's safety archive.
    std::vector<Inspection> inspections(int64_t orgId, int limit = 500);
    std::vector<InspectionItem> inspectionItems(int64_t inspectionId);
    // What an inspection found and issued, voided ones included (its page shows them marked).
    std::vector<Hazard> inspectionHazards(int64_t inspectionId);
    std::vector<EnforcementDocument> inspectionDocuments(int64_t inspectionId);
    std::vector<Hazard> hazards(int64_t orgId, int limit = 500);
    std::vector<Agreement> agreements(int64_t orgId, int limit = 500); // as party A or party B
    std::vector<Person> persons(int64_t orgId);
    std::vector<Certificate> certificates(int64_t orgId); // of the unit's live persons

    // The records of accidents, penalties, documents and activities: of one unit (orgId) or of all
    // units (nullopt), in one year (nullopt: any), newest first; the voided ones too on request
    // ("show voided"). The totals below count live records only.
    std::vector<Accident> accidents(std::optional<int64_t> orgId, std::optional<int> year, int limit = 1000,
                                    bool withVoided = false);
    std::vector<Penalty> penalties(std::optional<int64_t> orgId, std::optional<int> year, int limit = 1000,
                                   bool withVoided = false);
    std::vector<EnforcementDocument> documents(std::optional<int64_t> orgId, std::optional<int> year, int limit = 1000,
                                               bool withVoided = false);
    std::vector<Activity> activities(std::optional<int64_t> orgId, std::optional<int> year, int limit = 1000,
                                     bool withVoided = false);
    // How many there are of each under the same conditions (the lists stop at `limit`), and for
    // accidents their deaths, for penalties their amount.
    RecordTotals accidentTotals(std::optional<int64_t> orgId, std::optional<int> year);
    RecordTotals penaltyTotals(std::optional<int64_t> orgId, std::optional<int> year);
    int64_t documentCount(std::optional<int64_t> orgId, std::optional<int> year);
    int64_t activityCount(std::optional<int64_t> orgId, std::optional<int> year);

    // Agreements of a year, optionally with `partyId` as either party and in one status.
    std::vector<Agreement> agreementsOfYear(int year, std::optional<int64_t> partyId,
                                            std::optional<AgreementStatus> status, int limit = 2000);
    // Coverage: the live direct subordinate units of `partyAId` (workshops excepted, as in the
    // statistics' agreementsNeeded) with no signed or assessed agreement of `year` as party B.
    std::vector<Organisation> lackingAgreement(int year, int64_t partyAId);

    // Attachments of one record (with their bytes), oldest first.
    std::vector<Attachment> attachments(const std::string& ownerTable, int64_t ownerId);
    // The audit rows of one record, oldest first: its timeline.
    std::vector<AuditEntry> auditTrail(const std::string& entityUuid);

private:
    Database& m_db;
};

} // namespace safeledger
