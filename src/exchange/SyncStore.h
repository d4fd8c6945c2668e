#pragma once

#include "safeledger/storage/Database.h"

#include <memory>
#include <string>
#include <vector>

namespace safeledger::package {

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

    // When the package was imported here, "" if never.
    std::string importedAt(const std::string& packageId);
    void recordPackage(const std::string& packageId, const std::string& direction, const std::string& peer,
                       const std::string& createdAt, const std::string& summary);

    // The last audit id: every change to the records writes one, so a different value later means
    // the database changed in between.
    int64_t snapshot();

private:
    sql::Statement& statement(int which, const char* sql);
    Database& m_db;
    std::vector<std::unique_ptr<sql::Statement>> m_statements;
};

} // namespace safeledger::package
