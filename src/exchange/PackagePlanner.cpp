#include "PackagePlanner.h"
#include "PackageStream.h"
#include "safeledger/storage/ExtensionService.h"

#include "safeledger/core/Error.h"
#include "safeledger/core/HazardLifecycle.h"
#include "safeledger/core/Sha256.h"
#include "safeledger/storage/ExchangeQueries.h"
#include "safeledger/storage/LocalIndex.h"
#include "safeledger/storage/Repository.h"
#include "safeledger/storage/SyncStore.h"

#include <algorithm>
#include <memory>
#include <set>
#include <unordered_set>

namespace safeledger::package {

namespace {

bool writes(MergeAction a)
{
    return a == MergeAction::Insert || a == MergeAction::Update || a == MergeAction::Conflict;
}

// "field: message", as a problem under the field's key says it.
Message aboutField(const std::string& field, Message message)
{
    return Message(MessageId::Prefixed, {field}, std::make_shared<Message>(std::move(message)));
}

class Planner final
{
public:
    Planner(Database& db, PackagePlan::Data& d)
        : m_db(db)
        , m_d(d)
        , m_index(db)
        , m_sync(db)
        , m_queries(db)
        , m_today(db.today())
    {
    }

    void run()
    {
        m_d.info.alreadyImportedAt = m_sync.importedAt(m_d.info.packageId);
        m_d.databaseId = m_sync.databaseId();
        m_d.snapshot = m_db.auditHead();
        for (size_t e = 0; e < kEntityCount; ++e) {
            m_d.decisions[e].assign(m_d.listed[e], Decision{});
        }
        m_d.auditExists.assign(m_d.auditListed, false);
        checkLinks();
        const std::unique_ptr<std::istream> in = reopen(m_d, m_d.source);
        reread(*in, *this);
        markRepeatedAudit();
        checkUnchanged(m_d, m_d.source);
        if (!m_d.problems.empty()) {
            return; // the tree cannot be checked with dangling references
        }
        checkOrgTree();
        m_d.planned = true;
    }

    // The second reading: each record's references resolved, what to do with it decided, and
    // what will be written checked by the core's rules.
    template <class T>
    void record(Incoming<T>& in, size_t entity, uint32_t position)
    {
        if (position >= m_d.decisions[entity].size()) {
            changedWhileReading();
        }
        if (!resolveReferences(in)) {
            return;
        }
        Decision& decision = m_d.decisions[entity][position];
        classify(in, decision);
        ++m_d.counts[entityName<T>()][decision.action];
        if (writes(decision.action)) {
            try {
                check(in.record, in);
            } catch (const Error& e) {
                // As what() says it: the field's name before the rule's message.
                m_d.problems.add(in.pointer + keyOf<T>(e.field()), e.wholeMessage());
            }
            if constexpr (std::is_same_v<T, Hazard>) {
                checkClosed(in);
            }
        }
        if constexpr (std::is_same_v<T, Organisation>) {
            m_d.orgs[position].action = decision.action;
            m_d.orgs[position].localId = decision.localId;
        }
    }

    void link(const nlohmann::json&, uint32_t) {}

    void audit(const nlohmann::json& value, const std::string& pointer, uint32_t position)
    {
        const std::optional<AuditEntry> read = readAuditEntry(value, pointer, m_d.problems);
        if (!read || position >= m_d.auditExists.size()) {
            changedWhileReading();
        }
        const AuditEntry& e = *read;
        const PackageUuids::Entry* at = m_d.uuids.find(e.entityUuid);
        if (!at || e.entity != entityNameAt(at->entity)) {
            m_d.problems.add(pointer + "/entity_uuid",
                             Message(MessageId::PackageHistoryRecordMissing, {e.entity, shorten(e.entityUuid, 40)}));
            return;
        }
        m_d.auditExists[position] = m_queries.hasAuditEntry(e);
        const std::string key =
            nlohmann::json::array({e.at, e.operatorName, e.entity, e.entityUuid, e.action, e.before, e.after}).dump();
        const std::string hash = sha256Hex(reinterpret_cast<const uint8_t*>(key.data()), key.size());
        m_auditKeys.push_back({uuidKey(hash.substr(0, 32)), position});
    }

private:
    // Whether `uuid` names a `table` record in the package or here; reports the problem if not.
    // Gives an id that stands for the record in the checks (distinct for distinct records), 0 if none.
    int64_t resolves(const std::string& uuid, const std::string& table, const std::string& pointer)
    {
        if (const PackageUuids::Entry* at = m_d.uuids.find(uuid)) {
            if (table == entityNameAt(at->entity)) {
                return (int64_t(1) << 40) + (int64_t(at->entity) << 32) + at->position;
            }
            m_d.problems.add(pointer,
                             Message(MessageId::PackageReferenceWrongKind,
                                     {uuid, entityNameAt(at->entity), recordPointer(at->entity, at->position), table}));
            return 0;
        }
        if (const int64_t id = m_index.idOf(table, uuid); id != 0) {
            return id;
        }
        m_d.problems.add(pointer, Message(MessageId::PackageReferenceMissing, {table, uuid}));
        return 0;
    }

