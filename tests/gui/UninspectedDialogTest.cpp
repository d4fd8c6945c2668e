// The units not yet inspected, from the dashboard's inspections card: listed riskiest and longest
// unseen first, an inspection started from the list, and the unit gone from it once saved.
#include "GuiFixture.h"

#include "MainWindow.h"
#include "TextTableModel.h"
#include "UnitPicker.h"
#include "pages/DashboardPage.h"
#include "pages/FigureCard.h"
#include "pages/InspectionPage.h"
#include "pages/UninspectedDialog.h"
#include "safeledger/storage/OrgService.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace safeledger;
using namespace safeledger::test;

namespace {

UninspectedDialog* openDialog(DashboardPage& dashboard)
{
    REQUIRE(QTest::qWaitFor([&dashboard] { return !dashboard.isBusy(); }, 60000));
    QCoreApplication::processEvents();
    auto* card = dashboard.findChild<FigureCard*>(QStringLiteral("inspectionsCard"));
    REQUIRE(card->isClickable());
    QTest::mouseClick(card, Qt::LeftButton);
    QCoreApplication::processEvents();
    auto* dialog = dashboard.findChild<UninspectedDialog*>();
    REQUIRE(dialog != nullptr);
    return dialog;
}

QStringList units(const UninspectedDialog& dialog)
{
    QStringList names;
    for (int row = 0; row < dialog.model()->rowCount(); ++row) {
        names << dialog.model()->index(row, 1).data().toString();
    }
    return names;
}

} // namespace

TEST_CASE("the inspections card lists the units not yet inspected, and one is inspected from there",
          "[gui][dashboard][uninspected]")
{
    GuiFixture fixture;
    fixture.createPopulated(QStringLiteral("town.db"));
    MainWindow window{test::clock()};
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.load(fixture.path(QStringLiteral("town.db"))).isEmpty());
    Database& db = *window.database();
    const Date today = db.today();
    auto* dashboard = window.findChild<DashboardPage*>(QStringLiteral("dashboardPage"));

    // The last ten days: 青山机械厂 was last inspected 30 days ago, 东村小卖部 20 days ago (see
    // GuiFixture::createPopulated); the voided unit and the town are not units to inspect.
    dashboard->selectRange(Period{today.addDays(-10), today});
    UninspectedDialog* dialog = openDialog(*dashboard);
    CHECK(units(*dialog) == QStringList{QStringLiteral("青山机械厂"), QStringLiteral("东村小卖部")});
    CHECK(dialog->total() == 2);
    CHECK(dialog->model()->index(0, 5).data().toString() == QStringLiteral("30"));
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("uninspectedCount"))->text().startsWith(QStringLiteral("2 ")));
    auto* start = dialog->findChild<QPushButton*>(QStringLiteral("startInspectionButton"));
    CHECK_FALSE(start->isEnabled()); // nothing chosen yet
    CHECK_FALSE(dialog->findChild<QPushButton*>(QStringLiteral("showMoreButton"))->isVisible());

    // Start an inspection of the shop: the form opens on it.
    dialog->findChild<QTableView*>(QStringLiteral("uninspectedView"))->selectRow(1);
    REQUIRE(start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QCoreApplication::processEvents();
    auto* inspection = window.findChild<InspectionPage*>();
    const int64_t shop = OrgService(db).findByName("东村小卖部").front().id;
    REQUIRE(inspection->unitPicker()->unitId() == std::optional<int64_t>(shop));
    inspection->findChild<QLineEdit*>(QStringLiteral("inspectionInspectors"))->setText(QStringLiteral("李四"));
    REQUIRE(inspection->save());

    // The card and the list move: one unit more covered, the shop gone from the list.
    window.showPageNamed(QStringLiteral("dashboardPage"));
    dashboard->refresh();
    dialog = openDialog(*dashboard);
    CHECK(units(*dialog) == QStringList{QStringLiteral("青山机械厂")});
    CHECK(dashboard->data().figures.current.unitsInspected == 1);
    dialog->reject();
}

TEST_CASE("a viewer sees the units not yet inspected but cannot start an inspection from them",
          "[gui][dashboard][uninspected]")
{
    GuiFixture fixture;
    fixture.createPopulated(QStringLiteral("town.db"));
    auto db = Database::open(fixture.path(QStringLiteral("town.db")).toStdString(), test::options());
    const Date today = db->today();
    UninspectedDialog dialog(*db, 0, Period{today.addDays(-10), today}, today, QStringLiteral("heading"), false);
    REQUIRE(dialog.total() == 2);
    dialog.findChild<QTableView*>(QStringLiteral("uninspectedView"))->selectRow(0);
    CHECK_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("startInspectionButton"))->isEnabled());
    CHECK(dialog.findChild<QPushButton*>(QStringLiteral("openUnitButton"))->isEnabled());
    CHECK_FALSE(dialog.startInspection());

    // A scope unit that is not there (another program removed it): said in words, nothing listed.
    UninspectedDialog gone(*db, 999999, Period{today.addDays(-10), today}, today, QStringLiteral("heading"), true);
    CHECK(gone.model()->rowCount() == 0);
    CHECK_FALSE(gone.findChild<QLabel*>(QStringLiteral("uninspectedCount"))->text().isEmpty());
    CHECK(gone.findChild<QLabel*>(QStringLiteral("uninspectedCount"))->text().contains(QStringLiteral("999999")));
}
