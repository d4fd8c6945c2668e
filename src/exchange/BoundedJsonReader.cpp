#include "BoundedJsonReader.h"

namespace safeledger::package {

BoundedJsonReader::BoundedJsonReader(JsonLimits limits, Emit emit, Sink sink)
    : m_limits(limits)
    , m_emit(std::move(emit))
    , m_sink(std::move(sink))
{
}

std::string BoundedJsonReader::pointer(const Path& path)
{
    std::string out;
    for (const auto& token : path) {
        out += '/';
        for (char c : token) {
            if (c == '~') {
                out += "~0";
            } else if (c == '/') {
                out += "~1";
            } else {
                out += c;
            }
        }
    }
    return out;
}

bool BoundedJsonReader::read(std::istream& in)
{
    return json::sax_parse(in, this, json::input_format_t::json, true) && m_error.id() == MessageId::Count;
}

bool BoundedJsonReader::read(std::string_view text)
{
    return json::sax_parse(text.begin(), text.end(), this, json::input_format_t::json, true) &&
           m_error.id() == MessageId::Count;
}

bool BoundedJsonReader::fail(Message message)
{
    if (m_error.id() == MessageId::Count) {
        m_error = std::move(message);
        m_errorPointer = pointer(m_path);
    }
    return false;
}

void BoundedJsonReader::beginValue()
{
    if (m_stack.empty()) {
        return;
    }
    Frame& top = m_stack.back();
    if (top.value.is_array()) {
        std::string token = std::to_string(top.count);
        if (top.childToken) {
            m_path.back() = std::move(token);
        } else {
            m_path.push_back(std::move(token));
            top.childToken = true;
        }
    }
    ++top.count;
}

bool BoundedJsonReader::endValue(json&& value)
{
    if (m_stack.empty()) {
        m_root = std::move(value);
        return true;
    }
    if (m_emit(m_path)) {
        m_sink(m_path, std::move(value));
        return true;
    }
    Frame& top = m_stack.back();
    if (top.value.is_array()) {
        top.value.push_back(std::move(value));
    } else {
        top.value[top.key] = std::move(value);
    }
    return true;
}

bool BoundedJsonReader::null()
{
    beginValue();
    return endValue(json(nullptr));
}

bool BoundedJsonReader::boolean(bool value)
{
    beginValue();
    return endValue(json(value));
}

bool BoundedJsonReader::number_integer(number_integer_t value)
{
    beginValue();
    return endValue(json(value));
}

bool BoundedJsonReader::number_unsigned(number_unsigned_t value)
{
    beginValue();
    return endValue(json(value));
}

bool BoundedJsonReader::number_float(number_float_t value, const string_t&)
{
    beginValue();
    return endValue(json(value));
}

bool BoundedJsonReader::string(string_t& value)
{
    beginValue();
    if (value.size() > m_limits.maxString) {
        return fail(
            Message(MessageId::JsonTextTooLong, {std::to_string(value.size()), std::to_string(m_limits.maxString)}));
    }
    return endValue(json(std::move(value)));
}

bool BoundedJsonReader::binary(binary_t&)
{
    return fail(Message(MessageId::JsonBinary));
}

bool BoundedJsonReader::start_object(std::size_t)
{
    beginValue();
    if (m_stack.size() >= m_limits.maxDepth) {
        return fail(Message(MessageId::JsonTooDeep, {std::to_string(m_limits.maxDepth)}));
    }
    m_stack.push_back(Frame{json::object(), {}, 0, false});
    return true;
}

bool BoundedJsonReader::key(string_t& value)
{
    Frame& top = m_stack.back();
    if (value.size() > m_limits.maxKey) {
        return fail(
            Message(MessageId::JsonKeyTooLong, {std::to_string(value.size()), std::to_string(m_limits.maxKey)}));
    }
    if (top.value.contains(value)) {
        if (top.childToken) {
            m_path.back() = value;
        } else {
            m_path.push_back(value);
        }
        top.childToken = true;
        return fail(Message(MessageId::JsonKeyTwice, {value}));
    }
    if (top.childToken) {
        m_path.back() = value;
    } else {
        m_path.push_back(value);
        top.childToken = true;
    }
    // Reserve the key so that a repeated one is noticed even when its value is emitted.
    top.value[value] = nullptr;
    top.key = std::move(value);
    return true;
}

bool BoundedJsonReader::end_object()
{
    Frame frame = std::move(m_stack.back());
    m_stack.pop_back();
    if (frame.childToken) {
        m_path.pop_back();
    }
    return endValue(std::move(frame.value));
}

bool BoundedJsonReader::start_array(std::size_t)
{
    beginValue();
    if (m_stack.size() >= m_limits.maxDepth) {
        return fail(Message(MessageId::JsonTooDeep, {std::to_string(m_limits.maxDepth)}));
    }
    m_stack.push_back(Frame{json::array(), {}, 0, false});
    return true;
}

bool BoundedJsonReader::end_array()
{
    return end_object();
}

bool BoundedJsonReader::parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex)
{
    std::string what = ex.what();
    // "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error ..." → the part after "] ".
    if (const auto cut = what.find("] "); cut != std::string::npos) {
        what = what.substr(cut + 2);
    }
    return fail(Message(MessageId::JsonBroken, {std::to_string(position), what}));
}

} // namespace safeledger::package
