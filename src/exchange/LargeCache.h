#pragma once

#include "safeledger/storage/Sqlite.h"

#include <string>

namespace safeledger::package {

// A 256 MiB page cache for the length of one large import (as the generator does): a transaction
// of 100,000s of rows otherwise spills the same index pages to the WAL again and again.
class LargeCache final
{
public:
    explicit LargeCache(sql::Connection& conn)
        : m_conn(conn)
        , m_restore("PRAGMA cache_size = " + std::to_string(conn.scalarInt("PRAGMA cache_size")))
    {
        m_conn.exec("PRAGMA cache_size = -262144");
    }
    ~LargeCache()
    {
        try {
            m_conn.exec(m_restore);
        } catch (...) {
            // Only a cache size; the connection keeps working either way.
        }
    }
    LargeCache(const LargeCache&) = delete;
    LargeCache& operator=(const LargeCache&) = delete;

private:
    sql::Connection& m_conn;
    std::string m_restore;
};

} // namespace safeledger::package
