// Writing a checked package: one transaction, records in dependency order (units parents first),
// each kept as it is in the package (uuid, times, version), with its audit row.
#include "PackagePlanData.h"
#include "PackageStream.h"
#include "safeledger/core/Error.h"
#include "safeledger/exchange/PackageImporter.h"
#include "safeledger/storage/ExchangeQueries.h"
#include "safeledger/storage/LocalIndex.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/RecordWriter.h"
#include "safeledger/storage/SyncStore.h"

namespace safeledger {

using namespace package;

namespace {

class Applier final
{
public:
    Applier(Database& db, const PackagePlan::Data& d, const ConflictChoices& choices, const PackageSource& source,
            PackageImportResult& result)
        : m_db(db)
        , m_d(d)
        , m_choices(choices)
        , m_source(source)
        , m_result(result)
        , m_index(db)
        , m_sync(db)
        , m_queries(db)
    {
    }

    void run()
    {
        writeUnits();
        writeTheRest();
        checkUnchanged(m_d, m_source);
        std::map<std::string, std::map<std::string, int64_t>> counts;
        for (const auto& [entity, actions] : m_d.counts) {
            for (const auto& [action, count] : actions) {
                counts[entity][toCode(action)] = count;
            }
        }
        nlohmann::json summary(counts);
        summary["signature"] = toCode(m_d.info.signature);
        if (!m_d.info.signerKey.empty()) {
            summary["signer_key"] = m_d.info.signerKey;
        }
        // The sending ledger's chain head, kept here: a second place to check that ledger against
        // later (check LAPTOP.db --head HEAD; docs/accounts-and-audit.md).
        if (!m_d.info.sourceAuditHead.empty()) {
            summary["source_audit_head"] = m_d.info.sourceAuditHead;
        }
        // Accepting a package whose origin could not be checked is the administrator's decision,
        // on the record.
        if (needsAcceptance(m_d.info.signature, m_db.keepsAccounts())) {
            summary["accepted_unverified"] = true;
            const nlohmann::json accepted = {{"package_id", m_d.info.packageId},
                                             {"signature", toCode(m_d.info.signature)},
                                             {"signer_key", m_d.info.signerKey},
                                             {"source_database", m_d.info.sourceDatabase}};
            m_db.audit("package", m_d.info.packageId, "accept-unverified", "", accepted.dump());
        }
        m_sync.recordPackage(m_d.info.packageId, "import", m_d.info.sourceDatabase, m_d.info.createdAt, summary.dump());
    }

    // The reading of the package: each record of a list whose turn it is, written as it comes.
    template <class T>
    void record(Incoming<T>& in, size_t entity, uint32_t position)
    {
        if (entity != m_current) {
            finishList();
            m_current = entity;
            m_writing = !m_done[entity] && allDoneBefore(entity);
        }
        if (!m_writing || std::is_same_v<T, Organisation>) {
            return;
        }
        if (position >= m_d.decisions[entity].size()) {
            changedWhileReading();
        }
        const Decision& decision = m_d.decisions[entity][position];
        in.action = decision.action;
        in.localId = decision.localId;
        one(in);
    }

    void link(const nlohmann::json&, uint32_t) {}

    void audit(const nlohmann::json& value, const std::string& pointer, uint32_t position)
    {
        if (kAudit != m_current) {
            finishList();
            m_current = kAudit;
            m_writing = !m_done[kAudit] && allDoneBefore(kAudit);
        }
        if (position >= m_d.auditExists.size()) {
            changedWhileReading();
        }
        if (!m_writing || m_d.auditExists[position]) {
            return;
        }
        Problems scratch;
        const std::optional<AuditEntry> entry = readAuditEntry(value, pointer, scratch);
        if (!entry) {
            changedWhileReading();
        }
        // The history of the records, as the exporting database wrote it (its times and operators).
        m_queries.appendAuditEntry(*entry);
        ++m_result.auditEntries;
    }

private:
    enum class Step { None, Insert, Replace };
    static constexpr size_t kAudit = kEntityCount; // the history comes after every record list

