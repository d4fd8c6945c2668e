#include "safeledger/exchange/PackageExporter.h"

#include "PackageForm.h"
#include "PackagePlanData.h"
#include "PackageSignature.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/ExchangeQueries.h"
#include "safeledger/storage/LedgerKeys.h"
#include "safeledger/storage/LocalIndex.h"
#include "safeledger/storage/RecordSelection.h"
#include "safeledger/storage/Repository.h"
#include "safeledger/storage/SyncStore.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <unordered_set>

#ifndef SAFELEDGER_VERSION
#define SAFELEDGER_VERSION "unknown"
#endif

namespace safeledger {

using namespace package;

namespace {

constexpr size_t kBatch = 500;

class Writer final
{
public:
    Writer(Database& db, std::ostream& out, const PackageExportOptions& options, PackageExportSummary& summary)
        : m_db(db)
        , m_out(out)
        , m_options(options)
        , m_summary(summary)
        , m_index(db)
        , m_sync(db)
        , m_record(!db.isReadOnly())
    {
    }

    void run()
    {
        const RecordSelection selection = selectRecords(m_db, {m_options.orgId, m_options.from, m_options.to});
        const std::string createdAt = m_db.now();
        nlohmann::json scope = {{"org", nullptr}, {"from", nullptr}, {"to", nullptr}};
        if (m_options.orgId) {
            scope["org"] = m_index.uuidOf("org", *m_options.orgId);
        }
        if (m_options.from) {
            scope["from"] = m_options.from->toString();
        }
        if (m_options.to) {
            scope["to"] = m_options.to->toString();
        }
        // The exporting ledger's audit chain head goes with the package: a second place that can show
        // later that the ledger's trail was cut short or rewritten (docs/accounts-and-audit.md).
        nlohmann::json source = {{"database_id", m_sync.databaseId()},
                                 {"operator", m_db.operatorName()},
                                 {"program", std::string("SafeLedger ") + SAFELEDGER_VERSION},
                                 {"audit_head", m_db.auditChainHead().text()}};
        if (m_db.account()) {
            source["account"] = m_db.account()->name;
        }
        m_out << "{\n\"format\": \"" << kFormat << "\",\n\"format_version\": " << kFormatVersion
              << ",\n\"package_id\": \"" << m_summary.packageId << "\",\n\"created_at\": \"" << createdAt
              << "\",\n\"source\": " << source.dump() << ",\n\"scope\": " << scope.dump() << ",\n\"records\": {";
        bool firstTable = true;
        forEachEntity([&](auto tag) {
            using T = decltype(tag);
            const auto it = selection.ids.find(entityName<T>());
            if (writtenOnlyWhenUsed<T>() && (it == selection.ids.end() || it->second.empty())) {
                return;
            }
            m_out << (firstTable ? "\n\"" : ",\n\"") << entityName<T>() << "\": [";
            firstTable = false;
            writeRecords<T>(it == selection.ids.end() ? std::vector<int64_t>{} : it->second);
            m_out << "\n]";
        });
        m_out << "\n},\n\"links\": {\"document_hazard\": [";
        for (size_t i = 0; i < selection.links.size(); ++i) {
            const nlohmann::json link = {{"document", m_index.uuidOf("enforcement_document", selection.links[i].first)},
                                         {"hazard", m_index.uuidOf("hazard", selection.links[i].second)}};
            m_out << (i == 0 ? "\n" : ",\n") << link.dump();
        }
        m_summary.links = static_cast<int64_t>(selection.links.size());
        m_out << "\n]},\n\"audit\": [";
        if (m_options.includeAudit) {
            writeAudit();
        }
        m_out << "\n]"; // the signed part ends here; exportWith closes the document
        if (!m_out) {
            throw Error(Error::Kind::Storage, MessageId::PackageWriteFailed);
        }
        m_summary.statesRecorded = m_record;
        if (m_record) {
            nlohmann::json counts(m_summary.records);
            m_sync.recordPackage(m_summary.packageId, "export", "", createdAt, counts.dump());
        }
    }

private:
    template <class T>
    void writeRecords(const std::vector<int64_t>& ids)
    {
        Repository<T> repo(m_db);
        const UuidOf uuidOf = [&](const std::string& table, int64_t id) { return m_index.uuidOf(table, id); };
        int64_t& count = m_summary.records[entityName<T>()];
        for (size_t start = 0; start < ids.size(); start += kBatch) {
            const size_t end = std::min(ids.size(), start + kBatch);
            std::string condition = "id IN (";
            std::vector<std::string> args;
            for (size_t i = start; i < end; ++i) {
                condition += i == start ? "?" : ", ?";
                args.push_back(std::to_string(ids[i]));
            }
            condition += ") ORDER BY id";
            for (const T& record : repo.where(condition, args)) {
                nlohmann::json form = packageJson(record, uuidOf);
                const std::string fp = fingerprint(form);
                std::vector<std::string> ancestors = m_sync.knownStates(record.uuid);
                std::erase(ancestors, fp);
                if (!ancestors.empty()) {
                    form["ancestors"] = ancestors;
                }
                m_out << (count == 0 ? "\n" : ",\n") << form.dump();
                if (m_record) {
                    m_sync.remember(record.uuid, fp);
                }
                m_exported.insert(record.uuid);
                ++count;
            }
        }
    }

