#include "safeledger/core/WorkingCalendar.h"
#include "safeledger/core/Error.h"

#include <catch2/catch.hpp>

#include <random>

using namespace safeledger;

namespace {

Date d(const char* iso)
{
    return Date::parseOrThrow(iso, "test");
}

// The working days in (from, to] counted one day at a time: the definition the arithmetic must match.
long countByLoop(const WorkingCalendar& c, const Date& from, const Date& to)
{
    long n = 0;
    for (Date x = from.addDays(1); x <= to; x = x.addDays(1)) {
        n += c.isWorkingDay(x) ? 1 : 0;
    }
    return n;
}

MessageId refusal(const std::string& text)
{
    try {
        parseCalendarYear(text);
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Validation);
        return e.message().id();
    }
    FAIL("the file was accepted:\n" << text);
    return MessageId::Count;
}

} // namespace

TEST_CASE("weekdays: 1970-01-01 was a Thursday, 2026-12-06 a Sunday", "[calendar]")
{
    CHECK(WorkingCalendar::weekday(d("1970-01-01")) == 4);
    CHECK(WorkingCalendar::weekday(d("2026-12-06")) == 7);
    CHECK(WorkingCalendar::weekday(d("2026-12-07")) == 1);
    CHECK(WorkingCalendar::weekday(d("1969-12-29")) == 1);
    CHECK(WorkingCalendar::weekday(d("1900-01-01")) == 1);
}

TEST_CASE("the shipped years follow their State Council notices", "[calendar]")
{
    const WorkingCalendar& c = WorkingCalendar::builtIn();
    REQUIRE(c.years() == std::vector<int>{2024, 2025, 2026});
    CHECK(c.source(2026).find("2026年部分节假日安排") != std::string::npos);
    CHECK(c.source(2025).find("国办发明电〔2024〕12号") != std::string::npos);
    CHECK(c.source(2024).find("国办发明电〔2023〕7号") != std::string::npos);

    // Hand-counted: weekdays of the year, less its statutory holidays on weekdays, plus its
    // make-up working days (2024: 262 − 19 + 8; 2025: 261 − 18 + 5; 2026: 261 − 19 + 6).
    CHECK(c.workingDaysBetween(d("2023-12-31"), d("2024-12-31")) == 251);
    CHECK(c.workingDaysBetween(d("2024-12-31"), d("2025-12-31")) == 248);
    CHECK(c.workingDaysBetween(d("2025-12-31"), d("2026-12-31")) == 248);

    SECTION("make-up Saturdays and Sundays are working days")
    {
        for (const char* day :
             {"2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29",
              "2024-10-12", "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11", "2026-01-04",
              "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"}) {
            INFO(day);
            CHECK(WorkingCalendar::weekday(d(day)) >= 6);
            CHECK(c.isWorkingDay(d(day)));
            REQUIRE(c.special(d(day)) != nullptr);
            CHECK(c.special(d(day))->name.find("调休上班") != std::string::npos);
        }
    }
    SECTION("holidays on weekdays are not")
    {
        for (const char* day : {"2024-01-01", "2024-02-16", "2024-06-10", "2024-10-07", "2025-01-01", "2025-01-28",
                                "2025-02-04", "2025-06-02", "2025-10-08", "2026-01-02", "2026-02-23", "2026-04-06",
                                "2026-05-05", "2026-06-19", "2026-09-25", "2026-10-07"}) {
            INFO(day);
            CHECK(WorkingCalendar::weekday(d(day)) <= 5);
            CHECK_FALSE(c.isWorkingDay(d(day)));
        }
        CHECK(c.special(d("2026-02-16"))->name == "春节");
        CHECK(c.special(d("2025-10-06"))->name == "国庆节、中秋节");
    }
    SECTION("ordinary days are as the week has them")
    {
        CHECK(c.isWorkingDay(d("2026-03-02")));       // a Monday
        CHECK_FALSE(c.isWorkingDay(d("2026-03-07"))); // a Saturday
        CHECK(c.special(d("2026-03-02")) == nullptr);
    }
}

