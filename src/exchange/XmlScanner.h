#pragma once

#include "safeledger/core/Message.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace safeledger::ledger {

// A small, strict pull scanner for the XML inside .xlsx files: elements, attributes, text,
// character data, comments and processing instructions. It refuses document type declarations
// (so no entity can expand), unknown entities, mismatched tags, more than `maxDepth` levels and
// more than 64 attributes on an element. Every refusal is an Error(Validation) naming the part of
// the workbook and the byte offset.
//
// A large part is scanned as it is inflated: made without a document, the scanner is given the
// text piece by piece with feed() and told the end with finish(); next() answers More when the
// next event needs text not given yet. It keeps only the unread rest of the pieces.
class XmlScanner final
{
public:
    enum class Event { Start, End, Text, Done, More };

    XmlScanner(std::string_view document, std::string part, size_t maxDepth = 64);
    explicit XmlScanner(std::string part, size_t maxDepth = 64);

    void feed(std::string_view piece);
    void finish();

    Event next();
    // The element's name without its namespace prefix ("c" for "x:c"), for Start and End.
    std::string_view name() const { return m_name; }
    // The decoded text, for Text.
    const std::string& text() const { return m_text; }
    // An attribute of the current Start element by its name without prefix; "" when absent.
    std::string attribute(std::string_view localName) const;
    int depth() const { return static_cast<int>(m_open.size()); }

private:
    [[noreturn]] void fail(MessageId why, std::vector<std::string> values = {}) const;
    void skipPast(std::string_view end, MessageId unterminated);
    std::string_view readName();
    void decode(std::string_view raw, std::string& out) const;
    void startTag();
    void endTag();

    Event token();

    std::string_view m_doc;
    std::string m_buffer; // the unread text when fed in pieces
    bool m_final = true;  // no more text will come
    size_t m_base = 0;    // the document's bytes before m_doc
    std::string m_part;
    size_t m_maxDepth;
    size_t m_pos = 0;
    bool m_pendingEnd = false; // a self-closing element's End comes next
    bool m_sawRoot = false;
    std::vector<std::string> m_open;
    std::string m_closed; // the name of the element whose End is reported
    std::string_view m_name;
    std::string m_text;
    std::vector<std::pair<std::string_view, std::string>> m_attributes;
};

} // namespace safeledger::ledger
