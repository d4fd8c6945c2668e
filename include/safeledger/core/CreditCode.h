#pragma once

#include "safeledger/core/Message.h"

#include <optional>
#include <string>
#include <string_view>

namespace safeledger {

// The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from the
// 31-character set 0-9 A-H J-N P-R T-U W-Y; the last is a check character computed from the first 17.
namespace CreditCode {
// The check character for the first 17 characters, or '\0' if they are not from the alphabet.
char checkCharacter(std::string_view first17);
bool isValid(std::string_view code);
// Nothing when valid; otherwise what is wrong, naming the value.
std::optional<Message> check(std::string_view code);
} // namespace CreditCode

} // namespace safeledger
