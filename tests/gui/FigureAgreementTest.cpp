// One figure, one number (issue 19, items 4 and 5): the dashboard's cards and the printed annual
// summary show every percentage and the change of the rectification rate alike, rounded once from
// the exact counts, and both say which last year they compare with. The `stats` command is checked
// the same way in tests/cli/cli_test.sh.

#include "GuiFixture.h"

#include "MainWindow.h"
#include "pages/DashboardPage.h"
#include "pages/FigureCard.h"
#include "safeledger/report/AnnualReport.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/OrgService.h"

#include <QFile>
#include <QLabel>
#include <QTest>

#include <catch2/catch.hpp>

using namespace safeledger;

namespace {

// This year 1 of 3 hazards rectified (33.3%), last year 1 of 6 (16.7%): the exact change is
// +16.67 points, so +16.7; subtracting the rounded rates would give +16.6.
int64_t createThirdAgainstSixth(const QString& path)
{
    auto db = Database::create(QFile::encodeName(path).toStdString(), test::options());
    const Date today = db->today();
    OrgService orgs(*db);
    Organisation town;
    town.name = "青山镇";
    town.kind = OrgKind::Town;
    orgs.add(town);
    Organisation factory;
    factory.name = "青山机械厂";
    factory.kind = OrgKind::Enterprise;
    factory.parentId = town.id;
    orgs.add(factory);
    HazardService hazards(*db);
    const auto add = [&](const Date& found, bool onSpot) {
        Hazard h;
        h.orgId = factory.id;
        h.description = "灭火器过期";
        h.foundOn = found;
        h.mode = onSpot ? RectificationMode::OnSpot : RectificationMode::Deadline;
        if (!onSpot) {
            h.deadline = today.addDays(30);
        }
        hazards.registerHazard(h, "李安全");
    };
    // 1 January of each year lies within "last year to the same day" whatever today is.
    const Date thisYear = Date::fromParts(today.year(), 1, 1);
    const Date lastYear = Date::fromParts(today.year() - 1, 1, 1);
    add(thisYear, true);
    for (int i = 0; i < 2; ++i) {
        add(thisYear, false);
    }
    add(lastYear, true);
    for (int i = 0; i < 5; ++i) {
        add(lastYear, false);
    }
    return town.id;
}

QString cardText(const DashboardPage& page, const char* name, bool detail)
{
    auto* card = page.findChild<FigureCard*>(QString::fromLatin1(name));
    REQUIRE(card != nullptr);
    return detail ? card->detail() : card->value();
}

} // namespace

TEST_CASE("the dashboard and the annual summary print the rate and its change alike", "[gui][figures]")
{
    test::GuiFixture fixture;
    const QString path = fixture.path(QStringLiteral("rates.db"));
    const int64_t town = createThirdAgainstSixth(path);
    MainWindow window{test::clock()};
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.load(path).isEmpty());
    REQUIRE(window.showPageNamed(QStringLiteral("dashboardPage")));
    auto* dashboard = window.findChild<DashboardPage*>(QStringLiteral("dashboardPage"));
    REQUIRE(dashboard != nullptr);
    REQUIRE(QTest::qWaitFor([dashboard] { return !dashboard->isBusy(); }, 60000));
    QCoreApplication::processEvents();

    CHECK(cardText(*dashboard, "rateCard", false) == QStringLiteral("33.3%"));
    const QString detail = cardText(*dashboard, "rateCard", true);
    INFO("dashboard: " << detail.toStdString());
    CHECK(detail.contains(QStringLiteral("+16.7 percentage points")));
    CHECK(detail.contains(QStringLiteral("16.7%")));
    CHECK_FALSE(detail.contains(QStringLiteral("16.6")));
    const Date today = window.database()->today();
    const QString asOf = dashboard->findChild<QLabel*>(QStringLiteral("asOfLabel"))->text();
    if (today.month() != 12 || today.day() != 31) {
        CHECK(asOf.contains(QStringLiteral("last year to the same day")));
        CHECK(asOf.contains(QString::fromStdString(Date::fromParts(today.year() - 1, 1, 1).toString())));
    }

    const AnnualReport report(*window.database(), town, today.year());
    const QString html = report.document(ReportLanguage::English).html;
    CHECK(html.contains(QStringLiteral("33.3%")));
    CHECK(html.contains(QStringLiteral("16.7%")));
    CHECK(html.contains(QStringLiteral("+16.7")));
    CHECK_FALSE(html.contains(QStringLiteral("16.6")));
    if (today.month() != 12 || today.day() != 31) {
        CHECK(html.contains(QStringLiteral("compared with last year to the same day")));
    }
}
