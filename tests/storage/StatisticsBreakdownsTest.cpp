// The summary's tables (by category, by month, by sub-unit) and the JSON form of the figures,
// against counts made by hand on the ledger of StatisticsDataset.h.
#include "StatisticsDataset.h"
#include "safeledger/storage/Repository.h"
#include "safeledger/storage/Statistics.h"

#include <catch2/catch.hpp>

#include <set>

using namespace safeledger;
using test::day;

TEST_CASE("byCategory lists every category in enum order with the figures' definitions", "[statistics][breakdown]")
{
    test::StatsLedger L;
    Statistics stats(*L.db);
    const auto rows = stats.byCategory(L.T, Period::year(2025), day(2025, 6, 30));
    REQUIRE(rows.size() == enumEntries<HazardCategory>().size());
    for (size_t i = 0; i < rows.size(); ++i) {
        CHECK(rows[i].category == enumEntries<HazardCategory>()[i].value);
    }
    auto row = [&](HazardCategory c) { return rows[static_cast<size_t>(c)]; };
    const CategoryRow fire = row(HazardCategory::Fire); // H9 H11
    CHECK(fire.found == 2);
    CHECK(fire.rectified == 1); // H11
    CHECK(fire.major == 1);     // H11
    CHECK(fire.overdue == 1);   // H9
    CHECK(*fire.rate == Approx(0.5));
    const CategoryRow electrical = row(HazardCategory::Electrical); // H7 H15
    CHECK(electrical.found == 2);
    CHECK(electrical.rectified == 1);
    CHECK(electrical.overdue == 0);
    const CategoryRow equipment = row(HazardCategory::SpecialEquipment); // H10
    CHECK(equipment.found == 1);
    CHECK(equipment.major == 1);
    CHECK(*equipment.rate == 0.0);
    CHECK(row(HazardCategory::Machinery).rectified == 1); // H8
    CHECK(row(HazardCategory::Management).overdue == 1);  // H12
    // Overdue is a stock: H16 was found last year, so dust has an overdue hazard but no rate.
    const CategoryRow dust = row(HazardCategory::Dust);
    CHECK(dust.found == 0);
    CHECK(dust.overdue == 1);
    CHECK_FALSE(dust.rate.has_value());
    CHECK(row(HazardCategory::Chemicals).found == 0); // H14 lies outside the town
    int64_t found = 0, rectified = 0, major = 0, overdue = 0;
    for (const auto& r : rows) {
        found += r.found;
        rectified += r.rectified;
        major += r.major;
        overdue += r.overdue;
    }
    CHECK(found == 7); // the figures' 7, 3, 2 and 3
    CHECK(rectified == 3);
    CHECK(major == 2);
    CHECK(overdue == 3);
}

TEST_CASE("byMonth lists every month: found by the month found, rectified by the month closed",
          "[statistics][breakdown]")
{
    test::StatsLedger L;
    Statistics stats(*L.db);
    const auto rows = stats.byMonth(L.T, Period::year(2025), day(2025, 6, 30));
    REQUIRE(rows.size() == 12);
    std::vector<int64_t> found, rectified;
    for (size_t i = 0; i < rows.size(); ++i) {
        CHECK(rows[i].year == 2025);
        CHECK(rows[i].month == static_cast<int>(i) + 1);
        found.push_back(rows[i].found);
        rectified.push_back(rows[i].rectified);
    }
    // Found: H7 | H8 | H9 | H10 | H11 | H12 H15. H13 (voided) is not in February.
    CHECK(found == std::vector<int64_t>{1, 1, 1, 1, 1, 2, 0, 0, 0, 0, 0, 0});
    // Rectified: H7 and H3 (found in 2024) | H8 | - | - | - | H11. H13 (voided) is not in February.
    CHECK(rectified == std::vector<int64_t>{2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0});

    // Closures after asOf do not count yet.
    CHECK(stats.byMonth(L.T, Period::year(2025), day(2025, 6, 5))[5].rectified == 0); // H11 on 06-10

    // A period across the year end that starts and ends inside months is clipped to its days.
    const auto span = stats.byMonth(L.T, Period{day(2024, 11, 15), day(2025, 2, 10)}, day(2025, 2, 10));
    REQUIRE(span.size() == 4);
    CHECK(span[0].year == 2024);
    CHECK(span[0].month == 11);
    CHECK(span[0].found == 0);     // H3 was found on 11-10, before the period
    CHECK(span[1].found == 1);     // H16
    CHECK(span[2].found == 1);     // H7
    CHECK(span[2].rectified == 2); // H7 H3
    CHECK(span[3].year == 2025);
    CHECK(span[3].month == 2);
    CHECK(span[3].found == 1);     // H8
    CHECK(span[3].rectified == 0); // H8 closed on 02-20, after the period
}

