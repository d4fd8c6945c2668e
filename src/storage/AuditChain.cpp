#include "AuditChain.h"

#include <sodium.h>

namespace safeledger {

namespace {
// Each field as its length, a colon, its bytes and a newline, into the running hash.
void field(crypto_hash_sha256_state& state, const std::string& value)
{
    const std::string length = std::to_string(value.size()) + ":";
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(length.data()), length.size());
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(value.data()), value.size());
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>("\n"), 1);
}
} // namespace

AuditEntry readAuditEntry(const sql::Statement& st)
{
    return {st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4),
            st.text(5),  st.text(6), st.text(7), st.text(8)};
}

std::string AuditChain::hashOf(const std::string& previousHash, const AuditEntry& row)
{
    // libsodium's SHA-256 (the same function as core's sha256Hex, several times faster): the chain
    // hashes every audit row when it is written and again at every check.
    static const int ready = sodium_init(); // picks the fastest implementation; idempotent
    (void)ready;
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    field(state, previousHash);
    field(state, std::to_string(row.id));
    field(state, row.at);
    field(state, row.account);
    field(state, row.operatorName);
    field(state, row.entity);
    field(state, row.entityUuid);
    field(state, row.action);
    field(state, row.before);
    field(state, row.after);
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&state, digest);
    static const char* const hex = "0123456789abcdef";
    std::string out(2 * sizeof digest, '0');
    for (size_t i = 0; i < sizeof digest; ++i) {
        out[2 * i] = hex[digest[i] >> 4];
        out[2 * i + 1] = hex[digest[i] & 0xF];
    }
    return out;
}

AuditHead AuditChain::head()
{
    if (!m_last) {
        m_last.emplace(m_conn, "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1");
    }
    m_last->reset();
    AuditHead head;
    if (m_last->step()) {
        head.id = m_last->int64(0);
        head.hash = m_last->text(1);
    }
    m_last->reset();
    return head;
}

void AuditChain::append(AuditEntry row)
{
    const AuditHead last = head();
    row.id = last.id + 1;
    const std::string hash = hashOf(last.hash, row);
    if (!m_insert) {
        m_insert.emplace(m_conn, "INSERT INTO audit (id, at, account, operator, entity, entity_uuid, action, before, "
                                 "after, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }
    m_insert->reset();
    m_insert->bindAll(row.id, row.at, row.account, row.operatorName, row.entity, row.entityUuid, row.action, row.before,
                      row.after, hash);
    m_insert->execute();
}

namespace schema {
void sealAuditTrail(sql::Connection& conn)
{
    sql::Statement rows(conn, std::string("SELECT ") + kAuditColumns + " FROM audit ORDER BY id");
    sql::Statement set(conn, "UPDATE audit SET hash = ? WHERE id = ?");
    std::string previous;
    while (rows.step()) {
        const AuditEntry row = readAuditEntry(rows);
        previous = AuditChain::hashOf(previous, row);
        set.reset();
        set.bindAll(previous, row.id);
        set.execute();
    }
}
} // namespace schema

} // namespace safeledger
