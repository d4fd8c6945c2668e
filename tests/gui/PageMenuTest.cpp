// Pages the window knows only as LedgerPages: each brings its title to the navigation list and its
// commands to the menu bar (a menu of its own, shown while the page is), and requests reach the
// page that shows them.

#include "GuiFixture.h"

#include "MainWindow.h"
#include "pages/LedgerPage.h"
#include "safeledger/storage/OrgService.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTest>
#include <QToolBar>

#include <catch2/catch.hpp>

using namespace safeledger;
using namespace safeledger::test;

namespace {

struct Window
{
    GuiFixture fixture;
    MainWindow window{test::clock()};
    int64_t factoryId = 0;

    Window()
    {
        fixture.createPopulated(QStringLiteral("town.db"));
        window.resize(1280, 800);
        window.show();
        REQUIRE(window.load(fixture.path(QStringLiteral("town.db"))).isEmpty());
        factoryId = OrgService(*window.database()).findByName("青山机械厂").front().id;
    }

    // The page menus in the menu bar, by object name.
    QStringList pageMenus() const
    {
        QStringList names;
        for (QAction* action : window.menuBar()->actions()) {
            if (action->menu() && action->menu()->objectName().endsWith(QStringLiteral("PageMenu"))) {
                names << action->menu()->objectName();
            }
        }
        return names;
    }

    QAction* action(const char* name) const
    {
        auto* a = window.findChild<QAction*>(QString::fromLatin1(name));
        REQUIRE(a != nullptr);
        return a;
    }
};

} // namespace

TEST_CASE("every page names itself in the navigation and its commands name its own buttons", "[gui][pages]")
{
    Window w;
    auto* stack = w.window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    auto* navigation = w.window.findChild<QListWidget*>(QStringLiteral("navigation"));
    REQUIRE(stack != nullptr);
    REQUIRE(navigation != nullptr);
    REQUIRE(stack->count() == navigation->count());
    REQUIRE(stack->count() == 16);
    int commands = 0;
    for (int i = 0; i < stack->count(); ++i) {
        auto* page = qobject_cast<LedgerPage*>(stack->widget(i));
        REQUIRE(page != nullptr);
        INFO(page->objectName().toStdString());
        CHECK(navigation->item(i)->text() == page->title());
        CHECK_FALSE(page->title().isEmpty());
        CHECK_FALSE(navigation->item(i)->icon().isNull()); // drawn for it (resources/icons)
        for (const LedgerPage::Command& command : page->commands()) {
            INFO(command.button);
            CHECK(page->findChild<QAbstractButton*>(QString::fromLatin1(command.button)) != nullptr);
            ++commands;
        }
    }
    // inspection 3, units 5, the four record pages 1 each, hazards 1, campaigns 2 (new, void), grids 4,
    // plans 3 (new, inspect a unit, void)
    CHECK(commands == 8 + 4 + 1 + 2 + 4 + 3);
}

TEST_CASE("a page's menu is in the menu bar while the page is shown, before Help", "[gui][pages]")
{
    Window w;
    CHECK(w.pageMenus().isEmpty()); // the dashboard has no commands of its own

    REQUIRE(w.window.showPageNamed(QStringLiteral("inspectionPage")));
    CHECK(w.pageMenus() == QStringList{QStringLiteral("inspectionPageMenu")});
    CHECK(w.action("saveInspectionButtonAction")->shortcut() == QKeySequence(QKeySequence::Save));
    const QList<QAction*> bar = w.window.menuBar()->actions();
    REQUIRE(bar.size() == 4); // File, the page's, Account, Help
    CHECK(bar[1]->menu()->objectName() == QStringLiteral("inspectionPageMenu"));
    CHECK(bar[2]->menu()->objectName() == QStringLiteral("menuAccount"));
    CHECK(bar[1]->text() == QStringLiteral("New inspection"));

    w.window.showUnit(w.factoryId);
    CHECK(w.pageMenus() == QStringList{QStringLiteral("unitsPageMenu")});
    REQUIRE(w.window.showPageNamed(QStringLiteral("documentsPage")));
    CHECK(w.pageMenus() == QStringList{QStringLiteral("documentsPageMenu")});
    REQUIRE(w.window.showPageNamed(QStringLiteral("overviewPage")));
    CHECK(w.pageMenus().isEmpty());
}

