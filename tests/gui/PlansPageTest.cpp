// The plans page through real widgets: a manager makes a plan for a grid, sees each unit due by its
// rule and the plan's progress counted by hand, starts an inspection of the unit still to visit,
// sees progress move once it is recorded, is refused a second plan in words, and voids the plan.
// Today is 2026-11-25; the factory was inspected 10-26 and the shop 11-05 (GuiFixture).

#include "OpenedPage.h"

#include "MainWindow.h"
#include "TextTableModel.h"
#include "pages/PlanDialog.h"
#include "pages/PlansPage.h"
#include "safeledger/demo/DemoBuilder.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace safeledger;
using namespace safeledger::test;

namespace {

using Opened = OpenedPage<PlansPage>;

QString unitCell(const PlansPage& page, int row, int column)
{
    return page.unitModel()->data(page.unitModel()->index(row, column)).toString();
}

// A plan for the grid, each unit every month, through the form; returns the form if it stayed open.
QDialog* planMonthly(Opened& o, const Grid& grid)
{
    click(named<QPushButton>(*o.page, "newPlanButton"));
    auto* form = openNamed<PlanDialog>(*o.page, "planDialog");
    auto* target = named<QComboBox>(*form, "forInput");
    target->setCurrentIndex(target->findData(QVariant::fromValue<qint64>(grid.id)));
    REQUIRE(target->currentIndex() >= 0);
    CHECK(named<QSpinBox>(*form, "yearInput")->value() == 2026);
    auto* others = named<QComboBox>(*form, "every_otherInput");
    others->setCurrentIndex(others->findData(1));
    const QPointer<QDialog> kept(form); // closed and deleted when saved
    click(form->okButton());
    return kept && kept->isVisible() ? kept.data() : nullptr;
}

} // namespace

