#include "safeledger/storage/LedgerKeys.h"

#include "Sodium.h"
#include "Trimmed.h"
#include "safeledger/core/Base64.h"
#include "safeledger/core/Error.h"

#include <nlohmann/json.hpp>

namespace safeledger {

namespace {

std::string encode(const unsigned char* data, size_t size)
{
    return base64Encode(std::vector<uint8_t>(data, data + size));
}

std::string auditJson(const TrustedKey& k)
{
    return nlohmann::json{{"public_key", k.publicKey}, {"label", k.label}}.dump();
}

TrustedKey readTrusted(const sql::Statement& st)
{
    return TrustedKey{st.text(0), st.text(1), st.text(2), st.text(3), st.text(4)};
}

constexpr const char* kTrustedColumns = "SELECT uuid, public_key, label, added_at, added_by FROM trusted_key ";

} // namespace

struct PackageSigner::State
{
    crypto_sign_state state;
};

PackageSigner::PackageSigner(std::string publicKey, std::vector<unsigned char> secretKey)
    : m_state(std::make_unique<State>())
    , m_publicKey(std::move(publicKey))
    , m_secretKey(std::move(secretKey))
{
    sodium::initialise();
    crypto_sign_init(&m_state->state);
}

PackageSigner::~PackageSigner()
{
    sodium_memzero(m_secretKey.data(), m_secretKey.size());
}

void PackageSigner::update(std::string_view bytes)
{
    crypto_sign_update(&m_state->state, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
}

std::string PackageSigner::finish()
{
    unsigned char signature[crypto_sign_BYTES];
    crypto_sign_final_create(&m_state->state, signature, nullptr, m_secretKey.data());
    return encode(signature, sizeof signature);
}

struct SignatureCheck::State
{
    crypto_sign_state state;
};

SignatureCheck::SignatureCheck()
    : m_state(std::make_unique<State>())
{
    sodium::initialise();
    crypto_sign_init(&m_state->state);
}

SignatureCheck::~SignatureCheck() = default;

void SignatureCheck::update(std::string_view bytes)
{
    crypto_sign_update(&m_state->state, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
}

bool SignatureCheck::matches(const std::string& publicKey, const std::string& signature)
{
    const auto key = base64Decode(publicKey);
    auto sig = base64Decode(signature);
    if (!key || key->size() != crypto_sign_PUBLICKEYBYTES || !sig || sig->size() != crypto_sign_BYTES) {
        return false;
    }
    return crypto_sign_final_verify(&m_state->state, sig->data(), key->data()) == 0;
}

bool isPublicKey(const std::string& key)
{
    const auto bytes = base64Decode(key);
    return key.size() == 44 && bytes && bytes->size() == crypto_sign_PUBLICKEYBYTES;
}

std::optional<std::string> LedgerKeys::existingPublicKey()
{
    sql::Statement st(m_db.connection(), "SELECT public_key FROM ledger_key WHERE id = 1");
    if (!st.step()) {
        return std::nullopt;
    }
    return st.text(0);
}

std::string LedgerKeys::ownPublicKey()
{
    if (auto key = existingPublicKey()) {
        return *key;
    }
    if (!m_db.canWrite()) {
        throw Error(Error::Kind::Storage, MessageId::KeyNotMadeReadOnly);
    }
    sodium::initialise();
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    std::vector<unsigned char> sk(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(pk, sk.data());
    const std::string publicKey = encode(pk, sizeof pk);
    std::string secretKey = encode(sk.data(), sk.size());
    sodium_memzero(sk.data(), sk.size());
    m_db.write([&] {
        sql::Statement st(m_db.connection(),
                          "INSERT INTO ledger_key (id, public_key, secret_key, created_at) VALUES (1, ?, ?, ?)");
        st.bindAll(publicKey, secretKey, m_db.now());
        st.execute();
        // The public half only: the trail is exported with packages.
        m_db.audit("ledger_key", "", "create", "", nlohmann::json{{"public_key", publicKey}}.dump());
    });
    sodium_memzero(secretKey.data(), secretKey.size());
    return publicKey;
}

std::unique_ptr<PackageSigner> LedgerKeys::signer()
{
    if (!existingPublicKey()) {
        if (!m_db.canWrite()) {
            return nullptr;
        }
        ownPublicKey();
    }
    sql::Statement st(m_db.connection(), "SELECT public_key, secret_key FROM ledger_key WHERE id = 1");
    if (!st.step()) {
        return nullptr;
    }
    std::string secret = st.text(1);
    auto bytes = base64Decode(secret);
    sodium_memzero(secret.data(), secret.size());
    if (!bytes || bytes->size() != crypto_sign_SECRETKEYBYTES) {
        throw Error(Error::Kind::Storage, Message(MessageId::UnknownStoredCode, {"ledger_key.secret_key"}));
    }
    auto signer = std::make_unique<PackageSigner>(st.text(0), std::vector<unsigned char>(bytes->begin(), bytes->end()));
    sodium_memzero(bytes->data(), bytes->size());
    return signer;
}

std::vector<TrustedKey> LedgerKeys::trusted()
{
    sql::Statement st(m_db.connection(), std::string(kTrustedColumns) + "ORDER BY label, id");
    std::vector<TrustedKey> out;
    while (st.step()) {
        out.push_back(readTrusted(st));
    }
    return out;
}

std::optional<TrustedKey> LedgerKeys::findTrusted(const std::string& publicKey)
{
    sql::Statement st(m_db.connection(), std::string(kTrustedColumns) + "WHERE public_key = ?");
    st.bindAll(publicKey);
    if (!st.step()) {
        return std::nullopt;
    }
    return readTrusted(st);
}

TrustedKey LedgerKeys::trust(const std::string& publicKey, const std::string& label)
{
    m_db.require(Action::TrustKeys);
    TrustedKey k;
    k.publicKey = trimmed(publicKey);
    k.label = trimmed(label);
    if (!isPublicKey(k.publicKey)) {
        throwValidation("public_key", MessageId::KeyInvalid, {k.publicKey.substr(0, 60)});
    }
    if (k.label.empty()) {
        throwValidation("label", MessageId::KeyLabelRequired);
    }
    if (const auto own = existingPublicKey(); own && *own == k.publicKey) {
        throwValidation("public_key", MessageId::KeyIsOwn, {k.publicKey});
    }
    if (const auto existing = findTrusted(k.publicKey)) {
        throwValidation("public_key", MessageId::KeyAlreadyTrusted, {k.publicKey, existing->label});
    }
    m_db.write([&] {
        k.uuid = m_db.newUuid();
        k.addedAt = m_db.now();
        k.addedBy = m_db.operatorName();
        sql::Statement st(m_db.connection(), "INSERT INTO trusted_key (uuid, public_key, label, added_at, added_by) "
                                             "VALUES (?, ?, ?, ?, ?)");
        st.bindAll(k.uuid, k.publicKey, k.label, k.addedAt, k.addedBy);
        st.execute();
        m_db.audit("trusted_key", k.uuid, "create", "", auditJson(k));
    });
    return k;
}

void LedgerKeys::distrust(const std::string& publicKey)
{
    m_db.require(Action::TrustKeys);
    const auto k = findTrusted(trimmed(publicKey));
    if (!k) {
        throw Error(Error::Kind::NotFound, Message(MessageId::KeyNotTrusted, {trimmed(publicKey).substr(0, 60)}),
                    "public_key");
    }
    m_db.write([&] {
        sql::Statement st(m_db.connection(), "DELETE FROM trusted_key WHERE uuid = ?");
        st.bindAll(k->uuid);
        st.execute();
        m_db.audit("trusted_key", k->uuid, "delete", auditJson(*k), "");
    });
}

} // namespace safeledger
