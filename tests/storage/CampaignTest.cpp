// Campaigns (专项行动) as records and their figures, counted by hand. Today is 2025-06-30.
//
//   青山县 K (county, root)
//   ├── 青山镇 T ── 东村 V ── 青山机械厂 F, 东村小卖部 S
//   └── 白水镇 O ── 白水化工 OC
//
// Campaigns: C1 燃气安全专项整治, K, 03-01..05-31 (three phases); C2 打非治违专项行动, T, 04-01..04-30;
// C3 燃气安全专项整治 again, K, 10-01..10-31 (not begun); C4 安全生产月, K, VOIDED; C5 防汛检查, O,
// 05-01..06-30.
// Inspections (campaign, × inspectors, hazards):
//   I1 燃气 03-05 F ×2: h1 on the spot; h2 deadline 03-20, major, closed 03-18. D1 notice of I1 lists h2.
//   I2 燃气 04-10 S ×3: h3 suspension, open. D2 suspension notice lists h3 (no inspection);
//                       D3 of I2, VOIDED.
//   I3 燃气 04-20 F ×1: h7 VOIDED.
//   I4 燃气 03-08 OC ×2: h4 deadline, open.
//   I5 燃气 02-20 F ×2 (before C1's days)    I6 燃气 05-10 F ×2 VOIDED
//   I7 打非治违 04-15 S ×2: h5 on the spot    I8 no campaign 03-15 F ×1: h6 on the spot
#include "Refusal.h"
#include "safeledger/core/Clock.h"
#include "safeledger/storage/Database.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"
#include "safeledger/storage/Statistics.h"

#include <catch2/catch.hpp>

using namespace safeledger;

namespace {

Date day(int m, int d)
{
    return Date::fromParts(2025, m, d);
}

struct CampaignLedger
{
    std::shared_ptr<FixedClock> clock = FixedClock::at(day(6, 30));
    std::unique_ptr<Database> db = Database::inMemory({clock, "tester", 7, false});
    int64_t K = 0, T = 0, V = 0, F = 0, S = 0, O = 0, OC = 0;
    Campaign c1, c2, c3, c5;
    int64_t h2 = 0, h3 = 0;

    CampaignLedger()
    {
        K = unit("青山县", OrgKind::County, std::nullopt);
        T = unit("青山镇", OrgKind::Town, K);
        V = unit("东村", OrgKind::Village, T);
        F = unit("青山机械厂", OrgKind::Enterprise, V);
        S = unit("东村小卖部", OrgKind::Business, V);
        O = unit("白水镇", OrgKind::Town, K);
        OC = unit("白水化工", OrgKind::Enterprise, O);
        RecordService records(*db);
        c1 = campaign("燃气安全专项整治", K, day(3, 1), day(5, 31));
        c1.phases = {{"动员部署", day(3, 1), day(3, 10)},
                     {"排查整治", day(3, 11), day(5, 20)},
                     {"总结提升", day(5, 21), day(5, 31)}};
        c1.sectors = {"catering", "commerce"};
        c1.document = "青安委〔2025〕3号";
        records.add(c1);
        c2 = campaign("打非治违专项行动", T, day(4, 1), day(4, 30));
        records.add(c2);
        c3 = campaign("燃气安全专项整治", K, day(10, 1), day(10, 31));
        records.add(c3);
        Campaign c4 = campaign("安全生产月", K, day(6, 1), day(6, 30));
        records.add(c4);
        records.voidRecord(c4, "重复录入");
        c5 = campaign("防汛检查", O, day(5, 1), day(6, 30));
        records.add(c5);

        std::vector<Hazard> i1{onSpot(), withDeadline(day(3, 20), RectificationMode::Deadline, true)};
        const int64_t i1Id = inspect("燃气安全专项整治", day(3, 5), F, 2, i1);
        h2 = i1[1].id;
        close(h2, day(3, 18));
        document(F, i1Id, DocumentKind::RectificationNotice, day(3, 5), {h2});
        std::vector<Hazard> i2{withDeadline(day(6, 30), RectificationMode::Suspension)};
        const int64_t i2Id = inspect("燃气安全专项整治", day(4, 10), S, 3, i2);
        h3 = i2[0].id;
        document(S, std::nullopt, DocumentKind::SuspensionNotice, day(4, 10), {h3});
        EnforcementDocument d3 = document(S, i2Id, DocumentKind::RectificationNotice, day(4, 10), {});
        records.voidRecord(d3, "文书开错");
        std::vector<Hazard> i3{onSpot()};
        inspect("燃气安全专项整治", day(4, 20), F, 1, i3);
        HazardService(*db).voidHazard(i3[0].id, "误录");
        std::vector<Hazard> i4{withDeadline(day(5, 1), RectificationMode::Deadline)};
        inspect("燃气安全专项整治", day(3, 8), OC, 2, i4);
        std::vector<Hazard> none;
        inspect("燃气安全专项整治", day(2, 20), F, 2, none);
        const int64_t i6 = inspect("燃气安全专项整治", day(5, 10), F, 2, none);
        Inspection voided = Repository<Inspection>(*db).get(i6);
        records.voidRecord(voided, "日期录错");
        std::vector<Hazard> i7{onSpot()};
        inspect("打非治违专项行动", day(4, 15), S, 2, i7);
        std::vector<Hazard> i8{onSpot()};
        inspect("", day(3, 15), F, 1, i8);
    }

