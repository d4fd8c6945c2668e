#pragma once

#include "safeledger/core/Message.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <functional>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace safeledger::package {

struct JsonLimits
{
    size_t maxDepth = 32;         // the package needs 6; thousands would exhaust the stack elsewhere
    size_t maxString = 96u << 20; // an attachment of 64 MiB in base64
    size_t maxKey = 256;
};

// Reads JSON through nlohmann's SAX interface with limits on nesting, string and key sizes, and
// refuses duplicate keys. Values at the paths `emit` selects (the records of a package) are handed
// to `sink` one at a time and not kept, so that a package of 100,000s of records never exists as
// one document tree in memory. Everything else is kept in root().
class BoundedJsonReader final : public nlohmann::json_sax<nlohmann::json>
{
public:
    using json = nlohmann::json;
    using Path = std::vector<std::string>;
    using Emit = std::function<bool(const Path& path)>;
    using Sink = std::function<void(const Path& path, json&& value)>;

    BoundedJsonReader(JsonLimits limits, Emit emit, Sink sink);

    // True when the whole input is one well-formed JSON value within the limits; otherwise
    // error() says why and errorPointer() where.
    bool read(std::istream& in);
    bool read(std::string_view text);

    json& root() { return m_root; }
    const Message& error() const { return m_error; }
    const std::string& errorPointer() const { return m_errorPointer; }

    static std::string pointer(const Path& path);

    // The SAX interface.
    bool null() override;
    bool boolean(bool value) override;
    bool number_integer(number_integer_t value) override;
    bool number_unsigned(number_unsigned_t value) override;
    bool number_float(number_float_t value, const string_t& text) override;
    bool string(string_t& value) override;
    bool binary(binary_t& value) override;
    bool start_object(std::size_t elements) override;
    bool key(string_t& value) override;
    bool end_object() override;
    bool start_array(std::size_t elements) override;
    bool end_array() override;
    bool parse_error(std::size_t position, const std::string& lastToken,
                     const nlohmann::detail::exception& ex) override;

private:
    struct Frame
    {
        json value;
        std::string key;  // the key of the member being read (objects)
        size_t count = 0; // members or elements so far
        bool childToken = false;
    };
    void beginValue();
    bool endValue(json&& value);
    bool fail(Message message);

    JsonLimits m_limits;
    Emit m_emit;
    Sink m_sink;
    std::vector<Frame> m_stack;
    Path m_path;
    json m_root;
    Message m_error; // id Count (no message) while the input is fine
    std::string m_errorPointer;
};

} // namespace safeledger::package
