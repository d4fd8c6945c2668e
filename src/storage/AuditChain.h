#pragma once

#include "safeledger/core/Records.h"
#include "safeledger/storage/Database.h"

#include <optional>
#include <string>

namespace safeledger {

// The columns every reader of audit rows selects, in readAuditEntry's order ("SELECT " + this +
// " FROM audit …"), and the row read back from a statement that selected them.
inline constexpr const char* kAuditColumns = "id, at, operator, entity, entity_uuid, action, before, after, account";
AuditEntry readAuditEntry(const sql::Statement& st);

// The audit trail's hash chain (docs/audit-trail.md): each row's hash is the SHA-256 of the
// previous row's hash and the row's own fields, each written as its length, a colon and its bytes.
// The one writer of audit rows: Database::audit and Database::appendAuditRow come here.
class AuditChain final
{
public:
    explicit AuditChain(sql::Connection& conn)
        : m_conn(conn)
    {
    }

    static std::string hashOf(const std::string& previousHash, const AuditEntry& row);

    // Appends `row` after the newest row (its id is the next one), with its hash. Reads the newest
    // row each time, so a rolled-back transaction never leaves a stale link behind.
    void append(AuditEntry row);
    AuditHead head();

private:
    sql::Connection& m_conn;
    std::optional<sql::Statement> m_last;
    std::optional<sql::Statement> m_insert;
};

namespace schema {
// Hashes the rows written before schema step 7 into the chain, in id order (the migration).
void sealAuditTrail(sql::Connection& conn);
} // namespace schema

} // namespace safeledger
