// Reading a package: the document's shape, its header and every record, link and history entry,
// each checked strictly and located by a JSON pointer. The checks against the database are in
// PackagePlanner.cpp, the writing in PackageApplier.cpp.
#include "safeledger/exchange/PackageImporter.h"

#include "BoundedJsonReader.h"
#include "PackagePlanData.h"
#include "PackagePlanner.h"
#include "PackageSignature.h"
#include "PackageStream.h"
#include "safeledger/core/Error.h"
#include "safeledger/core/Uuid.h"
#include "safeledger/storage/LedgerKeys.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace safeledger {

using namespace package;

const char* toCode(MergeAction action)
{
    switch (action) {
    case MergeAction::Insert:
        return "insert";
    case MergeAction::Update:
        return "update";
    case MergeAction::Unchanged:
        return "unchanged";
    case MergeAction::KeepLocal:
        return "keep_local";
    case MergeAction::Conflict:
        return "conflict";
    }
    return "";
}

ConflictChoice ConflictChoices::choiceFor(const std::string& uuid) const
{
    const auto it = byUuid.find(uuid);
    return it == byUuid.end() ? all : it->second;
}

PackagePlan::PackagePlan()
    : m_data(std::make_unique<Data>())
{
}
PackagePlan::~PackagePlan() = default;
PackagePlan::PackagePlan(PackagePlan&&) noexcept = default;
PackagePlan& PackagePlan::operator=(PackagePlan&&) noexcept = default;

const std::vector<PackageProblem>& PackagePlan::problems() const
{
    return m_data->problems.list();
}

int64_t PackagePlan::problemsOmitted() const
{
    return m_data->problems.omitted();
}

const PackageInfo& PackagePlan::info() const
{
    return m_data->info;
}

const std::vector<PackageConflict>& PackagePlan::conflicts() const
{
    return m_data->conflicts;
}

const std::map<std::string, std::map<MergeAction, int64_t>>& PackagePlan::counts() const
{
    return m_data->counts;
}

int64_t PackagePlan::recordCount() const
{
    int64_t n = 0;
    for (const auto& [entity, actions] : m_data->counts) {
        for (const auto& [action, count] : actions) {
            n += count;
        }
    }
    return n;
}

std::optional<MergeAction> PackagePlan::action(const std::string& uuid) const
{
    const PackageUuids::Entry* at = m_data->planned ? m_data->uuids.find(uuid) : nullptr;
    if (!at || at->position >= m_data->decisions[at->entity].size()) {
        return std::nullopt;
    }
    return m_data->decisions[at->entity][at->position].action;
}

int64_t PackagePlan::auditEntriesNew() const
{
    int64_t n = 0;
    for (const bool exists : m_data->auditExists) {
        n += exists ? 0 : 1;
    }
    return n;
}

int64_t PackagePlan::linksNew() const
{
    int64_t n = 0;
    for (const auto& l : m_data->links) {
        n += l.exists ? 0 : 1;
    }
    return n;
}

namespace {

// The first reading: each record, link and history entry checked on its own; of the records only
// their UUIDs and what other records' checks need are kept.
class DocumentReader final
{
public:
    explicit DocumentReader(PackagePlan::Data& d)
        : m_d(d)
    {
    }

    void consume(const BoundedJsonReader::Path& path, nlohmann::json&& value)
    {
        const std::string pointer = BoundedJsonReader::pointer(path);
        const uint32_t position = positionOf(path);
        if (path[0] == "records") {
            record(path[1], pointer, position, value);
        } else if (path[0] == "links") {
            link(path[1], pointer, position, value);
        } else if (readAuditEntry(value, pointer, m_d.problems)) {
            m_d.auditListed = std::max(m_d.auditListed, position + 1);
        }
    }

