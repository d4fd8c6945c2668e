// Lists use the room the window gives them (issue 19, item 14).

#include "GuiFixture.h"

#include "MainWindow.h"
#include "pages/HazardTableModel.h"
#include "pages/HazardsPage.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QHeaderView>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace safeledger;

TEST_CASE("the records lists use the page's whole width after fitting their columns", "[gui][layout]")
{
    test::GuiFixture fixture;
    fixture.createPopulated(QStringLiteral("town.db"));
    MainWindow window{test::clock()};
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.load(fixture.path(QStringLiteral("town.db"))).isEmpty());
    for (const char* name : {"documentsPage", "accidentsPage", "penaltiesPage", "activitiesPage"}) {
        INFO(name);
        REQUIRE(window.showPageNamed(QString::fromLatin1(name)));
        QCoreApplication::processEvents();
        auto* view = window.findChild<QWidget*>(QString::fromLatin1(name))
                         ->findChild<QTableView*>(QStringLiteral("recordsView"));
        REQUIRE(view != nullptr);
        const int used = view->horizontalHeader()->length();
        const int room = view->viewport()->width();
        CHECK(used >= room - 2);
    }
}

TEST_CASE("the hazard list's vocabulary columns and titles are not cut", "[gui][layout]")
{
    test::GuiFixture fixture;
    fixture.createPopulated(QStringLiteral("town.db"));
    MainWindow window{test::clock()};
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.load(fixture.path(QStringLiteral("town.db"))).isEmpty());
    auto* page = window.findChild<HazardsPage*>(QStringLiteral("hazardsPage"));
    REQUIRE(page != nullptr);
    auto* view = page->findChild<QTableView*>(QStringLiteral("hazardTable"));
    REQUIRE(view != nullptr);
    const QFontMetrics cells(view->font());
    const QFontMetrics titles(view->horizontalHeader()->font());
    // The tests run in English: the longest labels of the demo's vocabulary.
    CHECK(view->columnWidth(HazardTableModel::Status) >
          cells.horizontalAdvance(QStringLiteral("Awaiting verification")));
    CHECK(view->columnWidth(HazardTableModel::Category) >
          cells.horizontalAdvance(QStringLiteral("Occupational health")));
    CHECK(view->columnWidth(HazardTableModel::Category) > cells.horizontalAdvance(QStringLiteral("Safety management")));
    CHECK(
        view->columnWidth(HazardTableModel::Supervision) >
        titles.horizontalAdvance(view->model()->headerData(HazardTableModel::Supervision, Qt::Horizontal).toString()));
}
