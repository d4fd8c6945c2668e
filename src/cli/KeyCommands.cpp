// The ledger's signing key and the keys it trusts, from the command line (issue 13).
#include "Commands.h"
#include "safeledger/core/Error.h"
#include "safeledger/exchange/PackageImporter.h"
#include "safeledger/storage/LedgerKeys.h"

#include <iostream>

namespace safeledger::cli {

int runKey(const Args& args)
{
    auto db = openDatabase(args, false, true);
    LedgerKeys keys(*db);
    std::cout << "this ledger's key: " << keys.ownPublicKey() << "\n";
    const auto trusted = keys.trusted();
    if (trusted.empty()) {
        std::cout << "it trusts no other ledger's key yet (safeledger-cli trust)\n";
    }
    for (const TrustedKey& k : trusted) {
        std::cout << "trusted: " << k.publicKey << "  " << k.label << "  (" << k.addedAt << ", " << k.addedBy << ")\n";
    }
    return 0;
}

int runTrust(const Args& args)
{
    if (args.has("--key") == args.has("--package")) {
        throw UsageError{"trust needs either --key KEY or --package F.json (the key that signed it)"};
    }
    if (!args.has("--label")) {
        throw UsageError{"trust needs --label TEXT: whose key it is, e.g. the officer and the laptop"};
    }
    auto db = openDatabase(args, false);
    db->require(Action::TrustKeys);
    std::string key = args.get("--key");
    if (args.has("--package")) {
        const PackagePlan plan = PackageImporter(*db).planFile(args.get("--package"));
        const PackageInfo& info = plan.info();
        if (info.signature == PackageSignature::Unsigned || info.signature == PackageSignature::Altered) {
            throw Error(Error::Kind::Validation, info.signature == PackageSignature::Unsigned
                                                     ? Message(MessageId::PackageUnsignedRefused)
                                                     : Message(MessageId::PackageAlteredRefused, {info.signerKey}));
        }
        key = info.signerKey;
    }
    const TrustedKey k = LedgerKeys(*db).trust(key, args.get("--label"));
    std::cout << "trusted " << k.publicKey << " as \"" << k.label << "\"\n";
    return 0;
}

int runDistrust(const Args& args)
{
    if (!args.has("--key")) {
        throw UsageError{"distrust needs --key KEY (safeledger-cli key lists the trusted keys)"};
    }
    auto db = openDatabase(args, false);
    LedgerKeys(*db).distrust(args.get("--key"));
    std::cout << "no longer trusted: " << args.get("--key") << "\n";
    return 0;
}

} // namespace safeledger::cli
