#pragma once

#include "safeledger/storage/Database.h"

#include <map>
#include <memory>
#include <string>
#include <unordered_map>

namespace safeledger {

// UUID ↔ local id lookups for the record tables, with prepared statements reused and answers
// cached: exports and imports ask about the same units and hazards again and again. The cache
// keeps at most `cacheLimit` answers each way per table (then it starts afresh), so that a
// package of millions of records does not keep them all. A table name that is not a record table
// is refused (Error(Validation)), never spliced into SQL.
class LocalIndex final
{
public:
    static constexpr size_t kCacheLimit = 1 << 16;

    explicit LocalIndex(Database& db, size_t cacheLimit = kCacheLimit)
        : m_db(db)
        , m_cacheLimit(cacheLimit)
    {
    }

    std::string uuidOf(const std::string& table, int64_t id);        // "" when unknown
    int64_t idOf(const std::string& table, const std::string& uuid); // 0 when unknown
    void remember(const std::string& table, int64_t id, const std::string& uuid);

private:
    struct Table
    {
        std::unordered_map<int64_t, std::string> uuids;
        std::unordered_map<std::string, int64_t> ids;
        std::unique_ptr<sql::Statement> byId;
        std::unique_ptr<sql::Statement> byUuid;
    };
    Table& table(const std::string& name);
    template <class Map, class Key, class Value>
    void keep(Map& map, const Key& key, const Value& value);

    Database& m_db;
    size_t m_cacheLimit;
    std::map<std::string, Table> m_tables;
};

} // namespace safeledger
