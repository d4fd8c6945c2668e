// Reading a package: the document's shape, its header and every record, link and history entry,
// each checked strictly and located by a JSON pointer. The checks against the database are in
// PackagePlanner.cpp, the writing in PackageApplier.cpp.
#include "safeledger/exchange/PackageImporter.h"

#include "BoundedJsonReader.h"
#include "PackagePlanData.h"
#include "PackagePlanner.h"
#include "safeledger/core/Error.h"
#include "safeledger/core/Uuid.h"

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

const std::vector<PackageRecordPlan>& PackagePlan::records() const
{
    return m_data->records;
}

const std::vector<PackageConflict>& PackagePlan::conflicts() const
{
    return m_data->conflicts;
}

std::map<std::string, std::map<MergeAction, int64_t>> PackagePlan::counts() const
{
    std::map<std::string, std::map<MergeAction, int64_t>> out;
    for (const auto& r : m_data->records) {
        ++out[r.entity][r.action];
    }
    return out;
}

int64_t PackagePlan::auditEntriesNew() const
{
    int64_t n = 0;
    for (const auto& a : m_data->audit) {
        n += a.exists ? 0 : 1;
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

// Hands each emitted value of the document to the right reader.
class DocumentReader final
{
public:
    explicit DocumentReader(PackagePlan::Data& d)
        : m_d(d)
    {
    }

    static bool emits(const BoundedJsonReader::Path& path)
    {
        return (path.size() == 3 && (path[0] == "records" || path[0] == "links")) ||
               (path.size() == 2 && path[0] == "audit");
    }

    void consume(const BoundedJsonReader::Path& path, nlohmann::json&& value)
    {
        const std::string pointer = BoundedJsonReader::pointer(path);
        if (path[0] == "records") {
            record(path[1], pointer, value);
        } else if (path[0] == "links") {
            link(path[1], pointer, value);
        } else {
            auditEntry(pointer, value);
        }
    }

private:
    void record(const std::string& entity, const std::string& pointer, const nlohmann::json& value)
    {
        bool found = false;
        forEachEntity([&](auto tag) {
            using T = decltype(tag);
            if (found || entity != entityName<T>()) {
                return;
            }
            found = true;
            Incoming<T> in;
            if (!readIncoming(value, pointer, in, m_d.problems)) {
                return;
            }
            const auto [it, fresh] = m_d.uuids.emplace(in.record.uuid, Located{entity, m_d.table<T>().size(), pointer});
            if (!fresh) {
                m_d.problems.add(pointer + "/uuid",
                                 "the uuid " + in.record.uuid + " is already used at " + it->second.pointer);
                return;
            }
            m_d.table<T>().push_back(std::move(in));
        });
        if (!found && m_unknownTables.insert(entity).second) {
            m_d.problems.add("/records/" + entity, "\"" + shorten(entity, 40) + "\" is not a kind of record");
        }
    }

    void link(const std::string& kind, const std::string& pointer, const nlohmann::json& value)
    {
        if (kind != "document_hazard") {
            if (m_unknownTables.insert("links/" + kind).second) {
                m_d.problems.add("/links/" + kind, "\"" + shorten(kind, 40) + "\" is not a kind of link");
            }
            return;
        }
        const bool shaped = value.is_object() && value.size() == 2 && value.contains("document") &&
                            value.contains("hazard") && value["document"].is_string() && value["hazard"].is_string();
        if (!shaped || !UuidGenerator::isValid(value["document"].get<std::string>()) ||
            !UuidGenerator::isValid(value["hazard"].get<std::string>())) {
            m_d.problems.add(pointer, "a document_hazard link is {\"document\": UUID, \"hazard\": UUID}");
            return;
        }
        m_d.links.push_back({value["document"].get<std::string>(), value["hazard"].get<std::string>(), pointer});
    }

    void auditEntry(const std::string& pointer, const nlohmann::json& value)
    {
        static const char* const keys[] = {"at", "operator", "entity", "entity_uuid", "action", "before", "after"};
        if (!value.is_object() || value.size() != 7) {
            m_d.problems.add(pointer, "a history entry is an object with exactly the keys at, operator, entity, "
                                      "entity_uuid, action, before and after");
            return;
        }
        for (const char* key : keys) {
            const auto it = value.find(key);
            if (it == value.end() || !it->is_string() || it->get_ref<const std::string&>().size() > kMaxText) {
                m_d.problems.add(pointer + "/" + key, std::string(key) + " must be a text of at most 1 MiB");
                return;
            }
        }
        IncomingAudit a;
        a.pointer = pointer;
        a.entry.at = value["at"].get<std::string>();
        a.entry.operatorName = value["operator"].get<std::string>();
        a.entry.entity = value["entity"].get<std::string>();
        a.entry.entityUuid = value["entity_uuid"].get<std::string>();
        a.entry.action = value["action"].get<std::string>();
        a.entry.before = value["before"].get<std::string>();
        a.entry.after = value["after"].get<std::string>();
        if (!isTimestamp(a.entry.at)) {
            m_d.problems.add(pointer + "/at", "at: \"" + shorten(a.entry.at, 40) + "\" is not a time");
        } else if (!isEntity(a.entry.entity)) {
            m_d.problems.add(pointer + "/entity",
                             "entity: \"" + shorten(a.entry.entity, 40) + "\" is not a kind of record");
        } else if (a.entry.action.empty() || a.entry.action.size() > 64) {
            m_d.problems.add(pointer + "/action", "action must be a short code such as create or update");
        } else {
            m_d.audit.push_back(std::move(a));
        }
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
        d.problems.add("", "an exchange package is a JSON object");
        return;
    }
    PackageInfo& info = d.info;
    const auto format = root.find("format");
    if (format == root.end() || !format->is_string() || format->get<std::string>() != kFormat) {
        d.problems.add("/format", std::string("this is not a SafeLedger exchange package (\"format\" must be \"") +
                                      kFormat + "\")");
        return;
    }
    const auto version = root.find("format_version");
    if (version == root.end() || !version->is_number_integer() || version->get<int64_t>() < 1) {
        d.problems.add("/format_version", "format_version must be a whole number from 1");
        return;
    }
    if (version->get<int64_t>() > kFormatVersion) {
        d.problems.add("/format_version", "this package was written by a newer SafeLedger (format version " +
                                              std::to_string(version->get<int64_t>()) + "; this program reads " +
                                              std::to_string(kFormatVersion) + "); please upgrade");
        return;
    }
    info.formatVersion = static_cast<int>(version->get<int64_t>());
    info.packageId = text(root, "package_id");
    if (!UuidGenerator::isValid(info.packageId)) {
        d.problems.add("/package_id", "package_id must be a UUID");
    }
    info.createdAt = text(root, "created_at");
    if (!isTimestamp(info.createdAt)) {
        d.problems.add("/created_at", "created_at must be a time like 2025-03-04T08:30:00Z");
    }
    const auto source = root.find("source");
    if (source == root.end() || !source->is_object()) {
        d.problems.add("/source", "source must be an object naming the exporting database");
    } else {
        info.sourceDatabase = text(*source, "database_id");
        info.sourceOperator = text(*source, "operator");
        info.program = text(*source, "program");
    }
    const auto scope = root.find("scope");
    if (scope != root.end()) {
        info.scope = *scope;
    }
    const auto records = root.find("records");
    if (records == root.end() || !records->is_object()) {
        d.problems.add("/records", "records must be an object of lists, one per kind of record");
    } else {
        for (const auto& [name, list] : records->items()) {
            if (!list.is_array()) {
                d.problems.add("/records/" + name, "the " + shorten(name, 40) + " records must be a list");
            }
        }
    }
    const auto links = root.find("links");
    if (links != root.end() &&
        (!links->is_object() || (links->contains("document_hazard") && !(*links)["document_hazard"].is_array()))) {
        d.problems.add("/links", "links must be an object of lists");
    }
    const auto audit = root.find("audit");
    if (audit != root.end() && !audit->is_array()) {
        d.problems.add("/audit", "audit must be a list of history entries");
    }
    static const std::set<std::string> known = {"format", "format_version", "package_id", "created_at", "source",
                                                "scope",  "records",        "links",      "audit"};
    for (const auto& [key, value] : root.items()) {
        if (!known.count(key)) {
            d.problems.add("/" + key, "\"" + shorten(key, 40) + "\" is not part of an exchange package");
        }
    }
}

} // namespace

PackagePlan PackageImporter::plan(std::istream& in)
{
    PackagePlan result;
    PackagePlan::Data& d = *result.m_data;
    DocumentReader reader(d);
    BoundedJsonReader parser(
        JsonLimits{}, DocumentReader::emits,
        [&](const BoundedJsonReader::Path& path, nlohmann::json&& value) { reader.consume(path, std::move(value)); });
    if (!parser.read(in)) {
        d.problems.add(parser.errorPointer(), parser.error());
        return result;
    }
    checkHeader(d, parser.root());
    if (d.problems.empty()) {
        checkAgainstDatabase(m_db, d);
    }
    return result;
}

PackagePlan PackageImporter::planFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw Error(Error::Kind::NotFound, path + ": cannot open the file");
    }
    return plan(in);
}

PackagePlan PackageImporter::planText(std::string_view json)
{
    // Through a stream as well, so that both paths are the same code.
    std::istringstream in{std::string(json)};
    return plan(in);
}

} // namespace safeledger
