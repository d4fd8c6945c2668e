#pragma once
// The signature of a JSON package (docs/exchange-format.md, *Signature*). The exporter signs every
// byte of the document up to the end of its "audit" list and appends
//     ,\n"signature": {"algorithm": "ed25519ph", "public_key": KEY, "value": SIGNATURE}\n}\n
// A JSON string cannot hold a raw line break, so the last `,\n"signature": ` in the file is where
// the signed bytes end, whatever the package holds.

#include "safeledger/exchange/PackageImporter.h"
#include "safeledger/storage/LedgerKeys.h"

#include <istream>
#include <streambuf>
#include <string>
#include <vector>

namespace safeledger::package {

inline constexpr const char* kSignatureAlgorithm = "ed25519ph";

// Passes everything written to it on to `target`, and to `signer` as well, 64 KiB at a time (so that
// signing costs the SHA-512 of the bytes and little else). Flush the stream before writing to
// `target` directly.
class SigningBuffer final : public std::streambuf
{
public:
    SigningBuffer(std::streambuf* target, PackageSigner* signer);

protected:
    int_type overflow(int_type c) override;
    int sync() override;

private:
    bool drain();

    std::streambuf* m_target;
    PackageSigner* m_signer;
    std::vector<char> m_buffer;
};

// What ends a signed package, after the signed bytes.
std::string signatureTail(PackageSigner& signer);

struct SignatureFound
{
    bool present = false; // the package ends in a signature
    bool intact = false;  // and it matches the bytes before it
    std::string key;      // the key it names
};

// Finds the signature at the end of `in` and checks the bytes before it; leaves `in` at its start.
SignatureFound checkSignature(std::istream& in);

} // namespace safeledger::package
