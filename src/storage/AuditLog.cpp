#include "safeledger/storage/AuditLog.h"

#include "AuditChain.h"

#include <nlohmann/json.hpp>

namespace safeledger {

namespace {

// The WHERE clause of `f` (always starting "WHERE 1"), its values appended to `args`.
std::string where(const AuditFilter& f, std::vector<std::string>& args)
{
    std::string sql = " WHERE 1";
    if (f.account) {
        sql += " AND account = ?";
        args.push_back(*f.account);
    }
    if (f.from) {
        sql += " AND at >= ?";
        args.push_back(f.from->toString());
    }
    if (f.to) {
        sql += " AND at < ?"; // the whole of the last day
        args.push_back(f.to->addDays(1).toString());
    }
    if (!f.entity.empty()) {
        sql += " AND entity = ?";
        args.push_back(f.entity);
    }
    if (!f.action.empty()) {
        sql += " AND action = ?";
        args.push_back(f.action);
    }
    if (!f.entityUuid.empty()) {
        sql += " AND entity_uuid = ?";
        args.push_back(f.entityUuid);
    }
    return sql;
}

void bindAll(sql::Statement& st, const std::vector<std::string>& args)
{
    int i = 1;
    for (const std::string& a : args) {
        st.bind(i++, a);
    }
}

std::vector<std::string> distinct(Database& db, const char* column)
{
    sql::Statement st(db.connection(), std::string("SELECT DISTINCT ") + column + " FROM audit ORDER BY 1");
    std::vector<std::string> out;
    while (st.step()) {
        out.push_back(st.text(0));
    }
    return out;
}

std::string valueText(const nlohmann::json& v)
{
    return v.is_string() ? v.get<std::string>() : v.dump();
}

nlohmann::json parsed(const std::string& text)
{
    if (text.empty()) {
        return nlohmann::json::object();
    }
    auto j = nlohmann::json::parse(text, nullptr, false);
    return j.is_object() ? j : nlohmann::json{{"value", text}};
}

} // namespace

std::vector<AuditEntry> AuditLog::rows(const AuditFilter& filter, int64_t beforeId, int limit)
{
    std::vector<std::string> args;
    std::string sql = std::string("SELECT ") + kAuditColumns + " FROM audit" + where(filter, args);
    if (beforeId > 0) {
        sql += " AND id < ?";
        args.push_back(std::to_string(beforeId));
    }
    sql += " ORDER BY id DESC LIMIT " + std::to_string(limit);
    sql::Statement st(m_db.connection(), sql);
    bindAll(st, args);
    std::vector<AuditEntry> out;
    while (st.step()) {
        out.push_back(readAuditEntry(st));
    }
    return out;
}

int64_t AuditLog::count(const AuditFilter& filter)
{
    std::vector<std::string> args;
    sql::Statement st(m_db.connection(), "SELECT count(*) FROM audit" + where(filter, args));
    bindAll(st, args);
    return st.step() ? st.int64(0) : 0;
}

std::vector<std::string> AuditLog::accounts()
{
    return distinct(m_db, "account");
}

std::vector<std::string> AuditLog::entities()
{
    return distinct(m_db, "entity");
}

std::vector<std::string> AuditLog::actions()
{
    return distinct(m_db, "action");
}

std::vector<AuditField> AuditLog::fields(const std::string& before, const std::string& after)
{
    const nlohmann::json b = parsed(before);
    const nlohmann::json a = parsed(after);
    std::vector<AuditField> out;
    const auto add = [&](const std::string& key) {
        for (const AuditField& f : out) {
            if (f.name == key) {
                return;
            }
        }
        AuditField f;
        f.name = key;
        const auto ib = b.find(key);
        const auto ia = a.find(key);
        f.before = ib == b.end() ? std::string() : valueText(*ib);
        f.after = ia == a.end() ? std::string() : valueText(*ia);
        f.changed = (ib == b.end()) != (ia == a.end()) || (ib != b.end() && *ib != *ia);
        out.push_back(std::move(f));
    };
    for (const auto& [key, value] : (a.empty() ? b : a).items()) {
        add(key);
    }
    for (const auto& [key, value] : b.items()) {
        add(key);
    }
    return out;
}

} // namespace safeledger