TEST_CASE("adding working days skips holidays and counts make-up days", "[calendar]")
{
    const WorkingCalendar& c = WorkingCalendar::builtIn();
    // Found the day before 国庆: 1–7 October off, Thursday the 8th is the first working day, and
    // Saturday the 10th is worked.
    CHECK(c.addWorkingDays(d("2026-09-30"), 1) == d("2026-10-08"));
    CHECK(c.addWorkingDays(d("2026-09-30"), 3) == d("2026-10-10"));
    CHECK(c.addWorkingDays(d("2026-09-30"), 5) == d("2026-10-13"));
    // The Friday before 春节: the make-up Saturday, then nine days off.
    CHECK(c.addWorkingDays(d("2026-02-13"), 1) == d("2026-02-14"));
    CHECK(c.addWorkingDays(d("2026-02-13"), 2) == d("2026-02-24"));
    CHECK(c.addWorkingDays(d("2026-02-13"), 0) == d("2026-02-13"));
    CHECK(c.nextWorkingDay(d("2026-10-03")) == d("2026-10-08"));
    CHECK(c.nextWorkingDay(d("2026-10-08")) == d("2026-10-08"));
    // A plain week.
    CHECK(c.addWorkingDays(d("2026-03-06"), 1) == d("2026-03-09"));
    CHECK(c.workingDaysBetween(d("2026-09-30"), d("2026-10-13")) == 5);
    CHECK(c.workingDaysBetween(d("2026-10-13"), d("2026-09-30")) == -5);
    CHECK(c.workingDaysBetween(d("2026-10-01"), d("2026-10-01")) == 0);
}

TEST_CASE("a year without a notice is Monday to Friday, and says so", "[calendar]")
{
    const WorkingCalendar& c = WorkingCalendar::builtIn();
    CHECK_FALSE(c.covers(2030));
    CHECK(c.covers(2026));
    CHECK(c.isWorkingDay(d("2030-01-01"))); // a Tuesday; its holiday is unknown until a file for 2030 is added
    CHECK(c.workingDaysBetween(d("2029-12-31"), d("2030-12-31")) == 261);
}

TEST_CASE("local days override the notice, and the count agrees with a day-by-day loop", "[calendar]")
{
    WorkingCalendar c = WorkingCalendar::builtIn();
    c.setLocalDay(d("2026-03-02"), CalendarDay{d("2026-03-02"), false, "镇庆"});
    c.setLocalDay(d("2026-10-10"), CalendarDay{d("2026-10-10"), false, "本单位不调休"});
    c.setLocalDay(d("2026-03-07"), CalendarDay{d("2026-03-07"), true, "安全生产月动员会"});
    CHECK_FALSE(c.isWorkingDay(d("2026-03-02")));
    CHECK_FALSE(c.isWorkingDay(d("2026-10-10")));
    CHECK(c.isWorkingDay(d("2026-03-07")));
    CHECK(c.special(d("2026-10-10"))->name == "本单位不调休");
    CHECK(c.addWorkingDays(d("2026-09-30"), 3) == d("2026-10-12"));
    c.setLocalDay(d("2026-10-10"), std::nullopt);
    CHECK(c.isWorkingDay(d("2026-10-10")));

    std::mt19937 random(20261206);
    std::uniform_int_distribution<long> day(Date::fromParts(2023, 6, 1).dayNumber(),
                                            Date::fromParts(2027, 6, 1).dayNumber());
    for (int i = 0; i < 400; ++i) {
        const Date a = Date::fromDayNumber(day(random));
        const Date b = Date::fromDayNumber(day(random));
        INFO(a.toString() << " .. " << b.toString());
        if (a <= b) {
            REQUIRE(c.workingDaysBetween(a, b) == countByLoop(c, a, b));
        } else {
            REQUIRE(c.workingDaysBetween(a, b) == -countByLoop(c, b, a));
        }
        const int n = static_cast<int>(i % 40);
        const Date later = c.addWorkingDays(a, n);
        REQUIRE(c.workingDaysBetween(a, later) == n);
        REQUIRE((n == 0 || c.isWorkingDay(later)));
    }
}

