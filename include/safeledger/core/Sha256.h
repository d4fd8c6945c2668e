#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace safeledger {

// SHA-256 (FIPS 180-4) as lower-case hex: the content hash of attachments.
std::string sha256Hex(const uint8_t* data, size_t size);
inline std::string sha256Hex(const std::vector<uint8_t>& data)
{
    return sha256Hex(data.data(), data.size());
}

} // namespace safeledger