    template <class T>
    bool resolveReferences(Incoming<T>& in)
    {
        const auto refList = refs<T>();
        bool all = true;
        for (size_t k = 0; k < refList.size(); ++k) {
            const std::string& uuid = in.refUuids[k];
            const std::string target = refTarget(in.record, refList[k]);
            if constexpr (std::is_same_v<T, Attachment>) {
                if (!isAttachmentOwner(target)) {
                    m_d.problems.add(
                        in.pointer + "/owner_table",
                        aboutField("owner_table", Message(MessageId::AttachmentOwnerInvalid, {shorten(target, 40)})));
                    all = false;
                    continue;
                }
            }
            if (uuid.empty()) {
                continue;
            }
            const int64_t id = resolves(uuid, target, in.pointer + "/" + refList[k].key);
            setRefId(in.record, refList[k], id);
            all = all && id != 0;
        }
        return all;
    }

    template <class T>
    void classify(Incoming<T>& in, Decision& decision)
    {
        decision.localId = m_index.idOf(entityName<T>(), in.record.uuid);
        if (decision.localId == 0) {
            decision.action = MergeAction::Insert;
            return;
        }
        const UuidOf uuidOf = [&](const std::string& table, int64_t id) { return m_index.uuidOf(table, id); };
        const nlohmann::json local = packageJson(Repository<T>(m_db).get(decision.localId), uuidOf);
        const std::string localFingerprint = fingerprint(local);
        if (localFingerprint == in.fingerprint) {
            decision.action = MergeAction::Unchanged;
        } else if (m_sync.knows(in.record.uuid, in.fingerprint)) {
            decision.action = MergeAction::KeepLocal; // the package's version is one we had before
        } else if (std::find(in.ancestors.begin(), in.ancestors.end(), localFingerprint) != in.ancestors.end()) {
            decision.action = MergeAction::Update; // ours is one the package's version came from
        } else if (contentFingerprint(local) == contentFingerprint(packageJson(in.record, in.refUuids))) {
            decision.action = MergeAction::Unchanged; // both sides made the same change
        } else {
            decision.action = MergeAction::Conflict;
            PackageConflict c;
            c.entity = entityName<T>();
            c.uuid = in.record.uuid;
            c.pointer = in.pointer;
            c.label = label(in.record);
            c.local = local;
            c.incoming = packageJson(in.record, in.refUuids);
            for (const auto& [key, value] : c.incoming.items()) {
                if (!c.local.contains(key) || c.local[key] != value) {
                    c.fields.push_back(key);
                }
            }
            c.pending = m_sync.conflictPending(in.record.uuid, in.fingerprint);
            m_d.conflicts.push_back(std::move(c));
            m_d.conflictLocalFingerprints[in.record.uuid] = localFingerprint;
        }
    }

    // The hazard a progress entry or verification belongs to, enough to check dates against.
    Hazard hazardFor(const std::string& uuid)
    {
        if (const PackageUuids::Entry* at = m_d.uuids.find(uuid); at && at->entity == entityIndex<Hazard>()) {
            Hazard h; // what the checks of its entries ask of it
            h.foundOn = m_d.hazardFound[at->position];
            return h;
        }
        return Repository<Hazard>(m_db).get(m_index.idOf("hazard", uuid));
    }

