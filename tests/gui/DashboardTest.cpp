// The dashboard: its cards show Statistics' figures for the chosen scope and period (on a
// hand-counted ledger and on the demo), each clickable card and bar opens the hazard list with
// exactly as many rows as its number, and its overdue list passes QAbstractItemModelTester.

#include "GuiFixture.h"

#include "Formats.h"
#include "MainWindow.h"
#include "pages/DashboardCharts.h"
#include "pages/DashboardPage.h"
#include "pages/FigureCard.h"
#include "pages/HazardTableModel.h"
#include "pages/HazardsPage.h"
#include "pages/OverdueModel.h"
#include "safeledger/demo/DemoBuilder.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/Statistics.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLocale>
#include <QTest>

#include <catch2/catch.hpp>

using namespace safeledger;
using namespace safeledger::test;

namespace {

FigureCard* card(const DashboardPage& page, const char* name)
{
    auto* c = page.findChild<FigureCard*>(QString::fromLatin1(name));
    REQUIRE(c != nullptr);
    return c;
}

int64_t cardNumber(const DashboardPage& page, const char* name)
{
    bool ok = false;
    const qlonglong n = QLocale().toLongLong(card(page, name)->value(), &ok);
    REQUIRE(ok);
    return n;
}

void waitIdle(DashboardPage& page)
{
    REQUIRE(QTest::qWaitFor([&page] { return !page.isBusy(); }, 60000));
    QCoreApplication::processEvents();
    REQUIRE(page.data().error.isEmpty());
}

struct Window
{
    MainWindow window{test::clock()};
    DashboardPage* dashboard = nullptr;
    HazardsPage* hazards = nullptr;

    explicit Window(const QString& path)
    {
        window.resize(1366, 768);
        window.show();
        REQUIRE(window.load(path).isEmpty());
        dashboard = window.findChild<DashboardPage*>(QStringLiteral("dashboardPage"));
        hazards = window.findChild<HazardsPage*>(QStringLiteral("hazardsPage"));
        REQUIRE(dashboard != nullptr);
        REQUIRE(hazards != nullptr);
        waitIdle(*dashboard);
    }

    // Clicks the card and returns the number of rows the hazard list then shows.
    int click(const char* name)
    {
        FigureCard* c = card(*dashboard, name);
        REQUIRE(c->isClickable());
        QTest::mouseClick(c, Qt::LeftButton);
        QCoreApplication::processEvents();
        return hazards->model()->rowCount();
    }
};

// The figures as Statistics computes them over a connection of its own, with the window's today.
FigureSet expectedFigures(Database& windowDb, int64_t scope, const Period& period)
{
    OpenOptions o;
    o.readOnly = true;
    o.clock = FixedClock::at(windowDb.today());
    auto db = Database::open(windowDb.path(), o);
    return Statistics(*db).forPeriod(scope, period);
}

void checkCards(const DashboardPage& page, const Figures& f)
{
    CHECK(cardNumber(page, "foundCard") == f.hazardsFound);
    CHECK(cardNumber(page, "rectifiedCard") == f.hazardsRectified);
    CHECK(cardNumber(page, "overdueCard") == f.overdue);
    CHECK(cardNumber(page, "majorCard") == f.majorHazards);
    CHECK(cardNumber(page, "listedCard") ==
          f.majorListedProvince + f.majorListedCity + f.majorListedCounty + f.majorListedTown);
    CHECK(cardNumber(page, "inspectionsCard") == f.inspections);
    CHECK(cardNumber(page, "agreementsCard") == f.agreementsSigned);
    CHECK(cardNumber(page, "accidentsCard") == f.accidents);
    CHECK(cardNumber(page, "penaltiesCard") == f.penalties);
    CHECK(card(page, "verificationCard")->value() == Formats::percent(f.verificationPassRate));
    CHECK(cardNumber(page, "trainingCard") == f.activitiesByKind.at("training") + f.activitiesByKind.at("drill"));
}

} // namespace

