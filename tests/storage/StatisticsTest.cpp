// The reported figures against counts made by hand on the ledger of StatisticsDataset.h.
// Each CHECK says which records make up its number.
#include "safeledger/storage/Statistics.h"
#include "StatisticsDataset.h"
#include "TestSupport.h"
#include "safeledger/core/Error.h"
#include "safeledger/core/HazardLifecycle.h"
#include "safeledger/storage/Repository.h"

#include <catch2/catch.hpp>

#include <map>

using namespace safeledger;
using test::day;

namespace {

Error::Kind errorKind(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.kind();
    }
    FAIL("expected an Error");
    return Error::Kind::Storage;
}

} // namespace

TEST_CASE("a town's hazard figures for this year count only its subtree, live hazards and closures by asOf",
          "[statistics]")
{
    test::StatsLedger L;
    Statistics stats(*L.db);
    const Figures f = stats.compute(L.T, Period::year(2025), day(2025, 6, 30));
    CHECK(f.hazardsFound == 7);     // H7 H8 H9 H10 H11 H12 H15; not H13 (voided), not H14 (白水镇)
    CHECK(f.hazardsRectified == 3); // H7 H8 H11
    REQUIRE(f.rectificationRate);
    CHECK(*f.rectificationRate == Approx(3.0 / 7.0));
    CHECK(f.rectifiedOnSpot == 1);       // H7
    CHECK(f.rectifiedWithDeadline == 2); // H8 (deadline) H11 (deadline)
    CHECK(f.overdue == 3);               // H9 H12 and H16 (found last year); not H10/H15 (not due), not H14
    CHECK(f.majorHazards == 2);          // H10 H11
    CHECK(f.majorRectified == 1);        // H11
    CHECK(f.majorListedProvince == 1);   // H10
    CHECK(f.majorListedCity == 0);
    CHECK(f.majorListedCounty == 0);
    CHECK(f.majorListedTown == 1); // H11
    REQUIRE(f.averageRectificationDays);
    CHECK(*f.averageRectificationDays == Approx(26.5)); // (H8 17 + H11 36) / 2; H7 on the spot does not count
}

TEST_CASE("last year's hazard figures are taken as of that year's end", "[statistics]")
{
    test::StatsLedger L;
    Statistics stats(*L.db);
    const Figures f = stats.compute(L.T, Period::year(2024), day(2024, 12, 31));
    CHECK(f.hazardsFound == 6);     // H1 H2 H3 H4 HX (voided unit, history stands) H16; not H5 (voided), H6
    CHECK(f.hazardsRectified == 4); // H1 H2 H4 HX; H3 was closed only on 2025-01-15
    CHECK(*f.rectificationRate == Approx(4.0 / 6.0));
    CHECK(f.rectifiedOnSpot == 2);       // H1 HX
    CHECK(f.rectifiedWithDeadline == 2); // H2 (deadline) H4 (suspension)
    CHECK(f.overdue == 1);               // H3 (closed after asOf); H16's deadline is asOf itself; H5 voided
    CHECK(f.majorHazards == 1);          // H4
    CHECK(f.majorRectified == 1);
    CHECK(f.majorListedCounty == 1);
    CHECK(f.majorListedProvince + f.majorListedCity + f.majorListedTown == 0);
    CHECK(*f.averageRectificationDays == Approx(30.0)); // (H2 10 + H4 50) / 2: suspension counts too
}

