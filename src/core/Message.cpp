#include "safeledger/core/Message.h"

#include <stdexcept>

namespace safeledger {

namespace {

// clang-format off
const MessageText kCatalogue[] = {
#define SL_TR(context, text) text
#define SL_MESSAGE(id, text, kinds) {#id, text, kinds},
#include "safeledger/core/messages/CoreMessages.h"
#include "safeledger/core/messages/ExchangeMessages.h"
#include "safeledger/core/messages/StorageMessages.h"
#undef SL_MESSAGE
#undef SL_TR
};
// clang-format on

static_assert(sizeof kCatalogue / sizeof kCatalogue[0] == static_cast<std::size_t>(MessageId::Count),
              "one catalogue entry per id");

} // namespace

const MessageText& messageText(MessageId id)
{
    const auto index = static_cast<std::size_t>(id);
    if (index >= static_cast<std::size_t>(MessageId::Count)) {
        throw std::out_of_range("no message with id " + std::to_string(index));
    }
    return kCatalogue[index];
}

Message::Message(MessageId id, std::vector<std::string> args, std::shared_ptr<const Message> nested)
    : m_id(id)
    , m_args(std::move(args))
    , m_nested(std::move(nested))
{
}

std::string Message::english() const
{
    if (m_id == MessageId::Count) {
        return {};
    }
    const MessageText& text = messageText(m_id);
    std::vector<std::string> values = m_args;
    if (m_nested) {
        // The nested message fills the first value of kind 'n'.
        const std::string kinds = text.kinds;
        const auto at = kinds.find('n');
        if (at != std::string::npos) {
            if (values.size() <= at) {
                values.resize(at + 1);
            }
            values[at] = m_nested->english();
        }
    }
    return fillTemplate(text.english, values);
}

std::string fillTemplate(const std::string& text, const std::vector<std::string>& values)
{
    std::string out;
    out.reserve(text.size() + 32);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
            const auto n = static_cast<std::size_t>(text[i + 1] - '0');
            if (n <= values.size()) {
                out += values[n - 1];
                ++i;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

} // namespace safeledger
