#include "safeledger/storage/RecordService.h"

#include "SignOff.h"

#include "safeledger/core/Error.h"
#include "safeledger/core/HazardLifecycle.h"
#include "safeledger/core/Sha256.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/Repository.h"

#include <set>

namespace safeledger {

void RecordService::requireUnit(int64_t orgId, const char* field)
{
    const auto org = Repository<Organisation>(m_db).find(orgId);
    if (!org) {
        throwValidation(field, MessageId::NoRecordWithId, {"unit", std::to_string(orgId)});
    }
    if (org->isVoided()) {
        throwValidation(field, MessageId::UnitVoided, {org->name});
    }
}

template <>
void RecordService::check(const Person& p)
{
    validate(p);
    requireUnit(p.orgId, "org");
}

template <>
void RecordService::check(const Certificate& c)
{
    validate(c);
    if (!Repository<Person>(m_db).find(c.personId)) {
        throwValidation("person", MessageId::NoRecordWithId, {"person", std::to_string(c.personId)});
    }
}

template <>
void RecordService::check(const Agreement& a)
{
    validate(a);
    requireUnit(a.partyAId, "party_a");
    requireUnit(a.partyBId, "party_b");
}

template <>
void RecordService::check(const ChecklistTemplate& t)
{
    validate(t);
}

template <>
void RecordService::check(const TemplateItem& t)
{
    validate(t);
}

template <>
void RecordService::check(const Inspection& i)
{
    validate(i, m_db.today());
    requireUnit(i.orgId, "org");
    if (i.templateId && !Repository<ChecklistTemplate>(m_db).find(*i.templateId)) {
        throwValidation("template", MessageId::NoRecordWithId, {"checklist", std::to_string(*i.templateId)});
    }
}

template <>
void RecordService::check(const InspectionItem& i)
{
    validate(i);
}

template <>
void RecordService::check(const EnforcementDocument& d)
{
    validate(d);
    requireUnit(d.orgId, "org");
    // A number is never used twice; a document that keeps its number (an older ledger may hold
    // duplicates) is not refused for it.
    const auto stored = d.id != 0 ? Repository<EnforcementDocument>(m_db).find(d.id) : std::nullopt;
    if (!stored || stored->number != d.number) {
        if (const auto issued = documentWithNumber(d.number, d.id)) {
            throwValidation("number", MessageId::DocumentNumberTaken, {d.number, *issued});
        }
    }
}

template <>
void RecordService::check(const Penalty& p)
{
    validate(p, m_db.today());
    requireUnit(p.orgId, "org");
}

template <>
void RecordService::check(const Accident& a)
{
    validate(a, m_db.today());
    requireUnit(a.orgId, "org");
}

template <>
void RecordService::check(const Activity& a)
{
    validate(a, m_db.today());
    requireUnit(a.orgId, "org");
}

// A campaign names the inspections that carry its name within its days: two live campaigns of
// one name sharing a day would both claim them, so the second is refused.
template <>
void RecordService::check(const Campaign& c)
{
    validate(c);
    requireUnit(c.leadOrgId, "lead_org");
    const auto clash =
        Repository<Campaign>(m_db).where("name = ? AND voided_at = '' AND id <> ? AND starts_on <= ? AND ends_on >= ?",
                                         {c.name, std::to_string(c.id), c.endsOn.toString(), c.startsOn.toString()});
    if (!clash.empty()) {
        throw Error(Error::Kind::Validation,
                    Message(MessageId::CampaignDaysTaken,
                            {c.name, clash.front().startsOn.toString(), clash.front().endsOn.toString()}),
                    "starts_on");
    }
}

// A grid and its members: src/storage/GridRecords.cpp.
template <>
void RecordService::check(const Grid& g);
template <>
void RecordService::check(const GridMember& m);
// An inspection plan: src/storage/PlanRecords.cpp.
template <>
void RecordService::check(const InspectionPlan& p);

namespace {
// Who may add or change a record of type T (core/Access.h).
template <class T>
constexpr Action actionFor()
{
    if constexpr (std::is_same_v<T, Agreement>) {
        return Action::RecordAgreements;
    } else if constexpr (std::is_same_v<T, ChecklistTemplate> || std::is_same_v<T, TemplateItem>) {
        return Action::ManageChecklists;
    } else if constexpr (std::is_same_v<T, Inspection> || std::is_same_v<T, InspectionItem>) {
        return Action::RecordInspections;
    } else if constexpr (std::is_same_v<T, EnforcementDocument> || std::is_same_v<T, Penalty>) {
        return Action::IssueDocuments;
    } else if constexpr (std::is_same_v<T, Campaign>) {
        return Action::PlanCampaigns;
    } else if constexpr (std::is_same_v<T, Grid> || std::is_same_v<T, GridMember> ||
                         std::is_same_v<T, InspectionPlan>) {
        return Action::PlanInspections;
    } else {
        return Action::KeepArchives; // persons, certificates, accidents, activities
    }
}

bool assesses(const Agreement& a, const Agreement* before)
{
    if (!before) {
        return a.status == AgreementStatus::Assessed || a.assessmentScore || a.assessedOn ||
               !a.assessmentResult.empty();
    }
    return (a.status != before->status &&
            (a.status == AgreementStatus::Assessed || before->status == AgreementStatus::Assessed)) ||
           a.assessmentScore != before->assessmentScore || a.assessedOn != before->assessedOn ||
           a.assessmentResult != before->assessmentResult;
}

template <class T>
void requireFor(Database& db, const T& record, bool isNew)
{
    if constexpr (std::is_same_v<T, Agreement>) {
        // Scoring an agreement (考核) is a manager's; registering and signing it an officer's.
        std::optional<Agreement> before;
        if (!isNew) {
            before = Repository<Agreement>(db).find(record.id);
        }
        if (assesses(record, before ? &*before : nullptr)) {
            db.require(Action::AssessAgreements);
            return;
        }
    }
    db.require(actionFor<T>());
}
} // namespace

template <class T>
void RecordService::add(T& record)
{
    requireFor(m_db, record, true);
    if constexpr (std::is_same_v<T, EnforcementDocument>) {
        signOff(m_db, record);
    }
    check(record);
    record.id = 0;
    Repository<T>(m_db).insert(record);
}

template <class T>
void RecordService::update(T& record)
{
    requireFor(m_db, record, false);
    if constexpr (std::is_same_v<T, EnforcementDocument>) {
        if (const auto stored = Repository<T>(m_db).find(record.id)) {
            keepSignOff(*stored, record);
        }
    }
    if constexpr (std::is_same_v<T, Campaign>) {
        const auto stored = Repository<T>(m_db).find(record.id);
        if (stored && stored->name != record.name) {
            // The inspections it counts by its stored name and days (its lead's subtree aside).
            sql::Statement st(m_db.connection(), "SELECT count(*) FROM inspection WHERE campaign = ? AND campaign <> ''"
                                                 " AND date >= ? AND date <= ? AND voided_at = ''");
            st.bindAll(stored->name, stored->startsOn.toString(), stored->endsOn.toString());
            st.step();
            const int64_t carried = st.int64(0);
            if (carried > 0) {
                throw Error(Error::Kind::Validation,
                            Message(MessageId::CampaignNameInUse, {std::to_string(carried), stored->name}), "name");
            }
        }
    }
    check(record);
    Repository<T>(m_db).update(record);
}

template <class T>
void RecordService::voidRecord(T& record, const std::string& reason)
{
    m_db.require(Action::VoidRecords);
    Repository<T>(m_db).voidRecord(record, reason);
}

// An inspection is voided only when no hazard it found is still on the ledger: a live hazard
// under a voided inspection would count in every figure while its inspection counted in none.
// Each hazard is voided (or kept) on its own, with its own reason (docs/figures.md).
template <>
void RecordService::voidRecord(Inspection& record, const std::string& reason)
{
    m_db.require(Action::VoidRecords);
    m_db.write([&] {
        const auto live =
            Repository<Hazard>(m_db).where("inspection_id = ? AND voided_at = ''", {std::to_string(record.id)});
        if (!live.empty()) {
            throw Error(Error::Kind::Lifecycle,
                        Message(MessageId::InspectionHasLiveHazards, {std::to_string(live.size())}));
        }
        Repository<Inspection>(m_db).voidRecord(record, reason);
    });
}

// Inspection's voidRecord is the specialisation above; its explicit instantiation has no effect.
#define SAFELEDGER_RECORD(T)                                                                                           \
    template void RecordService::add<T>(T&);                                                                           \
    template void RecordService::update<T>(T&);                                                                        \
    template void RecordService::voidRecord<T>(T&, const std::string&);
SAFELEDGER_RECORD(Person)
SAFELEDGER_RECORD(Certificate)
SAFELEDGER_RECORD(Agreement)
SAFELEDGER_RECORD(ChecklistTemplate)
SAFELEDGER_RECORD(Inspection)
SAFELEDGER_RECORD(EnforcementDocument)
SAFELEDGER_RECORD(Penalty)
SAFELEDGER_RECORD(Accident)
SAFELEDGER_RECORD(Activity)
SAFELEDGER_RECORD(Campaign)
SAFELEDGER_RECORD(Grid)
SAFELEDGER_RECORD(GridMember)
SAFELEDGER_RECORD(InspectionPlan)
#undef SAFELEDGER_RECORD

void RecordService::saveInspection(Inspection& inspection, std::vector<InspectionItem>& items,
                                   std::vector<Hazard>& hazards)
{
    m_db.require(Action::RecordInspections);
    m_db.write([&] {
        add(inspection);
        int64_t seq = 0;
        for (auto& item : items) {
            item.inspectionId = inspection.id;
            item.seq = ++seq;
            check(item);
            item.id = 0;
            Repository<InspectionItem>(m_db).insert(item);
        }
        HazardService hazardService(m_db);
        for (auto& h : hazards) {
            h.orgId = inspection.orgId;
            h.inspectionId = inspection.id;
            if (h.foundOn.isNull()) {
                h.foundOn = inspection.date;
            }
            hazardService.registerHazard(h, inspection.inspectors.empty() ? std::string() : inspection.inspectors[0]);
        }
    });
}

void RecordService::correctInspection(Inspection& inspection, std::vector<InspectionItem>& items)
{
    m_db.require(Action::RecordInspections);
    m_db.write([&] {
        const Inspection stored = Repository<Inspection>(m_db).get(inspection.id);
        if (stored.isVoided()) {
            throw Error(Error::Kind::Lifecycle, Message(MessageId::RecordAlreadyVoided, {"inspection"}));
        }
        Inspection corrected = inspection;
        corrected.orgId = stored.orgId;
        if (corrected.uuid != stored.uuid || corrected.version != stored.version || corrected.date != stored.date ||
            corrected.kind != stored.kind || corrected.campaign != stored.campaign ||
            corrected.inspectors != stored.inspectors || corrected.note != stored.note) {
            update(corrected);
        }
        for (auto& item : items) {
            const InspectionItem was = Repository<InspectionItem>(m_db).get(item.id);
            if (was.inspectionId != stored.id) {
                throwValidation("items", MessageId::NoRecordOfTableWithId,
                                {"inspection_item", std::to_string(item.id)});
            }
            InspectionItem changed = was;
            changed.version = item.version; // a stale item is refused by the repository
            changed.result = item.result;
            changed.note = item.note;
            if (changed.version != was.version || changed.result != was.result || changed.note != was.note) {
                check(changed);
                Repository<InspectionItem>(m_db).update(changed);
            }
            item = changed;
        }
        inspection = corrected;
    });
}

void RecordService::addTemplate(ChecklistTemplate& checklist, std::vector<TemplateItem>& items)
{
    m_db.require(Action::ManageChecklists);
    m_db.write([&] {
        add(checklist);
        int64_t seq = 0;
        for (auto& item : items) {
            item.templateId = checklist.id;
            item.seq = ++seq;
            check(item);
            item.id = 0;
            Repository<TemplateItem>(m_db).insert(item);
        }
    });
}

std::vector<TemplateItem> RecordService::templateItems(int64_t templateId)
{
    return Repository<TemplateItem>(m_db).where("template_id = ? ORDER BY seq", {std::to_string(templateId)});
}

void RecordService::addDocument(EnforcementDocument& doc, const std::vector<int64_t>& hazardIds)
{
    m_db.require(Action::IssueDocuments);
    const EnforcementDocument given = doc; // what the caller had, should the save be refused
    try {
        addNumberedDocument(doc, hazardIds);
    } catch (...) {
        doc = given;
        throw;
    }
}

void RecordService::addNumberedDocument(EnforcementDocument& doc, const std::vector<int64_t>& hazardIds)
{
    m_db.write([&] {
        numberDocument(doc);
        add(doc);
        std::set<int64_t> seen;
        for (int64_t hid : hazardIds) {
            const auto h = Repository<Hazard>(m_db).find(hid);
            if (!h) {
                throwValidation("hazards", MessageId::NoRecordWithId, {"hazard", std::to_string(hid)});
            }
            if (h->orgId != doc.orgId) {
                throwValidation("hazards", MessageId::HazardOfAnotherUnit, {std::to_string(hid)});
            }
            if (!seen.insert(hid).second) {
                continue;
            }
            sql::Statement st(m_db.connection(), "INSERT INTO document_hazard (document_id, hazard_id) VALUES (?, ?)");
            st.bindAll(doc.id, hid);
            st.execute();
        }
    });
}

std::vector<int64_t> RecordService::documentHazards(int64_t documentId)
{
    sql::Statement st(m_db.connection(), "SELECT hazard_id FROM document_hazard WHERE document_id = ? ORDER BY 1");
    st.bind(1, documentId);
    std::vector<int64_t> out;
    while (st.step()) {
        out.push_back(st.int64(0));
    }
    return out;
}

Attachment RecordService::attach(const std::string& ownerTable, int64_t ownerId, AttachmentRole role,
                                 const std::string& fileName, const std::string& mimeType, std::vector<uint8_t> data)
{
    static const std::set<std::string> owners = {"hazard",        "inspection",   "inspection_item",
                                                 "rectification", "verification", "extension_request"};
    if (!owners.count(ownerTable)) {
        throwValidation("owner", MessageId::AttachmentOwnerInvalid, {ownerTable});
    }
    Attachment a;
    a.ownerTable = ownerTable;
    a.ownerId = ownerId;
    a.role = role;
    a.fileName = fileName;
    a.mimeType = mimeType;
    a.sha256 = sha256Hex(data);
    a.data = std::move(data);
    validate(a);
    m_db.require(Action::KeepArchives);
    m_db.write([&] {
        // The owner table name comes from the fixed set above, never from user text.
        sql::Statement st(m_db.connection(), "SELECT 1 FROM " + ownerTable + " WHERE id = ?");
        st.bind(1, ownerId);
        if (!st.step()) {
            throwValidation("owner", MessageId::NoRecordWithId, {ownerTable, std::to_string(ownerId)});
        }
        Repository<Attachment>(m_db).insert(a);
    });
    return a;
}

} // namespace safeledger
