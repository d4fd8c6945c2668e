// Writing a checked package: one transaction, records in dependency order (units parents first),
// each kept as it is in the package (uuid, times, version), with its audit row.
#include "PackagePlanData.h"
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
    Applier(Database& db, const PackagePlan::Data& d, const ConflictChoices& choices, PackageImportResult& result)
        : m_db(db)
        , m_d(d)
        , m_choices(choices)
        , m_result(result)
        , m_index(db)
        , m_sync(db)
        , m_queries(db)
    {
    }

    void run()
    {
        forEachEntity([&](auto tag) { writeAll<decltype(tag)>(); });
        writeLinks();
        writeAudit();
        std::map<std::string, std::map<std::string, int64_t>> counts;
        for (const auto& r : m_d.records) {
            ++counts[r.entity][toCode(r.action)];
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

private:
    enum class Step { None, Insert, Replace };

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
    void writeAll()
    {
        RecordWriter<T> writer(m_db);
        const auto& table = m_d.table<T>();
        auto one = [&](const Incoming<T>& in) {
            const Step step = decide(in);
            const bool deferred = in.action == MergeAction::Conflict && step == Step::None &&
                                  m_choices.choiceFor(in.record.uuid) == ConflictChoice::Defer;
            if (deferred) {
                m_sync.keepConflict(entityName<T>(), in.record.uuid, packageJson(in.record, in.refUuids).dump(),
                                    in.fingerprint, in.localFingerprint, m_d.info.packageId);
                return; // not remembered as seen: until decided it stays a conflict
            }
            if (step != Step::None) {
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
        };
        if constexpr (std::is_same_v<T, Organisation>) {
            for (size_t i : m_d.orgOrder) {
                one(table[i]);
            }
        } else {
            for (const auto& in : table) {
                one(in);
            }
        }
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

    void writeLinks()
    {
        for (const auto& link : m_d.links) {
            if (link.exists) {
                continue;
            }
            if (m_queries.linkDocumentHazard(m_index.idOf("enforcement_document", link.document),
                                             m_index.idOf("hazard", link.hazard))) {
                ++m_result.links;
            }
        }
    }

    // The history of the records, as the exporting database wrote it (its times and operators).
    void writeAudit()
    {
        for (const auto& a : m_d.audit) {
            if (a.exists) {
                continue;
            }
            m_queries.appendAuditEntry(a.entry);
            ++m_result.auditEntries;
        }
    }

    Database& m_db;
    const PackagePlan::Data& m_d;
    const ConflictChoices& m_choices;
    PackageImportResult& m_result;
    LocalIndex m_index;
    SyncStore m_sync;
    ExchangeQueries m_queries;
};

} // namespace

PackageImportResult PackageImporter::apply(const PackagePlan& plan, const ConflictChoices& choices)
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
        Applier(m_db, d, choices, result).run();
    });
    return result;
}

} // namespace safeledger