TEST_CASE("a command does what its button does and follows the button's state", "[gui][pages]")
{
    Window w;
    w.window.showUnit(w.factoryId);
    auto* name = w.window.findChild<QLineEdit*>(QStringLiteral("unitName"));
    REQUIRE(name != nullptr);
    REQUIRE(name->text() == QStringLiteral("青山机械厂"));
    name->setText(QStringLiteral("青山机械二厂"));
    w.action("saveUnitButtonAction")->trigger();
    CHECK(OrgService(*w.window.database()).get(w.factoryId).name == "青山机械二厂");

    auto* button = w.window.findChild<QAbstractButton*>(QStringLiteral("voidUnitButton"));
    QAction* voidAction = w.action("voidUnitButtonAction");
    REQUIRE(button != nullptr);
    button->setEnabled(false);
    CHECK_FALSE(voidAction->isEnabled());
    button->setEnabled(true);
    CHECK(voidAction->isEnabled());
    button->hide();
    CHECK_FALSE(voidAction->isVisible());
    button->show();
    CHECK(voidAction->isVisible());
}

TEST_CASE("the toolbar goes to the daily pages and follows the commands it stands for", "[gui][pages]")
{
    Window w;
    auto* stack = w.window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    auto* bar = w.window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    REQUIRE(bar != nullptr);
    QStringList names;
    for (QAction* action : bar->actions()) {
        if (!action->isSeparator()) {
            names << action->objectName();
            CHECK_FALSE(action->icon().isNull());
        }
    }
    CHECK(names == QStringList{QStringLiteral("toolNewInspection"), QStringLiteral("toolRegisterHazard"),
                               QStringLiteral("toolTodo"), QStringLiteral("toolImportLedger"),
                               QStringLiteral("toolExportPackage"), QStringLiteral("toolReports")});
    w.action("toolNewInspection")->trigger();
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("inspectionPage"));
    w.action("toolTodo")->trigger();
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("todoPage"));
    w.action("toolReports")->trigger();
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("reportsPage"));

    // "Register hazard" is the hazard list's command: enabled as its button is.
    auto* button = w.window.findChild<QAbstractButton*>(QStringLiteral("registerHazardButton"));
    REQUIRE(button != nullptr);
    CHECK(w.action("toolRegisterHazard")->isEnabled());
    button->setEnabled(false);
    CHECK_FALSE(w.action("toolRegisterHazard")->isEnabled());
    button->setEnabled(true);
    CHECK(w.action("toolRegisterHazard")->isEnabled());
    // The import follows File ▸ Import ledger (a read-only ledger disables both).
    w.action("actionImportLedger")->setEnabled(false);
    CHECK_FALSE(w.action("toolImportLedger")->isEnabled());
}

TEST_CASE("Ctrl+S saves the page that is shown, and only that page", "[gui][pages]")
{
    Window w;
    w.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w.window));
    w.window.showUnit(w.factoryId);
    auto* name = w.window.findChild<QLineEdit*>(QStringLiteral("unitName"));
    REQUIRE(name != nullptr);
    name->setText(QStringLiteral("青山机械三厂"));
    name->setFocus();
    QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);
    CHECK(OrgService(*w.window.database()).get(w.factoryId).name == "青山机械三厂");

    // On the inspection page Ctrl+S saves the inspection: with no unit chosen it is refused on the
    // page, and the unit's edit on the other page is neither saved nor lost.
    name->setText(QStringLiteral("青山机械四厂"));
    REQUIRE(w.window.showPageNamed(QStringLiteral("inspectionPage")));
    auto* inspection = w.window.findChild<QWidget*>(QStringLiteral("inspectionPage"));
    auto* unitError = inspection->findChild<QLabel*>(QStringLiteral("orgError"));
    REQUIRE(unitError != nullptr);
    CHECK_FALSE(unitError->isVisible());
    QTest::keyClick(inspection, Qt::Key_S, Qt::ControlModifier);
    CHECK(unitError->isVisible());
    CHECK(OrgService(*w.window.database()).get(w.factoryId).name == "青山机械三厂");
    CHECK(name->text() == QStringLiteral("青山机械四厂"));
}
