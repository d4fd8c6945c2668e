#include "BulkLoad.h"

#include "SqliteHandle.h"

#include <optional>

namespace safeledger {

BulkLoad::BulkLoad(sql::Connection& conn, const std::vector<std::string>& tables)
    : m_conn(conn)
{
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
    for (const auto& d : drops) {
        m_conn.exec(d);
    }
}

void BulkLoad::restore()
{
    if (m_restored) {
        return;
    }
    std::optional<sql::Transaction> tx;
    if (sqlite3_get_autocommit(sql::rawHandle(m_conn)) != 0) {
        tx.emplace(m_conn);
    }
    const bool hasFts = m_conn.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name = 'hazard_fts'") > 0;
    for (const auto& create : m_create) {
        m_conn.exec(create);
    }
    if (hasFts) {
        m_conn.exec("INSERT INTO hazard_fts (hazard_fts) VALUES ('rebuild')");
    }
    if (tx) {
        tx->commit();
    }
    m_restored = true;
}

} // namespace safeledger