    // Every UUID once: a later use of one is a problem where it is.
    void finish()
    {
        for (const auto& [first, later] : m_d.uuids.seal()) {
            m_d.problems.add(recordPointer(later.entity, later.position) + "/uuid",
                             Message(MessageId::PackageUuidUsedTwice,
                                     {uuidText(first.uuid), recordPointer(first.entity, first.position)}));
        }
        std::sort(m_d.passedOn.begin(), m_d.passedOn.end());
    }

private:
    void record(const std::string& entity, const std::string& pointer, uint32_t position, const nlohmann::json& value)
    {
        bool found = false;
        size_t index = 0;
        forEachEntity([&](auto tag) {
            using T = decltype(tag);
            const size_t e = index++;
            if (found || entity != entityName<T>()) {
                return;
            }
            found = true;
            Incoming<T> in;
            if (!readIncoming(value, pointer, in, m_d.problems)) {
                return;
            }
            m_d.uuids.add(in.record.uuid, e, position);
            m_d.listed[e] = std::max(m_d.listed[e], position + 1);
            if constexpr (std::is_same_v<T, Organisation>) {
                m_d.orgs.push_back(std::move(in));
            } else if constexpr (std::is_same_v<T, Hazard>) {
                m_d.hazardFound.resize(position + 1);
                m_d.hazardFound[position] = in.record.foundOn;
            } else if constexpr (std::is_same_v<T, Verification>) {
                if (in.record.passed && !in.record.isVoided()) {
                    m_d.passedOn.emplace_back(uuidKey(in.refUuids[0]), in.record.date);
                }
            }
        });
        if (!found && m_unknownTables.insert(entity).second) {
            m_d.problems.add("/records/" + entity, Message(MessageId::PackageNotAKindOfRecord, {shorten(entity, 40)}));
        }
    }

    void link(const std::string& kind, const std::string& pointer, uint32_t position, const nlohmann::json& value)
    {
        if (kind != "document_hazard") {
            if (m_unknownTables.insert("links/" + kind).second) {
                m_d.problems.add("/links/" + kind, Message(MessageId::PackageNotAKindOfLink, {shorten(kind, 40)}));
            }
            return;
        }
        const bool shaped = value.is_object() && value.size() == 2 && value.contains("document") &&
                            value.contains("hazard") && value["document"].is_string() && value["hazard"].is_string();
        if (!shaped || !UuidGenerator::isValid(value["document"].get<std::string>()) ||
            !UuidGenerator::isValid(value["hazard"].get<std::string>())) {
            m_d.problems.add(pointer, Message(MessageId::PackageLinkShape));
            return;
        }
        IncomingLink link;
        link.document = uuidKey(value["document"].get_ref<const std::string&>());
        link.hazard = uuidKey(value["hazard"].get_ref<const std::string&>());
        link.position = position;
        m_d.links.push_back(link);
    }

