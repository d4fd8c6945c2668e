// The report's figures: on the hand-counted ledger of the statistics tests (StatisticsDataset.h),
// against counts made by hand, and on the demo against Statistics for the same scope and period.
#include "ReportSupport.h"
#include "StatisticsDataset.h"
#include "safeledger/core/Error.h"
#include "safeledger/demo/DemoBuilder.h"
#include "safeledger/report/AnnualReport.h"
#include "safeledger/report/EnforcementNotice.h"
#include "safeledger/report/QuarterlyForm.h"
#include "safeledger/storage/Accounts.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/ReportNotes.h"
#include "safeledger/storage/Repository.h"

#include <QBuffer>

using namespace safeledger;
using test::contains;
using test::day;

namespace {

const CategoryRow& row(const std::vector<CategoryRow>& rows, HazardCategory c)
{
    for (const auto& r : rows) {
        if (r.category == c) {
            return r;
        }
    }
    FAIL("no row for the category");
    return rows.front();
}

std::string html(const ReportDocument& d)
{
    return d.html.toStdString();
}

} // namespace

TEST_CASE("report: the town's annual report carries the figures counted by hand, last year beside them", "[report]")
{
    test::StatsLedger L;
    const AnnualReport report(*L.db, L.T, 2025);
    const AnnualReportData& d = report.data();
    CHECK(d.figures.scopeName == "青山镇");
    CHECK(d.figures.asOf == day(2025, 6, 30));
    // The year runs to 06-30, so last year is taken up to the same day (上年同期).
    CHECK(d.figures.previousCut);
    CHECK(d.figures.previousAsOf == day(2024, 6, 30));
    CHECK(d.figures.current.hazardsFound == 7);      // H7 H8 H9 H10 H11 H12 H15
    CHECK(d.figures.current.hazardsRectified == 3);  // H7 H8 H11
    CHECK(d.figures.current.overdue == 3);           // H9 H12 H16
    CHECK(d.figures.previous.hazardsFound == 3);     // H1 H2 HX, found by 2024-06-30
    CHECK(d.figures.previous.hazardsRectified == 3); // H1 H2 HX

    // By category, this year: fire H9 H11 (H11 major, town-listed), special equipment H10 (major,
    // province-listed), dust: only H16 of last year, overdue now.
    CHECK(row(d.byCategory, HazardCategory::Fire).found == 2);
    CHECK(row(d.byCategory, HazardCategory::Fire).rectified == 1);
    CHECK(row(d.byCategory, HazardCategory::Fire).listed == 1);
    CHECK(row(d.byCategory, HazardCategory::Fire).overdue == 1);
    CHECK(row(d.byCategory, HazardCategory::SpecialEquipment).listed == 1);
    CHECK(row(d.byCategory, HazardCategory::Dust).found == 0);
    CHECK(row(d.byCategory, HazardCategory::Dust).overdue == 1);
    // Last year to the same day: fire H1 (closed); H3 was found only in November.
    CHECK(row(d.previousByCategory, HazardCategory::Fire).found == 1);
    CHECK(row(d.previousByCategory, HazardCategory::Fire).rectified == 1);

    // Months: found one a month from January to May, two in June; closures in January are H7 and
    // H3 (found in 2024), February H8, June H11.
    REQUIRE(d.byMonth.size() == 12);
    CHECK(d.byMonth[0].found == 1);
    CHECK(d.byMonth[0].rectified == 2);
    CHECK(d.byMonth[1].rectified == 1);
    CHECK(d.byMonth[5].found == 2);
    CHECK(d.byMonth[5].rectified == 1);
    CHECK(d.byMonth[6].found == 0);

    // Sub-units: 青山小学 0 of 1 first, 东村 3 of 5, the department without hazards last; the voided
    // brickworks has no hazards this year and is left out.
    REQUIRE(d.bySubUnit.size() == 3);
    CHECK(d.bySubUnit[0].name == "青山小学");
    CHECK(d.bySubUnit[1].name == "东村");
    CHECK(d.bySubUnit[1].found == 5);
    CHECK(d.bySubUnit[1].rectified == 3);
    CHECK(d.bySubUnit[2].name == "青山镇安监站");

    // Printed: 3 ÷ 7 = 42.9%; last year to the same day (2024-06-30) 3 ÷ 3 = 100.0%; the change,
    // rounded once from the exact rates, 3/7 − 1 = −57.14 points.
    const std::string zh = html(report.document(ReportLanguage::Chinese));
    CHECK(contains(zh, "42.9%"));
    CHECK(contains(zh, "100.0%"));
    CHECK(contains(zh, "−57.1个百分点"));
    CHECK(contains(zh, "60.0%")); // 东村
    CHECK(contains(zh, "青山镇"));
    const std::string en = html(report.document(ReportLanguage::English));
    CHECK(contains(en, "−57.1 pp"));
    CHECK(contains(en, "1. Overall situation"));
    CHECK_FALSE(contains(en, "总体情况"));
    // This ledger records no campaign: the part says so rather than printing an empty table.
    CHECK(contains(zh, "（二）专项行动"));
    CHECK(contains(zh, "本年度未录入专项行动。"));
    CHECK(contains(en, "No special campaign was recorded for the year."));
}

