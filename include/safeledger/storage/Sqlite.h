#pragma once

#include "safeledger/core/Message.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace safeledger::sql {

class Connection;

// A prepared statement. Values are only ever bound, never spliced into SQL text.
class Statement final
{
public:
    Statement(Connection& conn, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;

    Statement& bind(int index, std::nullptr_t);
    Statement& bind(int index, int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bindBlob(int index, const std::vector<uint8_t>& value);
    template <class T>
    Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bind(index, nullptr);
    }
    // Binds a sequence starting at index 1.
    template <class... Args>
    Statement& bindAll(const Args&... args)
    {
        int i = 0;
        (bind(++i, args), ...);
        return *this;
    }

    bool step();    // true while a row is available
    void execute(); // step to completion, expecting no row
    void reset();   // reset and clear bindings for reuse

    bool isNull(int col) const;
    int64_t int64(int col) const;
    int integer(int col) const { return static_cast<int>(int64(col)); }
    double real(int col) const;
    std::string text(int col) const;
    std::optional<int64_t> optInt64(int col) const;
    std::optional<std::string> optText(int col) const;
    std::vector<uint8_t> blob(int col) const;
    int columnCount() const;

private:
    void check(int rc) const;
    Connection* m_conn;
    sqlite3_stmt* m_stmt = nullptr;
};

// One SQLite connection. Not thread-safe; one per thread.
class Connection final
{
public:
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly };
    Connection(const std::string& path, Mode mode);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    void exec(std::string_view sql); // for fixed SQL without parameters (DDL, pragmas)
    int64_t scalarInt(std::string_view sql);
    int64_t lastInsertId() const;
    int changes() const;
    bool isReadOnly() const { return m_readOnly; }
    const std::string& path() const { return m_path; }
    // Calls `stop` every `steps` SQLite virtual-machine steps on this connection's thread; when it
    // returns true the running statement ends with SQLITE_INTERRUPT (an Error(Storage)). For
    // cancelling long work from a flag set elsewhere; an empty `stop` removes the handler. Callers
    // outside storage use this instead of SQLite's C API.
    void setProgressHandler(int steps, std::function<bool()> stop);
    // Throws Error(Storage) for rc: the message `context` (a template with one value of kind 'n')
    // with SQLite's own text as that value.
    [[noreturn]] void fail(int rc, MessageId context) const;

private:
    // The raw handle is storage's own (src/storage/SqliteHandle.h); no other library calls
    // SQLite's C API.
    friend sqlite3* rawHandle(const Connection& conn);
    sqlite3* m_db = nullptr;
    std::string m_path;
    bool m_readOnly = false;
    std::function<bool()> m_stop;
};

// BEGIN IMMEDIATE ... COMMIT; rolls back unless commit() was called.
class Transaction final
{
public:
    explicit Transaction(Connection& conn);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Connection& m_conn;
    bool m_done = false;
};

// A read transaction (BEGIN … COMMIT) around many queries in a row, such as a preview's lookup per
// row: one consistent snapshot, and SQLite's shared lock taken once instead of by every statement
// (a few system calls each). Inside a transaction already open it does nothing.
class ReadSnapshot final
{
public:
    explicit ReadSnapshot(Connection& conn);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    Connection& m_conn;
    bool m_open = false;
};

// Statements prepared on first use and reused, each in a slot the owner numbers (an enum). Every
// statement handed out is reset with its bindings cleared.
class StatementCache final
{
public:
    explicit StatementCache(Connection& conn)
        : m_conn(conn)
    {
    }
    Statement& get(size_t slot, std::string_view sql);

private:
    Connection& m_conn;
    std::vector<std::unique_ptr<Statement>> m_statements;
};

// Settings for the length of one large write (an import of 100,000s of rows), restored at the end
// of the scope: a page cache of `mebibytes` (else the same index pages spill to the WAL again and
// again), and temporary storage in memory. The latter matters most: every INSERT that fires a
// trigger (the hazards' full-text index) keeps a statement journal, the original of each page it
// changes, which SQLite otherwise writes to a temporary file — 20 small writes a hazard.
class LargeCache final
{
public:
    explicit LargeCache(Connection& conn, int mebibytes = 256);
    ~LargeCache();
    LargeCache(const LargeCache&) = delete;
    LargeCache& operator=(const LargeCache&) = delete;

private:
    Connection& m_conn;
    int64_t m_restore;
    int64_t m_restoreTemp;
};

} // namespace safeledger::sql
