#pragma once

#include "safeledger/storage/Database.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace safeledger {

// A public key this ledger accepts packages from, with whose it is.
struct TrustedKey
{
    std::string uuid;
    std::string publicKey; // base64 of the 32-byte Ed25519 public key
    std::string label;     // e.g. "李明 — 城关镇笔记本"
    std::string addedAt;
    std::string addedBy; // the operator who registered it
};

// Signs a stream of bytes with the ledger's secret key (Ed25519ph: the bytes are hashed with
// SHA-512 as they come, so a package of any size is signed without holding it).
class PackageSigner final
{
public:
    PackageSigner(std::string publicKey, std::vector<unsigned char> secretKey);
    ~PackageSigner();
    PackageSigner(const PackageSigner&) = delete;
    PackageSigner& operator=(const PackageSigner&) = delete;

    void update(std::string_view bytes);
    std::string finish(); // the signature, base64 (88 characters); call once
    const std::string& publicKey() const { return m_publicKey; }

private:
    struct State;
    std::unique_ptr<State> m_state;
    std::string m_publicKey;
    std::vector<unsigned char> m_secretKey;
};

// Checks bytes against a signature made by PackageSigner, fed the same way.
class SignatureCheck final
{
public:
    SignatureCheck();
    ~SignatureCheck();
    SignatureCheck(const SignatureCheck&) = delete;
    SignatureCheck& operator=(const SignatureCheck&) = delete;

    void update(std::string_view bytes);
    // True when `signature` (base64) was made over exactly the bytes given, with the secret key of
    // `publicKey` (base64). False for anything else, malformed keys and signatures included.
    bool matches(const std::string& publicKey, const std::string& signature);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// True when `key` is base64 of 32 bytes, as publicKey() prints it.
bool isPublicKey(const std::string& key);

// The ledger's own key pair and the keys it trusts (schema step 8, issue 13). The ledger's key is
// made the first time it is needed while the ledger is open for writing; trusting and removing a
// key needs Action::TrustKeys and is written to the audit trail (entity "trusted_key").
class LedgerKeys final
{
public:
    explicit LedgerKeys(Database& db)
        : m_db(db)
    {
    }

    // This ledger's public key, made now when it has none (needs a ledger open for writing:
    // throws Error(Storage, KeyNotMadeReadOnly) otherwise).
    std::string ownPublicKey();
    // A signer with this ledger's key; made now when writable. Empty when the ledger has no key and
    // cannot make one (open read-only, or by a viewer): its packages then go unsigned.
    std::unique_ptr<PackageSigner> signer();

    // This ledger's public key when it has made one; never makes one.
    std::optional<std::string> existingPublicKey();

    std::vector<TrustedKey> trusted();
    std::optional<TrustedKey> findTrusted(const std::string& publicKey);
    TrustedKey trust(const std::string& publicKey, const std::string& label);
    void distrust(const std::string& publicKey);

private:
    Database& m_db;
};

} // namespace safeledger