TEST_CASE("report: the annual report prints the unit's prose for the year, escaped", "[report]")
{
    test::StatsLedger L;
    ReportNotes notes(*L.db);
    notes.save(L.T, 2025, ReportSection::Problems, "<b>消防通道</b> & 堵塞\n第二段", 0);
    notes.save(L.T, 2024, ReportSection::Plan, "去年的计划", 0);
    const AnnualReport report(*L.db, L.T, 2025);
    CHECK(report.data().problems == "<b>消防通道</b> & 堵塞\n第二段");
    CHECK(report.data().plan.empty());
    const std::string zh = html(report.document());
    CHECK(contains(zh, "<p>&lt;b&gt;消防通道&lt;/b&gt; &amp; 堵塞</p>"));
    CHECK(contains(zh, "<p>第二段</p>"));
    CHECK_FALSE(contains(zh, "<b>消防通道"));
    CHECK_FALSE(contains(zh, "去年的计划"));
    CHECK(contains(zh, "尚未填写"));
}

TEST_CASE("report: the annual report ends with the ledger's audit chain head, to match it later", "[report]")
{
    test::StatsLedger L;
    const AuditHead head = L.db->auditChainHead();
    REQUIRE(head.id > 0);
    const AnnualReport report(*L.db, L.T, 2025);
    CHECK(report.data().auditHead == head.text());
    const std::string zh = html(report.document());
    CHECK(contains(zh, "本报告依据以下审计链头的台账生成"));
    CHECK(contains(zh, "<br>" + head.text() + "</p>"));
    const std::string en = html(report.document(ReportLanguage::English));
    CHECK(contains(en, "this audit chain head (check the ledger against it with safeledger-cli check LEDGER --head "
                       "HEAD):<br>" +
                           head.text()));
    // After a change the head differs: the printed report names the ledger as it was.
    ReportNotes(*L.db).save(L.T, 2025, ReportSection::Plan, "开展消防安全专项整治。", 0);
    CHECK(L.db->auditChainHead().text() != head.text());
}

TEST_CASE("report: unit names are escaped in every report", "[report]")
{
    test::StatsLedger L;
    OrgService orgs(*L.db);
    Organisation v = orgs.get(L.V);
    v.name = "东村<script>&\"";
    orgs.update(v);
    const std::string zh = html(AnnualReport(*L.db, L.T, 2025).document());
    CHECK(contains(zh, "东村&lt;script&gt;&amp;&quot;"));
    CHECK_FALSE(contains(zh, "<script>"));
    const std::string quarterly = html(QuarterlyForm(*L.db, L.V, 2025, 2).document());
    CHECK(contains(quarterly, "东村&lt;script&gt;"));
    CHECK_FALSE(contains(quarterly, "<script>"));
}