TEST_CASE("figures taken on an earlier day of the period see only what had happened by then", "[statistics]")
{
    test::StatsLedger L;
    Statistics stats(*L.db);
    const Figures f = stats.compute(L.T, Period::year(2025), day(2025, 6, 1));
    CHECK(f.hazardsFound == 7);     // found is the period's, whatever asOf is
    CHECK(f.hazardsRectified == 2); // H7 H8; H11 closed on 06-10
    CHECK(f.overdue == 3);          // H9, H16, and H11 (due 05-20, still open on 06-01); H12 not yet due
    CHECK(f.agreementsSigned == 3); // A1 A2 A9; A8 was signed on 06-15
    CHECK(*f.averageRectificationDays == Approx(17.0)); // H8 only

    // H11 is overdue up to the day before its closure, and not on that day.
    CHECK(stats.compute(L.T, Period::year(2025), day(2025, 6, 9)).overdue == 3);  // H9 H11 H16
    CHECK(stats.compute(L.T, Period::year(2025), day(2025, 6, 10)).overdue == 2); // H9 H16

    const Figures feb = stats.compute(L.T, Period::year(2025), day(2025, 2, 3));
    CHECK(feb.agreementsSigned == 2);  // A1 (02-01) and A9 (signed 2024-12-20 for 2025)
    CHECK(feb.agreementsCovered == 2); // V (A1) Dep (A9); F's A2 was signed 02-05, S's A6 03-01
}

TEST_CASE("inspection and agreement coverage count live units of the scope", "[statistics]")
{
    test::StatsLedger L;
    Statistics stats(*L.db);
    const Figures f = stats.compute(L.T, Period::year(2025), day(2025, 6, 30));
    CHECK(f.inspections == 4);          // I1 I2 I3 I4; not I5 (白水化工) or I6 (voided)
    CHECK(f.inspectorPersonTimes == 8); // 2 + 3 + 1 + 2
    CHECK(f.unitsToInspect == 3);       // F S Sch; not X (voided), not V/T/Dep/W (other kinds)
    CHECK(f.unitsInspected == 2);       // F (twice, counted once) S; Sch's only inspection was voided
    CHECK(*f.inspectionCoverage == Approx(2.0 / 3.0));
    CHECK(f.agreementsSigned == 4); // A1 A2 A8 A9 (party A in the town); not A3 (draft), A4 (voided), A5 A6
    CHECK(f.agreementsByCounterpartKind.at("village") == 2);    // A1 A8
    CHECK(f.agreementsByCounterpartKind.at("enterprise") == 1); // A2
    CHECK(f.agreementsByCounterpartKind.at("department") == 1); // A9
    CHECK(f.agreementsByCounterpartKind.at("business") == 0);
    CHECK(f.agreementsByCounterpartKind.size() == enumEntries<OrgKind>().size());
    CHECK(f.agreementsNeeded == 5);  // V F S Sch Dep; not T (the scope), W (workshop), X (voided)
    CHECK(f.agreementsCovered == 4); // V F Dep, and S by A6 whose party A is outside the town
    CHECK(*f.agreementCoverage == Approx(0.8));

    const Figures last = stats.compute(L.T, Period::year(2024), day(2024, 12, 31));
    CHECK(last.inspections == 2);          // I7 I8 (X's history stands)
    CHECK(last.inspectorPersonTimes == 5); // 3 + 2
    CHECK(last.unitsInspected == 1);       // Sch; X is no longer a unit to inspect
    CHECK(last.agreementsSigned == 1);     // A7; A9 was signed in 2024 but for 2025
    CHECK(last.agreementsCovered == 1);    // V
}