    PackagePlan::Data& m_d;
    std::set<std::string> m_unknownTables;
};

std::string text(const nlohmann::json& j, const char* key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The document around the records: format, version, identity, source and scope.
void checkHeader(PackagePlan::Data& d, const nlohmann::json& root)
{
    if (!root.is_object()) {
        d.problems.add("", Message(MessageId::PackageNotAnObject));
        return;
    }
    PackageInfo& info = d.info;
    const auto format = root.find("format");
    if (format == root.end() || !format->is_string() || format->get<std::string>() != kFormat) {
        d.problems.add("/format", Message(MessageId::PackageWrongFormat, {kFormat}));
        return;
    }
    const auto version = root.find("format_version");
    if (version == root.end() || !version->is_number_integer() || version->get<int64_t>() < 1) {
        d.problems.add("/format_version", Message(MessageId::PackageFormatVersionInvalid));
        return;
    }
    if (version->get<int64_t>() > kFormatVersion) {
        d.problems.add("/format_version",
                       Message(MessageId::PackageNewerFormat,
                               {std::to_string(version->get<int64_t>()), std::to_string(kFormatVersion)}));
        return;
    }
    info.formatVersion = static_cast<int>(version->get<int64_t>());
    info.packageId = text(root, "package_id");
    if (!UuidGenerator::isValid(info.packageId)) {
        d.problems.add("/package_id", Message(MessageId::PackageIdNotUuid));
    }
    info.createdAt = text(root, "created_at");
    if (!isTimestamp(info.createdAt)) {
        d.problems.add("/created_at", Message(MessageId::PackageCreatedAtInvalid));
    }
    const auto source = root.find("source");
    if (source == root.end() || !source->is_object()) {
        d.problems.add("/source", Message(MessageId::PackageSourceInvalid));
    } else {
        info.sourceDatabase = text(*source, "database_id");
        info.sourceOperator = text(*source, "operator");
        info.sourceAccount = text(*source, "account");
        info.sourceAuditHead = text(*source, "audit_head");
        info.program = text(*source, "program");
    }
    const auto scope = root.find("scope");
    if (scope != root.end()) {
        info.scope = *scope;
    }
    const auto records = root.find("records");
    if (records == root.end() || !records->is_object()) {
        d.problems.add("/records", Message(MessageId::PackageRecordsInvalid));
    } else {
        for (const auto& [name, list] : records->items()) {
            if (!list.is_array()) {
                d.problems.add("/records/" + name, Message(MessageId::PackageRecordListInvalid, {shorten(name, 40)}));
            }
        }
    }
    const auto links = root.find("links");
    if (links != root.end() &&
        (!links->is_object() || (links->contains("document_hazard") && !(*links)["document_hazard"].is_array()))) {
        d.problems.add("/links", Message(MessageId::PackageLinksInvalid));
    }
    const auto audit = root.find("audit");
    if (audit != root.end() && !audit->is_array()) {
        d.problems.add("/audit", Message(MessageId::PackageAuditInvalid));
    }
    const auto signature = root.find("signature");
    if (signature != root.end() &&
        (!signature->is_object() || signature->value("algorithm", "") != kSignatureAlgorithm ||
         !signature->contains("public_key") || !(*signature)["public_key"].is_string())) {
        d.problems.add("/signature", Message(MessageId::PackageSignatureInvalid, {kSignatureAlgorithm}));
    }
    static const std::set<std::string> known = {"format", "format_version", "package_id", "created_at", "source",
                                                "scope",  "records",        "links",      "audit",      "signature"};
    for (const auto& [key, value] : root.items()) {
        if (!known.count(key)) {
            d.problems.add("/" + key, Message(MessageId::PackageUnknownKey, {shorten(key, 40)}));
        }
    }
}

// Who signed the package, as far as this ledger can tell. A "signature" member that is not where
// the signed bytes end (the package was reformatted or edited) counts as altered.
void recognise(Database& db, PackageInfo& info, const SignatureFound& found, const nlohmann::json& root)
{
    const bool member = root.is_object() && root.contains("signature");
    info.signerKey = found.key;
    if (member && info.signerKey.empty() && root["signature"].is_object()) {
        info.signerKey = text(root["signature"], "public_key");
    }
    if (!found.present && !member) {
        info.signature = PackageSignature::Unsigned;
        return;
    }
    if (!found.intact || !member) {
        info.signature = PackageSignature::Altered;
        return;
    }
    LedgerKeys keys(db);
    if (keys.existingPublicKey() == info.signerKey) {
        info.signature = PackageSignature::Own;
    } else if (const auto trusted = keys.findTrusted(info.signerKey)) {
        info.signature = PackageSignature::Trusted;
        info.signerLabel = trusted->label;
    } else {
        info.signature = PackageSignature::Untrusted;
    }
}

} // namespace

const char* toCode(PackageSignature signature)
{
    switch (signature) {
    case PackageSignature::Unsigned:
        return "unsigned";
    case PackageSignature::Altered:
        return "altered";
    case PackageSignature::Untrusted:
        return "untrusted";
    case PackageSignature::Trusted:
        return "trusted";
    case PackageSignature::Own:
        return "own";
    }
    return "unsigned";
}

bool needsAcceptance(PackageSignature signature, bool ledgerKeepsAccounts)
{
    switch (signature) {
    case PackageSignature::Altered:
        return true;
    case PackageSignature::Unsigned:
    case PackageSignature::Untrusted:
        return ledgerKeepsAccounts;
    case PackageSignature::Trusted:
    case PackageSignature::Own:
        return false;
    }
    return true;
}

PackagePlan PackageImporter::plan(PackageSource source)
{
    PackagePlan result;
    PackagePlan::Data& d = *result.m_data;
    d.source = std::move(source);
    d.stamp = fileStamp(d.source.path);
    const std::unique_ptr<std::istream> in = reopen(d, d.source);
    DocumentReader reader(d);
    BoundedJsonReader parser(JsonLimits{}, emitted, [&](const BoundedJsonReader::Path& path, nlohmann::json&& value) {
        reader.consume(path, std::move(value));
    });
    const SignatureFound signature = checkSignature(*in);
    if (!parser.read(*in)) {
        d.problems.add(parser.errorPointer(), parser.error());
        return result;
    }
    reader.finish();
    checkHeader(d, parser.root());
    recognise(m_db, d.info, signature, parser.root());
    if (d.problems.empty()) {
        checkAgainstDatabase(m_db, d);
    }
    return result;
}

PackagePlan PackageImporter::planFile(const std::string& path)
{
    if (!std::ifstream(path, std::ios::binary)) {
        throw Error(Error::Kind::NotFound, Message(MessageId::FileCannotOpen, {path}));
    }
    return plan({[path] { return std::make_unique<std::ifstream>(path, std::ios::binary); }, path});
}

PackagePlan PackageImporter::planText(std::string_view json)
{
    // Through a stream as well, so that both paths are the same code.
    auto text = std::make_shared<const std::string>(json);
    return plan({[text] { return std::make_unique<std::istringstream>(*text); }, {}});
}

} // namespace safeledger
