#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <string_view>

namespace safeledger {

// Version 4 UUIDs, the stable identity of every record across laptops. A generator starts at a
// random point of the 122 free bits and counts up from there, so the identities one program makes
// ascend: each table's unique uuid index (and the audit trail's) then takes a session's new records
// at one place, not at a random page per record — a million-row import otherwise spends most of
// its time reading and writing pages of those indexes. Two generators' identities meet only if
// their random starts lie within the records they make of each other: about n / 2^122. A seeded
// generator gives the deterministic demo and tests the same identities on every run.
class UuidGenerator final
{
public:
    UuidGenerator();                       // seeded from std::random_device
    explicit UuidGenerator(uint64_t seed); // deterministic
    std::string next();
    static bool isValid(std::string_view text);

private:
    void start(std::mt19937_64& engine);
    uint64_t m_high = 0; // the 60 free bits of the first half
    uint64_t m_low = 0;  // the 62 free bits of the second half
};

} // namespace safeledger
