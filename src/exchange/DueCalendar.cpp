#include "safeledger/exchange/DueCalendar.h"

#include "safeledger/core/Enums.h"

namespace safeledger {

namespace {

// TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11).
std::string escaped(const std::string& text)
{
    std::string out;
    for (const char c : text) {
        switch (c) {
        case '\\':
        case ';':
        case ',':
            out += '\\';
            out += c;
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            break;
        default:
            out += c;
        }
    }
    return out;
}

// A content line folded at 75 octets, never inside a UTF-8 character, ended with CRLF.
void line(std::ostream& out, const std::string& text)
{
    size_t start = 0;
    size_t limit = 75;
    while (text.size() - start > limit) {
        size_t cut = start + limit;
        while (cut > start && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
            --cut; // back to the first byte of the character
        }
        out << text.substr(start, cut - start) << "\r\n ";
        start = cut;
        limit = 74; // a continuation line begins with the space
    }
    out << text.substr(start) << "\r\n";
}

std::string compactDate(const Date& d)
{
    std::string s = d.toString();
    return s.substr(0, 4) + s.substr(5, 2) + s.substr(8, 2);
}

// "2026-12-06T09:30:00+08:00" or "...Z" as the UTC form iCalendar wants; the date's midnight
// when the text is not such a time.
std::string utcStamp(const std::string& iso)
{
    std::string digits;
    for (const char c : iso.substr(0, 19)) {
        if (c >= '0' && c <= '9') {
            digits += c;
        }
    }
    if (digits.size() != 14) {
        return "19700101T000000Z";
    }
    return digits.substr(0, 8) + "T" + digits.substr(8) + "Z";
}

const char* reasonWords(DueReason r)
{
    switch (r) {
    case DueReason::Overdue:
        return "逾期 overdue";
    case DueReason::DueSoon:
        return "待整改 due";
    case DueReason::AwaitingVerification:
        return "待复查 awaiting verification";
    }
    return "";
}

} // namespace

void writeDueCalendar(std::ostream& out, const std::vector<DueItem>& items, const std::string& stamp,
                      const std::string& title)
{
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//SafeLedger//Hazard deadlines//ZH");
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:PUBLISH");
    line(out, "X-WR-CALNAME:" + escaped(title));
    const std::string dtstamp = utcStamp(stamp);
    for (const DueItem& item : items) {
        const HazardRow& h = item.hazard;
        if (!h.deadline) {
            continue;
        }
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + h.uuid + "@safeledger");
        line(out, "DTSTAMP:" + dtstamp);
        line(out, "DTSTART;VALUE=DATE:" + compactDate(*h.deadline));
        line(out, "DTEND;VALUE=DATE:" + compactDate(h.deadline->addDays(1)));
        std::string summary = "整改时限 " + h.unitName + "：" + h.excerpt;
        if (h.grade == HazardGrade::Major) {
            summary = "【重大隐患】" + summary;
        }
        line(out, "SUMMARY:" + escaped(summary));
        std::string description = std::string(reasonWords(item.reason)) + "\n" + h.unitName;
        if (!h.location.empty()) {
            description += " · " + h.location;
        }
        description += "\n" + h.excerpt + "\n发现 found " + h.foundOn.toString();
        if (item.deadlineOnDayOff) {
            description += "\n时限为非工作日 the deadline is not a working day";
            if (!item.deadlineDayName.empty()) {
                description += "（" + item.deadlineDayName + "）";
            }
        }
        line(out, "DESCRIPTION:" + escaped(description));
        line(out, "CATEGORIES:" + escaped(reasonWords(item.reason)));
        line(out, "TRANSP:TRANSPARENT");
        line(out, "END:VEVENT");
    }
    line(out, "END:VCALENDAR");
}

} // namespace safeledger
