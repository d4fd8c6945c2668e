#include "safeledger/storage/Sqlite.h"

#include "SqliteHandle.h"
#include "safeledger/core/Error.h"

namespace safeledger::sql {

sqlite3* rawHandle(const Connection& conn)
{
    return conn.m_db;
}

namespace {
Error storageError(int rc, Message message)
{
    const int primary = rc & 0xFF;
    if (primary == SQLITE_NOTADB) {
        return Error(Error::Kind::NotADatabase, std::move(message));
    }
    if (primary == SQLITE_READONLY) {
        return Error(Error::Kind::ReadOnly, std::move(message));
    }
    return Error(Error::Kind::Storage, std::move(message));
}

// `context` around SQLite's text; on a full disk the text says that nothing was saved.
Message withSqliteText(int rc, MessageId context, const std::string& sqliteText)
{
    if ((rc & 0xFF) == SQLITE_FULL) {
        return Message(
            context, {},
            std::make_shared<Message>(MessageId::DiskFullNothingSaved, std::vector<std::string>{sqliteText}));
    }
    return Message(context, {sqliteText});
}
} // namespace

Connection::Connection(const std::string& path, Mode mode)
    : m_path(path)
    , m_readOnly(mode == Mode::ReadOnly)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    const int rc = sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string msg = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw storageError(rc, Message(MessageId::CannotOpen, {path, msg}));
    }
    sqlite3_extended_result_codes(m_db, 1);
    // SQLite quietly opens a write-protected file read-only when asked for read-write.
    m_readOnly = m_readOnly || sqlite3_db_readonly(m_db, "main") == 1;
    sqlite3_busy_timeout(m_db, 5000);
}

Connection::~Connection()
{
    sqlite3_close_v2(m_db);
}

void Connection::setProgressHandler(int steps, std::function<bool()> stop)
{
    m_stop = std::move(stop);
    if (!m_stop || steps <= 0) {
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
        return;
    }
    sqlite3_progress_handler(
        m_db, steps, [](void* self) { return static_cast<Connection*>(self)->m_stop() ? 1 : 0; }, this);
}

void Connection::fail(int rc, MessageId context) const
{
    throw storageError(rc, withSqliteText(rc, context, sqlite3_errmsg(m_db)));
}

void Connection::exec(std::string_view sql)
{
    std::string s(sql);
    char* err = nullptr;
    const int rc = sqlite3_exec(m_db, s.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const std::string msg = err ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        throw storageError(rc, withSqliteText(rc, MessageId::DatabaseError, msg));
    }
}

int64_t Connection::scalarInt(std::string_view sql)
{
    Statement st(*this, sql);
    return st.step() ? st.int64(0) : 0;
}

int64_t Connection::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Connection::changes() const
{
    return sqlite3_changes(m_db);
}

Statement::Statement(Connection& conn, std::string_view sql)
    : m_conn(&conn)
{
    const int rc = sqlite3_prepare_v3(rawHandle(conn), sql.data(), static_cast<int>(sql.size()), 0, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        conn.fail(rc, MessageId::CannotPrepareStatement);
    }
}

Statement::Statement(Statement&& other) noexcept
    : m_conn(other.m_conn)
    , m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::check(int rc) const
{
    if (rc != SQLITE_OK) {
        m_conn->fail(rc, MessageId::CannotBindValue);
    }
}

Statement& Statement::bind(int index, std::nullptr_t)
{
    check(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Statement& Statement::bind(int index, int64_t value)
{
    check(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    check(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, std::string_view value)
{
    check(sqlite3_bind_text64(m_stmt, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}

Statement& Statement::bindBlob(int index, const std::vector<uint8_t>& value)
{
    check(sqlite3_bind_blob64(m_stmt, index, value.data(), value.size(), SQLITE_TRANSIENT));
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    m_conn->fail(rc, MessageId::DatabaseError);
}

void Statement::execute()
{
    while (step()) {
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

int64_t Statement::int64(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

double Statement::real(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

std::string Statement::text(int col) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    return p ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(m_stmt, col))) : std::string();
}

std::optional<int64_t> Statement::optInt64(int col) const
{
    return isNull(col) ? std::nullopt : std::optional<int64_t>(int64(col));
}

std::optional<std::string> Statement::optText(int col) const
{
    return isNull(col) ? std::nullopt : std::optional<std::string>(text(col));
}

std::vector<uint8_t> Statement::blob(int col) const
{
    const auto* p = static_cast<const uint8_t*>(sqlite3_column_blob(m_stmt, col));
    const int n = sqlite3_column_bytes(m_stmt, col);
    return p ? std::vector<uint8_t>(p, p + n) : std::vector<uint8_t>();
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

Transaction::Transaction(Connection& conn)
    : m_conn(conn)
{
    m_conn.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_conn.exec("ROLLBACK");
        } catch (...) {
            // A failed rollback leaves SQLite to roll back itself when the connection closes.
        }
    }
}

void Transaction::commit()
{
    m_conn.exec("COMMIT");
    m_done = true;
}

ReadSnapshot::ReadSnapshot(Connection& conn)
    : m_conn(conn)
{
    if (sqlite3_get_autocommit(rawHandle(m_conn)) != 0) {
        m_conn.exec("BEGIN");
        m_open = true;
    }
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_open) {
        try {
            m_conn.exec("COMMIT"); // it read only: nothing to keep or lose
        } catch (...) {
            // SQLite ends the transaction itself when the connection closes.
        }
    }
}

Statement& StatementCache::get(size_t slot, std::string_view sql)
{
    if (m_statements.size() <= slot) {
        m_statements.resize(slot + 1);
    }
    auto& st = m_statements[slot];
    if (!st) {
        st = std::make_unique<Statement>(m_conn, sql);
    }
    st->reset();
    return *st;
}

LargeCache::LargeCache(Connection& conn, int mebibytes)
    : m_conn(conn)
    , m_restore(conn.scalarInt("PRAGMA cache_size"))
    , m_restoreTemp(conn.scalarInt("PRAGMA temp_store"))
{
    m_conn.exec("PRAGMA cache_size = -" + std::to_string(int64_t{mebibytes} * 1024));
    m_conn.exec("PRAGMA temp_store = MEMORY");
}

LargeCache::~LargeCache()
{
    try {
        m_conn.exec("PRAGMA temp_store = " + std::to_string(m_restoreTemp));
        m_conn.exec("PRAGMA cache_size = " + std::to_string(m_restore));
    } catch (...) {
        // Only a cache size; the connection keeps working either way.
    }
}

} // namespace safeledger::sql
