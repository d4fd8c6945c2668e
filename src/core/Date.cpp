#include "safeledger/core/Date.h"

#include "safeledger/core/Error.h"

#include <algorithm>
#include <cstdio>

namespace safeledger {

void throwValidation(const std::string& field, MessageId id, std::vector<std::string> args)
{
    throw Error(Error::Kind::Validation, id, std::move(args), field);
}

bool Date::isValid(int year, int month, int day)
{
    return year >= 1900 && year <= 2999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

int Date::daysInMonth(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) {
        return 0;
    }
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

Date Date::fromParts(int year, int month, int day, const std::string& field)
{
    if (!isValid(year, month, day)) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
        throwValidation(field, MessageId::DateInvalid, {buf});
    }
    Date d;
    d.m_year = year;
    d.m_month = month;
    d.m_day = day;
    return d;
}

std::optional<Date> Date::parse(std::string_view s)
{
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') {
        return std::nullopt;
    }
    auto num = [&](size_t pos, size_t len) {
        int v = 0;
        for (size_t i = pos; i < pos + len; ++i) {
            if (s[i] < '0' || s[i] > '9') {
                return -1;
            }
            v = v * 10 + (s[i] - '0');
        }
        return v;
    };
    const int y = num(0, 4), m = num(5, 2), d = num(8, 2);
    if (y < 0 || m < 0 || d < 0 || !isValid(y, m, d)) {
        return std::nullopt;
    }
    return fromParts(y, m, d);
}

Date Date::parseOrThrow(std::string_view iso, const std::string& field)
{
    auto d = parse(iso);
    if (!d) {
        throwValidation(field, MessageId::DateNotIso, {std::string(iso)});
    }
    return *d;
}

// Howard Hinnant's days_from_civil / civil_from_days.
long Date::dayNumber() const
{
    const int y = m_year - (m_month <= 2 ? 1 : 0);
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned mp = static_cast<unsigned>(m_month > 2 ? m_month - 3 : m_month + 9);
    const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(m_day) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

Date Date::fromDayNumber(long z)
{
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long y = static_cast<long>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return fromParts(static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d));
}

Date Date::addYears(int years) const
{
    const int y = m_year + years;
    const int d = std::min(m_day, daysInMonth(y, m_month));
    return fromParts(y, m_month, d);
}

std::string Date::toString() const
{
    if (isNull()) {
        return {};
    }
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", m_year, m_month, m_day);
    return buf;
}

Period Period::year(int y)
{
    return {Date::fromParts(y, 1, 1, "year"), Date::fromParts(y, 12, 31, "year")};
}

Period Period::quarter(int y, int q)
{
    if (q < 1 || q > 4) {
        throwValidation("quarter", MessageId::QuarterOutOfRange, {std::to_string(q)});
    }
    const int m = (q - 1) * 3 + 1;
    return {Date::fromParts(y, m, 1, "year"), Date::fromParts(y, m + 2, Date::daysInMonth(y, m + 2), "year")};
}

Period Period::month(int y, int m)
{
    const Date first = Date::fromParts(y, m, 1, "month");
    return {first, Date::fromParts(y, m, Date::daysInMonth(y, m))};
}

Period Period::previousYear() const
{
    Period p{from.addYears(-1), to.addYears(-1)};
    if (to.day() == Date::daysInMonth(to.year(), to.month())) {
        p.to = Date::fromParts(to.year() - 1, to.month(), Date::daysInMonth(to.year() - 1, to.month()));
    }
    return p;
}

} // namespace safeledger
