#pragma once

#include "safeledger/storage/Database.h"

#include <optional>
#include <string>
#include <vector>

namespace safeledger {

// A conflict kept for the user to decide, as stored.
struct StoredConflict
{
    int64_t id = 0;
    std::string entity;
    std::string uuid;
    std::string packageId;
    std::string detectedAt;
    std::string incoming; // the incoming record's package form (JSON text)
    std::string incomingFingerprint;
};

// The exchange bookkeeping of a database (schema step 3, src/storage/SchemaV3.sql): its identity,
// the versions of records it has sent or received, the packages it has seen and the conflicts
// the user has not decided yet. Statements are prepared once and reused.
class SyncStore final
{
public:
    explicit SyncStore(Database& db);
    ~SyncStore();

    std::string databaseId();
    // The fingerprints of the versions of `uuid` this database has exported or imported.
    bool knows(const std::string& uuid, const std::string& fingerprint);
    std::vector<std::string> knownStates(const std::string& uuid);
    void remember(const std::string& uuid, const std::string& fingerprint);

    bool conflictPending(const std::string& uuid, const std::string& incomingFingerprint);
    void keepConflict(const std::string& entity, const std::string& uuid, const std::string& incoming,
                      const std::string& incomingFingerprint, const std::string& localFingerprint,
                      const std::string& packageId);
    void resolveConflict(const std::string& uuid, const std::string& incomingFingerprint,
                         const std::string& resolution);
    // The conflicts not decided yet, oldest first; one of them by its number.
    std::vector<StoredConflict> undecidedConflicts();
    std::optional<StoredConflict> undecidedConflict(int64_t id);

    // When the package was imported here, "" if never.
    std::string importedAt(const std::string& packageId);
    void recordPackage(const std::string& packageId, const std::string& direction, const std::string& peer,
                       const std::string& createdAt, const std::string& summary);

private:
    Database& m_db;
    sql::StatementCache m_statements;
};

} // namespace safeledger