    // The units first, from the plan, parents before children.
    void writeUnits()
    {
        RecordWriter<Organisation> writer(m_db);
        for (size_t i : m_d.orgOrder) {
            one(m_d.orgs[i], &writer);
        }
        m_done.fill(false);
        for (size_t e = 0; e < kEntityCount; ++e) {
            m_done[e] = m_d.listed[e] == 0 || e == entityIndex<Organisation>();
        }
        m_done[kAudit] = m_d.auditListed == 0;
    }

    // The other lists in the order of the document, each once every list it may refer to is
    // written: a package as SafeLedger writes it takes one reading, one in another order more.
    void writeTheRest()
    {
        writeLinksWhenDue();
        while (std::find(m_done.begin(), m_done.end(), false) != m_done.end()) {
            const auto before = m_done;
            const std::unique_ptr<std::istream> in = reopen(m_d, m_source);
            m_current = kNone;
            reread(*in, *this);
            finishList();
            if (m_done == before) {
                changedWhileReading(); // a list planned is no longer there
            }
        }
        writeLinksWhenDue();
    }

    bool allDoneBefore(size_t list) const
    {
        return std::all_of(m_done.begin(), m_done.begin() + static_cast<std::ptrdiff_t>(list),
                           [](bool d) { return d; });
    }

    void finishList()
    {
        if (m_current != kNone && m_writing) {
            m_done[m_current] = true;
            writeLinksWhenDue();
        }
        m_current = kNone;
        m_writing = false;
    }

    // The document ↔ hazard links, once both sides of each are written.
    void writeLinksWhenDue()
    {
        if (m_linksWritten || !allDoneBefore(kAudit)) {
            return;
        }
        m_linksWritten = true;
        for (const auto& link : m_d.links) {
            if (link.exists) {
                continue;
            }
            if (m_queries.linkDocumentHazard(m_index.idOf("enforcement_document", uuidText(link.document)),
                                             m_index.idOf("hazard", uuidText(link.hazard)))) {
                ++m_result.links;
            }
        }
    }

    template <class T>
    Step decide(const Incoming<T>& in)
    {
        switch (in.action) {
        case MergeAction::Insert:
            ++m_result.inserted;
            return Step::Insert;
        case MergeAction::Update:
            ++m_result.updated;
            return Step::Replace;
        case MergeAction::Unchanged:
        case MergeAction::KeepLocal:
            ++m_result.unchanged;
            return Step::None;
        case MergeAction::Conflict:
            break;
        }
        switch (m_choices.choiceFor(in.record.uuid)) {
        case ConflictChoice::TakeIncoming:
            ++m_result.conflictsTaken;
            m_sync.resolveConflict(in.record.uuid, in.fingerprint, "incoming");
            return Step::Replace;
        case ConflictChoice::KeepLocal:
            ++m_result.conflictsKept;
            m_sync.resolveConflict(in.record.uuid, in.fingerprint, "local");
            return Step::None;
        case ConflictChoice::Defer:
            break;
        }
        ++m_result.conflictsDeferred;
        return Step::None;
    }

    template <class T>
    RecordWriter<T>& writerFor()
    {
        auto& writer = std::get<std::unique_ptr<RecordWriter<T>>>(m_writers);
        if (!writer) {
            writer = std::make_unique<RecordWriter<T>>(m_db);
        }
        return *writer;
    }

    template <class T>
    void one(const Incoming<T>& in, RecordWriter<T>* given = nullptr)
    {
        const Step step = decide(in);
        const bool deferred = in.action == MergeAction::Conflict && step == Step::None &&
                              m_choices.choiceFor(in.record.uuid) == ConflictChoice::Defer;
        if (deferred) {
            const auto local = m_d.conflictLocalFingerprints.find(in.record.uuid);
            m_sync.keepConflict(
                entityName<T>(), in.record.uuid, packageJson(in.record, in.refUuids).dump(), in.fingerprint,
                local == m_d.conflictLocalFingerprints.end() ? std::string() : local->second, m_d.info.packageId);
            return; // not remembered as seen: until decided it stays a conflict
        }
        if (step != Step::None) {
            RecordWriter<T>& writer = given ? *given : writerFor<T>();
            T record = in.record;
            resolve(record, in);
            record.id = step == Step::Insert ? 0 : in.localId;
            if constexpr (std::is_same_v<T, Organisation>) {
                writeUnit(writer, record, in, step);
            } else if (step == Step::Insert) {
                writer.insert(record, "import");
            } else {
                writer.replace(record, "import");
            }
            m_index.remember(entityName<T>(), record.id, record.uuid);
        }
        m_sync.remember(in.record.uuid, in.fingerprint);
    }