TEST_CASE("bySubUnit lists the direct children, worst rate first, no rate last, ties by name",
          "[statistics][breakdown]")
{
    test::StatsLedger L;
    Statistics stats(*L.db);
    const auto rows = stats.bySubUnit(L.T, Period::year(2025), day(2025, 6, 30));
    // V (subtree V F W S): found 5, rectified 3, overdue 2 (H9 H16); Sch: found 1 (H10), 0 rectified;
    // Dep: nothing (no rate, listed last); X (voided, nothing this year) is left out. H12 lies on
    // the town itself and belongs to no child.
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].orgId == L.Sch);
    CHECK(rows[0].kind == "school");
    CHECK(rows[0].found == 1);
    CHECK(*rows[0].rate == 0.0);
    CHECK(rows[1].orgId == L.V);
    CHECK(rows[1].name == "东村");
    CHECK(rows[1].found == 5);
    CHECK(rows[1].rectified == 3);
    CHECK(rows[1].overdue == 2);
    CHECK(*rows[1].rate == Approx(0.6));
    CHECK(rows[2].orgId == L.Dep);
    CHECK_FALSE(rows[2].rate.has_value());

    // Last year: V 2/4 (H1 H2 of H1 H2 H3 H16), then Sch and X both 1/1, by name: 旧砖厂 before 青山小学
    // although X was added later; the voided X is listed because it has figures.
    const auto last = stats.bySubUnit(L.T, Period::year(2024), day(2024, 12, 31));
    REQUIRE(last.size() == 4);
    CHECK(last[0].orgId == L.V);
    CHECK(last[0].found == 4);
    CHECK(last[0].rectified == 2);
    CHECK(last[0].overdue == 1); // H3
    CHECK(last[1].orgId == L.X);
    CHECK(last[1].name == "旧砖厂");
    CHECK(last[2].orgId == L.Sch);
    CHECK(last[3].orgId == L.Dep);

    // The whole database: its roots. 白水镇 0/1 before 青山镇 3/7.
    const auto roots = stats.bySubUnit(0, Period::year(2025), day(2025, 6, 30));
    REQUIRE(roots.size() == 2);
    CHECK(roots[0].orgId == L.O);
    CHECK(roots[0].overdue == 1);
    CHECK(roots[1].orgId == L.T);
    CHECK(roots[1].found == 7);
    CHECK(roots[1].overdue == 3);

    // A leaf has no children.
    CHECK(stats.bySubUnit(L.S, Period::year(2025), day(2025, 6, 30)).empty());
}