TEST_CASE("report: the quarterly form counts the quarter by category with a total row", "[report]")
{
    test::StatsLedger L;
    const QuarterlyForm form(*L.db, L.T, 2025, 2);
    const QuarterlyFormData& d = form.data();
    CHECK(d.period.from == day(2025, 4, 1));
    CHECK(d.asOf == day(2025, 6, 30));
    CHECK(d.total.hazardsFound == 4);     // H10 H11 H12 H15
    CHECK(d.total.hazardsRectified == 1); // H11
    CHECK(d.total.majorHazards == 2);     // H10 H11
    CHECK(d.total.majorListedProvince + d.total.majorListedTown == 2);
    CHECK(d.total.overdue == 3); // H9 H12 H16: a stock, whenever found
    REQUIRE(d.rows.size() == 13);
    CHECK(row(d.rows, HazardCategory::Fire).found == 1);   // H11
    CHECK(row(d.rows, HazardCategory::Fire).overdue == 1); // H9, found in Q1
    CHECK(row(d.rows, HazardCategory::Management).overdue == 1);
    int64_t found = 0, listed = 0;
    for (const auto& r : d.rows) {
        found += r.found;
        listed += r.listed;
    }
    CHECK(found == 4);
    CHECK(listed == 2);
    const std::string zh = html(form.document());
    CHECK(contains(zh, "2025年第2季度隐患排查治理情况统计表"));
    CHECK(contains(zh, "25.0%")); // 1 of 4
    CHECK(contains(zh, "合计"));
    CHECK_THROWS_AS(QuarterlyForm(*L.db, L.T, 2025, 5), Error);
}

TEST_CASE("report: an enforcement notice lists the unit's chosen hazards with their deadlines", "[report]")
{
    test::StatsLedger L;
    Repository<Hazard> hazards(*L.db);
    const auto shop = hazards.where("org_id = ? AND voided_at = '' ORDER BY found_on", {std::to_string(L.S)});
    REQUIRE(shop.size() == 2); // H3 (closed 2025-01-15) and H9 (due 2025-04-01)
    NoticeOptions options;
    options.number = "青安限改〔2025〕7号";
    options.issuedBy = "青山镇安委办";
    const EnforcementNotice notice(*L.db, DocumentKind::RectificationNotice, L.S, {shop[0].id, shop[1].id}, options);
    CHECK(notice.options().issuedOn == day(2025, 6, 30)); // the database's today
    CHECK(notice.options().deadline == day(2025, 4, 1));  // the latest deadline of the two
    const std::string zh = html(notice.document());
    CHECK(contains(zh, "限期整改通知书"));
    CHECK(contains(zh, "青安限改〔2025〕7号"));
    CHECK(contains(zh, "东村小卖部"));
    CHECK(contains(zh, "2024年12月10日")); // H3's deadline
    CHECK(contains(zh, "2025年4月1日"));   // H9's deadline
    CHECK(contains(zh, "签名"));
    const std::string review =
        html(EnforcementNotice(*L.db, DocumentKind::ReviewOpinion, L.S, {shop[0].id}).document());
    CHECK(contains(review, "整改复查意见书"));
    CHECK(contains(review, "2025年1月15日复查合格"));

    // Another unit's hazard, or none at all, is refused.
    const auto factory = hazards.where("org_id = ?", {std::to_string(L.F)});
    CHECK_THROWS_AS(EnforcementNotice(*L.db, DocumentKind::RectificationOrder, L.S, {factory.front().id}), Error);
    CHECK_THROWS_AS(EnforcementNotice(*L.db, DocumentKind::RectificationOrder, L.S, {}), Error);
}

TEST_CASE("report: on the demo, the report's figures are Statistics' for the same scope and period", "[report]")
{
    auto db = Database::inMemory({FixedClock::at(demoToday()), "演示数据", demoSeed(), false});
    buildDemo(*db);
    Statistics stats(*db);
    std::vector<int64_t> scopes = {0};
    for (const auto& town : OrgService(*db).roots()) {
        scopes.push_back(town.id);
        for (const auto& child : OrgService(*db).children(town.id)) {
            if (scopes.size() < 6) {
                scopes.push_back(child.id);
            }
        }
    }
    for (const int year : {demoToday().year() - 1, demoToday().year()}) {
        for (const int64_t scope : scopes) {
            INFO("scope " << scope << " year " << year);
            const AnnualReport report(*db, scope, year);
            const FigureSet expected = stats.forPeriod(scope, Period::year(year));
            CHECK(toJson(report.data().figures) == toJson(expected));
            const auto categories = stats.byCategory(scope, Period::year(year), expected.asOf);
            REQUIRE(report.data().byCategory.size() == categories.size());
            int64_t found = 0;
            for (size_t i = 0; i < categories.size(); ++i) {
                CHECK(report.data().byCategory[i].found == categories[i].found);
                CHECK(report.data().byCategory[i].overdue == categories[i].overdue);
                found += report.data().byCategory[i].found;
            }
            CHECK(found == expected.current.hazardsFound); // the category table adds up to the figure
            CHECK(report.data().bySubUnit.size() == stats.bySubUnit(scope, Period::year(year), expected.asOf).size());
            // The demo's campaigns are the town's, reaching every scope below it.
            const auto campaigns = stats.campaigns(scope, Period::year(year), expected.asOf);
            CHECK(campaigns.size() == (year == demoToday().year() ? 11u : 12u));
            REQUIRE(report.data().campaigns.size() == campaigns.size());
            for (size_t i = 0; i < campaigns.size(); ++i) {
                CHECK(report.data().campaigns[i].campaign.uuid == campaigns[i].campaign.uuid);
                CHECK(report.data().campaigns[i].inspections == campaigns[i].inspections);
                CHECK(report.data().campaigns[i].hazardsFound == campaigns[i].hazardsFound);
                CHECK(report.data().campaigns[i].documents == campaigns[i].documents);
            }
        }
    }
}

