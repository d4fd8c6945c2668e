#include "safeledger/core/Escalation.h"

#include <catch2/catch.hpp>

using namespace safeledger;

namespace {

Date d(int y, int m, int day)
{
    return Date::fromParts(y, m, day);
}

std::vector<Escalation> general(const std::vector<DeadlineInForce>& deadlines, const Date& asOf,
                                std::optional<Date> closedOn = std::nullopt, EscalationRules rules = {})
{
    return escalations(HazardGrade::General, SupervisionLevel::None, deadlines, closedOn, false, asOf, rules);
}

} // namespace

TEST_CASE("escalation: a general hazard is escalated on its 31st day overdue, not its 30th", "[escalation]")
{
    const std::vector<DeadlineInForce> one = {{d(2026, 3, 1), d(2026, 3, 10)}};
    // 30 days overdue on 04-09: not more than 30 yet.
    CHECK(general(one, d(2026, 4, 9)).empty());
    const auto on10 = general(one, d(2026, 4, 10));
    REQUIRE(on10.size() == 1);
    CHECK(on10[0].on == d(2026, 4, 10));
    CHECK(on10[0].rule == EscalationRule::GeneralOverdue);
    CHECK(on10[0].missed == d(2026, 3, 10));
    // Closed on the escalation day: it was not overdue that day (closed on a day = not overdue on it).
    CHECK(general(one, d(2026, 5, 1), d(2026, 4, 10)).empty());
    CHECK(general(one, d(2026, 5, 1), d(2026, 4, 11)).size() == 1); // closed the day after: it happened
    // A voided hazard has none; a rule set to 0 days never fires; another threshold moves the day.
    CHECK(
        escalations(HazardGrade::General, SupervisionLevel::None, one, std::nullopt, true, d(2026, 6, 1), {}).empty());
    CHECK(general(one, d(2026, 6, 1), std::nullopt, {0, true}).empty());
    CHECK(general(one, d(2026, 3, 18), std::nullopt, {7, true}).size() == 1);
    CHECK(general(one, d(2026, 3, 17), std::nullopt, {7, true}).empty());
    CHECK(general({}, d(2026, 6, 1)).empty()); // no deadline
}

TEST_CASE("escalation: an extension approved in time prevents it, one approved late does not undo it", "[escalation]")
{
    // Extended on 04-05 (before the 31st day, 04-10) to 05-20: the escalation moves to 06-20.
    const std::vector<DeadlineInForce> inTime = {{d(2026, 3, 1), d(2026, 3, 10)}, {d(2026, 4, 5), d(2026, 5, 20)}};
    CHECK(general(inTime, d(2026, 6, 19)).empty());
    const auto later = general(inTime, d(2026, 6, 20));
    REQUIRE(later.size() == 1);
    CHECK(later[0].missed == d(2026, 5, 20));
    // Extended on 04-15, after the escalation of 04-10: that escalation stays in history, and a
    // second one follows if the new deadline is missed by more than 30 days too.
    const std::vector<DeadlineInForce> late = {{d(2026, 3, 1), d(2026, 3, 10)}, {d(2026, 4, 15), d(2026, 5, 20)}};
    REQUIRE(general(late, d(2026, 5, 1)).size() == 1);
    CHECK(general(late, d(2026, 5, 1))[0].on == d(2026, 4, 10));
    CHECK(general(late, d(2026, 6, 20)).size() == 2);
}

TEST_CASE("escalation: an overdue major hazard is raised one listed-supervision level", "[escalation]")
{
    const std::vector<DeadlineInForce> one = {{d(2026, 3, 1), d(2026, 3, 10)}};
    const auto major = [&](SupervisionLevel listed, const std::vector<DeadlineInForce>& dl, const Date& asOf) {
        return escalations(HazardGrade::Major, listed, dl, std::nullopt, false, asOf, {});
    };
    CHECK(major(SupervisionLevel::County, one, d(2026, 3, 10)).empty()); // due today is not overdue
    const auto raised = major(SupervisionLevel::County, one, d(2026, 3, 11));
    REQUIRE(raised.size() == 1);
    CHECK(raised[0].on == d(2026, 3, 11));
    CHECK(raised[0].rule == EscalationRule::MajorOverdue);
    CHECK(raised[0].raisedTo == SupervisionLevel::City);
    CHECK(major(SupervisionLevel::None, one, d(2026, 3, 11))[0].raisedTo == SupervisionLevel::Town);
    CHECK(major(SupervisionLevel::Province, one, d(2026, 3, 11)).empty()); // nowhere higher
    // Missed again after an extension: raised once more, from the raised level.
    const std::vector<DeadlineInForce> twice = {{d(2026, 3, 1), d(2026, 3, 10)}, {d(2026, 3, 20), d(2026, 4, 30)}};
    const auto two = major(SupervisionLevel::Town, twice, d(2026, 5, 1));
    REQUIRE(two.size() == 2);
    CHECK(two[0].raisedTo == SupervisionLevel::County);
    CHECK(two[1].raisedTo == SupervisionLevel::City);
    CHECK(two[1].on == d(2026, 5, 1));
    // The general rule does not apply to a major hazard, nor the major rule to a general one.
    CHECK(escalations(HazardGrade::Major, SupervisionLevel::None, one, std::nullopt, false, d(2026, 6, 1), {30, false})
              .empty());
    CHECK(raisedSupervision(SupervisionLevel::Town) == SupervisionLevel::County);
    CHECK(raisedSupervision(SupervisionLevel::City) == SupervisionLevel::Province);
}
