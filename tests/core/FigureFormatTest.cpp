// Rates and their changes are rounded once, from the exact values (issue 19, item 4).

#include "safeledger/core/FigureFormat.h"

#include <catch2/catch.hpp>

using namespace safeledger;

TEST_CASE("a rate is rounded to tenths of a per cent, halves away from zero", "[figures][format]")
{
    CHECK(FigureFormat::percentTenths(689.0 / 722.0) == 954); // 95.429…%
    CHECK(FigureFormat::percentTenths(767.0 / 787.0) == 975); // 97.458…%
    CHECK(FigureFormat::percentTenths(1.0 / 8.0) == 125);     // exactly 12.5%
    CHECK(FigureFormat::percentTenths(1.0 / 800.0) == 1);     // 0.125% → 0.1%
    CHECK(FigureFormat::percentTenths(3.0 / 1600.0) == 2);    // 0.1875% → 0.2%
    CHECK(FigureFormat::percentTenths(1.0 / 2000.0) == 1);    // 0.05%: the half goes up
    CHECK(FigureFormat::percentTenths(1.0) == 1000);
    CHECK(FigureFormat::percentTenths(0.0) == 0);
    CHECK_FALSE(FigureFormat::percentTenths(std::nullopt).has_value());
}

TEST_CASE("a change of rate is rounded once from the exact rates, not from the rounded ones", "[figures][format]")
{
    // The case: 95.4% against 97.5% printed, but the exact change is −2.03 points.
    CHECK(FigureFormat::pointChangeTenths(689.0 / 722.0, 767.0 / 787.0) == -20);
    // 33.3% against 16.7% printed; the exact change is +16.67 points, so +16.7, not +16.6.
    CHECK(FigureFormat::pointChangeTenths(1.0 / 3.0, 1.0 / 6.0) == 167);
    CHECK(FigureFormat::pointChangeTenths(0.5, 0.5) == 0);
    CHECK(FigureFormat::pointChangeTenths(1.0 / 6.0, 1.0 / 3.0) == -167);
    CHECK_FALSE(FigureFormat::pointChangeTenths(0.5, std::nullopt).has_value());
    CHECK_FALSE(FigureFormat::pointChangeTenths(std::nullopt, 0.5).has_value());
}

TEST_CASE("a count's change on last year is a per cent of last year's, none when there was none", "[figures][format]")
{
    // Seed 000: accidents 4 → 3 and deaths 5 → 3, "下降了25%和40%".
    CHECK(FigureFormat::countChangeTenths(3, 4) == -250);
    CHECK(FigureFormat::countChangeTenths(3, 5) == -400);
    CHECK(FigureFormat::countChangeTenths(2, 1) == 1000); // doubled: +100.0%
    CHECK(FigureFormat::countChangeTenths(7, 7) == 0);
    CHECK(FigureFormat::countChangeTenths(0, 3) == -1000);
    CHECK(FigureFormat::countChangeTenths(2, 3) == -333); // −33.33…%
    CHECK(FigureFormat::countChangeTenths(1, 8) == -875); // exactly −87.5%
    CHECK_FALSE(FigureFormat::countChangeTenths(2, 0).has_value());
}

TEST_CASE("tenths are written with one decimal and a sign where asked", "[figures][format]")
{
    CHECK(FigureFormat::tenthsText(954) == "95.4");
    CHECK(FigureFormat::tenthsText(-20) == "-2.0");
    CHECK(FigureFormat::tenthsText(5) == "0.5");
    CHECK(FigureFormat::tenthsText(-5) == "-0.5");
    CHECK(FigureFormat::tenthsText(1000) == "100.0");
    CHECK(FigureFormat::signedTenthsText(167) == "+16.7");
    CHECK(FigureFormat::signedTenthsText(-20) == "-2.0");
    CHECK(FigureFormat::signedTenthsText(0) == "0.0");
}
