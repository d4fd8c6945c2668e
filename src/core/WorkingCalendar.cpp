#include "safeledger/core/WorkingCalendar.h"

#include "safeledger/core/Error.h"

#include "BuiltInCalendar.h"

#include <algorithm>
#include <cctype>

namespace safeledger {

namespace {

std::string_view trim(std::string_view s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) {
        s.remove_prefix(1);
    }
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) {
        s.remove_suffix(1);
    }
    return s;
}

// The first word of `s` (up to a space or tab), and `s` after it, trimmed.
std::string_view nextWord(std::string_view& s)
{
    size_t end = 0;
    while (end < s.size() && s[end] != ' ' && s[end] != '\t') {
        ++end;
    }
    const std::string_view word = s.substr(0, end);
    s = trim(s.substr(end));
    return word;
}

[[noreturn]] void lineError(MessageId id, std::vector<std::string> args)
{
    throw Error(Error::Kind::Validation, id, std::move(args), "calendar");
}

// Weekdays (Monday to Friday) among the day numbers below x, less a constant: differences of it
// count the weekdays of a span. Day number -3 (1969-12-29) was a Monday.
long weekdaysBelow(long x)
{
    const long y = x + 3;
    const long weeks = y >= 0 ? y / 7 : -((-y + 6) / 7);
    const long rest = y - weeks * 7;
    return weeks * 5 + std::min(rest, 5L);
}

} // namespace

CalendarYear parseCalendarYear(std::string_view text)
{
    CalendarYear out;
    std::map<Date, int> seen;
    int lineNo = 0;
    for (size_t pos = 0; pos <= text.size();) {
        const size_t nl = text.find('\n', pos);
        std::string_view line =
            trim(text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos));
        pos = nl == std::string_view::npos ? text.size() + 1 : nl + 1;
        ++lineNo;
        if (lineNo == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") { // a byte-order mark
            line = trim(line.substr(3));
        }
        if (line.empty() || line.front() == '#') {
            continue;
        }
        const std::string number = std::to_string(lineNo);
        const std::string whole(line);
        std::string_view rest = line;
        const std::string_view keyword = nextWord(rest);
        if (keyword == "year") {
            const std::string y(rest);
            if (y.size() != 4 || !std::all_of(y.begin(), y.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
                !Date::isValid(std::stoi(y), 1, 1) || out.year != 0) {
                lineError(MessageId::CalendarLineUnreadable, {number, whole});
            }
            out.year = std::stoi(y);
        } else if (keyword == "source" && !rest.empty()) {
            out.source = std::string(rest);
        } else if (keyword == "holiday" || keyword == "workday") {
            if (out.year == 0) {
                throw Error(Error::Kind::Validation, MessageId::CalendarNoYear, {}, "calendar");
            }
            const auto from = Date::parse(nextWord(rest));
            std::optional<Date> to = from;
            if (keyword == "holiday") {
                std::string_view after = rest;
                if (const auto second = Date::parse(nextWord(after))) {
                    to = second;
                    rest = after;
                }
            }
            if (!from || rest.empty()) {
                lineError(MessageId::CalendarLineUnreadable, {number, whole});
            }
            if (*to < *from) {
                lineError(MessageId::CalendarRangeBackwards, {number, to->toString(), from->toString()});
            }
            for (Date d = *from; d <= *to; d = d.addDays(1)) {
                if (d.year() != out.year) {
                    lineError(MessageId::CalendarDateOutsideYear, {number, d.toString(), std::to_string(out.year)});
                }
                if (!seen.emplace(d, lineNo).second) {
                    lineError(MessageId::CalendarDayTwice, {number, d.toString()});
                }
                const bool working = keyword == "workday";
                if (working && WorkingCalendar::weekday(d) < 6) {
                    lineError(MessageId::CalendarWorkdayOnWeekday, {number, d.toString()});
                }
                out.days.push_back({d, working, std::string(rest)});
            }
        } else {
            lineError(MessageId::CalendarLineUnreadable, {number, whole});
        }
    }
    if (out.year == 0) {
        throw Error(Error::Kind::Validation, MessageId::CalendarNoYear, {}, "calendar");
    }
    if (out.source.empty()) {
        throw Error(Error::Kind::Validation, MessageId::CalendarNoSource, {}, "calendar");
    }
    std::sort(out.days.begin(), out.days.end(), [](const auto& a, const auto& b) { return a.date < b.date; });
    return out;
}

std::string formatCalendarYear(const CalendarYear& year)
{
    std::string out = "year " + std::to_string(year.year) + "\nsource " + year.source + "\n";
    for (size_t i = 0; i < year.days.size();) {
        const CalendarDay& first = year.days[i];
        size_t j = i + 1;
        // Consecutive days off under one name are one line, as the notices write them.
        while (!first.working && j < year.days.size() && !year.days[j].working && year.days[j].name == first.name &&
               year.days[j].date == year.days[j - 1].date.addDays(1)) {
            ++j;
        }
        out += first.working ? "workday " : "holiday ";
        out += first.date.toString();
        if (j - i > 1) {
            out += " " + year.days[j - 1].date.toString();
        }
        out += " " + first.name + "\n";
        i = j;
    }
    return out;
}

const WorkingCalendar& WorkingCalendar::builtIn()
{
    static const WorkingCalendar calendar = [] {
        WorkingCalendar c;
        for (const auto& file : calendar::kBuiltIn) {
            c.setYear(parseCalendarYear(file.text));
        }
        return c;
    }();
    return calendar;
}

