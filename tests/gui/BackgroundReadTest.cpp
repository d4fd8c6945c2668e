// On a county's database every page (the overview and the dashboard too) reads its lists on the
// worker threads of WorkerConnection::pool() (never Qt's global pool, which Qt's painting borrows),
// and what arrives is what a town's database shows when read on the spot. The size from which a
// file counts as big is lowered to 0 here so that a small fixture takes the county's path.
#include "GuiFixture.h"

#include "MainWindow.h"
#include "OverviewPage.h"
#include "WorkerConnection.h"
#include "pages/DashboardPage.h"
#include "pages/FigureCard.h"
#include "pages/HazardTableModel.h"
#include "pages/HazardsPage.h"
#include "pages/LedgerPage.h"
#include "pages/ReportsPage.h"
#include "safeledger/demo/Generator.h"
#include "safeledger/storage/HazardQuery.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <catch2/catch.hpp>

using namespace safeledger;
using namespace safeledger::test;

namespace {

// Every file counts as big while it lives.
struct EveryFileIsBig
{
    EveryFileIsBig() { WorkerConnection::setBigFileBytes(0); }
    ~EveryFileIsBig() { WorkerConnection::setBigFileBytes(WorkerConnection::kBigFileBytes); }
};

QString label(const QWidget& root, const char* name)
{
    const auto* l = root.findChild<QLabel*>(QString::fromLatin1(name));
    return l ? l->text() : QStringLiteral("<no %1>").arg(QString::fromLatin1(name));
}

// The overview, the hazard list and the ledger pages (the dashboard and the reports among them):
// read on the spot from a small file.
bool anyBusy(const MainWindow& window)
{
    if (window.findChild<OverviewPage*>()->isBusy() || window.findChild<HazardsPage*>()->model()->isLoading()) {
        return true;
    }
    for (const LedgerPage* page : window.findChildren<LedgerPage*>()) {
        if (page->isReading()) {
            return true;
        }
    }
    return false;
}

// What the window shows once everything has been read: the overview's figures, the hazard count,
// the report, the dashboard's cards (each as of the database's today) and every page's list sizes.
QStringList shown(const MainWindow& window)
{
    QStringList out;
    for (const char* name :
         {"unitsValue", "inspectionsValue", "hazardsValue", "openHazardsValue", "overdueValue", "hazardCount"}) {
        out << label(window, name);
    }
    const ReportDocument& report = window.findChild<ReportsPage*>()->document();
    out << QStringLiteral("report=") + report.title + QLatin1Char('|') + QString::number(report.html.size());
    for (const FigureCard* card : window.findChildren<FigureCard*>()) {
        out << card->objectName() + QLatin1Char('=') + card->value() + QLatin1Char('|') + card->detail();
    }
    for (const QAbstractItemModel* model : window.findChildren<QAbstractItemModel*>()) {
        out << model->objectName() + QLatin1Char('=') + QString::number(model->rowCount());
    }
    return out;
}

} // namespace