    void writeAudit()
    {
        bool first = true;
        ExchangeQueries(m_db).eachAuditEntry([&](const AuditEntry& e) {
            if (!m_exported.count(e.entityUuid)) {
                return;
            }
            nlohmann::json entry = {
                {"at", e.at},         {"operator", e.operatorName}, {"entity", e.entity}, {"entity_uuid", e.entityUuid},
                {"action", e.action}, {"before", e.before},         {"after", e.after}};
            if (!e.account.empty()) {
                entry["account"] = e.account;
            }
            m_out << (first ? "\n" : ",\n") << entry.dump();
            first = false;
            ++m_summary.auditEntries;
        });
    }

    Database& m_db;
    std::ostream& m_out;
    const PackageExportOptions& m_options;
    PackageExportSummary& m_summary;
    LocalIndex m_index;
    SyncStore m_sync;
    bool m_record;
    std::unordered_set<std::string> m_exported;
};

PackageExportSummary exportWith(Database& db, std::ostream& out, const PackageExportOptions& options,
                                const std::function<void()>& finish)
{
    if (options.from && options.to && *options.to < *options.from) {
        throwValidation("to", MessageId::ExportToBeforeFrom, {options.to->toString(), options.from->toString()});
    }
    PackageExportSummary summary;
    summary.packageId = db.newUuid();
    // Made (and its key with it, the first time) before the export's own transaction.
    const std::unique_ptr<PackageSigner> signer = LedgerKeys(db).signer();
    auto work = [&] {
        SigningBuffer buffer(out.rdbuf(), signer.get());
        std::ostream signing(&buffer);
        Writer(db, signing, options, summary).run();
        if (!signing.flush()) {
            throw Error(Error::Kind::Storage, MessageId::PackageWriteFailed);
        }
        out << (signer ? signatureTail(*signer) : std::string("\n}\n"));
        if (!out) {
            throw Error(Error::Kind::Storage, MessageId::PackageWriteFailed);
        }
        summary.signedWith = signer ? signer->publicKey() : std::string();
        finish();
    };
    if (!db.canWrite()) {
        work(); // nothing can be remembered (read-only, or a viewer); a later import may see more conflicts
    } else {
        db.write(work);
    }
    return summary;
}

} // namespace

PackageExportSummary exportPackage(Database& db, std::ostream& out, const PackageExportOptions& options)
{
    return exportWith(db, out, options, [] {});
}

PackageExportSummary exportPackageFile(Database& db, const std::string& path, const PackageExportOptions& options)
{
    namespace fs = std::filesystem;
    const std::string partial = path + ".part";
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    if (!out) {
        throw Error(Error::Kind::Storage, Message(MessageId::FileCannotWriteHere, {path}));
    }
    try {
        return exportWith(db, out, options, [&] {
            out.close();
            if (!out) {
                throw Error(Error::Kind::Storage, Message(MessageId::PackageFileWriteFailed, {path}));
            }
            std::error_code ec;
            fs::rename(partial, path, ec);
            if (ec) {
                throw Error(Error::Kind::Storage, MessageId::Prefixed, {path, ec.message()});
            }
        });
    } catch (...) {
        std::error_code ec;
        fs::remove(partial, ec);
        throw;
    }
}

} // namespace safeledger
