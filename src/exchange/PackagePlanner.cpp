#include "PackagePlanner.h"
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
        forEachEntity([&](auto tag) { resolveReferences<decltype(tag)>(); });
        checkLinks();
        checkAudit();
        if (!m_d.problems.empty()) {
            return; // nothing below is meaningful with dangling references
        }
        forEachEntity([&](auto tag) { classify<decltype(tag)>(); });
        forEachEntity([&](auto tag) { validateAll<decltype(tag)>(); });
        checkOrgTree();
        checkClosedHazards();
        buildLists();
        m_d.planned = true;
    }

private:
    int64_t syntheticId(const std::string& uuid)
    {
        return m_synthetic.emplace(uuid, static_cast<int64_t>(m_synthetic.size()) + 1).first->second;
    }

    // Whether `uuid` names a `table` record in the package or here; reports the problem if not.
    bool resolves(const std::string& uuid, const std::string& table, const std::string& pointer)
    {
        if (const auto it = m_d.uuids.find(uuid); it != m_d.uuids.end()) {
            if (it->second.entity == table) {
                return true;
            }
            m_d.problems.add(pointer, Message(MessageId::PackageReferenceWrongKind,
                                              {uuid, it->second.entity, it->second.pointer, table}));
            return false;
        }
        if (m_index.idOf(table, uuid) != 0) {
            return true;
        }
        m_d.problems.add(pointer, Message(MessageId::PackageReferenceMissing, {table, uuid}));
        return false;
    }

    template <class T>
    void resolveReferences()
    {
        const auto refList = refs<T>();
        for (auto& in : m_d.table<T>()) {
            for (size_t k = 0; k < refList.size(); ++k) {
                const std::string& uuid = in.refUuids[k];
                const std::string target = refTarget(in.record, refList[k]);
                if constexpr (std::is_same_v<T, Attachment>) {
                    if (!isAttachmentOwner(target)) {
                        m_d.problems.add(in.pointer + "/owner_table",
                                         aboutField("owner_table",
                                                    Message(MessageId::AttachmentOwnerInvalid, {shorten(target, 40)})));
                        continue;
                    }
                }
                if (!uuid.empty() && resolves(uuid, target, in.pointer + "/" + refList[k].key)) {
                    setRefId(in.record, refList[k], syntheticId(uuid));
                }
            }
        }
    }

    template <class T>
    void classify()
    {
        const UuidOf uuidOf = [&](const std::string& table, int64_t id) { return m_index.uuidOf(table, id); };
        Repository<T> repo(m_db);
        for (auto& in : m_d.table<T>()) {
            in.localId = m_index.idOf(entityName<T>(), in.record.uuid);
            if (in.localId == 0) {
                in.action = MergeAction::Insert;
                continue;
            }
            const nlohmann::json local = packageJson(repo.get(in.localId), uuidOf);
            in.localFingerprint = fingerprint(local);
            if (in.localFingerprint == in.fingerprint) {
                in.action = MergeAction::Unchanged;
            } else if (m_sync.knows(in.record.uuid, in.fingerprint)) {
                in.action = MergeAction::KeepLocal; // the package's version is one we had before
            } else if (std::find(in.ancestors.begin(), in.ancestors.end(), in.localFingerprint) != in.ancestors.end()) {
                in.action = MergeAction::Update; // ours is one the package's version came from
            } else if (contentFingerprint(local) == contentFingerprint(packageJson(in.record, in.refUuids))) {
                in.action = MergeAction::Unchanged; // both sides made the same change
            } else {
                in.action = MergeAction::Conflict;
                in.pendingConflict = m_sync.conflictPending(in.record.uuid, in.fingerprint);
                m_localForms.emplace(in.record.uuid, local);
            }
        }
    }

    // The hazard a progress entry or verification belongs to, enough to check dates against.
    Hazard hazardFor(const std::string& uuid)
    {
        if (const auto it = m_d.uuids.find(uuid); it != m_d.uuids.end() && it->second.entity == "hazard") {
            return m_d.table<Hazard>()[it->second.index].record;
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

    template <class T>
    void validateAll()
    {
        for (const auto& in : m_d.table<T>()) {
            if (!writes(in.action)) {
                continue;
            }
            try {
                check(in.record, in);
            } catch (const Error& e) {
                // As what() says it: the field's name before the rule's message.
                m_d.problems.add(in.pointer + keyOf<T>(e.field()), e.wholeMessage());
            }
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
        if (const auto it = m_d.uuids.find(uuid); it != m_d.uuids.end() && it->second.entity == "org") {
            const auto& in = m_d.table<Organisation>()[it->second.index];
            if (in.action == MergeAction::Insert || in.action == MergeAction::Update) {
                return in.refUuids[0];
            }
        }
        return m_queries.parentUuid(uuid);
    }

    void checkOrgTree()
    {
        auto& orgs = m_d.table<Organisation>();
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
                const auto it = m_d.uuids.find(orgs[i].refUuids[0]);
                if (it == m_d.uuids.end() || it->second.entity != "org") {
                    break;
                }
                i = it->second.index;
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

    void checkClosedHazards()
    {
        std::set<std::pair<std::string, std::string>> passed; // (hazard uuid, date) of passing verifications
        for (const auto& v : m_d.table<Verification>()) {
            if (v.record.passed && !v.record.isVoided()) {
                passed.emplace(v.refUuids[0], v.record.date.toString());
            }
        }
        for (const auto& in : m_d.table<Hazard>()) {
            const Hazard& h = in.record;
            if (!writes(in.action) || h.status != HazardStatus::Closed || !h.closedOn) {
                continue;
            }
            const std::string date = h.closedOn->toString();
            if (passed.count({h.uuid, date})) {
                continue;
            }
            if (!m_queries.hasPassedVerification(h.uuid, date)) {
                m_d.problems.add(in.pointer + "/closed_on",
                                 aboutField("closed_on", Message(MessageId::PackageClosedNeedsVerification, {date})));
            }
        }
    }

    void checkLinks()
    {
        std::set<std::pair<std::string, std::string>> seen;
        for (auto& link : m_d.links) {
            const bool documentFound = resolves(link.document, "enforcement_document", link.pointer + "/document");
            const bool hazardFound = resolves(link.hazard, "hazard", link.pointer + "/hazard");
            if (!documentFound || !hazardFound) {
                continue;
            }
            const int64_t doc = m_index.idOf("enforcement_document", link.document);
            const int64_t hazard = m_index.idOf("hazard", link.hazard);
            if (doc != 0 && hazard != 0) {
                link.exists = m_queries.documentListsHazard(doc, hazard);
            }
            link.exists = !seen.emplace(link.document, link.hazard).second || link.exists;
        }
    }

    void checkAudit()
    {
        std::set<std::string> seen;
        for (auto& a : m_d.audit) {
            const AuditEntry& e = a.entry;
            const auto it = m_d.uuids.find(e.entityUuid);
            if (it == m_d.uuids.end() || it->second.entity != e.entity) {
                m_d.problems.add(a.pointer + "/entity_uuid", Message(MessageId::PackageHistoryRecordMissing,
                                                                     {e.entity, shorten(e.entityUuid, 40)}));
                continue;
            }
            a.exists = m_queries.hasAuditEntry(e);
            const std::string key =
                nlohmann::json::array({e.at, e.operatorName, e.entity, e.entityUuid, e.action, e.before, e.after})
                    .dump();
            a.exists =
                !seen.insert(sha256Hex(reinterpret_cast<const uint8_t*>(key.data()), key.size())).second || a.exists;
        }
    }

    void buildLists()
    {
        forEachEntity([&](auto tag) {
            using T = decltype(tag);
            for (const auto& in : m_d.table<T>()) {
                m_d.records.push_back({entityName<T>(), in.record.uuid, in.pointer, label(in.record), in.action});
                if (in.action != MergeAction::Conflict) {
                    continue;
                }
                PackageConflict c;
                c.entity = entityName<T>();
                c.uuid = in.record.uuid;
                c.pointer = in.pointer;
                c.label = label(in.record);
                c.local = m_localForms.at(in.record.uuid);
                c.incoming = packageJson(in.record, in.refUuids);
                for (const auto& [key, value] : c.incoming.items()) {
                    if (!c.local.contains(key) || c.local[key] != value) {
                        c.fields.push_back(key);
                    }
                }
                c.pending = in.pendingConflict;
                m_d.conflicts.push_back(std::move(c));
            }
        });
    }

    Database& m_db;
    PackagePlan::Data& m_d;
    LocalIndex m_index;
    SyncStore m_sync;
    ExchangeQueries m_queries;
    Date m_today;
    std::unordered_map<std::string, int64_t> m_synthetic;
    std::unordered_map<std::string, nlohmann::json> m_localForms;
};

} // namespace

void checkAgainstDatabase(Database& db, PackagePlan::Data& d)
{
    Planner(db, d).run();
}

} // namespace safeledger::package