int WorkingCalendar::weekday(const Date& d)
{
    const long n = d.dayNumber() + 3; // 1970-01-01 was a Thursday
    return static_cast<int>(((n % 7) + 7) % 7) + 1;
}

void WorkingCalendar::setYear(const CalendarYear& year)
{
    m_notice.erase(m_notice.lower_bound(Date::fromParts(year.year, 1, 1)),
                   m_notice.upper_bound(Date::fromParts(year.year, 12, 31)));
    for (const auto& day : year.days) {
        m_notice[day.date] = day;
    }
    m_years[year.year] = year.source;
}

void WorkingCalendar::setLocalDay(const Date& date, const std::optional<CalendarDay>& day)
{
    if (day) {
        m_local[date] = *day;
    } else {
        m_local.erase(date);
    }
}

std::vector<int> WorkingCalendar::years() const
{
    std::vector<int> out;
    for (const auto& [year, source] : m_years) {
        out.push_back(year);
    }
    return out;
}

std::string WorkingCalendar::source(int year) const
{
    const auto it = m_years.find(year);
    return it == m_years.end() ? std::string() : it->second;
}

std::vector<CalendarDay> WorkingCalendar::noticeDays(int year) const
{
    std::vector<CalendarDay> out;
    for (auto it = m_notice.lower_bound(Date::fromParts(year, 1, 1)); it != m_notice.end() && it->first.year() == year;
         ++it) {
        out.push_back(it->second);
    }
    return out;
}

const CalendarDay* WorkingCalendar::special(const Date& d) const
{
    if (const auto it = m_local.find(d); it != m_local.end()) {
        return &it->second;
    }
    if (const auto it = m_notice.find(d); it != m_notice.end()) {
        return &it->second;
    }
    return nullptr;
}

bool WorkingCalendar::isWorkingDay(const Date& d) const
{
    if (const CalendarDay* s = special(d)) {
        return s->working;
    }
    return weekday(d) <= 5;
}

Date WorkingCalendar::addWorkingDays(const Date& from, int n) const
{
    Date d = from;
    for (int left = n; left > 0;) {
        d = d.addDays(1);
        if (isWorkingDay(d)) {
            --left;
        }
    }
    return d;
}

long WorkingCalendar::workingDaysBetween(const Date& from, const Date& to) const
{
    if (to < from) {
        return -workingDaysBetween(to, from);
    }
    // Weekdays in (from, to], then each special day of the span where it differs from the week.
    long count = weekdaysBelow(to.dayNumber() + 1) - weekdaysBelow(from.dayNumber() + 1);
    const auto inSpan = [&](const Date& d) { return from < d && d <= to; };
    const auto adjust = [&](const std::map<Date, CalendarDay>& days, bool skipLocal) {
        for (auto it = days.upper_bound(from); it != days.end() && !(to < it->first); ++it) {
            if (skipLocal && m_local.count(it->first)) {
                continue; // the local day decides
            }
            const bool weekdayNormally = weekday(it->first) <= 5;
            if (inSpan(it->first) && it->second.working != weekdayNormally) {
                count += it->second.working ? 1 : -1;
            }
        }
    };
    adjust(m_notice, true);
    adjust(m_local, false);
    return count;
}

Date WorkingCalendar::nextWorkingDay(const Date& d) const
{
    Date out = d;
    while (!isWorkingDay(out)) {
        out = out.addDays(1);
    }
    return out;
}

Date DeadlineTerm::from(const Date& found, const WorkingCalendar& calendar) const
{
    return workingDays ? calendar.addWorkingDays(found, count) : found.addDays(count);
}

std::optional<DeadlineTerm> parseDeadlineTerm(std::string_view text)
{
    std::string t;
    for (char c : text) {
        if (c != ' ' && c != '\t') {
            t += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    for (const std::string_view now :
         {"立即", "立即整改", "现场", "现场整改", "当场", "当场整改", "即时", "立行立改", "immediately", "onthespot"}) {
        if (t == now) {
            return DeadlineTerm{0, false};
        }
    }
    size_t digits = 0;
    while (digits < t.size() && t[digits] >= '0' && t[digits] <= '9') {
        ++digits;
    }
    if (digits == 0 || digits > 3) {
        return std::nullopt;
    }
    const int count = std::stoi(t.substr(0, digits));
    const std::string_view rest = std::string_view(t).substr(digits);
    for (const std::string_view w :
         {"个工作日", "工作日", "个工作日内", "工作日内", "workingdays", "workingday", "wd"}) {
        if (rest == w) {
            return DeadlineTerm{count, true};
        }
    }
    for (const std::string_view w : {"天", "日", "天内", "日内", "days", "day", "d"}) {
        if (rest == w) {
            return DeadlineTerm{count, false};
        }
    }
    return std::nullopt;
}

Date resolveDeadline(std::string_view text, const Date& found, const WorkingCalendar& calendar,
                     const std::string& field)
{
    if (const auto date = Date::parse(trim(text))) {
        return *date;
    }
    if (const auto term = parseDeadlineTerm(text)) {
        return term->from(found, calendar);
    }
    throwValidation(field, MessageId::DeadlineTermInvalid, {std::string(trim(text))});
}

} // namespace safeledger
