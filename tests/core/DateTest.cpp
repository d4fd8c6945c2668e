#include "safeledger/core/Date.h"
#include "safeledger/core/Error.h"

#include <catch2/catch.hpp>

using namespace safeledger;

TEST_CASE("dates parse strictly and reject impossible days", "[date]")
{
    CHECK(Date::parse("2024-02-29").has_value());
    CHECK_FALSE(Date::parse("2023-02-29").has_value());
    CHECK_FALSE(Date::parse("2024-02-30").has_value());
    CHECK_FALSE(Date::parse("2024-13-01").has_value());
    CHECK_FALSE(Date::parse("2024-2-3").has_value());
    CHECK_FALSE(Date::parse("2024/02/03").has_value());
    CHECK_FALSE(Date::parse("").has_value());
    CHECK(Date::parse("1900-02-29") == std::nullopt); // 1900 is not a leap year
    CHECK(Date::parse("2000-02-29").has_value());     // 2000 is
}

TEST_CASE("an invalid date names the field and the value", "[date]")
{
    try {
        Date::parseOrThrow("2024-02-30", "deadline");
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Validation);
        CHECK(e.field() == "deadline");
        CHECK(std::string(e.what()).find("2024-02-30") != std::string::npos);
    }
}

TEST_CASE("day numbers round-trip and count days", "[date]")
{
    CHECK(Date::fromParts(1970, 1, 1).dayNumber() == 0);
    CHECK(Date::fromParts(2024, 3, 1).dayNumber() - Date::fromParts(2024, 2, 28).dayNumber() == 2);
    CHECK(Date::fromParts(2023, 3, 1).dayNumber() - Date::fromParts(2023, 2, 28).dayNumber() == 1);
    const Date d = Date::fromParts(2025, 12, 31);
    CHECK(d.addDays(1) == Date::fromParts(2026, 1, 1));
    CHECK(Date::fromDayNumber(d.dayNumber()) == d);
    CHECK(Date::fromParts(2024, 2, 29).addYears(-1) == Date::fromParts(2023, 2, 28));
}

TEST_CASE("periods cover years, quarters and months", "[date]")
{
    const Period q = Period::quarter(2025, 2);
    CHECK(q.from == Date::fromParts(2025, 4, 1));
    CHECK(q.to == Date::fromParts(2025, 6, 30));
    CHECK(Period::month(2024, 2).to == Date::fromParts(2024, 2, 29));
    CHECK(Period::year(2025).previousYear().from == Date::fromParts(2024, 1, 1));
    CHECK_THROWS_AS(Period::quarter(2025, 5), Error);
}

TEST_CASE("last year's span keeps a month's last day", "[date]")
{
    // February 2025 compares with the whole of February 2024, 29 days.
    const Period feb = Period::month(2025, 2).previousYear();
    CHECK(feb.from == Date::fromParts(2024, 2, 1));
    CHECK(feb.to == Date::fromParts(2024, 2, 29));
    // And a leap February with the 28 days of the year before.
    CHECK(Period::month(2024, 2).previousYear().to == Date::fromParts(2023, 2, 28));
    // A span ending mid-month moves by a year, day for day.
    const Period span{Date::fromParts(2026, 1, 10), Date::fromParts(2026, 11, 20)};
    CHECK(span.previousYear().from == Date::fromParts(2025, 1, 10));
    CHECK(span.previousYear().to == Date::fromParts(2025, 11, 20));
    // A quarter ending on 30 June stays on 30 June.
    CHECK(Period::quarter(2026, 2).previousYear().to == Date::fromParts(2025, 6, 30));
}
