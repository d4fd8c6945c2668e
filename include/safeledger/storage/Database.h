#pragma once

#include "safeledger/core/Access.h"
#include "safeledger/core/Clock.h"
#include "safeledger/core/Uuid.h"
#include "safeledger/storage/Sqlite.h"
#include "safeledger/storage/WriterLock.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace safeledger {

// An account's name and password, as typed at sign-in.
struct Credentials
{
    std::string name;
    std::string password;
};

// The account a session works as (issue 13).
struct SignedIn
{
    int64_t id = 0;
    std::string name;        // the sign-in name, recorded in the audit trail's account column
    std::string displayName; // the person's name, recorded as the operator and printed on what they sign
    Role role = Role::Viewer;
};

// The newest row of the audit trail's hash chain: its id and hash ("" and 0 for an empty trail).
struct AuditHead
{
    int64_t id = 0;
    std::string hash;
    std::string text() const; // "ID:HASH", as printed on reports and given to `check --head`
};

struct OpenOptions
{
    std::shared_ptr<const Clock> clock;  // defaults to the system clock
    std::string operatorName = "system"; // recorded in the audit trail
    std::optional<uint64_t> uuidSeed;    // deterministic UUIDs (demo, tests)
    bool readOnly = false;
    // When another process is writing the database: open it read-only (and say who holds it in
    // lockHolder()) instead of refusing with Error(Locked).
    bool readOnlyIfLocked = false;
    // Signs in at opening; a wrong name or password is refused with Error(Login) before anything
    // is read or written. Without it, a database that keeps accounts can be read but not changed
    // until signIn().
    std::optional<Credentials> credentials = std::nullopt;
};

// An open SafeLedger database: one SQLite write connection plus the session's clock, operator and
// UUID source. Opening checks that the file is a SafeLedger database of a version this build
// understands and migrates older ones; it never writes to a file it refuses.
class Database final
{
public:
    static constexpr int32_t kApplicationId = 0x53464C47; // "SFLG"
    static constexpr int kPageSize = 16384;               // of the databases create() makes
    static constexpr int kCacheMiB = 16;                  // each connection's page cache
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
    // The name the audit trail records as the operator: the signed-in account's display name, or
    // the name given at opening for a database without accounts.
    const std::string& operatorName() const { return m_account ? m_account->displayName : m_operator; }
    void setOperatorName(std::string name) { m_operator = std::move(name); }

    // Accounts (see Accounts.h for managing them). A database without accounts, as every
    // database was before schema step 7, lets whoever opens it do everything.
    bool keepsAccounts() const { return m_keepsAccounts; }
    const std::optional<SignedIn>& account() const { return m_account; }
    // Throws Error(Login) for a wrong name or password or a disabled account; the session is
    // then signed out.
    void signIn(const Credentials& credentials);
    void signOut() { m_account.reset(); }
    // Whether the session may do `action`; require() throws Error(Permission) naming the action
    // and the least role that may do it. Every service calls require() before it writes.
    bool may(Action action) const;
    void require(Action action) const;
    // Whether write() would let this session change anything: not read-only, and an officer or
    // above signed in where the database keeps accounts. Readers (a viewer exporting a package)
    // skip what they would only remember.
    bool canWrite() const
    {
        return !isReadOnly() && (!m_keepsAccounts || m_accountWrite || (m_account && m_account->role >= Role::Officer));
    }
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
    // The hash chain's head: what backups, packages and printed reports carry to prove later that
    // the trail was not cut short or rewritten (docs/audit-trail.md).
    AuditHead auditChainHead();
    // Appends an audit row written elsewhere (an imported package's history) with its own time,
    // operator and account; it joins this database's chain.
    void appendAuditRow(const std::string& at, const std::string& operatorName, const std::string& account,
                        const std::string& entity, const std::string& entityUuid, const std::string& action,
                        const std::string& before, const std::string& after);

    ~Database();

private:
    friend class Accounts;
    Database(std::unique_ptr<sql::Connection> conn, OpenOptions options);
    void configure();
    void startSession(const std::optional<Credentials>& credentials);

    std::unique_ptr<sql::Connection> m_conn;
    std::shared_ptr<const Clock> m_clock;
    std::string m_operator;
    UuidGenerator m_uuids;
    std::optional<WriterLock> m_lock;
    std::string m_lockHolder;
    std::optional<Credentials> m_pendingCredentials;
    bool m_keepsAccounts = false;
    bool m_accountWrite = false; // Accounts is changing the signed-in account's own password
    std::optional<SignedIn> m_account;
    std::unique_ptr<class AuditChain> m_chain;
};

} // namespace safeledger