TEST_CASE("report: a recorded enforcement document prints as it was issued", "[report]")
{
    test::StatsLedger L;
    Repository<Hazard> hazards(*L.db);
    const auto shop = hazards.where("org_id = ? AND status = 'rectifying'", {std::to_string(L.S)});
    REQUIRE(shop.size() == 1); // H9
    EnforcementDocument d;
    d.orgId = L.S;
    d.kind = DocumentKind::RectificationOrder;
    d.number = "青安责改〔2025〕3号";
    d.issuedOn = day(2025, 4, 2);
    d.deadline = day(2025, 4, 20);
    d.issuedBy = "青山镇应急管理办公室";
    RecordService(*L.db).addDocument(d, {shop.front().id});
    const EnforcementNotice notice(*L.db, d.id);
    CHECK(notice.kind() == DocumentKind::RectificationOrder);
    CHECK(notice.unit().name == "东村小卖部");
    REQUIRE(notice.hazards().size() == 1);
    const std::string zh = html(notice.document());
    CHECK(contains(zh, "责令整改指令书"));
    CHECK(contains(zh, "青安责改〔2025〕3号"));
    CHECK(contains(zh, "2025年4月20日前改正")); // the document's deadline
    CHECK(contains(zh, "2025年4月2日"));        // issued on
    CHECK(contains(zh, "青山镇应急管理办公室"));
    CHECK_THROWS_AS(EnforcementNotice(*L.db, 99999), Error);
}

TEST_CASE("report: an issued document prints who signed it, with the signature image", "[report][signoff]")
{
    test::StatsLedger L;
    Accounts::setCost(Accounts::Cost::Minimal);
    Accounts accounts(*L.db);
    accounts.createFirstAdministrator("wang", "王安", "correct horse");
    accounts.add("li", "李四", Role::Manager, "correct horse");
    L.db->signIn({"li", "correct horse"});
    // A 40×10 picture of a signature, stored as PNG.
    QImage drawn(40, 10, QImage::Format_RGB32);
    drawn.fill(Qt::white);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(drawn.save(&buffer, "PNG"));
    accounts.setSignature("li", std::vector<uint8_t>(png.begin(), png.end()));

    Repository<Hazard> hazards(*L.db);
    const auto shop = hazards.where("org_id = ? AND status = 'rectifying'", {std::to_string(L.S)});
    REQUIRE(shop.size() == 1);
    EnforcementDocument d;
    d.orgId = L.S;
    d.kind = DocumentKind::RectificationNotice;
    d.issuedOn = day(2025, 4, 2);
    RecordService(*L.db).addDocument(d, {shop.front().id});

    // Printed later by someone else, it still shows li's name and image.
    L.db->signIn({"wang", "correct horse"});
    const ReportDocument doc = EnforcementNotice(*L.db, d.id).document();
    CHECK(contains(html(doc), "李四 <img src=\"signature.png\" width=\"144\" height=\"36\">"));
    REQUIRE(doc.images.size() == 1);
    CHECK(doc.images[0].name == QStringLiteral("signature.png"));
    CHECK(doc.images[0].size == QSizeF(144, 36)); // 40×10 drawn 36 px high

    // Without an image, the name alone.
    accounts.setSignature("li", {});
    const ReportDocument plain = EnforcementNotice(*L.db, d.id).document();
    CHECK(contains(html(plain), "李四"));
    CHECK(plain.images.empty());
}
