#include "SyncStore.h"

namespace safeledger::package {

namespace {
enum Which { Knows, Known, Remember, Pending, Keep, Resolve, ImportedAt, Record, Count };
}

SyncStore::SyncStore(Database& db)
    : m_db(db)
    , m_statements(Count)
{
}

SyncStore::~SyncStore() = default;

sql::Statement& SyncStore::statement(int which, const char* text)
{
    auto& st = m_statements[static_cast<size_t>(which)];
    if (!st) {
        st = std::make_unique<sql::Statement>(m_db.connection(), text);
    }
    st->reset();
    return *st;
}

std::string SyncStore::databaseId()
{
    sql::Statement st(m_db.connection(), "SELECT database_id FROM sync_self WHERE singleton = 1");
    return st.step() ? st.text(0) : std::string();
}

bool SyncStore::knows(const std::string& uuid, const std::string& fp)
{
    auto& st = statement(Knows, "SELECT 1 FROM sync_state WHERE entity_uuid = ? AND fingerprint = ?");
    st.bindAll(uuid, fp);
    const bool found = st.step();
    st.reset();
    return found;
}

std::vector<std::string> SyncStore::knownStates(const std::string& uuid)
{
    auto& st = statement(Known, "SELECT fingerprint FROM sync_state WHERE entity_uuid = ? ORDER BY fingerprint");
    st.bind(1, uuid);
    std::vector<std::string> out;
    while (st.step()) {
        out.push_back(st.text(0));
    }
    st.reset();
    return out;
}

void SyncStore::remember(const std::string& uuid, const std::string& fp)
{
    auto& st = statement(Remember, "INSERT OR IGNORE INTO sync_state (entity_uuid, fingerprint) VALUES (?, ?)");
    st.bindAll(uuid, fp);
    st.execute();
}

bool SyncStore::conflictPending(const std::string& uuid, const std::string& incomingFp)
{
    auto& st = statement(Pending, "SELECT 1 FROM sync_conflict WHERE entity_uuid = ? AND incoming_fingerprint = ? "
                                  "AND resolved_at = ''");
    st.bindAll(uuid, incomingFp);
    const bool found = st.step();
    st.reset();
    return found;
}

void SyncStore::keepConflict(const std::string& entity, const std::string& uuid, const std::string& incoming,
                             const std::string& incomingFp, const std::string& localFp, const std::string& packageId)
{
    auto& st = statement(Keep, "INSERT OR IGNORE INTO sync_conflict (entity, entity_uuid, incoming, "
                               "incoming_fingerprint, local_fingerprint, package_id, detected_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)");
    st.bindAll(entity, uuid, incoming, incomingFp, localFp, packageId, m_db.now());
    st.execute();
}

void SyncStore::resolveConflict(const std::string& uuid, const std::string& incomingFp, const std::string& resolution)
{
    auto& st = statement(Resolve, "UPDATE sync_conflict SET resolved_at = ?, resolution = ? "
                                  "WHERE entity_uuid = ? AND incoming_fingerprint = ? AND resolved_at = ''");
    st.bindAll(m_db.now(), resolution, uuid, incomingFp);
    st.execute();
}

std::string SyncStore::importedAt(const std::string& packageId)
{
    auto& st =
        statement(ImportedAt, "SELECT processed_at FROM sync_package WHERE package_id = ? AND direction = 'import'");
    st.bind(1, packageId);
    std::string at = st.step() ? st.text(0) : std::string();
    st.reset();
    return at;
}

void SyncStore::recordPackage(const std::string& packageId, const std::string& direction, const std::string& peer,
                              const std::string& createdAt, const std::string& summary)
{
    auto& st = statement(Record, "INSERT OR IGNORE INTO sync_package (package_id, direction, peer_database_id, "
                                 "created_at, processed_at, operator, summary) VALUES (?, ?, ?, ?, ?, ?, ?)");
    st.bindAll(packageId, direction, peer, createdAt, m_db.now(), m_db.operatorName(), summary);
    st.execute();
}

int64_t SyncStore::snapshot()
{
    return m_db.connection().scalarInt("SELECT coalesce(max(id), 0) FROM audit");
}

} // namespace safeledger::package