TEST_CASE("a calendar file reads back as it was written", "[calendar]")
{
    const std::string text = "# a comment\n\xEF\xBB\xBFyear 2027\nsource 某县应急管理局 2027 年工作日安排\n"
                             "holiday 2027-01-01 元旦\n"
                             "holiday 2027-02-05 2027-02-11 春节\n"
                             "workday 2027-02-20 春节调休上班\n";
    // A byte-order mark counts only on the first line: here it is on the second, so refused.
    CHECK(refusal(text) == MessageId::CalendarLineUnreadable);
    const std::string clean = text.substr(12, 3) == "\xEF\xBB\xBF" ? text.substr(0, 12) + text.substr(15) : text;
    CHECK(parseCalendarYear("\xEF\xBB\xBF" + clean).year == 2027); // a mark at the start is fine
    const CalendarYear y = parseCalendarYear(clean);
    CHECK(y.year == 2027);
    CHECK(y.source == "某县应急管理局 2027 年工作日安排");
    REQUIRE(y.days.size() == 9); // 1 + 7 + 1
    CHECK(y.days[1].date == d("2027-02-05"));
    CHECK(y.days[7].date == d("2027-02-11"));
    CHECK(y.days[8].working);
    const CalendarYear again = parseCalendarYear(formatCalendarYear(y));
    CHECK(again.days == y.days);
    CHECK(formatCalendarYear(again) == formatCalendarYear(y));
    CHECK(formatCalendarYear(y).find("holiday 2027-02-05 2027-02-11 春节\n") != std::string::npos);

    WorkingCalendar c = WorkingCalendar::builtIn();
    c.setYear(y);
    CHECK(c.covers(2027));
    CHECK_FALSE(c.isWorkingDay(d("2027-02-08")));
    CHECK(c.isWorkingDay(d("2027-02-20")));
    // Setting a year again replaces its days.
    c.setYear(CalendarYear{2027, "replaced", {}});
    CHECK(c.isWorkingDay(d("2027-02-08")));
    CHECK(c.noticeDays(2027).empty());
    CHECK(c.noticeDays(2026).size() == WorkingCalendar::builtIn().noticeDays(2026).size());
}

TEST_CASE("a broken calendar file is refused with its line", "[calendar]")
{
    const std::string head = "year 2026\nsource test\n";
    CHECK(refusal("source test\nholiday 2026-01-01 元旦\n") == MessageId::CalendarNoYear);
    CHECK(refusal("year 2026\nholiday 2026-01-01 元旦\n") == MessageId::CalendarNoSource);
    CHECK(refusal(head + "holiday 2026-13-01 元旦\n") == MessageId::CalendarLineUnreadable);
    CHECK(refusal(head + "holiday 2026-01-01\n") == MessageId::CalendarLineUnreadable); // no name
    CHECK(refusal(head + "vacation 2026-01-01 元旦\n") == MessageId::CalendarLineUnreadable);
    CHECK(refusal(head + "holiday 2027-01-01 元旦\n") == MessageId::CalendarDateOutsideYear);
    CHECK(refusal(head + "holiday 2026-12-31 2027-01-01 元旦\n") == MessageId::CalendarDateOutsideYear);
    CHECK(refusal(head + "holiday 2026-02-15 2026-02-23 春节\nholiday 2026-02-20 x\n") == MessageId::CalendarDayTwice);
    CHECK(refusal(head + "workday 2026-01-05 周一\n") == MessageId::CalendarWorkdayOnWeekday);
    CHECK(refusal(head + "holiday 2026-02-23 2026-02-15 春节\n") == MessageId::CalendarRangeBackwards);
    CHECK(refusal("year 26\nsource x\n") == MessageId::CalendarLineUnreadable);
    try {
        parseCalendarYear(head + "\n\nworkday 2026-01-05 周一\n");
        FAIL("accepted");
    } catch (const Error& e) {
        CHECK(std::string(e.what()).find("line 5: 2026-01-05") != std::string::npos);
    }
}

TEST_CASE("a time limit is read as working days or calendar days", "[calendar][deadline]")
{
    const WorkingCalendar& c = WorkingCalendar::builtIn();
    const auto term = [](const char* t) { return parseDeadlineTerm(t); };
    REQUIRE(term("10个工作日"));
    CHECK(term("10个工作日")->count == 10);
    CHECK(term("10个工作日")->workingDays);
    CHECK(term("5 工作日内")->workingDays);
    CHECK(term("5 Working Days")->workingDays);
    CHECK(term("5wd")->workingDays);
    CHECK_FALSE(term("7天")->workingDays);
    CHECK(term("7日内")->count == 7);
    CHECK(term("7 days")->count == 7);
    CHECK(term("立即")->count == 0);
    CHECK(term("现场整改")->count == 0);
    CHECK_FALSE(term("2026-10-13"));
    CHECK_FALSE(term("1000天"));
    CHECK_FALSE(term("十天"));
    CHECK_FALSE(term("工作日"));
    CHECK_FALSE(term("5 weeks"));

    CHECK(resolveDeadline("5个工作日", d("2026-09-30"), c) == d("2026-10-13"));
    CHECK(resolveDeadline("5天", d("2026-09-30"), c) == d("2026-10-05"));
    CHECK(resolveDeadline(" 2026-11-02 ", d("2026-09-30"), c) == d("2026-11-02"));
    try {
        resolveDeadline("next week", d("2026-09-30"), c, "deadline");
        FAIL("accepted");
    } catch (const Error& e) {
        CHECK(e.message().id() == MessageId::DeadlineTermInvalid);
        CHECK(e.field() == "deadline");
    }
}
