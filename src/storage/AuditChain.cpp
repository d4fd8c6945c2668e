#include "AuditChain.h"

#include <openssl/evp.h>

#include <memory>
#include <stdexcept>

namespace safeledger {

namespace {

// OpenSSL's SHA-256, which uses the processor's SHA instructions where it has them: the chain
// hashes every audit row when it is written (three a hazard in a ledger import) and again at every
// check. The algorithm is fetched once; each thread keeps a context to hash with.
class Sha256 final
{
public:
    Sha256()
        : m_ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free)
    {
        static EVP_MD* const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        if (!md || !m_ctx || EVP_DigestInit_ex2(m_ctx.get(), md, nullptr) != 1) {
            throw std::runtime_error("SHA-256 is not available from OpenSSL");
        }
    }
    void begin() { EVP_DigestInit_ex2(m_ctx.get(), nullptr, nullptr); }
    void add(const void* data, size_t size) { EVP_DigestUpdate(m_ctx.get(), data, size); }
    // Each field as its length, a colon, its bytes and a newline.
    void field(const std::string& value)
    {
        const std::string length = std::to_string(value.size()) + ":";
        add(length.data(), length.size());
        add(value.data(), value.size());
        add("\n", 1);
    }
    std::string hex()
    {
        unsigned char digest[32];
        unsigned int size = 0;
        EVP_DigestFinal_ex(m_ctx.get(), digest, &size);
        static const char* const digits = "0123456789abcdef";
        std::string out(2 * sizeof digest, '0');
        for (size_t i = 0; i < sizeof digest; ++i) {
            out[2 * i] = digits[digest[i] >> 4];
            out[2 * i + 1] = digits[digest[i] & 0xF];
        }
        return out;
    }

private:
    std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> m_ctx;
};

} // namespace

AuditEntry readAuditEntry(const sql::Statement& st)
{
    return {st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4),
            st.text(5),  st.text(6), st.text(7), st.text(8)};
}

std::string AuditChain::hashOf(const std::string& previousHash, const AuditEntry& row)
{
    thread_local Sha256 sha;
    sha.begin();
    sha.field(previousHash);
    sha.field(std::to_string(row.id));
    sha.field(row.at);
    sha.field(row.account);
    sha.field(row.operatorName);
    sha.field(row.entity);
    sha.field(row.entityUuid);
    sha.field(row.action);
    sha.field(row.before);
    sha.field(row.after);
    return sha.hex();
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
