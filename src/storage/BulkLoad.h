#pragma once

#include "safeledger/storage/Sqlite.h"

#include <string>
#include <vector>

namespace safeledger {

// A bulk load into empty tables (the generator): their triggers and secondary indexes are dropped
// for the load and created again afterwards from their own stored SQL, and the hazard text index
// is rebuilt in one pass. Building an index from sorted rows, and the text index from all rows at
// once, costs a fraction of maintaining them row by row.
//
// Call finish() when the rows are in; it restores everything in the caller's transaction (or its
// own). If the load fails, call restore() after the failed transaction has been rolled back. A
// process killed in between leaves a database without them, which `safeledger-cli check` reports
// (its schema check compares the file with the schema this program creates).
class BulkLoad final
{
public:
    BulkLoad(sql::Connection& conn, const std::vector<std::string>& tables);
    BulkLoad(const BulkLoad&) = delete;
    BulkLoad& operator=(const BulkLoad&) = delete;

    void finish() { restore(); }
    void restore();

private:
    sql::Connection& m_conn;
    std::vector<std::string> m_create; // CREATE INDEX / CREATE TRIGGER statements, in schema order
    bool m_restored = false;
};

} // namespace safeledger
