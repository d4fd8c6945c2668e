// What the window says, in both languages: no page promises a later version of the program, and
// column titles name what the column holds.

#include "GuiFixture.h"

#include "AppSettings.h"
#include "Language.h"
#include "MainWindow.h"
#include "pages/HazardDetailPage.h"
#include "pages/HazardTableModel.h"
#include "pages/HazardsPage.h"
#include "safeledger/storage/Repository.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace safeledger;

namespace {

// Restores the English interface the other tests expect, also when a check fails.
struct LanguageGuard
{
    explicit LanguageGuard(const QString& language)
    {
        REQUIRE(Language::install(*QCoreApplication::instance(), language));
    }
    ~LanguageGuard() { Language::install(*QCoreApplication::instance(), Language::English); }
};

QString columnTitle(const QAbstractItemModel& model, int column)
{
    return model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
}

} // namespace

TEST_CASE("no page promises what a later version will bring", "[gui][wording]")
{
    const QRegularExpression promise(
        QStringLiteral("later version|future version|coming soon|后续版本|将来的版本|以后的版本|敬请期待"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QString& language : {Language::English, Language::Chinese}) {
        LanguageGuard guard(language);
        test::GuiFixture fixture;
        fixture.createPopulated(QStringLiteral("town.db"));
        MainWindow window{test::clock()};
        window.resize(1366, 768);
        window.show();
        REQUIRE(window.load(fixture.path(QStringLiteral("town.db"))).isEmpty());
        const auto labels = window.findChildren<QLabel*>();
        REQUIRE(labels.size() > 20);
        for (const QLabel* label : labels) {
            INFO(language.toStdString() << ": " << label->objectName().toStdString() << " says "
                                        << label->text().toStdString());
            CHECK_FALSE(label->text().contains(promise));
            CHECK_FALSE(label->toolTip().contains(promise));
        }
    }
}

TEST_CASE("the accident list's description column is titled for accidents, not hazards", "[gui][wording]")
{
    LanguageGuard guard(Language::Chinese);
    test::GuiFixture fixture;
    fixture.createPopulated(QStringLiteral("town.db"));
    MainWindow window{test::clock()};
    window.show();
    REQUIRE(window.load(fixture.path(QStringLiteral("town.db"))).isEmpty());
    REQUIRE(window.showPageNamed(QStringLiteral("accidentsPage")));
    auto* page = window.findChild<QWidget*>(QStringLiteral("accidentsPage"));
    REQUIRE(page != nullptr);
    auto* view = page->findChild<QTableView*>(QStringLiteral("recordsView"));
    REQUIRE(view != nullptr);
    const QAbstractItemModel& model = *view->model();
    const int last = model.columnCount() - 1;
    REQUIRE(last > 0);
    CHECK(columnTitle(model, 0) == QStringLiteral("日期"));
    CHECK(columnTitle(model, last) == QStringLiteral("事故概况"));
    for (int column = 0; column < model.columnCount(); ++column) {
        CHECK_FALSE(columnTitle(model, column).contains(QStringLiteral("隐患")));
    }
}

TEST_CASE("a hazard's timeline says its actions in words and its times as local date and time", "[gui][wording]")
{
    LanguageGuard guard(Language::Chinese);
    test::GuiFixture fixture;
    fixture.createPopulated(QStringLiteral("town.db"));
    MainWindow window{test::clock()};
    window.show();
    REQUIRE(window.load(fixture.path(QStringLiteral("town.db"))).isEmpty());
    auto* hazards = window.findChild<HazardsPage*>(QStringLiteral("hazardsPage"));
    REQUIRE(hazards != nullptr);
    const QRegularExpression localTime(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d$"));
    const QRegularExpression code(QStringLiteral("^[a-z_-]+$"));
    QStringList seen;
    for (const Hazard& h : Repository<Hazard>(*window.database()).where("1 = 1", {})) {
        window.showHazard(h.id);
        auto* view = hazards->detail()->findChild<QTableView*>(QStringLiteral("timelineView"));
        REQUIRE(view != nullptr);
        const QAbstractItemModel& timeline = *view->model();
        REQUIRE(timeline.rowCount() > 0);
        for (int r = 0; r < timeline.rowCount(); ++r) {
            const QString at = timeline.index(r, 0).data().toString();
            const QString action = timeline.index(r, 2).data().toString();
            INFO("row " << r << ": " << at.toStdString() << " " << action.toStdString());
            CHECK(localTime.match(at).hasMatch());
            CHECK_FALSE(code.match(action).hasMatch());
            seen << action;
        }
    }
    // The fixture's hazards went through registration and verification.
    CHECK(seen.contains(QStringLiteral("登记")));
    CHECK(seen.contains(QStringLiteral("复查合格，销号")));
}
