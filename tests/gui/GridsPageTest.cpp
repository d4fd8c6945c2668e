// The grids page through real widgets: a manager records a grid, moves a unit into it and sees its
// units and coverage move, a second move dated the same day is refused in words with the entries
// kept, an officer is named, and a grid voided with a reason leaves the list.

#include "OpenedPage.h"

#include "MainWindow.h"
#include "QtDates.h"
#include "TextTableModel.h"
#include "UnitPicker.h"
#include "pages/GridDialog.h"
#include "pages/GridsPage.h"
#include "safeledger/demo/DemoBuilder.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

using namespace safeledger;
using namespace safeledger::test;

namespace {

using Opened = OpenedPage<GridsPage>;

} // namespace

TEST_CASE("a grid is recorded from its page, takes a unit and an officer, and is voided", "[gui][grids]")
{
    Opened o("gridsPage");
    Database& db = *o.window.database();
    const Date today = db.today();
    REQUIRE(o.page->model()->rowCount() == 0);
    const QString before = named<QLabel>(*o.page, "gridSummary")->text();

    click(named<QPushButton>(*o.page, "newGridButton"));
    auto* form = openNamed<GridDialog>(*o.page, "gridDialog");
    named<QLineEdit>(*form, "nameInput")->setText(QStringLiteral("第一网格"));
    named<UnitPicker>(*form, "ownerInput")->setUnitId(o.townId);
    click(form->okButton());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    o.settle();
    REQUIRE(o.page->model()->rowCount() == 1);
    CHECK(o.cell(0, 0) == QStringLiteral("第一网格"));
    CHECK(o.cell(0, 1) == QStringLiteral("青山镇"));
    CHECK(o.cell(0, 3) == QStringLiteral("0"));

    // The factory moves in today: the grid holds one unit, inspected this year.
    QDialog* move = o.page->openMember(0, false);
    REQUIRE(move != nullptr);
    named<UnitPicker>(*move, "unitInput")->setUnitId(o.factoryId);
    named<QDateEdit>(*move, "fromInput")->setDate(toQDate(today));
    click(named<QPushButton>(*move, "okButton"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    o.settle();
    CHECK(o.cell(0, 3) == QStringLiteral("1"));
    CHECK(o.cell(0, 4) == QStringLiteral("1"));
    CHECK(named<QLabel>(*o.page, "gridSummary")->text() != before);

    // Moved again on the same day: refused at the date, in words, with the unit kept.
    move = o.page->openMember(0, false);
    REQUIRE(move != nullptr);
    named<UnitPicker>(*move, "unitInput")->setUnitId(o.factoryId);
    named<QDateEdit>(*move, "fromInput")->setDate(toQDate(today));
    click(named<QPushButton>(*move, "okButton"));
    REQUIRE(move->isVisible());
    CHECK(named<QLabel>(*move, "starts_onError")->text().contains(QStringLiteral("青山机械厂")));
    CHECK(named<UnitPicker>(*move, "unitInput")->unitId() == o.factoryId);
    move->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(Repository<GridMember>(db).where("org_id = " + std::to_string(o.factoryId)).size() == 1);

    // An officer of the town serves in it.
    Person officer;
    officer.orgId = o.townId;
    officer.name = "陈网格";
    officer.role = "网格员";
    RecordService(db).add(officer);
    QDialog* serve = o.page->openMember(0, true);
    REQUIRE(serve != nullptr);
    auto* person = named<QComboBox>(*serve, "personInput");
    const int index = person->findData(QVariant::fromValue<qint64>(officer.id));
    REQUIRE(index >= 0);
    person->setCurrentIndex(index);
    click(named<QPushButton>(*serve, "okButton"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    o.settle();
    CHECK(o.cell(0, 2) == QStringLiteral("陈网格"));
    // By officer: the grid's one unit, inspected.
    REQUIRE(o.page->officerModel()->rowCount() == 1);
    const auto officerCell = [&](int column) {
        return o.page->officerModel()->data(o.page->officerModel()->index(0, column)).toString();
    };
    CHECK(officerCell(0) == QStringLiteral("陈网格"));
    CHECK(officerCell(1) == QStringLiteral("第一网格"));
    CHECK(officerCell(2) == QStringLiteral("1"));
    CHECK(officerCell(3) == QStringLiteral("1"));

    // Voided with a reason: it leaves the list, and the factory is in no grid.
    QDialog* voiding = o.page->startVoid(0);
    REQUIRE(voiding != nullptr);
    named<QLineEdit>(*voiding, "void_reasonInput")->setText(QStringLiteral("重复录入"));
    click(named<QPushButton>(*voiding, "okButton"));
    o.settle();
    CHECK(o.page->model()->rowCount() == 0);
    CHECK(o.page->officerModel()->rowCount() == 0);
    CHECK(named<QLabel>(*o.page, "gridSummary")->text() == before);
}

// Not a test: the demo's grids page and a grid's move dialog, to PNG files for review.
//   SAFELEDGER_SCREENSHOTS=/tmp/shots [SAFELEDGER_SCREENSHOTS_LANG=zh_CN] test_gui "[.screenshots][grids]"
TEST_CASE("grids screenshots", "[.screenshots][grids]")
{
    DemoPage<GridsPage> demo("gridsPage");
    MainWindow& window = demo.window;
    GridsPage* page = demo.page;
    shoot(window, QStringLiteral("grids-page"));
    REQUIRE(page->model()->rowCount() > 4);
    QDialog* form = page->openMember(1, true);
    REQUIRE(form != nullptr);
    QCoreApplication::processEvents();
    shoot(*form, QStringLiteral("grid-officer-dialog"));
    form->reject();
}
