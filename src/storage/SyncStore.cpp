#include "safeledger/storage/SyncStore.h"

namespace safeledger {

namespace {
enum Which : size_t { Knows, Known, Remember, Pending, Keep, Resolve, ImportedAt, Record };
}

SyncStore::SyncStore(Database& db)
    : m_db(db)
    , m_statements(db.connection())
{
}

SyncStore::~SyncStore() = default;

std::string SyncStore::databaseId()
{
    sql::Statement st(m_db.connection(), "SELECT database_id FROM sync_self WHERE singleton = 1");
    return st.step() ? st.text(0) : std::string();
}

bool SyncStore::knows(const std::string& uuid, const std::string& fp)
{
    auto& st = m_statements.get(Knows, "SELECT 1 FROM sync_state WHERE entity_uuid = ? AND fingerprint = ?");
    st.bindAll(uuid, fp);
    const bool found = st.step();
    st.reset();
    return found;
}

std::vector<std::string> SyncStore::knownStates(const std::string& uuid)
{
    auto& st = m_statements.get(Known, "SELECT fingerprint FROM sync_state WHERE entity_uuid = ? ORDER BY fingerprint");
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
    auto& st = m_statements.get(Remember, "INSERT OR IGNORE INTO sync_state (entity_uuid, fingerprint) VALUES (?, ?)");
    st.bindAll(uuid, fp);
    st.execute();
}

bool SyncStore::conflictPending(const std::string& uuid, const std::string& incomingFp)
{
    auto& st =
        m_statements.get(Pending, "SELECT 1 FROM sync_conflict WHERE entity_uuid = ? AND incoming_fingerprint = ? "
                                  "AND resolved_at = ''");
    st.bindAll(uuid, incomingFp);
    const bool found = st.step();
    st.reset();
    return found;
}

void SyncStore::keepConflict(const std::string& entity, const std::string& uuid, const std::string& incoming,
                             const std::string& incomingFp, const std::string& localFp, const std::string& packageId)
{
    auto& st = m_statements.get(Keep, "INSERT OR IGNORE INTO sync_conflict (entity, entity_uuid, incoming, "
                                      "incoming_fingerprint, local_fingerprint, package_id, detected_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?)");
    st.bindAll(entity, uuid, incoming, incomingFp, localFp, packageId, m_db.now());
    st.execute();
}

void SyncStore::resolveConflict(const std::string& uuid, const std::string& incomingFp, const std::string& resolution)
{
    auto& st = m_statements.get(Resolve, "UPDATE sync_conflict SET resolved_at = ?, resolution = ? "
                                         "WHERE entity_uuid = ? AND incoming_fingerprint = ? AND resolved_at = ''");
    st.bindAll(m_db.now(), resolution, uuid, incomingFp);
    st.execute();
}

std::string SyncStore::importedAt(const std::string& packageId)
{
    auto& st = m_statements.get(ImportedAt,
                                "SELECT processed_at FROM sync_package WHERE package_id = ? AND direction = 'import'");
    st.bind(1, packageId);
    std::string at = st.step() ? st.text(0) : std::string();
    st.reset();
    return at;
}

void SyncStore::recordPackage(const std::string& packageId, const std::string& direction, const std::string& peer,
                              const std::string& createdAt, const std::string& summary)
{
    auto& st = m_statements.get(Record, "INSERT OR IGNORE INTO sync_package (package_id, direction, peer_database_id, "
                                        "created_at, processed_at, operator, summary) VALUES (?, ?, ?, ?, ?, ?, ?)");
    st.bindAll(packageId, direction, peer, createdAt, m_db.now(), m_db.operatorName(), summary);
    st.execute();
}

namespace {

constexpr const char* kConflictColumns =
    "SELECT id, entity, entity_uuid, package_id, detected_at, incoming, incoming_fingerprint FROM sync_conflict ";

StoredConflict conflictFrom(const sql::Statement& st)
{
    return {st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6)};
}

} // namespace

std::vector<StoredConflict> SyncStore::undecidedConflicts()
{
    sql::Statement st(m_db.connection(), std::string(kConflictColumns) + "WHERE resolved_at = '' ORDER BY id");
    std::vector<StoredConflict> out;
    while (st.step()) {
        out.push_back(conflictFrom(st));
    }
    return out;
}

std::optional<StoredConflict> SyncStore::undecidedConflict(int64_t id)
{
    sql::Statement st(m_db.connection(), std::string(kConflictColumns) + "WHERE id = ? AND resolved_at = ''");
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    return conflictFrom(st);
}

} // namespace safeledger
