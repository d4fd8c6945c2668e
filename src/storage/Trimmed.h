#pragma once

#include <string>

namespace safeledger {

// Text as typed or pasted, without white space around it.
inline std::string trimmed(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

} // namespace safeledger
