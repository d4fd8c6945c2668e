#include "safeledger/core/Uuid.h"

namespace safeledger {

UuidGenerator::UuidGenerator()
{
    std::random_device rd;
    std::seed_seq seq{rd(), rd(), rd(), rd(), rd(), rd()};
    m_engine.seed(seq);
}

UuidGenerator::UuidGenerator(uint64_t seed)
    : m_engine(seed)
{
}

std::string UuidGenerator::next()
{
    uint64_t hi = m_engine();
    uint64_t lo = m_engine();
    hi = (hi & 0xFFFFFFFFFFFF0FFFULL) | 0x0000000000004000ULL; // version 4
    lo = (lo & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL; // RFC 4122 variant
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