TEST_CASE("the dashboard shows the hand-counted figures and opens the hazards behind them", "[gui][dashboard]")
{
    GuiFixture fixture;
    fixture.createPopulated(QStringLiteral("town.db"));
    Window w(fixture.path(QStringLiteral("town.db")));
    Database& db = *w.window.database();
    const Date today = db.today();
    // Everything of the fixture lies in the last 60 days (see GuiFixture::createPopulated).
    w.dashboard->selectRange(Period{today.addDays(-60), today});
    waitIdle(*w.dashboard);

    // Counted by hand: 6 hazards found, one of them voided; the on-the-spot one and the verified one
    // are closed; two are past their deadline and open; two inspections by 2 + 1 inspectors.
    CHECK(card(*w.dashboard, "foundCard")->value() == QStringLiteral("5"));
    CHECK(card(*w.dashboard, "rectifiedCard")->value() == QStringLiteral("2"));
    CHECK(card(*w.dashboard, "rateCard")->value() == QLocale().toString(40.0, 'f', 1) + QStringLiteral("%"));
    CHECK(card(*w.dashboard, "overdueCard")->value() == QStringLiteral("2"));
    CHECK(card(*w.dashboard, "majorCard")->value() == QStringLiteral("0"));
    CHECK(card(*w.dashboard, "inspectionsCard")->value() == QStringLiteral("2"));
    CHECK(card(*w.dashboard, "inspectionsCard")->detail().startsWith(QStringLiteral("3 ")));
    CHECK(card(*w.dashboard, "accidentsCard")->value() == QStringLiteral("0"));
    // One re-inspection, passed; the on-the-spot hazard's confirmation is no re-inspection.
    CHECK(card(*w.dashboard, "verificationCard")->value() == QLocale().toString(100.0, 'f', 1) + QStringLiteral("%"));
    CHECK(card(*w.dashboard, "verificationCard")->detail().startsWith(QStringLiteral("1 of 1 ")));
    CHECK(card(*w.dashboard, "trainingCard")->value() == QStringLiteral("0"));
    CHECK(card(*w.dashboard, "foundCard")->toolTip().contains(QStringLiteral("Inspection: 5")));
    checkCards(*w.dashboard, expectedFigures(db, 0, Period{today.addDays(-60), today}).current);

    CHECK(w.click("foundCard") == 5);
    CHECK(w.click("rectifiedCard") == 2);
    CHECK(w.click("overdueCard") == 2);
    CHECK(w.click("rateCard") == 3); // figures as of today: the found hazards still open
    CHECK(w.click("majorCard") == 0);
    CHECK_FALSE(card(*w.dashboard, "accidentsCard")->isClickable()); // the inspections card opens UninspectedDialog

    // The overdue list: both, the longest overdue first.
    OverdueModel* overdue = w.dashboard->overdueModel();
    QAbstractItemModelTester tester(overdue, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(overdue->rowCount() == 2);
    CHECK(overdue->index(0, OverdueModel::Deadline).data().toString() ==
          QString::fromStdString(today.addDays(-5).toString()));
    CHECK(overdue->index(1, OverdueModel::Deadline).data().toString() ==
          QString::fromStdString(today.addDays(-2).toString()));

    // A unit's subtree: the factory alone found 3, closed 1, has 1 overdue.
    const int64_t factory = OrgService(db).findByName("青山机械厂").front().id;
    w.dashboard->setScope(factory);
    waitIdle(*w.dashboard);
    CHECK(cardNumber(*w.dashboard, "foundCard") == 3);
    CHECK(cardNumber(*w.dashboard, "rectifiedCard") == 1);
    CHECK(cardNumber(*w.dashboard, "overdueCard") == 1);
    CHECK(w.click("foundCard") == 3);
    CHECK(w.click("overdueCard") == 1);
    CHECK(overdue->rowCount() == 1);
}

TEST_CASE("the dashboard agrees with Statistics on the demo, card by card and bar by bar", "[gui][dashboard]")
{
    GuiFixture fixture;
    const QString path = fixture.path(QStringLiteral("demo.db"));
    {
        OpenOptions o;
        o.clock = FixedClock::at(demoToday());
        o.uuidSeed = demoSeed();
        auto demo = Database::create(QFile::encodeName(path).toStdString(), o);
        buildDemo(*demo);
    }
    Window w(path);
    Database& db = *w.window.database();
    const int64_t town = OrgService(db).findByName("青山镇").front().id;
    const int year = demoToday().year();

    struct Case
    {
        int64_t scope;
        DashboardPage::PeriodKind kind;
        int year, part;
    };
    for (const Case& c : {Case{0, DashboardPage::Year, year, 1}, Case{town, DashboardPage::Year, year - 1, 1},
                          Case{0, DashboardPage::Quarter, year, 2}, Case{0, DashboardPage::Month, year, 3}}) {
        INFO("scope " << c.scope << ", kind " << c.kind << ", " << c.year << "/" << c.part);
        w.dashboard->setScope(c.scope == 0 ? std::nullopt : std::optional<int64_t>(c.scope));
        w.dashboard->selectPeriod(c.kind, c.year, c.part);
        // A town's database is read on the spot, as every page reads it (BackgroundReadTest has a
        // county's, read on a worker thread): the figures are there when the call returns.
        CHECK_FALSE(w.dashboard->isBusy());
        waitIdle(*w.dashboard);
        const Period period = w.dashboard->currentPeriod();
        const FigureSet expected = expectedFigures(db, c.scope, period);
        REQUIRE(w.dashboard->data().figures.period.from == period.from);
        checkCards(*w.dashboard, expected.current);
        CHECK(card(*w.dashboard, "foundCard")
                  ->detail()
                  .contains(QLocale().toString(static_cast<qlonglong>(expected.previous.hazardsFound))));

        // Every clickable card opens exactly the hazards it counts.
        CHECK(w.click("foundCard") == expected.current.hazardsFound);
        CHECK(w.click("rectifiedCard") == expected.current.hazardsRectified);
        CHECK(w.click("overdueCard") == expected.current.overdue);
        CHECK(w.click("majorCard") == expected.current.majorHazards);
        CHECK(w.click("listedCard") == cardNumber(*w.dashboard, "listedCard"));
    }

    // The bars: each month's found and rectified, each category, each sub-unit.
    w.dashboard->setScope(std::nullopt);
    w.dashboard->selectPeriod(DashboardPage::Year, year - 1);
    waitIdle(*w.dashboard);
    DashboardCharts* charts = w.dashboard->charts();
    REQUIRE(charts->months().size() == 12);
    int64_t foundSum = 0;
    for (const MonthRow& m : charts->months()) {
        INFO("month " << m.month);
        emit charts->monthClicked(m.year, m.month, false);
        CHECK(w.hazards->model()->rowCount() == m.found);
        emit charts->monthClicked(m.year, m.month, true);
        CHECK(w.hazards->model()->rowCount() == m.rectified);
        foundSum += m.found;
    }
    CHECK(foundSum == cardNumber(*w.dashboard, "foundCard"));
    REQUIRE_FALSE(charts->categories().empty());
    for (int i = 0; i < static_cast<int>(charts->categories().size()); ++i) {
        emit charts->categoryClicked(i);
        CHECK(w.hazards->model()->rowCount() == charts->categories()[static_cast<size_t>(i)].found);
    }
    REQUIRE_FALSE(charts->subUnits().empty());
    for (int i = 1; i < static_cast<int>(charts->subUnits().size()); ++i) {
        CHECK(*charts->subUnits()[static_cast<size_t>(i - 1)].rate <= *charts->subUnits()[static_cast<size_t>(i)].rate);
    }
    for (const SubUnitRow& r : charts->subUnits()) {
        emit charts->subUnitClicked(r.orgId);
        CHECK(w.hazards->model()->rowCount() == r.found);
    }
    QAbstractItemModelTester tester(w.dashboard->overdueModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(w.dashboard->overdueModel()->rowCount() > 0);
}