    template <class T>
    void resolve(T& record, const Incoming<T>& in)
    {
        const auto refList = refs<T>();
        for (size_t k = 0; k < refList.size(); ++k) {
            if (in.refUuids[k].empty()) {
                setRefId(record, refList[k], 0);
                continue;
            }
            const std::string target = refTarget(record, refList[k]);
            const int64_t id = m_index.idOf(target, in.refUuids[k]);
            if (id == 0) {
                throw Error(Error::Kind::NotFound, MessageId::PackageReferenceNotWritten, {target, in.refUuids[k]},
                            in.pointer + "/" + refList[k].key);
            }
            setRefId(record, refList[k], id);
        }
    }

    // The unit takes its place in the tree by OrgService's rule; moving a unit moves its subtree.
    void writeUnit(RecordWriter<Organisation>& writer, Organisation& org, const Incoming<Organisation>& in, Step step)
    {
        OrgService orgs(m_db);
        if (step == Step::Insert) {
            org.path.clear();
            writer.insert(org, "import");
            orgs.place(org);
            return;
        }
        const std::string oldPath = orgs.get(org.id).path;
        if (org.parentId && OrgService::isWithin(orgs.get(*org.parentId).path, oldPath)) {
            // About the JSON pointer of the unit's parent, as the plan's problems are.
            throw Error(Error::Kind::Validation, MessageId::PackageUnitBelowItselfNothingImported, {org.name},
                        in.pointer + "/parent");
        }
        org.path = orgs.pathFor(org);
        writer.replace(org, "import");
        orgs.carrySubtree(oldPath, org.path);
    }

    template <class Tuple>
    struct Writers;
    template <class... T>
    struct Writers<std::tuple<T...>>
    {
        using type = std::tuple<std::unique_ptr<RecordWriter<T>>...>;
    };
    static constexpr size_t kNone = kAudit + 1;

    Database& m_db;
    const PackagePlan::Data& m_d;
    const ConflictChoices& m_choices;
    const PackageSource& m_source;
    PackageImportResult& m_result;
    typename Writers<Entities>::type m_writers;
    std::array<bool, kAudit + 1> m_done{};
    size_t m_current = kNone;
    bool m_writing = false;
    bool m_linksWritten = false;
    LocalIndex m_index;
    SyncStore m_sync;
    ExchangeQueries m_queries;
};

} // namespace

PackageImportResult PackageImporter::apply(const PackagePlan& plan, const ConflictChoices& choices,
                                           const PackageSource& reread)
{
    const PackagePlan::Data& d = *plan.m_data;
    if (!plan.ok() || !d.planned) {
        throw Error(Error::Kind::Validation,
                    Message(MessageId::PackageHasProblems, {std::to_string(plan.problems().size())}));
    }
    m_db.require(Action::ImportData);
    if (needsAcceptance(d.info.signature, m_db.keepsAccounts()) && !choices.acceptUnverified) {
        switch (d.info.signature) {
        case PackageSignature::Altered:
            throw Error(Error::Kind::Permission, Message(MessageId::PackageAlteredRefused, {d.info.signerKey}));
        case PackageSignature::Untrusted:
            throw Error(Error::Kind::Permission, Message(MessageId::PackageUntrustedRefused, {d.info.signerKey}));
        default:
            throw Error(Error::Kind::Permission, MessageId::PackageUnsignedRefused);
        }
    }
    PackageImportResult result;
    sql::LargeCache cache(m_db.connection());
    m_db.write([&] {
        SyncStore sync(m_db);
        if (m_db.auditHead() != d.snapshot || sync.databaseId() != d.databaseId) {
            throw Error(Error::Kind::Conflict, MessageId::PackageDatabaseChanged);
        }
        Applier(m_db, d, choices, reread.open ? reread : d.source, result).run();
    });
    return result;
}

} // namespace safeledger
