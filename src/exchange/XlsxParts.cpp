// The parts of an .xlsx read before its rows: the shared texts, and the merged ranges found by a
// quick first pass over a worksheet; and what the reader's files share (cell references, faults).

#include "XlsxWorksheet.h"
#include "XmlScanner.h"
#include "safeledger/core/Error.h"

#include <algorithm>

namespace safeledger::ledger {

namespace {

constexpr size_t kMaxSharedStrings = 10'000'000;

} // namespace

void unreadableWorkbook(MessageId why, std::vector<std::string> values)
{
    throw Error(Error::Kind::Validation,
                Message(MessageId::WorkbookUnreadable, {}, std::make_shared<Message>(why, std::move(values))));
}

std::pair<int, int> cellRef(std::string_view ref)
{
    int col = 0, row = 0;
    size_t i = 0;
    while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && col <= kXlsxMaxColumn) {
        col = col * 26 + (ref[i] - 'A' + 1);
        ++i;
    }
    while (i < ref.size() && ref[i] >= '0' && ref[i] <= '9' && row <= kXlsxMaxRow) {
        row = row * 10 + (ref[i] - '0');
        ++i;
    }
    if (i != ref.size() || col > kXlsxMaxColumn || row > kXlsxMaxRow) {
        return {-1, -1};
    }
    return {col, row};
}

SharedStrings::SharedStrings(const std::vector<std::string>& texts)
{
    for (const std::string& t : texts) {
        m_text += t;
        m_ends.push_back(m_text.size());
    }
}

void SharedStrings::feed(std::string_view piece)
{
    m_xml.feed(piece);
    drain();
}

void SharedStrings::finish()
{
    m_xml.finish();
    drain();
}

void SharedStrings::drain()
{
    for (auto e = m_xml.next(); e != XmlScanner::Event::Done && e != XmlScanner::Event::More; e = m_xml.next()) {
        if (e == XmlScanner::Event::Start) {
            if (m_xml.name() == "si") {
                m_inItem = true;
            } else if (m_xml.name() == "rPh") {
                ++m_phonetic; // the reading aid above Japanese text is not part of the value
            } else if (m_xml.name() == "t") {
                m_inText = true;
            }
        } else if (e == XmlScanner::Event::End) {
            if (m_xml.name() == "si") {
                if (m_ends.size() >= kMaxSharedStrings) {
                    unreadableWorkbook(MessageId::XlsxTooManySharedStrings);
                }
                m_ends.push_back(m_text.size());
                m_inItem = false;
            } else if (m_xml.name() == "rPh") {
                --m_phonetic;
            } else if (m_xml.name() == "t") {
                m_inText = false;
            }
        } else if (e == XmlScanner::Event::Text && m_inItem && m_inText && m_phonetic == 0) {
            m_text += m_xml.text();
        }
    }
}

std::vector<std::string> readSharedStrings(std::string_view xml)
{
    SharedStrings shared;
    shared.feed(xml);
    shared.finish();
    std::vector<std::string> out;
    for (size_t i = 0; i < shared.size(); ++i) {
        out.emplace_back(shared[i]);
    }
    return out;
}

namespace {

bool nameChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
           c == '.';
}

// The range of a <mergeCell ref="A1:C1"/> tag's text, or nothing for a tag without a ref.
void mergedRange(std::string_view tag, std::vector<MergedRange>& out)
{
    std::string doc(tag);
    if (doc.size() < 2 || doc.compare(doc.size() - 2, 2, "/>") != 0) {
        doc.back() = '/';
        doc += '>';
    }
    XmlScanner x(doc, "the worksheet");
    if (x.next() != XmlScanner::Event::Start) {
        return;
    }
    const std::string ref = x.attribute("ref");
    const auto colon = ref.find(':');
    if (colon == std::string::npos) {
        return;
    }
    const auto a = cellRef(std::string_view(ref).substr(0, colon));
    const auto b = cellRef(std::string_view(ref).substr(colon + 1));
    if (a.first < 1 || a.second < 1 || b.first < a.first || b.second < a.second) {
        unreadableWorkbook(MessageId::XlsxMergedRangeInvalid, {ref.substr(0, 40)});
    }
    out.push_back({a.first, a.second, b.first, b.second});
}

} // namespace

void MergeFinder::feed(std::string_view piece)
{
    // "<mergeCell" (or "<x:mergeCell") can only be a tag: '<' is escaped in text and values.
    static constexpr std::string_view kWord = "mergeCell";
    constexpr size_t kMaxTag = 4096;
    const std::string text = m_carry + std::string(piece);
    size_t keepFrom = text.size() > kWord.size() + 16 ? text.size() - kWord.size() - 16 : 0;
    size_t from = 0;
    for (size_t at = text.find(kWord); at != std::string::npos; at = text.find(kWord, from)) {
        from = at + kWord.size();
        size_t lt = at;
        while (lt > 0 && text[lt - 1] != '<' && (nameChar(text[lt - 1]) || text[lt - 1] == ':') && at - lt < 64) {
            --lt;
        }
        const size_t after = at + kWord.size();
        if (lt == 0 || text[lt - 1] != '<' || (lt != at && text[at - 1] != ':')) {
            continue;
        }
        --lt;
        if (after >= text.size()) {
            keepFrom = std::min(keepFrom, lt);
            break;
        }
        const char next = text[after];
        if (next != ' ' && next != '\t' && next != '\r' && next != '\n' && next != '/' && next != '>') {
            continue; // <mergeCells>
        }
        // The tag ends at the first '>' outside quotes.
        char quote = 0;
        size_t gt = std::string::npos;
        for (size_t i = after; i < text.size() && i - lt <= kMaxTag; ++i) {
            if (quote) {
                quote = text[i] == quote ? 0 : quote;
            } else if (text[i] == '"' || text[i] == '\'') {
                quote = text[i];
            } else if (text[i] == '>') {
                gt = i;
                break;
            }
        }
        if (gt == std::string::npos) {
            if (text.size() - lt <= kMaxTag) {
                keepFrom = std::min(keepFrom, lt); // the rest comes in the next piece
                break;
            }
            continue; // not a tag the worksheet's own reading will accept
        }
        mergedRange(std::string_view(text).substr(lt, gt + 1 - lt), m_ranges);
        keepFrom = std::max(keepFrom, gt + 1);
        from = gt + 1;
    }
    m_carry = text.substr(std::min(keepFrom, text.size()));
}

} // namespace safeledger::ledger