TEST_CASE("a plan is made from its page, shows each unit due, and moves with an inspection", "[gui][plans]")
{
    Opened o("plansPage");
    Database& db = *o.window.database();
    REQUIRE(o.page->model()->rowCount() == 0);
    const int64_t shopId = OrgService(db).findByName("东村小卖部").front().id;
    RecordService records(db);
    Grid grid;
    grid.name = "第一网格";
    grid.orgId = o.townId;
    records.add(grid);
    records.moveToGrid(o.factoryId, grid.id, Date::fromParts(2026, 1, 1));
    records.moveToGrid(shopId, grid.id, Date::fromParts(2026, 1, 1));

    REQUIRE(planMonthly(o, grid) == nullptr);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    o.settle();
    REQUIRE(o.page->model()->rowCount() == 1);
    CHECK(o.cell(0, 0) == QStringLiteral("第一网格"));
    CHECK(o.cell(0, 1) == QStringLiteral("2026"));
    CHECK(o.cell(0, 3) == QStringLiteral("—")); // no quota
    // Two units, January to November: 22 months due; the factory's October and the shop's
    // November done; the factory's January–September and the shop's January–October missed; the
    // factory's November still open.
    CHECK(o.cell(0, 4) == QStringLiteral("22"));
    CHECK(o.cell(0, 5) == QStringLiteral("2"));
    CHECK(o.cell(0, 6) == QStringLiteral("19"));
    CHECK(o.cell(0, 7) == QStringLiteral("1"));
    CHECK(o.cell(0, 8) == QStringLiteral("9.1%"));
    // Units, not months: the factory's running month is due and the shop's is done, so no unit is
    // overdue now, whatever months were missed before.
    CHECK(named<QLabel>(*o.page, "planSummary")->text().contains(QStringLiteral("Units overdue: 0.")));

    // The chosen plan's units: the factory due this month, then the shop, done.
    auto* plans = named<QTableView>(*o.page, "plansView");
    plans->setCurrentIndex(o.page->model()->index(0, 0));
    REQUIRE(o.page->unitModel()->rowCount() == 2);
    CHECK(unitCell(*o.page, 0, 0) == QStringLiteral("Due"));
    CHECK(unitCell(*o.page, 0, 1) == QStringLiteral("青山机械厂"));
    CHECK(unitCell(*o.page, 0, 4) == QStringLiteral("2026-11-30"));
    CHECK(unitCell(*o.page, 0, 5) == QStringLiteral("2026-10-26"));
    CHECK(unitCell(*o.page, 0, 6) == QStringLiteral("9"));
    CHECK(unitCell(*o.page, 1, 0) == QStringLiteral("Done"));

    // "Inspect unit" opens the inspection form on the factory.
    auto* units = named<QTableView>(*o.page, "planUnitsView");
    units->setCurrentIndex(o.page->unitModel()->index(0, 0));
    click(named<QPushButton>(*o.page, "inspectPlanUnitButton"));
    auto* stack = named<QStackedWidget>(o.window, "pages");
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("inspectionPage"));

    // Once the factory's inspection is recorded, its month is done.
    Inspection visit;
    visit.orgId = o.factoryId;
    visit.date = db.today();
    visit.inspectors = {"陈网格"};
    std::vector<InspectionItem> noItems;
    std::vector<Hazard> noHazards;
    records.saveInspection(visit, noItems, noHazards);
    o.window.showPage(o.page);
    o.page->refresh();
    o.settle();
    CHECK(o.cell(0, 5) == QStringLiteral("3"));
    CHECK(o.cell(0, 7) == QStringLiteral("0"));
    CHECK(o.cell(0, 8) == QStringLiteral("13.6%"));
    plans->setCurrentIndex(o.page->model()->index(0, 0));
    CHECK(unitCell(*o.page, 0, 0) == QStringLiteral("Done"));

    // A second plan for the grid and year: refused at the year, in words, the form kept open.
    QDialog* again = planMonthly(o, grid);
    REQUIRE(again != nullptr);
    CHECK(named<QLabel>(*again, "yearError")->text().contains(QStringLiteral("第一网格 already has a plan for 2026")));
    again->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(Repository<InspectionPlan>(db).where("voided_at = ''").size() == 1);

    // Voided with a reason: it leaves the list.
    QDialog* voiding = o.page->startVoid(0);
    REQUIRE(voiding != nullptr);
    named<QLineEdit>(*voiding, "void_reasonInput")->setText(QStringLiteral("重复"));
    click(named<QPushButton>(*voiding, "okButton"));
    o.settle();
    CHECK(o.page->model()->rowCount() == 0);
    CHECK(o.page->unitModel()->rowCount() == 0);

    // A new plan is for the year the page shows.
    named<QSpinBox>(*o.page, "planYear")->setValue(2027);
    o.settle();
    click(named<QPushButton>(*o.page, "newPlanButton"));
    auto* next = openNamed<PlanDialog>(*o.page, "planDialog");
    CHECK(named<QSpinBox>(*next, "yearInput")->value() == 2027);
    next->reject();
}

// Not a test: the demo's plans page and a plan's form, to PNG files for review.
//   SAFELEDGER_SCREENSHOTS=/tmp/shots [SAFELEDGER_SCREENSHOTS_LANG=zh_CN] test_gui "[.screenshots][plans]"
TEST_CASE("plans screenshots", "[.screenshots][plans]")
{
    DemoPage<PlansPage> demo("plansPage");
    MainWindow& window = demo.window;
    PlansPage* page = demo.page;
    REQUIRE(page->model()->rowCount() > 4);
    named<QTableView>(*page, "plansView")->setCurrentIndex(page->model()->index(0, 0));
    QCoreApplication::processEvents();
    shoot(window, QStringLiteral("plans-page"));
    QDialog* form = page->openForm(page->model()->idAt(0));
    REQUIRE(form != nullptr);
    QCoreApplication::processEvents();
    shoot(*form, QStringLiteral("plan-dialog"));
    form->reject();
}