    void check(const Organisation& r, const Incoming<Organisation>&) { validate(r); }
    void check(const Person& r, const Incoming<Person>&) { validate(r); }
    void check(const Certificate& r, const Incoming<Certificate>&) { validate(r); }
    void check(const ChecklistTemplate& r, const Incoming<ChecklistTemplate>&) { validate(r); }
    void check(const TemplateItem& r, const Incoming<TemplateItem>&) { validate(r); }
    void check(const Agreement& r, const Incoming<Agreement>&) { validate(r); }
    void check(const Inspection& r, const Incoming<Inspection>&) { validate(r, m_today); }
    void check(const InspectionItem& r, const Incoming<InspectionItem>&) { validate(r); }
    void check(const EnforcementDocument& r, const Incoming<EnforcementDocument>&) { validate(r); }
    void check(const Penalty& r, const Incoming<Penalty>&) { validate(r, m_today); }
    void check(const Accident& r, const Incoming<Accident>&) { validate(r, m_today); }
    void check(const Activity& r, const Incoming<Activity>&) { validate(r, m_today); }
    void check(const Campaign& r, const Incoming<Campaign>&) { validate(r); }
    void check(const Grid& r, const Incoming<Grid>&) { validate(r); }
    void check(const GridMember& r, const Incoming<GridMember>&) { validate(r); }
    void check(const InspectionPlan& r, const Incoming<InspectionPlan>&) { validate(r); }
    void check(const Hazard& h, const Incoming<Hazard>&)
    {
        HazardLifecycle::validate(h, m_today);
        if ((h.status == HazardStatus::Voided) != h.isVoided()) {
            throwValidation("status", MessageId::PackageVoidMarkMismatch);
        }
        if (h.status != HazardStatus::Voided && (h.status == HazardStatus::Closed) != h.closedOn.has_value()) {
            throwValidation("closed_on", MessageId::PackageClosureDateMismatch);
        }
    }
    void check(const Rectification& r, const Incoming<Rectification>& in)
    {
        HazardLifecycle::validateProgress(hazardFor(in.refUuids[0]), r, m_today);
    }
    void check(const Verification& v, const Incoming<Verification>& in)
    {
        HazardLifecycle::validateVerification(hazardFor(in.refUuids[0]), v, m_today);
    }
    void check(const ExtensionRequest& r, const Incoming<ExtensionRequest>& in)
    {
        validateExtension(r);
        if (r.requestedOn < hazardFor(in.refUuids[0]).foundOn) {
            throwValidation("requested_on", MessageId::BeforeFoundDate,
                            {r.requestedOn.toString(), hazardFor(in.refUuids[0]).foundOn.toString()});
        }
    }
    void check(const Attachment& a, const Incoming<Attachment>&)
    {
        validate(a);
        if (sha256Hex(a.data) != a.sha256) {
            throwValidation("sha256", MessageId::PackageAttachmentHashMismatch);
        }
    }

    // The package key an error's field names, as "/key", or "" for the record as a whole.
    template <class T>
    std::string keyOf(const std::string& field)
    {
        if (field.empty()) {
            return {};
        }
        const nlohmann::json form = packageJson(T{}, std::vector<std::string>{});
        for (const std::string& key : {field, field + "_fen", field + "_id"}) {
            if (form.contains(key)) {
                return "/" + key;
            }
        }
        return {};
    }

    // The parent a unit will have after the import (incoming units that are written take the
    // package's parent; the others keep ours). "" for a root.
    std::string parentAfter(const std::string& uuid)
    {
        if (const PackageUuids::Entry* at = m_d.uuids.find(uuid); at && at->entity == entityIndex<Organisation>()) {
            const auto& in = m_d.orgs[at->position];
            if (in.action == MergeAction::Insert || in.action == MergeAction::Update) {
                return in.refUuids[0];
            }
        }
        return m_queries.parentUuid(uuid);
    }

