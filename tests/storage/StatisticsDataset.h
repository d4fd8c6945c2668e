#pragma once
// The hand-made ledger the statistics tests count by hand. Today is 2025-06-30.
//
//   青山镇 T (town, root)                          白水镇 O (town, root, outside T)
//   ├── 东村 V (village)                           └── 白水化工 OC (enterprise)
//   │   ├── 青山机械厂 F (enterprise)
//   │   │   └── 一车间 W (workshop)
//   │   └── 东村小卖部 S (business)
//   ├── 青山小学 Sch (school)
//   ├── 旧砖厂 X (enterprise, voided after its 2024 records)
//   └── 青山镇安监站 Dep (department)
//
// Hazards (closing date in brackets; "open" = still open today):
//   6 × OC 2023-05-01..06 on the spot (only there to make the ledger bigger)
//   H1  F   2024-03-05 on spot  fire                         [2024-03-05]
//   H2  F   2024-05-10 deadline 2024-05-25 electrical        [2024-05-20]  10 days
//   H3  S   2024-11-10 deadline 2024-12-10 fire              [2025-01-15]  overdue on 2024-12-31
//   H4  Sch 2024-08-01 suspension 2024-09-30 management major county-listed [2024-09-20]  50 days
//   H5  F   2024-06-01 deadline 2024-06-30 machinery         open, VOIDED (failed verification 2024-06-20)
//   H6  OC  2024-04-01 on spot  fire                         [2024-04-01]
//   HX  X   2024-02-02 on spot  dust                         [2024-02-02]
//   H16 V   2024-12-01 deadline 2024-12-31 dust              open (not overdue on 12-31, overdue after)
//   H7  F   2025-01-10 on spot  electrical                   [2025-01-10]
//   H8  W   2025-02-03 deadline 2025-03-03 machinery         [2025-02-20]  17 days
//   H9  S   2025-03-01 deadline 2025-04-01 fire              open (rectifying, failed verification
//                                                            2025-04-05), overdue; source public report
//   H10 Sch 2025-04-15 suspension 2025-08-31 special_equipment major province-listed, open
//   H11 V   2025-05-05 deadline 2025-05-20 fire major town-listed [2025-06-10]  36 days
//   H12 T   2025-06-01 deadline 2025-06-20 management        open (awaiting verification: its failed
//                                                            verification of 06-22 was withdrawn),
//                                                            overdue; source supervision visit
//   H13 S   2025-02-02 on spot  fire                         [2025-02-02], VOIDED; source other
//   H14 OC  2025-03-03 deadline 2025-03-10 chemicals         open (rectifying, failed verification
//                                                            2025-03-12), overdue; source snapshot
//   H15 F   2025-06-25 deadline 2025-07-10 electrical        open; source self-check
// Every other hazard's source is inspection. Each closure is a passed verification on its day.
// The other records are listed where they are added below.

#include "safeledger/core/Clock.h"
#include "safeledger/storage/Database.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/RecordService.h"

#include <optional>
#include <string>
#include <vector>

namespace safeledger::test {

inline Date day(int y, int m, int d)
{
    return Date::fromParts(y, m, d);
}

struct StatsLedger
{
    std::shared_ptr<FixedClock> clock = FixedClock::at(day(2025, 6, 30));
    std::unique_ptr<Database> db = Database::inMemory({clock, "tester", 7, false});
    int64_t T = 0, V = 0, F = 0, S = 0, Sch = 0, X = 0, Dep = 0, W = 0, O = 0, OC = 0;