    int64_t unit(const std::string& name, OrgKind kind, std::optional<int64_t> parent)
    {
        Organisation o;
        o.name = name;
        o.kind = kind;
        o.parentId = parent;
        OrgService(*db).add(o);
        return o.id;
    }
    static Campaign campaign(const std::string& name, int64_t lead, const Date& from, const Date& to)
    {
        Campaign c;
        c.name = name;
        c.leadOrgId = lead;
        c.startsOn = from;
        c.endsOn = to;
        return c;
    }
    static Hazard onSpot()
    {
        Hazard h;
        h.description = "燃气软管老化";
        h.category = HazardCategory::Fire;
        h.mode = RectificationMode::OnSpot;
        return h;
    }
    static Hazard withDeadline(const Date& deadline, RectificationMode mode, bool major = false)
    {
        Hazard h = onSpot();
        h.mode = mode;
        h.deadline = deadline;
        h.grade = major ? HazardGrade::Major : HazardGrade::General;
        return h;
    }
    int64_t inspect(const std::string& campaignName, const Date& on, int64_t org, int inspectors,
                    std::vector<Hazard>& hazards)
    {
        Inspection i;
        i.orgId = org;
        i.date = on;
        i.campaign = campaignName;
        for (int k = 0; k < inspectors; ++k) {
            i.inspectors.push_back("检查员" + std::to_string(k + 1));
        }
        std::vector<InspectionItem> items;
        RecordService(*db).saveInspection(i, items, hazards);
        return i.id;
    }
    void close(int64_t hazard, const Date& on)
    {
        HazardService hs(*db);
        hs.submitForVerification(hazard);
        Verification v;
        v.date = on;
        v.inspector = "李安全";
        v.passed = true;
        hs.verify(hazard, v);
    }
    EnforcementDocument document(int64_t org, std::optional<int64_t> inspection, DocumentKind kind, const Date& on,
                                 const std::vector<int64_t>& hazards)
    {
        EnforcementDocument d;
        d.orgId = org;
        d.inspectionId = inspection;
        d.kind = kind;
        d.issuedOn = on;
        d.deadline = day(6, 30);
        d.issuedBy = "青山县应急管理局";
        RecordService(*db).addDocument(d, hazards);
        return d;
    }
};

std::vector<std::string> names(const std::vector<CampaignRow>& rows)
{
    std::vector<std::string> out;
    for (const auto& r : rows) {
        out.push_back(r.campaign.name + " " + r.campaign.startsOn.toString());
    }
    return out;
}

} // namespace

