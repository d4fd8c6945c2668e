#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <string_view>

namespace safeledger {

// Random (version 4) UUIDs, the stable identity of every record across laptops. A seeded
// generator gives the deterministic demo and tests the same identities on every run.
class UuidGenerator final
{
public:
    UuidGenerator();                       // seeded from std::random_device
    explicit UuidGenerator(uint64_t seed); // deterministic
    std::string next();
    static bool isValid(std::string_view text);

private:
    std::mt19937_64 m_engine;
};

} // namespace safeledger
