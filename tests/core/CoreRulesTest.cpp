#include "safeledger/core/Base64.h"
#include "safeledger/core/Clock.h"
#include "safeledger/core/CreditCode.h"
#include "safeledger/core/Error.h"
#include "safeledger/core/HazardLifecycle.h"
#include "safeledger/core/IdNumber.h"
#include "safeledger/core/Organisation.h"
#include "safeledger/core/Sha256.h"
#include "safeledger/core/Uuid.h"

#include <catch2/catch.hpp>

#include <set>

using namespace safeledger;

TEST_CASE("GB 11643 identity numbers: the check character, the birth date, the length", "[idnumber]")
{
    // The standard's own example: 1·7 + 1·9 + 0·10 + 1·5 + 0·8 + 5·4 + 1·2 + 9·1 + 4·6 + 9·3 + 1·7 + 2·9
    // + 3·10 + 1·5 + 0·8 + 0·4 + 2·2 = 167; 167 mod 11 = 2, which gives X.
    CHECK(IdNumber::checkCharacter("11010519491231002") == 'X');
    CHECK_FALSE(IdNumber::check("11010519491231002X"));
    const auto wrong = IdNumber::check("110105194912310021");
    REQUIRE(wrong);
    CHECK(wrong->english() == "ID number \"110105194912310021\" has check character '1', expected 'X'");
    const auto lower = IdNumber::check("11010519491231002x"); // the core takes X in upper case only
    REQUIRE(lower);
    CHECK(lower->id() == MessageId::IdNumberCheck);
    const auto short15 = IdNumber::check("110105491231002"); // the old 15-digit number
    REQUIRE(short15);
    CHECK(short15->english() == "ID number \"110105491231002\" has 15 characters, expected 18");
    const auto letter = IdNumber::check("1101051949123100AX");
    REQUIRE(letter);
    CHECK(letter->id() == MessageId::IdNumberCharacter);
    CHECK(letter->args()[2] == "17");
    // 1949-02-30 is no date, whatever the check character says.
    const std::string feb30 = std::string("11010519490230002") + IdNumber::checkCharacter("11010519490230002");
    const auto birth = IdNumber::check(feb30);
    REQUIRE(birth);
    CHECK(birth->id() == MessageId::IdNumberBirthDate);
    CHECK(birth->args()[1] == "19490230");

    // A person's number is checked when given and may be left empty.
    Person p;
    p.orgId = 1;
    p.name = "张三";
    CHECK_NOTHROW(validate(p));
    p.idNumber = "110105194912310021";
    try {
        validate(p);
        FAIL("a wrong check character was accepted");
    } catch (const Error& e) {
        CHECK(e.field() == "id_number");
        CHECK(e.message().id() == MessageId::IdNumberCheck);
    }
}

TEST_CASE("GB 32100 check characters", "[creditcode]")
{
    // Published example codes.
    CHECK(CreditCode::isValid("91350100M000100Y43"));
    CHECK(CreditCode::checkCharacter("91350100M000100Y4") == '3');
    CHECK_FALSE(CreditCode::isValid("91350100M000100Y44")); // wrong check character
    const auto wrongCheck = CreditCode::check("91350100M000100Y44");
    REQUIRE(wrongCheck);
    CHECK(wrongCheck->id() == MessageId::CreditCodeCheck);
    CHECK(wrongCheck->args() == std::vector<std::string>{"91350100M000100Y44", "4", "3"});
    CHECK(wrongCheck->english() == "credit code \"91350100M000100Y44\" has check character '4', expected '3'");
    CHECK_FALSE(CreditCode::check("91350100M000100Y43"));
    CHECK_FALSE(CreditCode::isValid("91350100M000100Y4"));  // 17 characters
    CHECK_FALSE(CreditCode::isValid("91350100M000I00Y43")); // I is not in the alphabet
    const auto lowerCase = CreditCode::check("91350100m000100Y43");
    REQUIRE(lowerCase);
    CHECK(lowerCase->id() == MessageId::CreditCodeCharacter);
    CHECK(lowerCase->args() == std::vector<std::string>{"91350100m000100Y43", "m", "9"});
    // A code whose check value is 0 (sum divisible by 31) ends in '0', not in the 31st character.
    std::string body = "9100000000000000";
    for (char c : std::string("0123456789ABCDEFGHJKLMNPQRTUWXY")) {
        const std::string first17 = body + c;
        const char check = CreditCode::checkCharacter(first17);
        REQUIRE(check != '\0');
        CHECK(CreditCode::isValid(first17 + check));
    }
}

