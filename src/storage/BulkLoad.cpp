#include "safeledger/storage/BulkLoad.h"

#include "SqliteHandle.h"

#include <exception>
#include <optional>
#include <stdexcept>

namespace safeledger {

BulkLoad::BulkLoad(Database& db, const std::vector<std::string>& tables)
    : m_db(db)
    , m_own(!db.inTransaction())
{
    auto& conn = db.connection();
    // Inside a caller's transaction the safety level cannot change and stays as it is.
    m_pragmas = "PRAGMA cache_size = " + std::to_string(conn.scalarInt("PRAGMA cache_size"));
    if (m_own) {
        m_pragmas += "; PRAGMA synchronous = " + std::to_string(conn.scalarInt("PRAGMA synchronous"));
        conn.exec("PRAGMA synchronous = NORMAL");
    }
    conn.exec("PRAGMA cache_size = -262144");
    // sql IS NULL: the indexes of UNIQUE and PRIMARY KEY constraints, which cannot be dropped.
    sql::Statement st(conn, "SELECT type, name, sql FROM sqlite_schema WHERE tbl_name = ? AND type IN "
                            "('index', 'trigger') AND sql IS NOT NULL ORDER BY rowid");
    std::vector<std::string> drops;
    for (const auto& table : tables) {
        st.bind(1, table);
        while (st.step()) {
            drops.push_back("DROP " + st.text(0) + " " + st.text(1));
            m_create.push_back(st.text(2));
        }
        st.reset();
    }
    try {
        for (const auto& d : drops) {
            conn.exec(d);
        }
    } catch (...) {
        conn.exec(m_pragmas);
        throw;
    }
}

BulkLoad::~BulkLoad()
{
    const bool finished = m_restored;
    try {
        restore(); // the failed load's transaction is rolled back by now
    } catch (...) {
        // Reported by `check` (schema objects missing); the first error is the one to show.
    }
    try {
        auto& conn = m_db.connection();
        conn.exec(m_pragmas);
        if (finished && m_own && !m_db.inTransaction()) {
            conn.scalarInt("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    } catch (...) {
        // The settings end with the connection anyway.
    }
}

void BulkLoad::finish()
{
    restore();
}

void BulkLoad::restore()
{
    if (m_restored) {
        return;
    }
    auto& conn = m_db.connection();
    std::optional<sql::Transaction> tx;
    if (sqlite3_get_autocommit(sql::rawHandle(conn)) != 0) {
        tx.emplace(conn);
    }
    const bool hasFts = conn.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name = 'hazard_fts'") > 0;
    for (const auto& create : m_create) {
        conn.exec(create);
    }
    if (hasFts) {
        conn.exec("INSERT INTO hazard_fts (hazard_fts) VALUES ('rebuild')");
    }
    if (tx) {
        tx->commit();
    }
    m_restored = true;
}

DeferredTextIndex::DeferredTextIndex(Database& db)
    : m_db(db)
{
    if (!db.inTransaction()) {
        m_finished = true; // nothing to defer to: each insert indexes its hazard as usual
        return;
    }
    auto& conn = db.connection();
    sql::Statement st(conn, "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = 'hazard_fts_insert'");
    if (!st.step()) {
        m_finished = true; // no text index to keep
        return;
    }
    m_create = st.text(0);
    m_after = conn.scalarInt("SELECT coalesce(max(id), 0) FROM hazard");
    conn.exec("DROP TRIGGER hazard_fts_insert");
}

DeferredTextIndex::~DeferredTextIndex()
{
    if (!m_finished && std::uncaught_exceptions() == 0) {
        try {
            finish();
        } catch (...) {
            // Reported by `check` (the text index must hold every hazard) if it was committed so.
        }
    }
}

void DeferredTextIndex::finish()
{
    if (m_finished) {
        return;
    }
    auto& conn = m_db.connection();
    sql::Statement index(conn, "INSERT INTO hazard_fts (rowid, description, location) "
                               "SELECT id, description, location FROM hazard WHERE id > ? ORDER BY id");
    index.bind(1, m_after);
    index.execute();
    conn.exec(m_create);
    m_finished = true;
}

DeferredIndexes::DeferredIndexes(Database& db, const std::string& table, int64_t adding,
                                 const std::set<std::string>& keep)
    : m_db(db)
{
    auto& conn = db.connection();
    // A name that is not one of the table's indexes (renamed by a schema step) would keep nothing
    // and say nothing: refused at every load, small ones too, so that the tests see it.
    for (const std::string& name : keep) {
        sql::Statement index(conn, "SELECT 1 FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND name = ?");
        index.bindAll(table, name);
        if (!index.step()) {
            throw std::invalid_argument("DeferredIndexes: " + table + " has no index " + name);
        }
    }
    if (!db.inTransaction() || adding < kMinRows) {
        return;
    }
    if (adding < conn.scalarInt("SELECT count(*) FROM \"" + table + "\"")) {
        return;
    }
    std::vector<std::string> names;
    sql::Statement st(conn, "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? "
                            "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY rowid");
    st.bind(1, table);
    while (st.step()) {
        if (keep.count(st.text(0)) == 0) {
            names.push_back(st.text(0));
            m_create.push_back(st.text(1));
        }
    }
    for (const std::string& name : names) {
        conn.exec("DROP INDEX \"" + name + "\"");
    }
}

DeferredIndexes::~DeferredIndexes()
{
    if (!m_create.empty() && std::uncaught_exceptions() == 0) {
        try {
            finish();
        } catch (...) {
            // Reported by `check` (its schema check) if it was committed so.
        }
    }
}

void DeferredIndexes::finish()
{
    for (const std::string& create : m_create) {
        m_db.connection().exec(create);
    }
    m_create.clear();
}

BulkBatch::BulkBatch(Database& db, int64_t every)
    : m_db(db)
    , m_every(every)
    , m_external(db.inTransaction())
{
    if (!m_external) {
        m_db.connection().exec("BEGIN IMMEDIATE");
        m_open = true;
    }
}

BulkBatch::~BulkBatch()
{
    if (m_open) {
        try {
            m_db.connection().exec("ROLLBACK");
        } catch (...) {
            // SQLite rolls back by itself when the connection closes.
        }
    }
}

void BulkBatch::row()
{
    if (m_external || ++m_rows % m_every != 0) {
        return;
    }
    m_db.connection().exec("COMMIT");
    m_open = false;
    m_db.connection().exec("BEGIN IMMEDIATE");
    m_open = true;
}

void BulkBatch::finish()
{
    if (m_open) {
        m_db.connection().exec("COMMIT");
        m_open = false;
    }
}

sql::Statement bulkInsert(Database& db, std::string_view table, std::initializer_list<std::string_view> columns)
{
    std::string names;
    std::string values;
    for (std::string_view c : columns) {
        names += names.empty() ? "" : ", ";
        names += c;
        values += values.empty() ? "?" : ", ?";
    }
    return sql::Statement(db.connection(),
                          "INSERT INTO " + std::string(table) + " (" + names + ") VALUES (" + values + ")");
}

} // namespace safeledger
