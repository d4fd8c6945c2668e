// Not a test: renders the book-of-record windows on the demo to PNG files for review, offscreen,
// in English and in Chinese.
//   SAFELEDGER_SCREENSHOTS=/tmp/shots test_gui "[.screenshots][records]"
#include "GuiFixture.h"

#include "HazardEditor.h"
#include "MainWindow.h"
#include "pages/HazardDetailPage.h"
#include "pages/HazardsPage.h"
#include "pages/InspectionsPage.h"
#include "pages/NoticeDialog.h"
#include "safeledger/demo/DemoBuilder.h"
#include "safeledger/storage/InspectionList.h"

#include <QDir>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace safeledger;
using namespace safeledger::test;

namespace {

void shootAll(const QString& path, const QString& suffix)
{
    MainWindow window{FixedClock::at(demoToday())};
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.load(path).isEmpty());
    Database& db = *window.database();

    auto* inspections = window.findChild<InspectionsPage*>(QStringLiteral("inspectionsPage"));
    REQUIRE(inspections != nullptr);
    window.showPage(inspections);
    REQUIRE(QTest::qWaitFor([inspections] { return !inspections->isReading(); }, 60000));
    shoot(window, QStringLiteral("inspections-page-") + suffix);

    // The record of the year's inspection with the most checklist items that found a hazard.
    InspectionFilter filter;
    filter.year = demoToday().year();
    qint64 chosen = 0;
    for (const InspectionRow& r : InspectionList(db).rows(filter, 200)) {
        if (r.hazards > 0) {
            chosen = r.inspection.id;
            break;
        }
    }
    REQUIRE(chosen != 0);
    QDialog* record = inspections->openInspection(chosen);
    REQUIRE(record != nullptr);
    shoot(*record, QStringLiteral("inspection-record-") + suffix);
    record->reject();

    auto* hazards = window.findChild<HazardsPage*>(QStringLiteral("hazardsPage"));
    window.showPage(hazards);
    QTest::mouseClick(hazards->findChild<QPushButton*>(QStringLiteral("registerHazardButton")), Qt::LeftButton);
    auto* editor = hazards->findChild<HazardEditor*>(QStringLiteral("hazardEditor"));
    REQUIRE(editor != nullptr);
    shoot(*editor, QStringLiteral("register-hazard-") + suffix);
    editor->reject();

    REQUIRE(hazards->showFirstHazard());
    HazardDetailPage& page = *hazards->detail();
    page.findChild<QTabWidget*>(QStringLiteral("hazardTabs"))
        ->setCurrentWidget(page.findChild<QWidget*>(QStringLiteral("documentsView")));
    shoot(window, QStringLiteral("hazard-documents-") + suffix);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("printNoticeButton")), Qt::LeftButton);
    auto* notice = page.findChild<NoticeDialog*>(QStringLiteral("noticeDialog"));
    REQUIRE(notice != nullptr);
    shoot(*notice, QStringLiteral("notice-dialog-") + suffix);
    notice->reject();
}

} // namespace

TEST_CASE("book of record screenshots", "[.screenshots][records]")
{
    GuiFixture fixture;
    const QString path = fixture.createDemo(QStringLiteral("demo.db"));
    shootAll(path, QStringLiteral("en"));
    ChineseInterface chinese;
    shootAll(path, QStringLiteral("zh"));
}