TEST_CASE("the hazard lifecycle allows exactly the transitions of DOMAIN.md", "[lifecycle]")
{
    using S = HazardStatus;
    using A = HazardAction;
    const std::vector<std::tuple<S, A, bool, S>> table = {
        {S::Registered, A::RecordProgress, true, S::Rectifying},
        {S::Registered, A::SubmitForVerification, true, S::AwaitingVerification},
        {S::Registered, A::VerifyPass, false, S::Registered},
        {S::Registered, A::VerifyFail, false, S::Registered},
        {S::Rectifying, A::RecordProgress, true, S::Rectifying},
        {S::Rectifying, A::SubmitForVerification, true, S::AwaitingVerification},
        {S::Rectifying, A::VerifyPass, false, S::Rectifying},
        {S::AwaitingVerification, A::RecordProgress, false, S::AwaitingVerification},
        {S::AwaitingVerification, A::VerifyPass, true, S::Closed},
        {S::AwaitingVerification, A::VerifyFail, true, S::Rectifying},
        {S::Closed, A::RecordProgress, false, S::Closed},
        {S::Closed, A::SubmitForVerification, false, S::Closed},
        {S::Closed, A::VerifyPass, false, S::Closed},
        {S::Closed, A::Void, true, S::Voided},
        {S::Rectifying, A::Void, true, S::Voided},
        {S::Voided, A::Void, false, S::Voided},
        {S::Voided, A::RecordProgress, false, S::Voided},
    };
    for (const auto& [from, action, allowed, to] : table) {
        INFO(toCode(from) << " + " << actionCode(action));
        CHECK(HazardLifecycle::allows(from, action) == allowed);
        if (allowed) {
            CHECK(HazardLifecycle::next(from, action) == to);
        } else {
            CHECK_THROWS_AS(HazardLifecycle::next(from, action), Error);
        }
    }
    CHECK(HazardLifecycle::allowedActions(S::AwaitingVerification) ==
          std::vector<A>{A::VerifyPass, A::VerifyFail, A::Void});
    // Open (未整改): every status a hazard passes through before it is closed or voided.
    CHECK(HazardLifecycle::isOpen(S::Registered));
    CHECK(HazardLifecycle::isOpen(S::Rectifying));
    CHECK(HazardLifecycle::isOpen(S::AwaitingVerification));
    CHECK_FALSE(HazardLifecycle::isOpen(S::Closed));
    CHECK_FALSE(HazardLifecycle::isOpen(S::Voided));
}

TEST_CASE("a verification is withdrawn only from the state it left the hazard in", "[lifecycle][withdraw]")
{
    using S = HazardStatus;
    // {from, the verification passed, allowed}: a pass closed the hazard; a fail sent it back to
    // rectifying, from where it may have been submitted again. Either way it awaits verification.
    const std::vector<std::tuple<S, bool, bool>> table = {
        {S::Closed, true, true},       {S::Rectifying, false, true}, {S::AwaitingVerification, false, true},
        {S::Closed, false, false},     {S::Rectifying, true, false}, {S::AwaitingVerification, true, false},
        {S::Registered, false, false}, {S::Voided, true, false},     {S::Voided, false, false},
    };
    for (const auto& [from, passed, allowed] : table) {
        INFO(toCode(from) << (passed ? " passed" : " failed"));
        CHECK(HazardLifecycle::allowsWithdrawal(from, passed) == allowed);
        if (allowed) {
            CHECK(HazardLifecycle::statusAfterWithdrawal(from, passed) == S::AwaitingVerification);
        } else {
            CHECK_THROWS_AS(HazardLifecycle::statusAfterWithdrawal(from, passed), Error);
        }
    }
}

