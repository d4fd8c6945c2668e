// Message and Error: the English a log and the CLI show is the template filled with the values,
// the field in front when the error is about one field; the id and values travel unchanged.
#include "safeledger/core/Message.h"
#include "safeledger/core/Error.h"
#include "safeledger/core/HazardLifecycle.h"

#include <catch2/catch.hpp>

using namespace safeledger;

TEST_CASE("a template is filled with its values, once", "[message]")
{
    CHECK(fillTemplate("%1 is before %2", {"2026-01-02", "2026-03-04"}) == "2026-01-02 is before 2026-03-04");
    // A value is never read for placeholders of its own.
    CHECK(fillTemplate("%1 and %2", {"100%2", "x"}) == "100%2 and x");
    // A placeholder without a value stays as written; a lone % too.
    CHECK(fillTemplate("%1 of %2", {"3"}) == "3 of %2");
    CHECK(fillTemplate("50% done", {}) == "50% done");
}

TEST_CASE("an error carries its id and values, and says them in English", "[message]")
{
    const Error withField(Error::Kind::Validation, MessageId::BeforeFoundDate, {"2026-01-01", "2026-02-01"},
                          "deadline");
    CHECK(std::string(withField.what()) == "deadline: 2026-01-01 is before the found date 2026-02-01");
    CHECK(withField.message().id() == MessageId::BeforeFoundDate);
    CHECK(withField.message().args() == std::vector<std::string>{"2026-01-01", "2026-02-01"});
    CHECK(withField.field() == "deadline");

    const Error plain(Error::Kind::Validation, MessageId::UnitOwnParent);
    CHECK(std::string(plain.what()) == "a unit cannot be its own parent");
    CHECK(plain.field().empty());
}

TEST_CASE("the lifecycle's refusal names the action and the status in both words", "[message]")
{
    try {
        HazardLifecycle::next(HazardStatus::Closed, HazardAction::RecordProgress);
        FAIL("a closed hazard took progress");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Lifecycle);
        CHECK(e.message().id() == MessageId::CannotRecordProgress);
        CHECK(std::string(e.what()) == "cannot record rectification progress a hazard whose status is Closed (已销号)");
    }
}

TEST_CASE("every id has its entry in the catalogue", "[message]")
{
    for (int i = 0; i < static_cast<int>(MessageId::Count); ++i) {
        const MessageText& t = messageText(static_cast<MessageId>(i));
        INFO(i);
        REQUIRE(t.key != nullptr);
        CHECK(std::string(t.key).size() > 2);
        CHECK(std::string(t.english).size() > 1);
    }
    CHECK(std::string(messageText(MessageId::UnitOwnParent).key) == "UnitOwnParent");
    CHECK_THROWS_AS(messageText(MessageId::Count), std::out_of_range);
}