TEST_CASE("a campaign's figures count the inspections carrying its name within its days under its lead",
          "[statistics][campaigns]")
{
    CampaignLedger L;
    Statistics stats(*L.db);
    const Period year = Period::year(2025);

    // The whole database: every live campaign of the year, in order of its start; C4 is voided.
    const auto all = stats.campaigns(0, year, day(6, 30));
    CHECK(names(all) == std::vector<std::string>{"燃气安全专项整治 2025-03-01", "打非治违专项行动 2025-04-01",
                                                 "防汛检查 2025-05-01", "燃气安全专项整治 2025-10-01"});
    const CampaignRow& gas = all[0];
    CHECK(gas.leadName == "青山县");
    CHECK(gas.campaign.document == "青安委〔2025〕3号");
    CHECK(gas.campaign.phases.size() == 3);
    CHECK(gas.campaign.sectors == std::vector<std::string>{"catering", "commerce"});
    REQUIRE(gas.counted);
    CHECK(gas.counted->from == day(3, 1));
    CHECK(gas.counted->to == day(5, 31));
    // I1, I2, I3, I4 (I5 is before its days, I6 voided, I8 carries no name).
    CHECK(gas.inspections == 4);
    CHECK(gas.inspectorPersonTimes == 2 + 3 + 1 + 2);
    CHECK(gas.unitsInspected == 3); // F, S, OC
    CHECK(gas.hazardsFound == 4);   // h1, h2, h3, h4 (h7 voided)
    CHECK(gas.hazardsRectified == 2);
    REQUIRE(gas.rectificationRate);
    CHECK(*gas.rectificationRate == Approx(0.5));
    CHECK(gas.majorHazards == 1);
    CHECK(gas.documents == 2); // D1 of I1, D2 listing h3; D3 voided
    CHECK(gas.unitsSuspended == 1);
    const CampaignRow& illegal = all[1];
    CHECK(illegal.inspections == 1);
    CHECK(illegal.inspectorPersonTimes == 2);
    CHECK(illegal.hazardsFound == 1);
    CHECK(illegal.hazardsRectified == 1);
    CHECK(illegal.documents == 0);
    CHECK(all[2].inspections == 0); // 防汛检查: nobody inspected under that name
    CHECK_FALSE(all[3].counted);    // not begun on 06-30
    CHECK(all[3].inspections == 0);

    // The town: the county's campaign counts its inspections in the town only (I1, I2, I3); the
    // neighbouring town's campaign does not reach it.
    const auto town = stats.campaigns(L.T, year, day(6, 30));
    CHECK(names(town) == std::vector<std::string>{"燃气安全专项整治 2025-03-01", "打非治违专项行动 2025-04-01",
                                                  "燃气安全专项整治 2025-10-01"});
    CHECK(town[0].inspections == 3);
    CHECK(town[0].inspectorPersonTimes == 6);
    CHECK(town[0].unitsInspected == 2);
    CHECK(town[0].hazardsFound == 3);
    CHECK(town[0].hazardsRectified == 2);
    CHECK(town[0].documents == 2);
    CHECK(town[0].unitsSuspended == 1);

    // The other town: I4 only; the town's own 打非治违 does not reach it.
    const auto other = stats.campaigns(L.O, year, day(6, 30));
    CHECK(names(other) == std::vector<std::string>{"燃气安全专项整治 2025-03-01", "防汛检查 2025-05-01",
                                                   "燃气安全专项整治 2025-10-01"});
    CHECK(other[0].inspections == 1);
    CHECK(other[0].hazardsFound == 1);
    CHECK(other[0].hazardsRectified == 0);
    REQUIRE(other[0].rectificationRate);
    CHECK(*other[0].rectificationRate == Approx(0.0));
}

TEST_CASE("a campaign's figures are cut to the period and to asOf", "[statistics][campaigns]")
{
    CampaignLedger L;
    Statistics stats(*L.db);
    // April: C1's I2 and I3, and C2; C5 and C3 have not met April.
    const Period april{day(4, 1), day(4, 30)};
    const auto rows = stats.campaigns(0, april, day(4, 30));
    CHECK(names(rows) == std::vector<std::string>{"燃气安全专项整治 2025-03-01", "打非治违专项行动 2025-04-01"});
    REQUIRE(rows[0].counted);
    CHECK(rows[0].counted->from == day(4, 1));
    CHECK(rows[0].counted->to == day(4, 30));
    CHECK(rows[0].inspections == 2);
    CHECK(rows[0].hazardsFound == 1); // h3
    CHECK(rows[0].documents == 1);    // D2
    // As of 03-06: only I1, and h2 not yet closed (03-18).
    const auto early = stats.campaigns(0, Period::year(2025), day(3, 6));
    CHECK(early[0].inspections == 1);
    CHECK(early[0].hazardsFound == 2);
    CHECK(early[0].hazardsRectified == 1);
    CHECK_FALSE(early[1].counted); // 打非治违 starts 04-01
}

