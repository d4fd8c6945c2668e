#include "safeledger/storage/LocalIndex.h"

#include "Tables.h"
#include "safeledger/core/Error.h"

namespace safeledger {

// Answers kept per table: enough for the units and the records an import or export asks about
// again and again, bounded for a package of millions (then the cache starts afresh).
template <class Map, class Key, class Value>
void LocalIndex::keep(Map& map, const Key& key, const Value& value)
{
    if (map.size() >= m_cacheLimit) {
        map.clear();
    }
    map[key] = value;
}

LocalIndex::Table& LocalIndex::table(const std::string& name)
{
    if (const auto it = m_tables.find(name); it != m_tables.end()) {
        return it->second;
    }
    if (!tables::isRecordTable(name)) {
        throw Error(Error::Kind::Validation, Message(MessageId::NotARecordTable, {name}));
    }
    return m_tables[name];
}

std::string LocalIndex::uuidOf(const std::string& name, int64_t id)
{
    Table& t = table(name);
    if (const auto it = t.uuids.find(id); it != t.uuids.end()) {
        return it->second;
    }
    if (!t.byId) {
        t.byId = std::make_unique<sql::Statement>(m_db.connection(), "SELECT uuid FROM " + name + " WHERE id = ?");
    }
    t.byId->reset();
    t.byId->bind(1, id);
    std::string uuid = t.byId->step() ? t.byId->text(0) : std::string();
    t.byId->reset();
    if (!uuid.empty()) {
        keep(t.uuids, id, uuid);
    }
    return uuid;
}

int64_t LocalIndex::idOf(const std::string& name, const std::string& uuid)
{
    Table& t = table(name);
    if (const auto it = t.ids.find(uuid); it != t.ids.end()) {
        return it->second;
    }
    if (!t.byUuid) {
        t.byUuid = std::make_unique<sql::Statement>(m_db.connection(), "SELECT id FROM " + name + " WHERE uuid = ?");
    }
    t.byUuid->reset();
    t.byUuid->bind(1, uuid);
    const int64_t id = t.byUuid->step() ? t.byUuid->int64(0) : 0;
    t.byUuid->reset();
    if (id != 0) {
        keep(t.ids, uuid, id);
    }
    return id;
}

void LocalIndex::remember(const std::string& name, int64_t id, const std::string& uuid)
{
    Table& t = table(name);
    keep(t.ids, uuid, id);
    keep(t.uuids, id, uuid);
}

} // namespace safeledger
