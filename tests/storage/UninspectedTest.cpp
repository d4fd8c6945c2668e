// The units behind the coverage figure, ranked for a visit, counted by hand on the ledger of
// StatisticsDataset.h. Inspections (× inspectors): I1 F 2025-03-10, I2 S 2025-04-11, I3 F
// 2025-05-12, I4 V 2025-02-01 (a village: not a unit to inspect), I5 OC 2025-03-01, I6 Sch
// 2025-03-03 VOIDED, I7 Sch 2024-06-06, I8 X 2024-03-03 (X voided since).
#include "Refusal.h"
#include "StatisticsDataset.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/Statistics.h"

#include <catch2/catch.hpp>

using namespace safeledger;
using test::day;

namespace {

std::vector<std::string> names(const UninspectedPage& page)
{
    std::vector<std::string> n;
    for (const auto& r : page.rows) {
        n.push_back(r.name);
    }
    return n;
}

} // namespace

TEST_CASE("the units not inspected in a period are the coverage figure's, riskiest and longest unseen first",
          "[statistics][uninspected]")
{
    test::StatsLedger L;
    OrgService orgs(*L.db);
    Organisation oc = orgs.get(L.OC);
    oc.riskColour = RiskColour::Red;
    orgs.update(oc);
    Organisation fresh;
    fresh.name = "新开业机械厂";
    fresh.kind = OrgKind::Enterprise;
    fresh.parentId = L.V;
    orgs.add(fresh);
    Statistics stats(*L.db);

    // June 2025: nobody was inspected. 白水化工 is red; then the new works, never inspected; then the
    // longest since the last inspection: 青山小学 2024-06-06 (its 2025 one was voided), 东村小卖部
    // 04-11, 青山机械厂 05-12. Not 东村 (a village), not 旧砖厂 (voided), not the workshop.
    const Period june{day(2025, 6, 1), day(2025, 6, 30)};
    const UninspectedPage all = stats.uninspected(0, june, day(2025, 6, 30), 50);
    CHECK(names(all) == std::vector<std::string>{"白水化工", "新开业机械厂", "青山小学", "东村小卖部", "青山机械厂"});
    CHECK(all.total == 5);
    CHECK(all.rows[0].riskColour == "red");
    CHECK(all.rows[0].parentName == "白水镇");
    CHECK(all.rows[0].lastInspected == day(2025, 3, 1));
    CHECK_FALSE(all.rows[1].lastInspected.has_value());
    CHECK(all.rows[1].kind == "enterprise");
    CHECK(all.rows[2].lastInspected == day(2024, 6, 6));
    CHECK(all.rows[4].parentName == "东村");

    // The same count as the figure: units to inspect less those inspected.
    const Figures f = stats.compute(0, june, day(2025, 6, 30));
    CHECK(all.total == f.unitsToInspect - f.unitsInspected);

    // Pages: two, then the last one, then nothing past the end, the total always there.
    const UninspectedPage first = stats.uninspected(0, june, day(2025, 6, 30), 2);
    CHECK(names(first) == std::vector<std::string>{"白水化工", "新开业机械厂"});
    CHECK(first.total == 5);
    CHECK(names(stats.uninspected(0, june, day(2025, 6, 30), 2, 4)) == std::vector<std::string>{"青山机械厂"});
    const UninspectedPage past = stats.uninspected(0, june, day(2025, 6, 30), 2, 10);
    CHECK(past.rows.empty());
    CHECK(past.total == 5);

    // The town's, the whole year: F and S were inspected; 青山小学's only inspection of 2025 was voided.
    const UninspectedPage town = stats.uninspected(L.T, Period::year(2025), day(2025, 6, 30), 50);
    CHECK(names(town) == std::vector<std::string>{"新开业机械厂", "青山小学"});
    const Figures t = stats.compute(L.T, Period::year(2025), day(2025, 6, 30));
    CHECK(town.total == t.unitsToInspect - t.unitsInspected);

    // The last inspection is the latest up to asOf: as of 2025-03-05 none of 东村's units had ever
    // been inspected (I1 is 03-10, I2 04-11), so all three are "never", in name order.
    const UninspectedPage early = stats.uninspected(L.V, Period{day(2025, 3, 1), day(2025, 3, 5)}, day(2025, 3, 5), 50);
    CHECK(names(early) == std::vector<std::string>{"东村小卖部", "新开业机械厂", "青山机械厂"});
    for (const auto& r : early.rows) {
        CHECK_FALSE(r.lastInspected.has_value());
    }
}

TEST_CASE("the uninspected list refuses an unknown unit and a reversed period", "[statistics][uninspected]")
{
    test::StatsLedger L;
    Statistics stats(*L.db);
    CHECK(test::refusal([&] { stats.uninspected(999, Period::year(2025), day(2025, 6, 30), 10); }).kind() ==
          Error::Kind::NotFound);
    CHECK(test::refusal([&] {
              stats.uninspected(0, Period{day(2025, 6, 1), day(2025, 5, 1)}, day(2025, 6, 30), 10);
          }).kind() == Error::Kind::Validation);
}