    StatsLedger()
    {
        T = unit("青山镇", OrgKind::Town, std::nullopt);
        V = unit("东村", OrgKind::Village, T);
        F = unit("青山机械厂", OrgKind::Enterprise, V);
        S = unit("东村小卖部", OrgKind::Business, V);
        Sch = unit("青山小学", OrgKind::School, T);
        X = unit("旧砖厂", OrgKind::Enterprise, T);
        Dep = unit("青山镇安监站", OrgKind::Department, T);
        W = unit("一车间", OrgKind::Workshop, F);
        O = unit("白水镇", OrgKind::Town, std::nullopt);
        OC = unit("白水化工", OrgKind::Enterprise, O);
        addHazards();
        addInspections();
        addAgreements();
        addOtherRecords();
        // X is voided last: its history stays, but it is no longer a unit to inspect.
        OrgService orgs(*db);
        Organisation x = orgs.get(X);
        orgs.voidUnit(x, "企业已关闭");
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

    int64_t hazard(int64_t org, const Date& found, HazardCategory category, RectificationMode mode,
                   std::optional<Date> deadline = std::nullopt, SupervisionLevel listed = SupervisionLevel::None,
                   bool major = false, HazardSource source = HazardSource::Inspection)
    {
        Hazard h;
        h.orgId = org;
        h.description = "隐患";
        h.foundOn = found;
        h.category = category;
        h.mode = mode;
        h.deadline = deadline;
        h.grade = major ? HazardGrade::Major : HazardGrade::General;
        h.supervision = listed;
        h.source = source;
        HazardService(*db).registerHazard(h);
        return h.id;
    }

    void close(int64_t id, const Date& on) { verify(id, on, true); }

    Verification verify(int64_t id, const Date& on, bool passed)
    {
        HazardService hs(*db);
        if (hs.get(id).status != HazardStatus::AwaitingVerification) {
            hs.submitForVerification(id);
        }
        Verification v;
        v.date = on;
        v.inspector = "李安全";
        v.passed = passed;
        if (!passed) {
            v.note = "护栏仍未安装";
        }
        return hs.verify(id, v);
    }

    void addHazards()
    {
        using C = HazardCategory;
        using M = RectificationMode;
        HazardService hs(*db);
        for (int d = 1; d <= 6; ++d) {
            hazard(OC, day(2023, 5, d), C::Other, M::OnSpot);
        }
        hazard(F, day(2024, 3, 5), C::Fire, M::OnSpot);                                                     // H1
        close(hazard(F, day(2024, 5, 10), C::Electrical, M::Deadline, day(2024, 5, 25)), day(2024, 5, 20)); // H2
        close(hazard(S, day(2024, 11, 10), C::Fire, M::Deadline, day(2024, 12, 10)), day(2025, 1, 15));     // H3
        close(hazard(Sch, day(2024, 8, 1), C::Management, M::Suspension, day(2024, 9, 30), SupervisionLevel::County,
                     true),
              day(2024, 9, 20)); // H4
        const int64_t h5 = hazard(F, day(2024, 6, 1), C::Machinery, M::Deadline, day(2024, 6, 30));
        verify(h5, day(2024, 6, 20), false);
        hs.voidHazard(h5, "重复登记");                                                                   // H5
        hazard(OC, day(2024, 4, 1), C::Fire, M::OnSpot);                                                 // H6
        hazard(X, day(2024, 2, 2), C::Dust, M::OnSpot);                                                  // HX
        hazard(V, day(2024, 12, 1), C::Dust, M::Deadline, day(2024, 12, 31));                            // H16
        hazard(F, day(2025, 1, 10), C::Electrical, M::OnSpot);                                           // H7
        close(hazard(W, day(2025, 2, 3), C::Machinery, M::Deadline, day(2025, 3, 3)), day(2025, 2, 20)); // H8
        Rectification progress;
        progress.date = day(2025, 3, 15);
        progress.description = "已采购灭火器";
        const int64_t h9 = hazard(S, day(2025, 3, 1), C::Fire, M::Deadline, day(2025, 4, 1), SupervisionLevel::None,
                                  false, HazardSource::PublicReport);
        hs.recordProgress(h9, progress);
        verify(h9, day(2025, 4, 5), false); // H9
        hazard(Sch, day(2025, 4, 15), C::SpecialEquipment, M::Suspension, day(2025, 8, 31), SupervisionLevel::Province,
               true); // H10
        close(hazard(V, day(2025, 5, 5), C::Fire, M::Deadline, day(2025, 5, 20), SupervisionLevel::Town, true),
              day(2025, 6, 10)); // H11
        const int64_t h12 = hazard(T, day(2025, 6, 1), C::Management, M::Deadline, day(2025, 6, 20),
                                   SupervisionLevel::None, false, HazardSource::Supervision);
        hs.withdrawVerification(verify(h12, day(2025, 6, 22), false).id, "复查记录录错"); // H12
        hs.voidHazard(hazard(S, day(2025, 2, 2), C::Fire, M::OnSpot, std::nullopt, SupervisionLevel::None, false,
                             HazardSource::Other),
                      "误录"); // H13
        const int64_t h14 = hazard(OC, day(2025, 3, 3), C::Chemicals, M::Deadline, day(2025, 3, 10),
                                   SupervisionLevel::None, false, HazardSource::Snapshot);
        verify(h14, day(2025, 3, 12), false); // H14
        hazard(F, day(2025, 6, 25), C::Electrical, M::Deadline, day(2025, 7, 10), SupervisionLevel::None, false,
               HazardSource::SelfCheck); // H15
    }

    // I1 F 2025-03-10 ×2, I2 S 2025-04-11 ×3, I3 F 2025-05-12 ×1, I4 V 2025-02-01 ×2, I5 OC 2025-03-01 ×2,
    // I6 Sch 2025-03-03 ×2 VOIDED, I7 Sch 2024-06-06 ×3, I8 X 2024-03-03 ×2 (× = inspectors).
    void addInspections()
    {
        RecordService records(*db);
        auto inspect = [&](int64_t org, const Date& on, std::vector<std::string> inspectors) {
            Inspection i;
            i.orgId = org;
            i.date = on;
            i.inspectors = std::move(inspectors);
            records.add(i);
            return i;
        };
        inspect(F, day(2025, 3, 10), {"张三", "李四"});
        inspect(S, day(2025, 4, 11), {"张三", "李四", "王五"});
        inspect(F, day(2025, 5, 12), {"赵六"});
        inspect(V, day(2025, 2, 1), {"张三", "李四"});
        inspect(OC, day(2025, 3, 1), {"钱七", "孙八"});
        Inspection voided = inspect(Sch, day(2025, 3, 3), {"张三", "李四"});
        records.voidRecord(voided, "日期录错");
        inspect(Sch, day(2024, 6, 6), {"张三", "李四", "王五"});
        inspect(X, day(2024, 3, 3), {"张三", "李四"});
    }

    // A1 2025 T→V signed 02-01; A2 2025 V→F assessed (signed 02-05); A3 2025 V→S draft;
    // A4 2025 T→Sch signed 02-10 VOIDED; A5 2025 O→OC signed 01-20; A6 2025 O→S signed 03-01;
    // A7 2024 T→V signed 2024-02-01; A8 2025 T→V signed 06-15; A9 2025 T→Dep signed 2024-12-20.
    void addAgreements()
    {
        RecordService records(*db);
        auto agree = [&](int year, int64_t a, int64_t b, AgreementStatus status, std::optional<Date> signedOn) {
            Agreement g;
            g.year = year;
            g.partyAId = a;
            g.partyBId = b;
            g.status = status;
            g.signedOn = signedOn;
            if (status == AgreementStatus::Assessed) {
                g.assessedOn = day(2025, 6, 1);
                g.assessmentScore = 95;
            }
            records.add(g);
            return g;
        };
        agree(2025, T, V, AgreementStatus::Signed, day(2025, 2, 1));
        agree(2025, V, F, AgreementStatus::Assessed, day(2025, 2, 5));
        agree(2025, V, S, AgreementStatus::Draft, std::nullopt);
        Agreement a4 = agree(2025, T, Sch, AgreementStatus::Signed, day(2025, 2, 10));
        records.voidRecord(a4, "签错单位");
        agree(2025, O, OC, AgreementStatus::Signed, day(2025, 1, 20));
        agree(2025, O, S, AgreementStatus::Signed, day(2025, 3, 1));
        agree(2024, T, V, AgreementStatus::Signed, day(2024, 2, 1));
        agree(2025, T, V, AgreementStatus::Signed, day(2025, 6, 15));
        agree(2025, T, Dep, AgreementStatus::Signed, day(2024, 12, 20));
    }

    // Accidents AC1 F 2025-04-04 machinery (1 death, 2 serious, 3 minor, 12345.67 yuan), AC2 S
    // 2025-05-05 fire (1 minor, 500 yuan), AC3 F 2025-02-02 fire (5 deaths) VOIDED, AC4 OC 2025-01-01
    // poisoning (2 deaths), AC5 F 2024-07-07 machinery (2 deaths, 1 serious, 3000 yuan), AC6 F
    // 2024-03-03 fire (1 death).
    // Penalties P1 F 2025-03-03 20000 yuan, P2 S 2025-06-06 500, P3 F 2025-04-04 9999 VOIDED,
    // P4 OC 2025-03-03 10000, P5 F 2024-09-09 30000.
    // Documents D1 F notice 2025-02-03, D2 S notice 2025-03-01, D3 Sch suspension 2025-04-15,
    // D4 F review 2025-02-20, D5 F order 2025-03-05 VOIDED, D6 OC order 2025-03-03, D7 S notice 2024-11-10.
    // Activities AV1 T training 2025-03-15 (40), AV2 Sch drill 2025-05-20 (300), AV3 V meeting
    // 2025-01-08 (12), AV4 F training 2025-06-01 (25), AV5 T publicity 2025-06-16 (100) VOIDED,
    // AV6 O training 2025-06-10 (50), AV7 T publicity 2024-06-16 (500), AV8 Dep meeting 2024-02-29 (8).
    void addOtherRecords()
    {
        RecordService records(*db);
        auto accident = [&](int64_t org, const Date& on, int64_t deaths, int64_t serious, int64_t minor, int64_t fen,
                            AccidentType type) {
            Accident a;
            a.type = type;
            a.orgId = org;
            a.occurredOn = on;
            a.deaths = deaths;
            a.seriousInjuries = serious;
            a.minorInjuries = minor;
            a.directLossFen = fen;
            records.add(a);
            return a;
        };
        using A = AccidentType;
        accident(F, day(2025, 4, 4), 1, 2, 3, 1'234'567, A::Machinery);
        accident(S, day(2025, 5, 5), 0, 0, 1, 50'000, A::Fire);
        Accident ac3 = accident(F, day(2025, 2, 2), 5, 0, 0, 0, A::Fire);
        records.voidRecord(ac3, "重复上报");
        accident(OC, day(2025, 1, 1), 2, 0, 0, 0, A::PoisoningAsphyxiation);
        accident(F, day(2024, 7, 7), 2, 1, 0, 300'000, A::Machinery);
        accident(F, day(2024, 3, 3), 1, 0, 0, 0, A::Fire);

        auto penalty = [&](int64_t org, const Date& on, int64_t fen) {
            Penalty p;
            p.orgId = org;
            p.decisionNumber = "青安罚〔" + std::to_string(on.year()) + "〕" + std::to_string(fen);
            p.decidedOn = on;
            p.amountFen = fen;
            records.add(p);
            return p;
        };
        penalty(F, day(2025, 3, 3), 2'000'000);
        penalty(S, day(2025, 6, 6), 50'000);
        Penalty p3 = penalty(F, day(2025, 4, 4), 999'900);
        records.voidRecord(p3, "复议撤销");
        penalty(OC, day(2025, 3, 3), 1'000'000);
        penalty(F, day(2024, 9, 9), 3'000'000);

        auto document = [&](int64_t org, DocumentKind kind, const Date& on) {
            EnforcementDocument d;
            d.orgId = org;
            d.kind = kind;
            d.number = "青安〔" + on.toString() + "〕";
            d.issuedOn = on;
            records.addDocument(d, {});
            return d;
        };
        document(F, DocumentKind::RectificationNotice, day(2025, 2, 3));
        document(S, DocumentKind::RectificationNotice, day(2025, 3, 1));
        document(Sch, DocumentKind::SuspensionNotice, day(2025, 4, 15));
        document(F, DocumentKind::ReviewOpinion, day(2025, 2, 20));
        EnforcementDocument d5 = document(F, DocumentKind::RectificationOrder, day(2025, 3, 5));
        records.voidRecord(d5, "文号重复");
        document(OC, DocumentKind::RectificationOrder, day(2025, 3, 3));
        document(S, DocumentKind::RectificationNotice, day(2024, 11, 10));

        auto activity = [&](int64_t org, ActivityKind kind, const Date& on, int64_t participants) {
            Activity a;
            a.orgId = org;
            a.kind = kind;
            a.date = on;
            a.title = "安全活动";
            a.participants = participants;
            records.add(a);
            return a;
        };
        activity(T, ActivityKind::Training, day(2025, 3, 15), 40);
        activity(Sch, ActivityKind::Drill, day(2025, 5, 20), 300);
        activity(V, ActivityKind::Meeting, day(2025, 1, 8), 12);
        activity(F, ActivityKind::Training, day(2025, 6, 1), 25);
        Activity av5 = activity(T, ActivityKind::Publicity, day(2025, 6, 16), 100);
        records.voidRecord(av5, "活动取消");
        activity(O, ActivityKind::Training, day(2025, 6, 10), 50);
        activity(T, ActivityKind::Publicity, day(2024, 6, 16), 500);
        activity(Dep, ActivityKind::Meeting, day(2024, 2, 29), 8);
    }
};

} // namespace safeledger::test
