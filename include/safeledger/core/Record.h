#pragma once

#include <cstdint>
#include <string>

namespace safeledger {

// What every stored record has: an integer id local to one database, a UUID that identifies it
// across laptops, its creation and modification times, a row version that refuses blind
// overwrites, and a void mark (records are voided with a reason, never deleted).
struct Record
{
    int64_t id = 0;
    std::string uuid;
    std::string createdAt;
    std::string modifiedAt;
    int64_t version = 0;
    std::string voidReason; // empty unless voided
    std::string voidedAt;

    bool isVoided() const { return !voidedAt.empty(); }
};

} // namespace safeledger
