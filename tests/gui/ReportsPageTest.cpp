// The reports page: the prose sections are kept with the unit and year and appear in the
// report, the preview shows the report library's document, and it exports; the notice dialog
// makes an enforcement document for a hazard.

#include "GuiFixture.h"

#include "MainWindow.h"
#include "pages/NoticeDialog.h"
#include "pages/ReportsPage.h"
#include "safeledger/report/ReportDocument.h"
#include "safeledger/storage/HazardQuery.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/ReportNotes.h"

#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>

#include <catch2/catch.hpp>

using namespace safeledger;
using namespace safeledger::test;

namespace {

void waitReady(ReportsPage& page)
{
    REQUIRE(QTest::qWaitFor([&page] { return !page.isBusy(); }, 60000));
    QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("the annual report's prose is kept with the unit and year and printed in the report", "[gui][reports]")
{
    GuiFixture fixture;
    fixture.createPopulated(QStringLiteral("town.db"));
    MainWindow window{test::clock()};
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.load(fixture.path(QStringLiteral("town.db"))).isEmpty());
    auto* page = window.findChild<ReportsPage*>(QStringLiteral("reportsPage"));
    REQUIRE(page != nullptr);
    Database& db = *window.database();
    const int64_t town = OrgService(db).findByName("青山镇").front().id;
    const int year = db.today().year();

    page->select(ReportsPage::Annual, town, year);
    waitReady(*page);
    REQUIRE_FALSE(page->document().html.isEmpty());
    CHECK(page->document().title.contains(QStringLiteral("青山镇")));

    auto* problems = page->findChild<QPlainTextEdit*>(QStringLiteral("problemsEdit"));
    auto* plan = page->findChild<QPlainTextEdit*>(QStringLiteral("planEdit"));
    problems->setPlainText(QStringLiteral("小微企业消防通道堵塞问题反复出现"));
    plan->setPlainText(QStringLiteral("开展“百日攻坚”专项整治"));
    CHECK(page->hasUnsavedChanges());
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("saveNotesButton")), Qt::LeftButton);
    CHECK_FALSE(page->hasUnsavedChanges());
    CHECK(ReportNotes(db).text(town, year, ReportSection::Problems) == "小微企业消防通道堵塞问题反复出现");
    CHECK(ReportNotes(db).text(town, year, ReportSection::Plan) == "开展“百日攻坚”专项整治");
    waitReady(*page);
    const QString shown = page->findChild<QTextBrowser*>(QStringLiteral("reportPreview"))->toPlainText();
    CHECK(shown.contains(QStringLiteral("小微企业消防通道堵塞问题反复出现")));
    CHECK(shown.contains(QStringLiteral("百日攻坚")));

    // Another year has its own (empty) text; coming back shows the saved one.
    page->select(ReportsPage::Annual, town, year - 1);
    waitReady(*page);
    CHECK(problems->toPlainText().isEmpty());
    page->select(ReportsPage::Annual, town, year);
    waitReady(*page);
    CHECK(problems->toPlainText() == QStringLiteral("小微企业消防通道堵塞问题反复出现"));

    const QString pdf = fixture.path(QStringLiteral("summary.pdf"));
    CHECK(page->exportTo(pdf).isEmpty());
    CHECK(QFileInfo(pdf).size() > 1000);

    page->select(ReportsPage::Quarterly, std::nullopt, year, 1);
    waitReady(*page);
    CHECK_FALSE(page->document().html.isEmpty());
    CHECK_FALSE(problems->isVisibleTo(page));
    const QString odt = fixture.path(QStringLiteral("quarter.odt"));
    CHECK(page->exportTo(odt).isEmpty());
    CHECK(QFileInfo(odt).size() > 1000);
}

TEST_CASE("the notice dialog makes an enforcement document listing the hazard", "[gui][reports]")
{
    GuiFixture fixture;
    fixture.createPopulated(QStringLiteral("town.db"));
    MainWindow window{test::clock()};
    REQUIRE(window.load(fixture.path(QStringLiteral("town.db"))).isEmpty());
    Database& db = *window.database();
    HazardFilter open;
    open.statuses = {HazardStatus::Registered, HazardStatus::Rectifying, HazardStatus::AwaitingVerification};
    const auto rows = HazardQuery(db, open).first(10).rows;
    REQUIRE_FALSE(rows.empty());
    NoticeDialog dialog(db, rows.front().orgId, {rows.front().id});
    dialog.findChild<QLineEdit*>(QStringLiteral("noticeNumber"))->setText(QStringLiteral("〔2026〕第7号"));
    ReportDocument document;
    REQUIRE(dialog.makeDocument(document));
    CHECK(document.html.contains(QStringLiteral("〔2026〕第7号")));
    CHECK(document.html.contains(QString::fromUtf8(rows.front().unitName)));

    NoticeDialog wrong(db, rows.front().orgId, {});
    CHECK_FALSE(wrong.makeDocument(document)); // an empty list is refused, in words
}
