#pragma once
// Loading many rows into an empty database at once (the county generator in safeledger_demo):
// the storage side of it, so that the loader writes rows without writing SQL.

#include "safeledger/storage/Database.h"
#include "safeledger/storage/Sqlite.h"

#include <initializer_list>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace safeledger {

// A bulk load into empty tables: their triggers and secondary indexes are dropped for the load and
// created again afterwards from their own stored SQL, and the hazard text index is rebuilt in one
// pass. Building an index from sorted rows, and the text index from all rows at once, costs a
// fraction of maintaining them row by row. For the length of the load the page cache is large and,
// outside a caller's transaction, synchronous=NORMAL (which in WAL mode skips the fsync of each
// commit but cannot corrupt the file); both come back when the load is destroyed.
//
// Call finish() when the rows are in, inside the load's last transaction. A load destroyed
// without finish() (the rows' transaction rolled back by then) puts the indexes and triggers back
// in a transaction of its own. A process killed in between leaves a database without them, which
// `safeledger-cli check` reports (its schema check compares the file with the schema this program
// creates). Destroying a finished load outside a transaction also checkpoints the write-ahead log,
// so that no large log stays behind.
class BulkLoad final
{
public:
    BulkLoad(Database& db, const std::vector<std::string>& tables);
    ~BulkLoad();
    BulkLoad(const BulkLoad&) = delete;
    BulkLoad& operator=(const BulkLoad&) = delete;

    void finish();

private:
    void restore();
    Database& m_db;
    bool m_own;                        // not inside a caller's transaction
    std::string m_pragmas;             // the settings to put back
    std::vector<std::string> m_create; // CREATE INDEX / CREATE TRIGGER statements, in schema order
    bool m_restored = false;
};

// Commits every `every` rows and begins the next transaction; rolls back an open one when
// destroyed before finish(). Inside a caller's transaction it leaves the committing to the caller.
class BulkBatch final
{
public:
    BulkBatch(Database& db, int64_t every);
    ~BulkBatch();
    BulkBatch(const BulkBatch&) = delete;
    BulkBatch& operator=(const BulkBatch&) = delete;
    void row();
    void finish();

private:
    Database& m_db;
    int64_t m_every;
    int64_t m_rows = 0;
    bool m_external;
    bool m_open = false;
};

// Many hazards added in one transaction to a ledger that may hold many already (a ledger import):
// the hazard text index's insert trigger is dropped for the length of the load and the new hazards
// are indexed in one statement at finish(), which also creates the trigger again from its stored
// SQL. FTS5 flushes its pending entries at the end of every statement, so one INSERT per hazard wrote
// (and later merged) a segment of its own: the hazard insert cost five times as much as with the
// index built once. Make it inside the load's transaction (outside one it changes nothing): a
// rollback restores the trigger with the rest. Destroyed without finish() and without an exception in flight, it
// finishes; with one, the transaction's rollback puts the trigger back.
class DeferredTextIndex final
{
public:
    explicit DeferredTextIndex(Database& db);
    ~DeferredTextIndex();
    DeferredTextIndex(const DeferredTextIndex&) = delete;
    DeferredTextIndex& operator=(const DeferredTextIndex&) = delete;

    void finish();

private:
    Database& m_db;
    std::string m_create; // the trigger's CREATE statement; empty when the ledger has no text index
    int64_t m_after = 0;  // the highest hazard id before the load
    bool m_finished = false;
};

// Many rows added to a table in one transaction, at least as many as it holds already (a ledger
// import into a new or small ledger): the table's secondary indexes, those that enforce no
// uniqueness, are dropped for the length of the load and created again at finish() from their
// stored SQL. Six of the hazard table's indexes lead with a date, and a ledger's rows come in no
// date order: once those indexes outgrow the page cache, each insert reads and writes pages all
// over them, while building an index sorts its keys once (docs/performance.md). Below
// kMinRows, or adding fewer rows than the table has, nothing is dropped. Make it inside the load's
// transaction (outside one it does nothing): a rollback puts the indexes back with the rest.
// Destroyed without finish() and without an exception in flight, it finishes. The indexes named in
// `keep` stay and are kept row by row: those the load's rows cost little in (their keys ascend, or
// few rows have an entry), where a rebuild would cost a scan of the whole table; a name that is
// not an index of `table` throws std::invalid_argument.
class DeferredIndexes final
{
public:
    static constexpr int64_t kMinRows = 100'000;

    DeferredIndexes(Database& db, const std::string& table, int64_t adding, const std::set<std::string>& keep = {});
    ~DeferredIndexes();
    DeferredIndexes(const DeferredIndexes&) = delete;
    DeferredIndexes& operator=(const DeferredIndexes&) = delete;

    bool deferred() const { return !m_create.empty(); }
    void finish();

private:
    Database& m_db;
    std::vector<std::string> m_create; // the dropped indexes' CREATE statements, in schema order
};

// A prepared INSERT of `columns` into `table`, to bind (in the columns' order, from 1), execute
// and reset row after row. The table's constraints apply; its triggers and indexes are those left
// by a BulkLoad.
sql::Statement bulkInsert(Database& db, std::string_view table, std::initializer_list<std::string_view> columns);

} // namespace safeledger
