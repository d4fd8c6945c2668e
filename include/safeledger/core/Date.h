#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace safeledger {

// A calendar date (proleptic Gregorian), stored and exchanged as ISO "YYYY-MM-DD".
class Date final
{
public:
    Date() = default;
    // Throws Error(Validation) naming `field` when the parts do not form a real date.
    static Date fromParts(int year, int month, int day, const std::string& field = "date");
    // Strict ISO parse; nullopt for anything else (including 2024-02-30).
    static std::optional<Date> parse(std::string_view iso);
    // Like parse, but throws Error(Validation) naming the field and the value.
    static Date parseOrThrow(std::string_view iso, const std::string& field);
    static Date fromDayNumber(long days); // days since 1970-01-01
    static bool isValid(int year, int month, int day);
    static int daysInMonth(int year, int month);

    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }
    bool isNull() const { return m_year == 0; }
    long dayNumber() const;
    Date addDays(long days) const { return fromDayNumber(dayNumber() + days); }
    Date addYears(int years) const; // Feb 29 becomes Feb 28 in a non-leap year
    std::string toString() const;

    auto operator<=>(const Date&) const = default;

private:
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
};

// An inclusive range of dates: a year, a quarter, a month or any span.
struct Period
{
    Date from;
    Date to;

    static Period year(int y);
    static Period quarter(int y, int q);
    static Period month(int y, int m);
    bool contains(const Date& d) const { return from <= d && d <= to; }
    // The same span one year earlier (the "较上年" comparison). A period ending on the last day of
    // a month ends on that month's last day a year earlier, so February 2025 compares with all 29
    // days of February 2024, and a period ending on 29 February with one ending on the 28th.
    Period previousYear() const;
};

} // namespace safeledger
