#include "safeledger/storage/Database.h"

#include "AuditChain.h"
#include "Schema.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/Accounts.h"
#include "safeledger/storage/Backup.h"

#include "SqliteHandle.h"
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>

namespace safeledger {

namespace fs = std::filesystem;

int Database::schemaVersion()
{
    return schema::latestVersion();
}

Database::Database(std::unique_ptr<sql::Connection> conn, OpenOptions options)
    : m_conn(std::move(conn))
    , m_clock(options.clock ? options.clock : std::make_shared<SystemClock>())
    , m_operator(options.operatorName.empty() ? "system" : options.operatorName)
    , m_uuids(options.uuidSeed ? UuidGenerator(*options.uuidSeed) : UuidGenerator())
    , m_pendingCredentials(std::move(options.credentials))
    , m_chain(std::make_unique<AuditChain>(*m_conn))
{
}

Database::~Database() = default;

std::string AuditHead::text() const
{
    return std::to_string(id) + ":" + hash;
}

// After the schema is current: whether the database keeps accounts, and signing in.
void Database::startSession(const std::optional<Credentials>& credentials)
{
    m_keepsAccounts = m_conn->scalarInt("SELECT EXISTS (SELECT 1 FROM account)") != 0;
    if (credentials) {
        signIn(*credentials);
    }
}

void Database::signIn(const Credentials& credentials)
{
    m_account.reset();
    m_account = Accounts(*this).authenticate(credentials);
}

bool Database::may(Action action) const
{
    return !m_keepsAccounts || (m_account && allows(m_account->role, action));
}

namespace {
// The refusal of `words` ("void records") to `account`, or to nobody signed in.
[[noreturn]] void refuse(const std::optional<SignedIn>& account, const char* words, Role needed)
{
    if (!account) {
        throw Error(Error::Kind::Permission, Message(MessageId::NotSignedIn, {words}));
    }
    throw Error(Error::Kind::Permission, MessageId::PermissionDenied,
                {account->displayName, toCode(account->role), words, toCode(needed)});
}
} // namespace

void Database::require(Action action) const
{
    if (!may(action)) {
        refuse(m_account, actionWords(action), requiredRole(action));
    }
}

void Database::configure()
{
    // foreign_keys is per connection; WAL and synchronous=FULL make a committed save survive a
    // power cut; the busy timeout is set by Connection. A 16 MiB page cache instead of SQLite's
    // 2 MB: a county's figures and pages read the same index pages again and again (the year's
    // figures of a county 116 → 89 ms, its annual report 0.78 → 0.35 s; docs/performance.md).
    m_conn->exec("PRAGMA foreign_keys = ON");
    m_conn->exec("PRAGMA cache_size = -" + std::to_string(kCacheMiB * 1024));
    if (!m_conn->isReadOnly()) {
        m_conn->exec("PRAGMA journal_mode = WAL");
        m_conn->exec("PRAGMA synchronous = FULL");
    }
}

std::unique_ptr<Database> Database::create(const std::string& path, OpenOptions options)
{
    std::error_code ec;
    if (fs::exists(path, ec) && fs::file_size(path, ec) > 0) {
        // No field: the sentence names the file, and what() stays the sentence alone.
        throw Error(Error::Kind::Validation, Message(MessageId::DatabaseFileExists, {path}));
    }
    // A missing folder is said as such (the writer lock could not be made there either, which
    // would read as if someone held the file).
    if (const fs::path folder = fs::path(path).parent_path(); !folder.empty() && !fs::is_directory(folder, ec)) {
        throw Error(Error::Kind::NotFound, Message(MessageId::CannotOpen, {path, "No such file or directory"}));
    }
    // The ledger is evidence about named people: readable by its owner only.
    std::string holder;
    auto lock = WriterLock::tryAcquire(path, holder);
    if (!lock) {
        throw Error(Error::Kind::Locked, MessageId::DatabaseLocked, {path, holder});
    }
    const mode_t old = ::umask(077);
    std::unique_ptr<sql::Connection> conn;
    try {
        conn = std::make_unique<sql::Connection>(path, sql::Connection::Mode::ReadWriteCreate);
    } catch (...) {
        ::umask(old);
        throw;
    }
    std::unique_ptr<Database> db(new Database(std::move(conn), std::move(options)));
    db->m_lock = std::move(lock);
    // 16 KiB pages, set while the file is still empty (a WAL database keeps the size it was made
    // with): a county's ledger has millions of rows of half a kilobyte and more (the hazards,
    // their history), and larger pages mean fewer pages, fewer B-tree levels and a quarter of the
    // log frames to write and look up. Importing a 1,000,000-row ledger takes about 30 % less CPU
    // than with SQLite's 4 KiB (docs/performance.md). Ledgers made before keep their 4 KiB.
    db->m_conn->exec("PRAGMA page_size = " + std::to_string(kPageSize));
    db->configure();
    schema::migrate(db->connection());
    ::umask(old);
    db->startSession(db->m_pendingCredentials);
    db->m_pendingCredentials.reset();
    return db;
}

std::unique_ptr<Database> Database::open(const std::string& path, OpenOptions options)
{
    std::error_code ec;
    if (!fs::exists(path, ec)) {
        throw Error(Error::Kind::NotFound, Message(MessageId::DatabaseNoSuchFile, {path}));
    }
    if (fs::is_directory(path, ec)) {
        throw Error(Error::Kind::NotADatabase, Message(MessageId::DatabaseIsFolder, {path}));
    }
    // Look before touching: a file that is not ours, or is newer than us, is refused before any
    // lock file or write-mode connection exists.
    int64_t version = 0;
    {
        sql::Connection probe(path, sql::Connection::Mode::ReadOnly);
        int64_t appId = 0;
        try {
            appId = probe.scalarInt("PRAGMA application_id");
            version = probe.scalarInt("PRAGMA user_version");
            probe.scalarInt("SELECT count(*) FROM sqlite_schema");
        } catch (const Error& e) {
            if (e.kind() == Error::Kind::NotADatabase) {
                throw Error(Error::Kind::NotADatabase,
                            Message(MessageId::NotADatabaseBecause, {path}, std::make_shared<Message>(e.message())));
            }
            // E.g. a WAL database in a folder this user cannot write to: SQLite cannot create the
            // shared-memory file it needs even for reading.
            throw Error(e.kind() == Error::Kind::ReadOnly ? Error::Kind::ReadOnly : Error::Kind::Storage,
                        Message(MessageId::DatabaseCannotRead, {path}, std::make_shared<Message>(e.message())));
        }
        if (appId != kApplicationId) {
            throw Error(Error::Kind::NotADatabase, Message(MessageId::NotADatabase, {path}));
        }
        if (version > schema::latestVersion()) {
            throw Error(Error::Kind::NewerSchema, MessageId::DatabaseNewerSchema,
                        {path, std::to_string(version), std::to_string(schema::latestVersion())});
        }
    }

    std::optional<WriterLock> lock;
    std::string holder;
    if (!options.readOnly) {
        lock = WriterLock::tryAcquire(path, holder);
        if (!lock) {
            if (!options.readOnlyIfLocked) {
                throw Error(Error::Kind::Locked, MessageId::DatabaseLockedOpenReadOnly, {path, holder});
            }
            options.readOnly = true;
        }
    }
    const auto mode = options.readOnly ? sql::Connection::Mode::ReadOnly : sql::Connection::Mode::ReadWrite;
    std::unique_ptr<Database> db(new Database(std::make_unique<sql::Connection>(path, mode), std::move(options)));
    db->m_lock = std::move(lock);
    db->m_lockHolder = holder;
    db->configure();
    if (version < schema::latestVersion()) {
        if (db->isReadOnly()) {
            throw Error(Error::Kind::ReadOnly, Message(MessageId::DatabaseNeedsUpgrade, {path}));
        }
        // Keep the file as it was before its schema changes; a failed migration loses nothing.
        std::string when = db->now();
        when.erase(std::remove_if(when.begin(), when.end(), [](char c) { return c == '-' || c == ':'; }), when.end());
        Backup::copy(path, path + ".before-v" + std::to_string(schema::latestVersion()) + "-" + when + ".bak");
        schema::migrate(db->connection());
    }
    db->startSession(db->m_pendingCredentials);
    db->m_pendingCredentials.reset();
    return db;
}

std::unique_ptr<Database> Database::inMemory(OpenOptions options)
{
    auto conn = std::make_unique<sql::Connection>(":memory:", sql::Connection::Mode::ReadWriteCreate);
    std::unique_ptr<Database> db(new Database(std::move(conn), std::move(options)));
    db->connection().exec("PRAGMA foreign_keys = ON");
    schema::migrate(db->connection());
    db->startSession(db->m_pendingCredentials);
    db->m_pendingCredentials.reset();
    return db;
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(sql::rawHandle(*m_conn)) == 0;
}

void Database::write(const std::function<void()>& work)
{
    if (isReadOnly()) {
        throw Error(Error::Kind::ReadOnly, Message(MessageId::DatabaseReadOnly, {m_conn->path()}));
    }
    // The net under every service's require(): a database that keeps accounts is changed only by
    // a signed-in officer or above (an account's own password change is Accounts' business).
    if (!canWrite()) {
        refuse(m_account, "change the ledger", Role::Officer);
    }
    if (inTransaction()) {
        work();
        return;
    }
    sql::Transaction tx(*m_conn);
    work();
    tx.commit();
}

void Database::audit(const std::string& entity, const std::string& entityUuid, const std::string& action,
                     const std::string& before, const std::string& after)
{
    appendAuditRow(now(), operatorName(), m_account ? m_account->name : std::string(), entity, entityUuid, action,
                   before, after);
}

void Database::appendAuditRow(const std::string& at, const std::string& operatorName, const std::string& account,
                              const std::string& entity, const std::string& entityUuid, const std::string& action,
                              const std::string& before, const std::string& after)
{
    m_chain->append(AuditEntry{0, at, operatorName, entity, entityUuid, action, before, after, account});
}

AuditHead Database::auditChainHead()
{
    return m_chain->head();
}

int64_t Database::auditHead()
{
    return m_conn->scalarInt("SELECT coalesce(max(id), 0) FROM audit");
}

} // namespace safeledger