TEST_CASE("a big database's pages are read off the UI thread and show what a small one shows", "[gui][background]")
{
    GuiFixture fixture;
    const KnownFigures expected = fixture.createPopulated(QStringLiteral("town.db"));
    const QString path = fixture.path(QStringLiteral("town.db"));

    QStringList onTheSpot;
    {
        MainWindow window{test::clock()};
        window.show();
        REQUIRE(window.load(path).isEmpty());
        REQUIRE_FALSE(anyBusy(window)); // a town's database is read at once
        REQUIRE_FALSE(window.findChild<DashboardPage*>()->isBusy());
        REQUIRE_FALSE(window.findChild<ReportsPage*>()->isBusy());
        onTheSpot = shown(window);
        // The dashboard's figures are there: ten cards, the found hazards counted.
        REQUIRE(window.findChildren<FigureCard*>().size() == 12);
        CHECK(window.findChild<FigureCard*>(QStringLiteral("foundCard"))->value() != QString());
        CHECK_FALSE(window.findChild<ReportsPage*>()->document().title.isEmpty());
    }

    EveryFileIsBig big;
    MainWindow window{test::clock()};
    window.show();
    REQUIRE(window.load(path).isEmpty());
    // Nothing has arrived yet: the figures and lists are on their way from the worker threads.
    auto* overview = window.findChild<OverviewPage*>();
    auto* dashboard = window.findChild<DashboardPage*>();
    HazardTableModel* hazards = window.findChild<HazardsPage*>()->model();
    CHECK(overview->isBusy());
    CHECK(dashboard->isBusy());
    CHECK(dashboard->data().figures.period.from.isNull()); // no figures yet
    CHECK(window.findChild<ReportsPage*>()->isBusy());
    CHECK(hazards->isLoading());
    CHECK(hazards->rowCount() == 0);
    CHECK(label(window, "hazardCount") == HazardsPage::tr("Counting…"));
    int reading = 0;
    for (const LedgerPage* page : window.findChildren<LedgerPage*>()) {
        reading += page->isReading() ? 1 : 0;
    }
    CHECK(reading >= 7); // the dashboard, the reports, agreements, accidents, penalties, documents, activities
    // Qt's painting borrows the global pool's threads: the application's work must not hold them.
    CHECK(QThreadPool::globalInstance()->activeThreadCount() == 0);

    REQUIRE(QTest::qWaitFor([&] { return !anyBusy(window); }, 30000));
    CHECK(label(window, "unitsValue") == QString::number(expected.units));
    CHECK(label(window, "hazardsValue") == QString::number(expected.hazards));
    CHECK(label(window, "openHazardsValue") == QString::number(expected.openHazards));
    CHECK(label(window, "overdueValue") == QString::number(expected.overdue));
    CHECK(hazards->rowCount() > 0);
    CHECK_FALSE(dashboard->data().figures.period.from.isNull());
    CHECK(dashboard->data().error.isEmpty());
    CHECK(shown(window) == onTheSpot);
}

TEST_CASE("only the newest of quick successive hazard lists arrives", "[gui][background][hazards]")
{
    GuiFixture fixture;
    auto db = Database::create(fixture.path(QStringLiteral("big.db")).toStdString(), test::options());
    GenerateOptions g;
    g.orgs = 30;
    g.hazards = 1500;
    g.years = 2;
    g.seed = 7;
    generate(*db, g, [](const std::string&, int) {});

    EveryFileIsBig big;
    HazardTableModel model;
    model.setDatabase(db.get());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy loading(&model, &HazardTableModel::loadingChanged);

    HazardFilter major;
    major.grade = HazardGrade::Major;
    HazardFilter open;
    open.statuses = {HazardStatus::Registered, HazardStatus::Rectifying, HazardStatus::AwaitingVerification};
    model.setFilter(major); // overtaken before it can arrive
    model.setFilter(open);
    CHECK(model.isLoading());
    CHECK(model.rowCount() == 0);

    REQUIRE(QTest::qWaitFor([&] { return !model.isLoading(); }, 30000));
    HazardQuery direct(*db, open, HazardSort::FoundOn, true);
    const int64_t opened = direct.count();
    REQUIRE(opened > 3);
    REQUIRE(opened < 1500);
    CHECK(model.rowCount() == opened);
    const HazardPage first = direct.first(3);
    for (int row = 0; row < 3; ++row) {
        CHECK(model.hazardId(row) == first.rows.at(static_cast<size_t>(row)).id);
    }
    // Two resets when the lists were asked for, one when the newest arrived; the overtaken one never
    // showed.
    CHECK(resets.count() == 3);
    REQUIRE(loading.count() == 2);
    CHECK(loading.at(0).at(0).toBool());
    CHECK_FALSE(loading.at(1).at(0).toBool());
    QTest::qWait(200); // a late answer to the overtaken list would land here
    CHECK(model.rowCount() == opened);
    CHECK(resets.count() == 3);

    // A filter the query refuses fails at once, without a worker.
    QSignalSpy failed(&model, &HazardTableModel::loadFailed);
    HazardFilter backwards;
    backwards.found = Period{Date::fromParts(2025, 6, 1), Date::fromParts(2025, 1, 1)};
    model.setFilter(backwards);
    CHECK(failed.count() == 1);
    CHECK_FALSE(model.isLoading());
    CHECK(model.rowCount() == 0);
}