TEST_CASE("hazard field rules name the field", "[lifecycle][validation]")
{
    const Date today = Date::fromParts(2025, 6, 30);
    Hazard h;
    h.orgId = 1;
    h.description = "灭火器过期";
    h.foundOn = Date::fromParts(2025, 6, 1);
    h.deadline = Date::fromParts(2025, 6, 10);
    REQUIRE_NOTHROW(HazardLifecycle::validate(h, today));

    auto fieldOf = [&](Hazard bad) {
        try {
            HazardLifecycle::validate(bad, today);
        } catch (const Error& e) {
            return e.field();
        }
        return std::string("(accepted)");
    };
    Hazard x = h;
    x.description = "   ";
    CHECK(fieldOf(x) == "description");
    x = h;
    x.deadline = Date::fromParts(2025, 5, 1);
    CHECK(fieldOf(x) == "deadline");
    x = h;
    x.mode = RectificationMode::Suspension;
    x.deadline.reset();
    CHECK(fieldOf(x) == "deadline");
    x = h;
    x.foundOn = Date::fromParts(2025, 7, 1);
    x.deadline = Date::fromParts(2025, 7, 9);
    CHECK(fieldOf(x) == "found_on");
    x = h;
    x.fundsFen = -100;
    CHECK(fieldOf(x) == "funds");
    x = h;
    x.supervision = SupervisionLevel::Province;
    CHECK(fieldOf(x) == "supervision");
    x.grade = HazardGrade::Major;
    CHECK(fieldOf(x) == "(accepted)");
}

TEST_CASE("SHA-256 matches the FIPS 180-4 test vectors", "[sha256]")
{
    auto hash = [](const std::string& s) { return sha256Hex(reinterpret_cast<const uint8_t*>(s.data()), s.size()); };
    CHECK(hash("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(hash("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(hash(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("base64 round-trips and refuses malformed text", "[base64]")
{
    for (size_t n = 0; n < 10; ++n) {
        std::vector<uint8_t> bytes(n);
        for (size_t i = 0; i < n; ++i) {
            bytes[i] = static_cast<uint8_t>(i * 37 + 200);
        }
        CHECK(base64Decode(base64Encode(bytes)) == bytes);
    }
    CHECK(base64Encode({'M', 'a'}) == "TWE=");
    CHECK_FALSE(base64Decode("TWE").has_value());
    CHECK_FALSE(base64Decode("T=WE").has_value());
    CHECK_FALSE(base64Decode("TW!=").has_value());
}

TEST_CASE("UUIDs are well-formed, unique, ascending and reproducible from a seed", "[uuid]")
{
    UuidGenerator a(7), b(7), random;
    std::set<std::string> seen;
    std::string previous;
    for (int i = 0; i < 1000; ++i) {
        const std::string u = a.next();
        CHECK(UuidGenerator::isValid(u));
        CHECK(u[14] == '4');
        CHECK(std::string("89ab").find(u[19]) != std::string::npos); // the RFC 4122 variant
        CHECK(seen.insert(u).second);
        CHECK(b.next() == u);
        CHECK(u > previous); // one generator's identities ascend (index pages in order)
        previous = u;
    }
    CHECK(seen.count(random.next()) == 0);
    UuidGenerator other(8);
    CHECK(other.next().substr(0, 8) != UuidGenerator(7).next().substr(0, 8)); // random starting points
    CHECK_FALSE(UuidGenerator::isValid("not-a-uuid"));
}

TEST_CASE("the clock's calendar is Beijing time", "[clock]")
{
    // 2025-06-30 16:30 UTC is already 2025-07-01 00:30 in Beijing.
    const int64_t t = Date::fromParts(2025, 6, 30).dayNumber() * 86400 + 16 * 3600 + 30 * 60;
    FixedClock clock(t);
    CHECK(clock.today() == Date::fromParts(2025, 7, 1));
    CHECK(clock.nowIso() == "2025-06-30T16:30:00Z");
    CHECK(FixedClock::at(Date::fromParts(2025, 1, 2))->today() == Date::fromParts(2025, 1, 2));
}
