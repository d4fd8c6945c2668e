#pragma once

#include "safeledger/core/Date.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace safeledger {

// A day the calendar sets apart from the Monday-to-Friday week: a day off (a statutory holiday,
// a unit's local day off) or a Saturday or Sunday worked (调休上班).
struct CalendarDay
{
    Date date;
    bool working = false;
    std::string name; // 春节, 国庆节调休上班, a unit's own words

    bool operator==(const CalendarDay&) const = default;
};

// One year as a calendar file gives it (format: docs/calendar.md).
struct CalendarYear
{
    int year = 0;
    std::string source; // the State Council notice it follows, or who made it
    std::vector<CalendarDay> days;
};

// Reads a year file. Throws Error(Validation) naming "line N" for a line it cannot read, a date
// outside the year, a day given twice or a make-up working day that is not a Saturday or Sunday.
CalendarYear parseCalendarYear(std::string_view text);
// The file text of a year, which parseCalendarYear reads back to the same year.
std::string formatCalendarYear(const CalendarYear& year);

// China's working calendar: Monday to Friday, less the statutory holidays, plus the make-up
// working days, of every year whose notice it holds; a unit's local days on top. A year it holds
// no notice for is Monday to Friday (covers() says so, for the interface to tell the user).
class WorkingCalendar final
{
public:
    WorkingCalendar() = default;
    // The years shipped with SafeLedger (resources/calendar/*.txt), each citing its notice.
    static const WorkingCalendar& builtIn();
    // 1 = Monday … 7 = Sunday.
    static int weekday(const Date& d);

    // Sets a year's notice days, replacing any the calendar held for that year.
    void setYear(const CalendarYear& year);
    // A local day, over whatever the year's notice says of that date; nullopt removes it.
    void setLocalDay(const Date& date, const std::optional<CalendarDay>& day);

    bool covers(int year) const { return m_years.count(year) != 0; }
    std::vector<int> years() const;
    std::string source(int year) const;
    const std::map<Date, CalendarDay>& localDays() const { return m_local; }
    // The notice days of a year, in date order.
    std::vector<CalendarDay> noticeDays(int year) const;

    bool isWorkingDay(const Date& d) const;
    // The entry that sets the day apart (local first), or nullptr for an ordinary day.
    const CalendarDay* special(const Date& d) const;
    // The n-th working day after `from` (from itself not counted); `from` for n = 0.
    Date addWorkingDays(const Date& from, int n) const;
    // The working days in (from, to]; negative, counted the same way, when to < from.
    long workingDaysBetween(const Date& from, const Date& to) const;
    // The first working day on or after d.
    Date nextWorkingDay(const Date& d) const;

private:
    std::map<int, std::string> m_years;   // year → source
    std::map<Date, CalendarDay> m_notice; // the years' notice days
    std::map<Date, CalendarDay> m_local;  // a unit's own days, over the notices
};

// A time limit written instead of a date: "10个工作日" / "10 working days" (working days after
// the found date), "7天" / "7日内" / "7 days" (calendar days), 立即 / 现场整改 (0 days).
struct DeadlineTerm
{
    int count = 0;
    bool workingDays = false;

    // The deadline it gives for a hazard found on `found`.
    Date from(const Date& found, const WorkingCalendar& calendar) const;
};

// nullopt when the text is not such a term (a date, say). Spaces and case do not matter.
std::optional<DeadlineTerm> parseDeadlineTerm(std::string_view text);
// A date (YYYY-MM-DD) or a term resolved against the found date; throws Error(Validation) naming
// `field` for anything else.
Date resolveDeadline(std::string_view text, const Date& found, const WorkingCalendar& calendar,
                     const std::string& field = "deadline");

} // namespace safeledger