TEST_CASE("accidents, penalties, documents and activities count live records of the period", "[statistics]")
{
    test::StatsLedger L;
    Statistics stats(*L.db);
    const Figures f = stats.compute(L.T, Period::year(2025), day(2025, 6, 30));
    CHECK(f.accidents == 2);                                // AC1 AC2; AC3 voided, AC4 outside
    CHECK(f.deaths == 1);                                   // AC1
    CHECK(f.injuries == 6);                                 // AC1 2 + 3, AC2 1
    CHECK(f.seriousInjuries == 2);                          // AC1
    CHECK(f.directLossFen == 1'284'567);                    // 12345.67 + 500 yuan
    CHECK(f.penalties == 2);                                // P1 P2; P3 voided, P4 outside
    CHECK(f.penaltyAmountFen == 2'050'000);                 // 20000 + 500 yuan
    CHECK(f.noticesByKind.at("rectification_notice") == 2); // D1 D2
    CHECK(f.noticesByKind.at("rectification_order") == 0);  // D5 voided, D6 outside
    CHECK(f.noticesByKind.at("suspension_notice") == 1);    // D3
    CHECK(f.noticesByKind.at("review_opinion") == 1);       // D4
    CHECK(f.activitiesByKind.at("training") == 2);          // AV1 AV4
    CHECK(f.activitiesByKind.at("drill") == 1);             // AV2
    CHECK(f.activitiesByKind.at("meeting") == 1);           // AV3
    CHECK(f.activitiesByKind.at("publicity") == 0);         // AV5 voided
    CHECK(f.activityParticipants == 377);                   // 40 + 300 + 12 + 25

    const Figures last = stats.compute(L.T, Period::year(2024), day(2024, 12, 31));
    CHECK(last.accidents == 2); // AC5 AC6
    CHECK(last.deaths == 3);    // 2 + 1
    CHECK(last.injuries == 1);  // AC5
    CHECK(last.directLossFen == 300'000);
    CHECK(last.penalties == 1); // P5
    CHECK(last.penaltyAmountFen == 3'000'000);
    CHECK(last.noticesByKind.at("rectification_notice") == 1); // D7
    CHECK(last.activitiesByKind.at("publicity") == 1);         // AV7
    CHECK(last.activitiesByKind.at("meeting") == 1);           // AV8 on 2024-02-29
    CHECK(last.activityParticipants == 508);
}

TEST_CASE("the verification pass rate counts standing re-inspections of live hazards by asOf", "[statistics]")
{
    test::StatsLedger L;
    Statistics stats(*L.db);
    const Figures f = stats.compute(L.T, Period::year(2025), day(2025, 6, 30));
    CHECK(f.verifications == 4);       // H3 01-15, H8 02-20, H11 06-10 passed; H9 04-05 failed
    CHECK(f.verificationsPassed == 3); // not H12's 06-22 (withdrawn), not H14's (白水镇), not H7 (on the spot)
    REQUIRE(f.verificationPassRate);
    CHECK(*f.verificationPassRate == Approx(0.75));

    const Figures june1 = stats.compute(L.T, Period::year(2025), day(2025, 6, 1));
    CHECK(june1.verifications == 3); // H3 H8 H9; H11's was on 06-10
    CHECK(june1.verificationsPassed == 2);

    const Figures whole = stats.compute(0, Period::year(2025), day(2025, 6, 30));
    CHECK(whole.verifications == 5); // + H14 03-12 failed
    CHECK(whole.verificationsPassed == 3);
    CHECK(*whole.verificationPassRate == Approx(0.6));

    // A leaf, read through its own hazards: S has H3 (passed) and H9 (failed).
    const Figures shop = stats.compute(L.S, Period::year(2025), day(2025, 6, 30));
    CHECK(shop.verifications == 2);
    CHECK(shop.verificationsPassed == 1);

    // 2024: H2 05-20 and H4 09-20 passed; H5's failed one does not count, H5 was voided; nor do
    // the on-the-spot confirmations of H1 and HX.
    const Figures last = stats.compute(L.T, Period::year(2024), day(2024, 12, 31));
    CHECK(last.verifications == 2);
    CHECK(*last.verificationPassRate == Approx(1.0));

    // No verification, no rate.
    CHECK_FALSE(stats.compute(L.Dep, Period::year(2025), day(2025, 6, 30)).verificationPassRate);
}

TEST_CASE("hazards by source, accidents by type and participants by kind list every code", "[statistics]")
{
    test::StatsLedger L;
    Statistics stats(*L.db);
    const Figures f = stats.compute(L.T, Period::year(2025), day(2025, 6, 30));
    CHECK(f.hazardsBySource.size() == enumEntries<HazardSource>().size());
    CHECK(f.hazardsBySource.at("inspection") == 4);    // H7 H8 H10 H11
    CHECK(f.hazardsBySource.at("self_check") == 1);    // H15
    CHECK(f.hazardsBySource.at("public_report") == 1); // H9
    CHECK(f.hazardsBySource.at("supervision") == 1);   // H12
    CHECK(f.hazardsBySource.at("snapshot") == 0);      // H14 is 白水镇's
    CHECK(f.hazardsBySource.at("other") == 0);         // H13 was voided
    int64_t sources = 0;
    for (const auto& [code, n] : f.hazardsBySource) {
        sources += n;
    }
    CHECK(sources == f.hazardsFound);

    CHECK(f.accidentsByType.size() == enumEntries<AccidentType>().size());
    CHECK(f.accidentsByType.at("machinery") == 1); // AC1
    CHECK(f.accidentsByType.at("fire") == 1);      // AC2; AC3 voided
    CHECK(f.accidentsByType.at("poisoning") == 0); // AC4 is 白水化工's
    CHECK(stats.compute(0, Period::year(2025), day(2025, 6, 30)).accidentsByType.at("poisoning") == 1);
    CHECK(stats.compute(L.T, Period::year(2024), day(2024, 12, 31)).accidentsByType.at("machinery") == 1); // AC5

    CHECK(f.participantsByActivityKind.at("training") == 65); // AV1 40 + AV4 25
    CHECK(f.participantsByActivityKind.at("drill") == 300);   // AV2
    CHECK(f.participantsByActivityKind.at("meeting") == 12);  // AV3
    CHECK(f.participantsByActivityKind.at("publicity") == 0); // AV5 voided
}

TEST_CASE("the whole database counts every unit, and its coverage every unit with a parent", "[statistics][scope]")
{
    test::StatsLedger L;
    Statistics stats(*L.db);
    const Figures f = stats.compute(0, Period::year(2025), day(2025, 6, 30));
    CHECK(f.hazardsFound == 8); // the town's 7 + H14
    CHECK(f.hazardsRectified == 3);
    CHECK(f.overdue == 4);     // H9 H12 H16 H14
    CHECK(f.inspections == 5); // + I5
    CHECK(f.inspectorPersonTimes == 10);
    CHECK(f.unitsToInspect == 4);                               // F S Sch OC
    CHECK(f.unitsInspected == 3);                               // F S OC
    CHECK(f.agreementsSigned == 6);                             // A1 A2 A5 A6 A8 A9
    CHECK(f.agreementsByCounterpartKind.at("enterprise") == 2); // F OC
    CHECK(f.agreementsByCounterpartKind.at("business") == 1);   // S
    CHECK(f.agreementsNeeded == 6);                             // V F S Sch Dep OC; not the roots T and O
    CHECK(f.agreementsCovered == 5);                            // all but Sch
    CHECK(f.accidents == 3);
    CHECK(f.deaths == 3);
    CHECK(f.penalties == 3);
    CHECK(f.penaltyAmountFen == 3'050'000);
    CHECK(f.noticesByKind.at("rectification_order") == 1); // D6
    CHECK(f.activityParticipants == 427);                  // + AV6
}

TEST_CASE("a village and a leaf count only what lies below them", "[statistics][scope]")
{
    test::StatsLedger L;
    Statistics stats(*L.db);
    const Figures v = stats.compute(L.V, Period::year(2025), day(2025, 6, 30));
    CHECK(v.hazardsFound == 5);     // H7 H8 (workshop below F) H9 H11 H15
    CHECK(v.hazardsRectified == 3); // H7 H8 H11
    CHECK(v.overdue == 2);          // H9 H16
    CHECK(v.majorHazards == 1);     // H11
    CHECK(v.inspections == 4);      // I1 I2 I3 I4
    CHECK(v.unitsToInspect == 2);   // F S
    CHECK(v.unitsInspected == 2);
    CHECK(v.agreementsSigned == 1);  // A2 (A3 is a draft)
    CHECK(v.agreementsNeeded == 2);  // F S; not V itself, not W
    CHECK(v.agreementsCovered == 2); // F by A2, S by A6
    CHECK(v.accidents == 2);
    CHECK(v.activityParticipants == 37); // AV3 12 + AV4 25

    const Figures f = stats.compute(L.F, Period::year(2025), day(2025, 6, 30));
    CHECK(f.hazardsFound == 3); // H7 H8 (its workshop) H15
    CHECK(f.hazardsRectified == 2);
    CHECK(f.overdue == 0);
    CHECK(*f.averageRectificationDays == Approx(17.0));
    CHECK(f.inspections == 2); // I1 I3
    CHECK(f.inspectorPersonTimes == 3);
    CHECK(f.unitsToInspect == 1);
    CHECK(f.unitsInspected == 1);
    CHECK(f.agreementsNeeded == 0); // its only unit below is a workshop
    CHECK_FALSE(f.agreementCoverage.has_value());

    const Figures s = stats.compute(L.S, Period::year(2024), day(2024, 12, 31));
    CHECK(s.hazardsFound == 1); // H3
    CHECK(s.hazardsRectified == 0);
    CHECK(s.overdue == 1); // H3, closed on 2025-01-15
    const Figures o = stats.compute(L.O, Period::year(2025), day(2025, 6, 30));
    CHECK(o.hazardsFound == 1); // H14
    CHECK(o.overdue == 1);
    const Figures sch = stats.compute(L.Sch, Period::year(2025), day(2025, 6, 30));
    REQUIRE(sch.rectificationRate.has_value()); // H10 found, nothing rectified: 0, not "no rate"
    CHECK(*sch.rectificationRate == 0.0);
}

TEST_CASE("a unit whose subtree is the whole database gives the whole database's figures", "[statistics][scope]")
{
    test::Fixture fx;
    HazardService hazards(*fx.db);
    Hazard h;
    h.orgId = fx.factory.id;
    h.description = "配电箱未上锁";
    h.foundOn = day(2025, 3, 1);
    h.deadline = day(2025, 3, 20);
    hazards.registerHazard(h);
    Hazard spot = h;
    spot.uuid.clear();
    spot.orgId = fx.shop.id;
    spot.mode = RectificationMode::OnSpot;
    spot.deadline.reset();
    hazards.registerHazard(spot);

    Statistics stats(*fx.db);
    const Figures town = stats.compute(fx.town.id, Period::year(2025), day(2025, 6, 30));
    const Figures all = stats.compute(0, Period::year(2025), day(2025, 6, 30));
    CHECK(town.hazardsFound == 2);
    CHECK(town.hazardsRectified == 1);
    CHECK(town.overdue == 1);
    CHECK(town.unitsToInspect == 2);   // the factory and the shop
    CHECK(town.agreementsNeeded == 3); // village, factory, shop
    CHECK(toJson(town) == toJson(all));
}

TEST_CASE("overdue agrees with HazardLifecycle::isOverdue on every day and in every scope", "[statistics][overdue]")
{
    test::StatsLedger L;
    Statistics stats(*L.db);
    OrgService orgs(*L.db);
    const auto hazards = Repository<Hazard>(*L.db).where("1 = 1");
    std::map<int64_t, std::string> paths;
    for (const auto& h : hazards) {
        paths[h.orgId] = orgs.get(h.orgId).path;
    }
    for (int64_t scope : {int64_t(0), L.T, L.V, L.F, L.S, L.Sch, L.O}) {
        const std::string path = scope == 0 ? "/" : orgs.get(scope).path;
        // Every day from 2024-10-01 to today (where only the open hazards can be overdue).
        for (Date asOf = day(2024, 10, 1); asOf <= L.db->today(); asOf = asOf.addDays(1)) {
            int64_t expected = 0;
            for (const auto& h : hazards) {
                const bool inScope = paths[h.orgId].rfind(path, 0) == 0;
                expected += inScope && HazardLifecycle::isOverdue(h, asOf) ? 1 : 0;
            }
            INFO("scope " << scope << " as of " << asOf.toString());
            CHECK(stats.compute(scope, Period::year(asOf.year()), asOf).overdue == expected);
        }
    }
}

TEST_CASE("forPeriod puts last year's same span beside this period", "[statistics][previous]")
{
    test::StatsLedger L;
    Statistics stats(*L.db);
    const FigureSet year = stats.forPeriod(L.T, Period::year(2025), Comparison::WholePeriod);
    CHECK(year.asOf == day(2025, 6, 30)); // today, inside the period
    CHECK_FALSE(year.previousCut);
    CHECK(year.previousPeriod.from == day(2024, 1, 1));
    CHECK(year.previousPeriod.to == day(2024, 12, 31));
    CHECK(year.previousAsOf == day(2024, 12, 31));
    CHECK(year.current.hazardsFound == 7);
    CHECK(year.previous.hazardsFound == 6);
    CHECK(year.previous.hazardsRectified == 4); // as of 2024-12-31: H3 not yet
    CHECK(year.previous.overdue == 1);          // H3
    CHECK(year.scopeUuid == Repository<Organisation>(*L.db).get(L.T).uuid);
    CHECK(year.scopeName == "青山镇");

    // February 2025 compares with all 29 days of February 2024 (AV8 is on the 29th): a period that
    // has ended is compared whole, also by default.
    const FigureSet feb = stats.forPeriod(L.T, Period::month(2025, 2));
    CHECK_FALSE(feb.previousCut);
    CHECK(feb.asOf == day(2025, 2, 28));
    CHECK(feb.previousPeriod.to == day(2024, 2, 29));
    CHECK(feb.previousAsOf == day(2024, 2, 29));
    CHECK(feb.previous.activityParticipants == 8); // AV8
    CHECK(feb.previous.hazardsFound == 1);         // HX
    CHECK(feb.current.hazardsFound == 1);          // H8; H13 voided
    CHECK(feb.current.hazardsRectified == 1);      // H8 on 02-20
    CHECK(feb.current.overdue == 1);               // H16; H3 was closed on 01-15

    // A period still to come is taken as of today.
    const FigureSet next = stats.forPeriod(L.T, Period::year(2026));
    CHECK(next.asOf == day(2025, 6, 30));
    CHECK(next.current.hazardsFound == 0);
    CHECK(next.current.overdue == 3);
    CHECK_FALSE(next.current.rectificationRate.has_value());
}

TEST_CASE("by default a period still running is compared with last year up to the same day", "[statistics][previous]")
{
    test::StatsLedger L;
    Statistics stats(*L.db);
    const FigureSet year = stats.forPeriod(L.T, Period::year(2025)); // today is 2025-06-30
    CHECK(year.comparison == Comparison::SameDay);
    CHECK(year.previousCut);
    CHECK(year.previousPeriod.from == day(2024, 1, 1));
    CHECK(year.previousPeriod.to == day(2024, 6, 30));
    CHECK(year.previousAsOf == day(2024, 6, 30));
    CHECK(year.current.hazardsFound == 7); // this year does not change
    // Last year to 06-30: H1 (03-05), H2 (05-10), HX (02-02); H3, H4 and H16 were found later.
    CHECK(year.previous.hazardsFound == 3);
    CHECK(year.previous.hazardsRectified == 3); // H1 and HX on the spot, H2 closed 05-20
    CHECK(year.previous.rectificationRate == 1.0);
    CHECK(year.previous.overdue == 0); // H2 was closed before its deadline
    CHECK(toJson(year).at("previous_year").at("cut_to_same_day") == true);
    CHECK(toJson(year).at("previous_year").at("as_of") == "2024-06-30");
}

TEST_CASE("an unknown unit or a reversed period is refused", "[statistics]")
{
    test::StatsLedger L;
    Statistics stats(*L.db);
    const Period y = Period::year(2025);
    const Date asOf = day(2025, 6, 30);
    CHECK(errorKind([&] { stats.compute(999, y, asOf); }) == Error::Kind::NotFound);
    CHECK(errorKind([&] { stats.forPeriod(999, y); }) == Error::Kind::NotFound);
    CHECK(errorKind([&] { stats.byCategory(999, y, asOf); }) == Error::Kind::NotFound);
    CHECK(errorKind([&] { stats.byMonth(999, y, asOf); }) == Error::Kind::NotFound);
    CHECK(errorKind([&] { stats.bySubUnit(999, y, asOf); }) == Error::Kind::NotFound);
    CHECK(errorKind([&] {
              stats.compute(L.T, Period{day(2025, 6, 1), day(2025, 5, 1)}, asOf);
          }) == Error::Kind::Validation);
}
