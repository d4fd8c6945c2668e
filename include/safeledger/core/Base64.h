#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace safeledger {

std::string base64Encode(const std::vector<uint8_t>& data);
// nullopt when the text is not canonical padded base64.
std::optional<std::vector<uint8_t>> base64Decode(std::string_view text);

} // namespace safeledger
