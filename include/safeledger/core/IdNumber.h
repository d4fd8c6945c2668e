#pragma once

#include "safeledger/core/Message.h"

#include <optional>
#include <string_view>

namespace safeledger {

// The citizen identity number (公民身份号码) of GB 11643-1999: 17 digits — the place code, the
// date of birth as YYYYMMDD and a sequence — and a check character (0-9 or X) computed from them
// with ISO 7064 MOD 11-2. Registers of certificate holders (特种作业人员台账) identify people by it.
namespace IdNumber {
// The check character for the first 17 digits, or '\0' if they are not all digits.
char checkCharacter(std::string_view first17);
// Nothing when valid (with an upper-case X); otherwise what is wrong, naming the value.
std::optional<Message> check(std::string_view number);
} // namespace IdNumber

} // namespace safeledger
