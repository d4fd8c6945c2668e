#include "safeledger/core/DocumentNumber.h"

#include <catch2/catch.hpp>

using namespace safeledger;

TEST_CASE("document numbers are made from the pattern", "[document][number]")
{
    const std::string pattern = "青安监{kind}〔{year}〕第{n:3}号";
    CHECK_FALSE(DocumentNumber::check(pattern));
    CHECK(DocumentNumber::format(pattern, DocumentKind::RectificationOrder, 2026, 15) == "青安监责改〔2026〕第015号");
    CHECK(DocumentNumber::format(pattern, DocumentKind::RectificationOrder, 2026, 1234) ==
          "青安监责改〔2026〕第1234号");
    CHECK(DocumentNumber::format(DocumentNumber::kDefaultPattern, DocumentKind::RectificationNotice, 2025, 7) ==
          "限改〔2025〕第007号");
    CHECK(DocumentNumber::format("{year}-{n}", DocumentKind::ReviewOpinion, 2025, 7) == "2025-7");
    CHECK(DocumentNumber::format("复{kind}{n:2}", DocumentKind::SuspensionNotice, 2025, 3) == "复停整03");
    // A brace without its closing brace is text.
    CHECK(DocumentNumber::format("{n}号{", DocumentKind::ReviewOpinion, 2025, 9) == "9号{");
}

TEST_CASE("a pattern without the running number or with an unknown field is refused", "[document][number]")
{
    const auto none = DocumentNumber::check("青安监责改〔{year}〕号");
    REQUIRE(none);
    CHECK(none->id() == MessageId::DocumentPatternNeedsNumber);
    const auto unknown = DocumentNumber::check("{unit}〔{year}〕第{n}号");
    REQUIRE(unknown);
    CHECK(unknown->id() == MessageId::DocumentPatternUnknownField);
    CHECK(unknown->args().front() == "{unit}");
    CHECK(DocumentNumber::check("{n:0}"));  // a width of 0 is not a width
    CHECK(DocumentNumber::check("{n:12}")); // nor are two digits
    CHECK_FALSE(DocumentNumber::check("{n:9}"));
}