    void checkOrgTree()
    {
        auto& orgs = m_d.orgs;
        std::unordered_set<std::string> reachesRoot;
        for (const auto& in : orgs) {
            if (in.action != MergeAction::Insert && in.action != MergeAction::Update) {
                continue;
            }
            std::vector<std::string> walked;
            std::string at = in.record.uuid;
            bool cycle = false;
            while (!at.empty() && !reachesRoot.count(at)) {
                if (std::find(walked.begin(), walked.end(), at) != walked.end()) {
                    cycle = true;
                    break;
                }
                walked.push_back(at);
                at = parentAfter(at);
            }
            if (cycle) {
                m_d.problems.add(in.pointer + "/parent",
                                 aboutField("parent", Message(MessageId::PackageUnitBelowItself, {in.record.name})));
            } else {
                reachesRoot.insert(walked.begin(), walked.end());
            }
        }
        // Parents before children, so that each unit's path can be made from its parent's.
        std::vector<int> mark(orgs.size(), 0);
        std::vector<size_t> stack;
        for (size_t start = 0; start < orgs.size(); ++start) {
            size_t i = start;
            while (mark[i] == 0) {
                mark[i] = 1;
                stack.push_back(i);
                const PackageUuids::Entry* at = m_d.uuids.find(orgs[i].refUuids[0]);
                if (!at || at->entity != entityIndex<Organisation>()) {
                    break;
                }
                i = at->position;
            }
            while (!stack.empty()) {
                if (mark[stack.back()] == 1) {
                    m_d.orgOrder.push_back(stack.back());
                    mark[stack.back()] = 2;
                }
                stack.pop_back();
            }
        }
    }

    // A closed hazard written has its passing verification, in the package or here.
    void checkClosed(const Incoming<Hazard>& in)
    {
        const Hazard& h = in.record;
        if (h.status != HazardStatus::Closed || !h.closedOn) {
            return;
        }
        const std::pair<UuidKey, Date> probe{uuidKey(h.uuid), *h.closedOn};
        const std::string date = h.closedOn->toString();
        if (!std::binary_search(m_d.passedOn.begin(), m_d.passedOn.end(), probe) &&
            !m_queries.hasPassedVerification(h.uuid, date)) {
            m_d.problems.add(in.pointer + "/closed_on",
                             aboutField("closed_on", Message(MessageId::PackageClosedNeedsVerification, {date})));
        }
    }

    void checkLinks()
    {
        std::set<std::pair<UuidKey, UuidKey>> seen;
        for (auto& link : m_d.links) {
            const std::string pointer = "/links/document_hazard/" + std::to_string(link.position);
            const std::string document = uuidText(link.document);
            const std::string hazard = uuidText(link.hazard);
            const bool documentFound = resolves(document, "enforcement_document", pointer + "/document") != 0;
            const bool hazardFound = resolves(hazard, "hazard", pointer + "/hazard") != 0;
            if (!documentFound || !hazardFound) {
                continue;
            }
            const int64_t doc = m_index.idOf("enforcement_document", document);
            const int64_t id = m_index.idOf("hazard", hazard);
            if (doc != 0 && id != 0) {
                link.exists = m_queries.documentListsHazard(doc, id);
            }
            link.exists = !seen.emplace(link.document, link.hazard).second || link.exists;
        }
    }

    // A history entry listed twice in the package is written once.
    void markRepeatedAudit()
    {
        std::stable_sort(m_auditKeys.begin(), m_auditKeys.end(),
                         [](const AuditKey& a, const AuditKey& b) { return a.hash < b.hash; });
        for (size_t i = 1; i < m_auditKeys.size(); ++i) {
            if (m_auditKeys[i].hash == m_auditKeys[i - 1].hash) {
                m_d.auditExists[m_auditKeys[i].position] = true;
            }
        }
        m_auditKeys = {};
    }

    struct AuditKey
    {
        UuidKey hash; // the first half of the entry's SHA-256
        uint32_t position = 0;
    };

    Database& m_db;
    PackagePlan::Data& m_d;
    LocalIndex m_index;
    SyncStore m_sync;
    ExchangeQueries m_queries;
    Date m_today;
    std::vector<AuditKey> m_auditKeys;
};

} // namespace

void checkAgainstDatabase(Database& db, PackagePlan::Data& d)
{
    Planner(db, d).run();
}

} // namespace safeledger::package
