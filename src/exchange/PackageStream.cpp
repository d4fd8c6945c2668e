// Reading a package again: the helpers the three readings share (PackageStream.h).
#include "PackageStream.h"

#include <filesystem>

namespace safeledger::package {

std::optional<AuditEntry> readAuditEntry(const nlohmann::json& value, const std::string& pointer, Problems& problems)
{
    static const char* const keys[] = {"at", "operator", "entity", "entity_uuid", "action", "before", "after"};
    // "account" (schema step 7) is optional: older packages have none.
    const bool hasAccount = value.is_object() && value.contains("account");
    if (!value.is_object() || value.size() != (hasAccount ? 8U : 7U) ||
        (hasAccount && (!value["account"].is_string() || value["account"].get_ref<const std::string&>().size() > 64))) {
        problems.add(pointer, Message(MessageId::PackageHistoryShape));
        return std::nullopt;
    }
    for (const char* key : keys) {
        const auto it = value.find(key);
        if (it == value.end() || !it->is_string() || it->get_ref<const std::string&>().size() > kMaxText) {
            problems.add(pointer + "/" + key, Message(MessageId::PackageHistoryValueNotText, {key}));
            return std::nullopt;
        }
    }
    AuditEntry e;
    e.at = value["at"].get<std::string>();
    e.operatorName = value["operator"].get<std::string>();
    e.account = hasAccount ? value["account"].get<std::string>() : std::string();
    e.entity = value["entity"].get<std::string>();
    e.entityUuid = value["entity_uuid"].get<std::string>();
    e.action = value["action"].get<std::string>();
    e.before = value["before"].get<std::string>();
    e.after = value["after"].get<std::string>();
    if (!isTimestamp(e.at)) {
        problems.add(pointer + "/at", Message(MessageId::PackageNotATime, {"at", shorten(e.at, 40)}));
    } else if (!isEntity(e.entity)) {
        problems.add(pointer + "/entity",
                     Message(MessageId::PackageEntityNotAKindOfRecord, {"entity", shorten(e.entity, 40)}));
    } else if (e.action.empty() || e.action.size() > 64) {
        problems.add(pointer + "/action", Message(MessageId::PackageHistoryAction));
    } else {
        return e;
    }
    return std::nullopt;
}

bool emitted(const BoundedJsonReader::Path& path)
{
    return (path.size() == 3 && (path[0] == "records" || path[0] == "links")) ||
           (path.size() == 2 && path[0] == "audit");
}

uint32_t positionOf(const BoundedJsonReader::Path& path)
{
    uint32_t n = 0;
    for (const char c : path.back()) {
        n = n * 10 + static_cast<uint32_t>(c - '0');
    }
    return n;
}

std::string fileStamp(const std::string& path)
{
    std::error_code error;
    if (path.empty()) {
        return {};
    }
    const auto size = std::filesystem::file_size(path, error);
    const auto time = std::filesystem::last_write_time(path, error);
    if (error) {
        return "?";
    }
    return std::to_string(size) + "@" + std::to_string(time.time_since_epoch().count());
}

void changedWhileReading()
{
    throw Error(Error::Kind::Conflict, MessageId::PackageChangedWhileReading);
}

void checkUnchanged(const PackagePlan::Data& d, const PackageSource& source)
{
    if (!source.path.empty() && fileStamp(source.path) != d.stamp) {
        changedWhileReading();
    }
}

std::unique_ptr<std::istream> reopen(const PackagePlan::Data& d, const PackageSource& source)
{
    checkUnchanged(d, source);
    std::unique_ptr<std::istream> in = source.open ? source.open() : nullptr;
    if (!in || !*in) {
        throw Error(Error::Kind::NotFound, Message(MessageId::FileCannotOpen, {source.path}));
    }
    return in;
}

} // namespace safeledger::package
