#include "safeledger/core/CreditCode.h"

namespace safeledger::CreditCode {

namespace {
constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

int valueOf(char c)
{
    const auto pos = kAlphabet.find(c);
    return pos == std::string_view::npos ? -1 : static_cast<int>(pos);
}
} // namespace

char checkCharacter(std::string_view first17)
{
    if (first17.size() < 17) {
        return '\0';
    }
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int v = valueOf(first17[static_cast<size_t>(i)]);
        if (v < 0) {
            return '\0';
        }
        sum += v * kWeights[i];
    }
    const int check = (31 - sum % 31) % 31;
    return kAlphabet[static_cast<size_t>(check)];
}

bool isValid(std::string_view code)
{
    return !check(code).has_value();
}

std::optional<Message> check(std::string_view code)
{
    const std::string value(code);
    if (code.size() != 18) {
        return Message(MessageId::CreditCodeLength, {value, std::to_string(code.size())});
    }
    for (size_t i = 0; i < code.size(); ++i) {
        if (valueOf(code[i]) < 0) {
            return Message(MessageId::CreditCodeCharacter, {value, std::string(1, code[i]), std::to_string(i + 1)});
        }
    }
    const char expected = checkCharacter(code.substr(0, 17));
    if (expected != code[17]) {
        return Message(MessageId::CreditCodeCheck, {value, std::string(1, code[17]), std::string(1, expected)});
    }
    return std::nullopt;
}

} // namespace safeledger::CreditCode
