#pragma once

#include "safeledger/core/Clock.h"
#include "safeledger/core/Uuid.h"
#include "safeledger/storage/Sqlite.h"
#include "safeledger/storage/WriterLock.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace safeledger {

struct OpenOptions
{
    std::shared_ptr<const Clock> clock;  // defaults to the system clock
    std::string operatorName = "system"; // recorded in the audit trail
    std::optional<uint64_t> uuidSeed;    // deterministic UUIDs (demo, tests)
    bool readOnly = false;
    // When another process is writing the database: open it read-only (and say who holds it in
    // lockHolder()) instead of refusing with Error(Locked).
    bool readOnlyIfLocked = false;
};

// An open SafeLedger database: one SQLite write connection plus the session's clock, operator and
// UUID source. Opening checks that the file is a SafeLedger database of a version this build
// understands and migrates older ones; it never writes to a file it refuses.
class Database final
{
public:
    static constexpr int32_t kApplicationId = 0x53464C47; // "SFLG"
    static int schemaVersion();

    // A new database at `path`; refuses to overwrite an existing non-empty file.
    static std::unique_ptr<Database> create(const std::string& path, OpenOptions options = {});
    // An existing SafeLedger database; throws Error(NotFound / NotADatabase / NewerSchema / Storage).
    static std::unique_ptr<Database> open(const std::string& path, OpenOptions options = {});
    // A private in-memory database with the current schema, for tests.
    static std::unique_ptr<Database> inMemory(OpenOptions options = {});

    sql::Connection& connection() { return *m_conn; }
    const Clock& clock() const { return *m_clock; }
    Date today() const { return m_clock->today(); }
    std::string now() const { return m_clock->nowIso(); }
    std::string newUuid() { return m_uuids.next(); }
    const std::string& operatorName() const { return m_operator; }
    void setOperatorName(std::string name) { m_operator = std::move(name); }
    bool isReadOnly() const { return m_conn->isReadOnly(); }
    // Who writes the database when this process could only open it read-only; empty otherwise.
    const std::string& lockHolder() const { return m_lockHolder; }
    const std::string& path() const { return m_conn->path(); }

    // Runs `work` in one BEGIN IMMEDIATE transaction, or inside the caller's if one is open:
    // either everything it wrote is committed, or nothing is.
    void write(const std::function<void()>& work);
    bool inTransaction() const;

    // Appends to the audit trail (call inside write()).
    void audit(const std::string& entity, const std::string& entityUuid, const std::string& action,
               const std::string& before, const std::string& after);
    // The newest audit row's id (0 when none): every change to the records writes one, so a
    // different value later means the database changed in between.
    int64_t auditHead();

private:
    Database(std::unique_ptr<sql::Connection> conn, OpenOptions options);
    void configure();

    std::unique_ptr<sql::Connection> m_conn;
    std::shared_ptr<const Clock> m_clock;
    std::string m_operator;
    UuidGenerator m_uuids;
    std::optional<WriterLock> m_lock;
    std::string m_lockHolder;
};

} // namespace safeledger
