#include "safeledger/core/DocumentNumber.h"

#include <string_view>

namespace safeledger::DocumentNumber {

namespace {

// Calls `field(name)` for each {…} of the pattern and `text(t)` for what lies between; a '{'
// without its '}' is text.
template <class Field, class Text>
void walk(std::string_view pattern, Field field, Text text)
{
    size_t at = 0;
    while (at < pattern.size()) {
        const size_t open = pattern.find('{', at);
        const size_t close = open == std::string_view::npos ? open : pattern.find('}', open);
        if (close == std::string_view::npos) {
            text(pattern.substr(at));
            return;
        }
        text(pattern.substr(at, open - at));
        field(pattern.substr(open + 1, close - open - 1));
        at = close + 1;
    }
}

// The width of {n:W} (1 for {n}), 0 when `name` is not a running number.
int numberWidth(std::string_view name)
{
    if (name == "n") {
        return 1;
    }
    if (name.size() == 3 && name.substr(0, 2) == "n:" && name[2] >= '1' && name[2] <= '9') {
        return name[2] - '0';
    }
    return 0;
}

} // namespace

const char* shortName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::RectificationNotice:
        return "限改";
    case DocumentKind::RectificationOrder:
        return "责改";
    case DocumentKind::SuspensionNotice:
        return "停整";
    case DocumentKind::ReviewOpinion:
        return "复查";
    }
    return "";
}

std::optional<Message> check(const std::string& pattern)
{
    std::optional<Message> wrong;
    bool number = false;
    walk(
        pattern,
        [&](std::string_view name) {
            if (numberWidth(name) > 0) {
                number = true;
            } else if (name != "kind" && name != "year" && !wrong) {
                wrong = Message(MessageId::DocumentPatternUnknownField, {"{" + std::string(name) + "}"});
            }
        },
        [](std::string_view) {});
    if (wrong) {
        return wrong;
    }
    if (!number) {
        return Message(MessageId::DocumentPatternNeedsNumber, {kDefaultPattern});
    }
    return std::nullopt;
}

std::string format(const std::string& pattern, DocumentKind kind, int year, int64_t n)
{
    std::string out;
    walk(
        pattern,
        [&](std::string_view name) {
            if (const int width = numberWidth(name); width > 0) {
                std::string digits = std::to_string(n);
                if (static_cast<int>(digits.size()) < width) {
                    digits.insert(0, static_cast<size_t>(width) - digits.size(), '0');
                }
                out += digits;
            } else if (name == "kind") {
                out += shortName(kind);
            } else if (name == "year") {
                out += std::to_string(year);
            }
        },
        [&](std::string_view text) { out += text; });
    return out;
}

} // namespace safeledger::DocumentNumber