TEST_CASE("the figures' JSON has the documented keys, yuan and null rates", "[statistics][json]")
{
    test::StatsLedger L;
    Statistics stats(*L.db);
    const nlohmann::json j = toJson(stats.forPeriod(L.T, Period::year(2025)));
    // clang-format off
    const std::set<std::string> figureKeys = {
        "hazards_found", "hazards_rectified", "rectification_rate", "rectified_on_spot", "rectified_with_deadline",
        "overdue", "extended", "major_hazards", "major_rectified", "major_listed", "average_rectification_days", "inspections",
        "inspector_person_times", "units_inspected", "units_to_inspect", "inspection_coverage", "agreements_signed",
        "agreements_needed", "agreements_covered", "agreement_coverage", "accidents", "deaths", "injuries",
        "serious_injuries", "direct_loss_yuan", "penalties", "penalty_amount_yuan", "notices_by_kind",
        "agreements_by_counterpart_kind", "activities_by_kind", "activity_participants", "hazards_by_source",
        "verifications", "verifications_passed", "verification_pass_rate", "accidents_by_type",
        "participants_by_activity_kind"};
    // clang-format on
    std::set<std::string> top, previous;
    for (const auto& [key, value] : j.items()) {
        top.insert(key);
    }
    for (const auto& [key, value] : j.at("previous_year").items()) {
        previous.insert(key);
    }
    std::set<std::string> expectedTop = figureKeys;
    expectedTop.insert({"scope", "period", "as_of", "previous_year"});
    std::set<std::string> expectedPrevious = figureKeys;
    expectedPrevious.insert({"period", "as_of", "cut_to_same_day"});
    CHECK(top == expectedTop);
    CHECK(previous == expectedPrevious);

    CHECK(j.at("scope").at("name") == "青山镇");
    CHECK(j.at("scope").at("uuid") == Repository<Organisation>(*L.db).get(L.T).uuid);
    CHECK(j.at("period").at("from") == "2025-01-01");
    CHECK(j.at("period").at("to") == "2025-12-31");
    CHECK(j.at("as_of") == "2025-06-30");
    CHECK(j.at("hazards_found") == 7);
    CHECK(j.at("rectification_rate").get<double>() == Approx(3.0 / 7.0));
    CHECK(j.at("direct_loss_yuan").get<double>() == Approx(12845.67));
    CHECK(j.at("penalty_amount_yuan").get<double>() == Approx(20500.0));
    CHECK(j.at("major_listed") == nlohmann::json({{"province", 1}, {"city", 0}, {"county", 0}, {"town", 1}}));
    CHECK(j.at("notices_by_kind").at("suspension_notice") == 1);
    CHECK(j.at("agreements_by_counterpart_kind").at("village") == 2);
    CHECK(j.at("activities_by_kind").at("drill") == 1);
    CHECK(j.at("participants_by_activity_kind").at("drill") == 300);
    CHECK(j.at("hazards_by_source").at("public_report") == 1);
    CHECK(j.at("accidents_by_type").at("machinery") == 1);
    CHECK(j.at("verifications") == 4);
    CHECK(j.at("verification_pass_rate").get<double>() == Approx(0.75));
    const auto& p = j.at("previous_year");
    CHECK(p.at("period").at("from") == "2024-01-01");
    // 2025 runs to today (06-30): last year is taken to the same day, H1 H2 HX, none overdue.
    CHECK(p.at("as_of") == "2024-06-30");
    CHECK(p.at("cut_to_same_day") == true);
    CHECK(p.at("hazards_found") == 3);
    CHECK(p.at("overdue") == 0);

    // No denominator, no rate: null, never 0.
    const nlohmann::json leaf = toJson(stats.forPeriod(L.F, Period::year(2026)));
    CHECK(leaf.at("rectification_rate").is_null());
    CHECK(leaf.at("agreement_coverage").is_null());
    CHECK(leaf.at("average_rectification_days").is_null());
    CHECK(leaf.at("verification_pass_rate").is_null());
    CHECK(toJson(stats.forPeriod(0, Period::year(2025))).at("scope").is_null());
}

namespace {

// Everything Statistics answers about the ledger, for comparing two ways of computing it.
nlohmann::json everything(Statistics& stats, const test::StatsLedger& L)
{
    nlohmann::json out = nlohmann::json::array();
    for (int64_t scope : {int64_t(0), L.T, L.V, L.F, L.S, L.O}) {
        out.push_back(toJson(stats.forPeriod(scope, Period::year(2025))));
        for (const Date& asOf : {day(2024, 12, 31), day(2025, 6, 1), day(2025, 6, 30)}) {
            const Period year = Period::year(asOf.year());
            out.push_back(toJson(stats.compute(scope, year, asOf)));
            for (const auto& r : stats.byCategory(scope, year, asOf)) {
                out.push_back({r.found, r.rectified, r.major, r.overdue});
            }
            for (const auto& r : stats.byMonth(scope, year, asOf)) {
                out.push_back({r.year, r.month, r.found, r.rectified});
            }
            for (const auto& r : stats.bySubUnit(scope, year, asOf)) {
                out.push_back({r.orgId, r.found, r.rectified, r.overdue});
            }
        }
    }
    return out;
}

} // namespace

TEST_CASE("an index on closed hazards, when a schema has it, changes no figure", "[statistics][index]")
{
    test::StatsLedger L;
    // Schema step 2 creates it: compare the figures without it and with it.
    L.db->connection().exec("DROP INDEX IF EXISTS hazard_closed");
    Statistics before(*L.db);
    const nlohmann::json expected = everything(before, L);
    L.db->connection().exec(
        "CREATE INDEX hazard_closed ON hazard(closed_on, deadline, org_id) WHERE status = 'closed'");
    Statistics after(*L.db);
    CHECK(everything(after, L) == expected);
}
