// 登记隐患: a hazard that no inspection found, registered from the Hazards page through real
// widgets. 查出隐患 rises by one on the dashboard; 检查次数 and its 人次 do not move.

#include "GuiFixture.h"

#include "HazardEditor.h"
#include "MainWindow.h"
#include "UnitPicker.h"
#include "pages/DashboardPage.h"
#include "pages/FigureCard.h"
#include "pages/HazardsPage.h"
#include "safeledger/core/Inspection.h"
#include "safeledger/core/Organisation.h"
#include "safeledger/storage/Repository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

using namespace safeledger;
using namespace safeledger::test;

namespace {

QString card(DashboardPage* page, const char* name)
{
    REQUIRE(QTest::qWaitFor([page] { return !page->isBusy(); }, 60000));
    QCoreApplication::processEvents();
    return named<FigureCard>(*page, name)->value();
}

} // namespace

TEST_CASE("a reported hazard is registered without an inspection and counts only as found", "[gui][hazard]")
{
    GuiFixture fixture;
    fixture.createPopulated(QStringLiteral("town.db"));
    MainWindow window(test::clock());
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.load(fixture.path(QStringLiteral("town.db"))).isEmpty());
    Database& db = *window.database();
    auto* dashboard = named<DashboardPage>(window, "dashboardPage");
    dashboard->selectRange(Period{db.today().addDays(-60), db.today()});
    // Counted by hand in GuiFixture::createPopulated: 5 live hazards, 2 inspections by 3 inspectors.
    CHECK(card(dashboard, "foundCard") == QStringLiteral("5"));
    CHECK(card(dashboard, "inspectionsCard") == QStringLiteral("2"));
    const QString personTimes = named<FigureCard>(*dashboard, "inspectionsCard")->detail();
    CHECK(personTimes.startsWith(QStringLiteral("3 ")));
    const auto inspectionsBefore = Repository<Inspection>(db).where("1 = 1").size();

    auto* hazards = named<HazardsPage>(window, "hazardsPage");
    window.showPage(hazards);
    auto* registerButton = named<QPushButton>(*hazards, "registerHazardButton");
    REQUIRE(registerButton->isEnabled());
    QTest::mouseClick(registerButton, Qt::LeftButton);
    auto* editor = named<HazardEditor>(*hazards, "hazardEditor");
    REQUIRE(QTest::qWaitForWindowExposed(editor));
    auto* source = named<QComboBox>(*editor, "sourceCombo");
    CHECK(source->findData(QStringLiteral("inspection")) == -1); // an inspection's hazard is saved with it
    CHECK(source->currentData().toString() == QStringLiteral("public_report"));
    named<QPlainTextEdit>(*editor, "descriptionEdit")
        ->setPlainText(QStringLiteral("群众举报：仓库门口堆放纸箱堵塞通道"));
    named<QLineEdit>(*editor, "reportedByEdit")->setText(QStringLiteral("王五 13800000000"));
    named<QDateEdit>(*editor, "deadlineEdit")->setDate(QDate(2026, 12, 2));

    // Without a unit the form says so at the unit and keeps what was typed.
    QTest::mouseClick(named<QPushButton>(*editor, "okButton"), Qt::LeftButton);
    CHECK(editor->isVisible());
    CHECK(named<QLabel>(*editor, "orgError")->isVisible());
    CHECK(named<QLineEdit>(*editor, "reportedByEdit")->text() == QStringLiteral("王五 13800000000"));

    const auto units = Repository<Organisation>(db).where("voided_at = '' AND parent_id IS NOT NULL ORDER BY id");
    REQUIRE_FALSE(units.empty());
    named<UnitPicker>(*editor, "unitPicker")->setUnitId(units.front().id);
    QTest::mouseClick(named<QPushButton>(*editor, "okButton"), Qt::LeftButton);
    CHECK_FALSE(editor->isVisible());

    // The new hazard's page is shown; it has no inspection, its source and its reporter.
    const qint64 id = hazards->shownHazardId();
    REQUIRE(id != 0);
    const Hazard h = Repository<Hazard>(db).get(id);
    CHECK_FALSE(h.inspectionId);
    CHECK(h.orgId == units.front().id);
    CHECK(h.source == HazardSource::PublicReport);
    CHECK(h.reportedBy == "王五 13800000000");
    CHECK(h.foundOn == db.today());
    CHECK(Repository<Inspection>(db).where("1 = 1").size() == inspectionsBefore);

    window.showPage(dashboard);
    CHECK(card(dashboard, "foundCard") == QStringLiteral("6"));
    CHECK(card(dashboard, "inspectionsCard") == QStringLiteral("2"));
    CHECK(named<FigureCard>(*dashboard, "inspectionsCard")->detail() == personTimes);
}
