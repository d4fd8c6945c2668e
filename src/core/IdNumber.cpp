#include "safeledger/core/IdNumber.h"

#include "safeledger/core/Date.h"

#include <string>

namespace safeledger::IdNumber {

namespace {
constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr std::string_view kChecks = "10X98765432";
} // namespace

char checkCharacter(std::string_view first17)
{
    if (first17.size() < 17) {
        return '\0';
    }
    int sum = 0;
    for (size_t i = 0; i < 17; ++i) {
        if (first17[i] < '0' || first17[i] > '9') {
            return '\0';
        }
        sum += (first17[i] - '0') * kWeights[i];
    }
    return kChecks[static_cast<size_t>(sum % 11)];
}

std::optional<Message> check(std::string_view number)
{
    const std::string value(number);
    if (number.size() != 18) {
        return Message(MessageId::IdNumberLength, {value, std::to_string(number.size())});
    }
    for (size_t i = 0; i < 17; ++i) {
        if (number[i] < '0' || number[i] > '9') {
            return Message(MessageId::IdNumberCharacter, {value, std::string(1, number[i]), std::to_string(i + 1)});
        }
    }
    const auto part = [&](size_t at, size_t n) { return std::stoi(std::string(number.substr(at, n))); };
    if (part(6, 4) < 1900 || !Date::isValid(part(6, 4), part(10, 2), part(12, 2))) {
        return Message(MessageId::IdNumberBirthDate, {value, std::string(number.substr(6, 8))});
    }
    const char expected = checkCharacter(number.substr(0, 17));
    if (expected != number[17]) {
        return Message(MessageId::IdNumberCheck, {value, std::string(1, number[17]), std::string(1, expected)});
    }
    return std::nullopt;
}

} // namespace safeledger::IdNumber