TEST_CASE("a campaign is refused in words when its days, phases or name would mislead", "[campaigns]")
{
    CampaignLedger L;
    RecordService records(*L.db);

    // One name never runs twice on one day: an inspection would belong to both.
    Campaign twice = CampaignLedger::campaign("燃气安全专项整治", L.T, day(5, 15), day(6, 15));
    Error e = test::refusal([&] { records.add(twice); });
    CHECK(e.message().id() == MessageId::CampaignDaysTaken);
    CHECK(std::string(e.what()).find("2025-03-01") != std::string::npos);

    Campaign reversed = CampaignLedger::campaign("安全生产月", L.K, day(6, 30), day(6, 1));
    CHECK(test::refusal([&] { records.add(reversed); }).message().id() == MessageId::CampaignEndsBeforeStart);
    Campaign outside = CampaignLedger::campaign("安全生产月", L.K, day(6, 1), day(6, 30));
    outside.phases = {{"动员部署", day(5, 25), day(6, 5)}};
    CHECK(test::refusal([&] { records.add(outside); }).message().id() == MessageId::PhaseOutsideCampaign);
    Campaign disordered = CampaignLedger::campaign("安全生产月", L.K, day(6, 1), day(6, 30));
    disordered.phases = {{"排查整治", day(6, 10), day(6, 20)}, {"动员部署", day(6, 1), day(6, 9)}};
    CHECK(test::refusal([&] { records.add(disordered); }).message().id() == MessageId::PhaseOutOfOrder);
    Campaign sector = CampaignLedger::campaign("安全生产月", L.K, day(6, 1), day(6, 30));
    sector.sectors = {"catering", "bakery"};
    const Error unknown = test::refusal([&] { records.add(sector); });
    CHECK(unknown.field() == "sectors");
    CHECK(std::string(unknown.what()).find("bakery") != std::string::npos);
    // A sector is kept by its code: its Chinese name is refused rather than stored as a second spelling.
    sector.sectors = {"餐饮"};
    CHECK(test::refusal([&] { records.add(sector); }).field() == "sectors");
    Campaign leaderless = CampaignLedger::campaign("安全生产月", 0, day(6, 1), day(6, 30));
    CHECK(test::refusal([&] { records.add(leaderless); }).message().id() == MessageId::CampaignNeedsLead);

    // Renaming C1 would drop the four inspections that carry its name: refused, nothing changes.
    Campaign renamed = Repository<Campaign>(*L.db).get(L.c1.id);
    renamed.name = "燃气专项整治";
    const Error inUse = test::refusal([&] { records.update(renamed); });
    CHECK(inUse.message().id() == MessageId::CampaignNameInUse);
    CHECK(std::string(inUse.what()).find("4 inspections") != std::string::npos);
    CHECK(Repository<Campaign>(*L.db).get(L.c1.id).name == "燃气安全专项整治");
    // The later one of the same name carries none yet (its days are October): it may be renamed,
    // and its phases and document corrected, with the stored record's version.
    Campaign later = Repository<Campaign>(*L.db).get(L.c3.id);
    later.name = "燃气安全“回头看”";
    later.phases = {{"回头看", day(10, 1), day(10, 31)}};
    records.update(later);
    const Campaign stored = Repository<Campaign>(*L.db).get(L.c3.id);
    CHECK(stored.name == "燃气安全“回头看”");
    CHECK(stored.phases == later.phases);
    CHECK(stored.version == 2);
    CHECK(phaseOn(stored, day(10, 15))->name == "回头看");
    CHECK(phaseOn(stored, day(11, 1)) == nullptr);
}
