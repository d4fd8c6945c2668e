#pragma once
// What the storage's users of libsodium share (accounts and ledger keys).

#include "safeledger/core/Error.h"

#include <sodium.h>

namespace safeledger::sodium {

// libsodium must be initialised once before use; it fails only without a source of randomness.
inline void initialise()
{
    static const int ready = sodium_init();
    if (ready < 0) {
        throw Error(Error::Kind::Storage, MessageId::CryptoUnavailable);
    }
}

} // namespace safeledger::sodium
