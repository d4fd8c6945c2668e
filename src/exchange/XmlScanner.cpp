#include "XmlScanner.h"

#include "safeledger/core/Error.h"

#include <memory>

namespace safeledger::ledger {

namespace {

// Fed in pieces, an event's text is held until it is whole; no event needs more than this.
constexpr size_t kMaxPending = 16u << 20;

bool nameStart(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':';
}

bool nameChar(char c)
{
    return nameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

bool space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

std::string_view localName(std::string_view qualified)
{
    const auto colon = qualified.rfind(':');
    return colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
}

void appendUtf8(std::string& out, unsigned long cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

} // namespace

XmlScanner::XmlScanner(std::string_view document, std::string part, size_t maxDepth)
    : m_doc(document)
    , m_part(std::move(part))
    , m_maxDepth(maxDepth)
{
    if (m_doc.substr(0, 3) == "\xEF\xBB\xBF") {
        m_pos = 3;
    }
}

XmlScanner::XmlScanner(std::string part, size_t maxDepth)
    : m_final(false)
    , m_part(std::move(part))
    , m_maxDepth(maxDepth)
{
}

void XmlScanner::feed(std::string_view piece)
{
    m_buffer.erase(0, m_pos);
    m_base += m_pos;
    m_pos = 0;
    m_buffer += piece;
    m_doc = m_buffer;
}

void XmlScanner::finish()
{
    m_final = true;
}

void XmlScanner::fail(MessageId why, std::vector<std::string> values) const
{
    throw Error(Error::Kind::Validation, Message(MessageId::XmlInvalid, {m_part, std::to_string(m_base + m_pos)},
                                                 std::make_shared<Message>(why, std::move(values))));
}

std::string XmlScanner::attribute(std::string_view wanted) const
{
    for (const auto& [key, value] : m_attributes) {
        if (localName(key) == wanted) {
            return value;
        }
    }
    return {};
}

void XmlScanner::skipPast(std::string_view end, MessageId unterminated)
{
    const size_t at = m_doc.find(end, m_pos);
    if (at == std::string_view::npos) {
        fail(unterminated);
    }
    m_pos = at + end.size();
}

std::string_view XmlScanner::readName()
{
    const size_t start = m_pos;
    if (m_pos >= m_doc.size() || !nameStart(m_doc[m_pos])) {
        fail(MessageId::XmlNameExpected);
    }
    while (m_pos < m_doc.size() && nameChar(m_doc[m_pos])) {
        ++m_pos;
    }
    if (m_pos - start > 256) {
        fail(MessageId::XmlNameTooLong);
    }
    return m_doc.substr(start, m_pos - start);
}

void XmlScanner::decode(std::string_view raw, std::string& out) const
{
    out.clear();
    out.reserve(raw.size());
    for (size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '&') {
            if (c == '<') {
                fail(MessageId::XmlLessThanInValue);
            }
            out += c;
            continue;
        }
        const size_t semi = raw.find(';', i);
        if (semi == std::string_view::npos || semi - i > 12) {
            fail(MessageId::XmlBrokenEntity);
        }
        const std::string_view entity = raw.substr(i + 1, semi - i - 1);
        if (entity == "lt") {
            out += '<';
        } else if (entity == "gt") {
            out += '>';
        } else if (entity == "amp") {
            out += '&';
        } else if (entity == "quot") {
            out += '"';
        } else if (entity == "apos") {
            out += '\'';
        } else if (entity.size() > 1 && entity[0] == '#') {
            const bool hex = entity[1] == 'x';
            unsigned long cp = 0;
            const std::string_view digits = entity.substr(hex ? 2 : 1);
            if (digits.empty()) {
                fail(MessageId::XmlEmptyCharacterReference);
            }
            for (char d : digits) {
                int v = -1;
                if (d >= '0' && d <= '9') {
                    v = d - '0';
                } else if (hex && d >= 'a' && d <= 'f') {
                    v = d - 'a' + 10;
                } else if (hex && d >= 'A' && d <= 'F') {
                    v = d - 'A' + 10;
                }
                if (v < 0) {
                    fail(MessageId::XmlBrokenCharacterReference);
                }
                cp = cp * (hex ? 16 : 10) + static_cast<unsigned long>(v);
                if (cp > 0x10FFFF) {
                    fail(MessageId::XmlCharacterBeyondUnicode);
                }
            }
            if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) {
                fail(MessageId::XmlInvalidCharacter);
            }
            appendUtf8(out, cp);
        } else {
            fail(MessageId::XmlUnknownEntity, {std::string(entity)});
        }
        i = semi;
    }
}

void XmlScanner::startTag()
{
    const std::string_view qualified = readName();
    m_name = localName(qualified);
    m_attributes.clear();
    while (true) {
        while (m_pos < m_doc.size() && space(m_doc[m_pos])) {
            ++m_pos;
        }
        if (m_pos >= m_doc.size()) {
            fail(MessageId::XmlUnterminatedTag);
        }
        if (m_doc[m_pos] == '>' || m_doc.substr(m_pos, 2) == "/>") {
            break;
        }
        const std::string_view key = readName();
        while (m_pos < m_doc.size() && space(m_doc[m_pos])) {
            ++m_pos;
        }
        if (m_pos >= m_doc.size() || m_doc[m_pos] != '=') {
            fail(MessageId::XmlAttributeWithoutValue);
        }
        ++m_pos;
        while (m_pos < m_doc.size() && space(m_doc[m_pos])) {
            ++m_pos;
        }
        if (m_pos >= m_doc.size() || (m_doc[m_pos] != '"' && m_doc[m_pos] != '\'')) {
            fail(MessageId::XmlAttributeUnquoted);
        }
        const char quote = m_doc[m_pos++];
        const size_t close = m_doc.find(quote, m_pos);
        if (close == std::string_view::npos) {
            fail(MessageId::XmlUnterminatedAttribute);
        }
        if (m_attributes.size() >= 64) {
            fail(MessageId::XmlTooManyAttributes);
        }
        std::string value;
        decode(m_doc.substr(m_pos, close - m_pos), value);
        m_attributes.emplace_back(key, std::move(value));
        m_pos = close + 1;
    }
    if (m_open.empty() && m_sawRoot) {
        fail(MessageId::XmlSecondRoot);
    }
    if (m_open.size() >= m_maxDepth) {
        fail(MessageId::XmlTooDeep, {std::to_string(m_maxDepth)});
    }
    m_sawRoot = true;
    if (m_doc[m_pos] == '/') {
        m_pos += 2;
        m_pendingEnd = true;
    } else {
        ++m_pos;
    }
    m_open.emplace_back(qualified);
}

void XmlScanner::endTag()
{
    const std::string_view qualified = readName();
    while (m_pos < m_doc.size() && space(m_doc[m_pos])) {
        ++m_pos;
    }
    if (m_pos >= m_doc.size() || m_doc[m_pos] != '>') {
        fail(MessageId::XmlBrokenEndTag);
    }
    ++m_pos;
    if (m_open.empty() || m_open.back() != qualified) {
        fail(MessageId::XmlEndTagMismatch, {std::string(qualified)});
    }
    m_open.pop_back();
    m_name = localName(qualified);
}

XmlScanner::Event XmlScanner::next()
{
    if (m_pendingEnd) {
        m_pendingEnd = false;
        m_closed = std::move(m_open.back());
        m_open.pop_back();
        m_name = localName(m_closed);
        return Event::End;
    }
    if (m_final) {
        return token();
    }
    // Fed in pieces: an event that fails because its text has not all come yet is read again when
    // it has. A real fault fails again then, or at the end, or once 16 MiB past the event's start.
    const size_t start = m_pos;
    try {
        return token();
    } catch (const Error&) {
        if (m_doc.size() - start > kMaxPending) {
            throw;
        }
        m_pos = start;
        return Event::More;
    }
}

XmlScanner::Event XmlScanner::token()
{
    static constexpr std::string_view kBom = "\xEF\xBB\xBF"; // UTF-8's byte-order mark, before anything
    if (m_base + m_pos == 0) {
        if (m_doc.size() < kBom.size() && !m_final && kBom.substr(0, m_doc.size()) == m_doc) {
            return Event::More;
        }
        if (m_doc.substr(0, kBom.size()) == kBom) {
            m_pos = kBom.size();
        }
    }
    while (m_pos < m_doc.size()) {
        if (m_doc[m_pos] != '<') {
            const size_t lt = m_doc.find('<', m_pos);
            if (lt == std::string_view::npos && !m_final) {
                if (m_doc.size() - m_pos > kMaxPending) {
                    fail(MessageId::XmlTextTooLong); // held whole until its end comes: bounded
                }
                return Event::More; // the text may go on in the next piece
            }
            const size_t end = lt == std::string_view::npos ? m_doc.size() : lt;
            const std::string_view raw = m_doc.substr(m_pos, end - m_pos);
            if (m_open.empty()) {
                if (raw.find_first_not_of(" \t\r\n") != std::string_view::npos) {
                    fail(MessageId::XmlTextOutsideRoot);
                }
                m_pos = end;
                continue;
            }
            decode(raw, m_text);
            m_pos = end;
            return Event::Text;
        }
        const std::string_view rest = m_doc.substr(m_pos);
        if (rest.substr(0, 4) == "<!--") {
            m_pos += 4;
            skipPast("-->", MessageId::XmlUnterminatedComment);
        } else if (rest.substr(0, 9) == "<![CDATA[") {
            if (m_open.empty()) {
                fail(MessageId::XmlCDataOutsideRoot);
            }
            const size_t start = m_pos + 9;
            skipPast("]]>", MessageId::XmlUnterminatedCData);
            m_text = std::string(m_doc.substr(start, m_pos - 3 - start));
            return Event::Text;
        } else if (rest.substr(0, 2) == "<!") {
            fail(MessageId::XmlDoctype);
        } else if (rest.substr(0, 2) == "<?") {
            m_pos += 2;
            skipPast("?>", MessageId::XmlUnterminatedInstruction);
        } else if (rest.substr(0, 2) == "</") {
            m_pos += 2;
            endTag();
            return Event::End;
        } else {
            ++m_pos;
            startTag();
            return Event::Start;
        }
    }
    if (!m_final) {
        return Event::More;
    }
    if (!m_open.empty()) {
        fail(MessageId::XmlEndsInside, {m_open.back()});
    }
    if (!m_sawRoot) {
        fail(MessageId::XmlNoRoot);
    }
    return Event::Done;
}

} // namespace safeledger::ledger
