// Not a test: renders the dashboard on the demo, on a laptop's screen and on a small one, and the
// units not inspected this month, and the inspections list read a page at a time, to PNG files
// for review, offscreen.
//   SAFELEDGER_SCREENSHOTS=/tmp/shots [SAFELEDGER_SCREENSHOTS_LANG=zh_CN] test_gui "[.screenshots][dashboard]"
#include "GuiFixture.h"

#include "MainWindow.h"
#include "pages/DashboardPage.h"
#include "pages/InspectionsPage.h"
#include "safeledger/demo/DemoBuilder.h"

#include <QDialog>
#include <QTest>

#include <catch2/catch.hpp>

using namespace safeledger;
using namespace safeledger::test;

TEST_CASE("dashboard screenshots", "[.screenshots][dashboard]")
{
    GuiFixture fixture;
    useScreenshotLanguage();
    const QString path = fixture.createDemo(QStringLiteral("demo.db"));
    for (const QSize size : {QSize(1366, 768), QSize(1024, 700)}) {
        MainWindow window{FixedClock::at(demoToday())};
        window.resize(size);
        window.show();
        REQUIRE(window.load(path).isEmpty());
        auto* dashboard = window.findChild<DashboardPage*>(QStringLiteral("dashboardPage"));
        REQUIRE(dashboard != nullptr);
        REQUIRE(QTest::qWaitFor([dashboard] { return !dashboard->isBusy(); }, 60000));
        QCoreApplication::processEvents();
        shoot(window, QStringLiteral("dashboard-%1").arg(size.width()));
    }

    // The units not inspected this month, from the inspections card.
    MainWindow window{FixedClock::at(demoToday())};
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.load(path).isEmpty());
    auto* dashboard = window.findChild<DashboardPage*>(QStringLiteral("dashboardPage"));
    dashboard->selectPeriod(DashboardPage::Month, demoToday().year(), demoToday().month());
    REQUIRE(QTest::qWaitFor([dashboard] { return !dashboard->isBusy(); }, 60000));
    QDialog* dialog = dashboard->openUninspected();
    REQUIRE(dialog != nullptr);
    shoot(*dialog, QStringLiteral("uninspected-dialog"));
    dialog->reject();

    // The inspections list a page at a time (pages of 50 here, to show the button on the demo).
    auto* inspections = window.findChild<InspectionsPage*>(QStringLiteral("inspectionsPage"));
    inspections->setPageSize(50);
    window.showPage(inspections);
    inspections->refresh();
    REQUIRE(QTest::qWaitFor([inspections] { return !inspections->isReading(); }, 60000));
    shoot(window, QStringLiteral("inspections-paged"));
}
