#include "safeledger/core/Uuid.h"

namespace safeledger {

UuidGenerator::UuidGenerator()
{
    std::random_device rd;
    std::seed_seq seq{rd(), rd(), rd(), rd(), rd(), rd()};
    std::mt19937_64 engine(seq);
    start(engine);
}

UuidGenerator::UuidGenerator(uint64_t seed)
{
    std::mt19937_64 engine(seed);
    start(engine);
}

void UuidGenerator::start(std::mt19937_64& engine)
{
    constexpr uint64_t kLowMask = (1ULL << 62) - 1;
    m_high = engine() >> 4;
    m_low = engine() & kLowMask;
}

std::string UuidGenerator::next()
{
    constexpr uint64_t kLowMask = (1ULL << 62) - 1;
    m_low = (m_low + 1) & kLowMask;
    if (m_low == 0) {
        m_high = (m_high + 1) & ((1ULL << 60) - 1);
    }
    // The version sits in bits 12-15 of the first half, the variant in the top bits of the second.
    const uint64_t hi = ((m_high >> 12) << 16) | 0x4000ULL | (m_high & 0xFFFULL);
    const uint64_t lo = 0x8000000000000000ULL | m_low;
    static const char* hex = "0123456789abcdef";
    std::string out;
    out.reserve(36);
    for (int i = 0; i < 32; ++i) {
        const uint64_t word = i < 16 ? hi : lo;
        const int shift = 60 - 4 * (i % 16);
        out.push_back(hex[(word >> shift) & 0xF]);
        if (i == 7 || i == 11 || i == 15 || i == 19) {
            out.push_back('-');
        }
    }
    return out;
}

bool UuidGenerator::isValid(std::string_view t)
{
    if (t.size() != 36) {
        return false;
    }
    for (size_t i = 0; i < t.size(); ++i) {
        const char c = t[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-') {
                return false;
            }
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}

} // namespace safeledger
