// Nothing typed is lost on the way out (issue 19, items 2 and 3): printing or exporting the annual
// summary with unsaved prose asks whether to save it first, the locked report controls say why,
// and closing the window offers to save every page's edits, staying open when a save is refused.

#include "GuiFixture.h"
#include "InspectionFixture.h"

#include "UnitPicker.h"

#include "pages/ReportsPage.h"
#include "safeledger/storage/ArchiveQueries.h"
#include "safeledger/storage/ReportNotes.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>

using namespace safeledger;
using namespace safeledger::test;

namespace {

void waitReady(ReportsPage& page)
{
    REQUIRE(QTest::qWaitFor([&page] { return !page.isBusy(); }, 60000));
    QCoreApplication::processEvents();
}

QPushButton* answer(QWidget& window, const char* question, const char* button)
{
    auto* box = window.findChild<QMessageBox*>(QString::fromLatin1(question));
    REQUIRE(box != nullptr);
    REQUIRE(box->isVisible());
    return child<QPushButton>(*box, button);
}

struct ReportsOpened
{
    GuiFixture fixture;
    MainWindow window{test::clock()};
    ReportsPage* page = nullptr;
    int64_t town = 0;
    int year = 0;

    ReportsOpened()
    {
        fixture.createPopulated(QStringLiteral("town.db"));
        window.resize(1366, 768);
        window.show();
        REQUIRE(window.load(fixture.path(QStringLiteral("town.db"))).isEmpty());
        page = child<ReportsPage>(window, "reportsPage");
        window.showPage(page);
        town = OrgService(*window.database()).findByName("青山镇").front().id;
        year = window.database()->today().year();
        page->select(ReportsPage::Annual, town, year);
        waitReady(*page);
    }
};

const QString kProblems = QStringLiteral("村级网格员力量不足，部分企业整改反复");

} // namespace

TEST_CASE("exporting with unsaved prose asks, and saving first puts the text in the report", "[gui][reports][unsaved]")
{
    ReportsOpened o;
    ReportsPage& page = *o.page;
    child<QPlainTextEdit>(page, "problemsEdit")->setPlainText(kProblems);
    REQUIRE(page.hasUnsavedChanges());
    // The locked selectors say why, on the page itself.
    CHECK_FALSE(child<QWidget>(page, "reportYear")->isEnabled());
    CHECK(child<QLabel>(page, "notesLockedLabel")->isVisible());

    const QString pdf = o.fixture.path(QStringLiteral("summary.html"));
    QString written;
    page.afterProseSettled([&] { written = page.exportTo(pdf).isEmpty() ? page.document().html : QString(); });
    CHECK(written.isEmpty()); // nothing is written before the user answers
    QTest::mouseClick(answer(o.window, "unsavedProseQuestion", "saveProseButton"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !written.isEmpty(); }, 60000));
    CHECK(written.contains(kProblems));
    CHECK_FALSE(page.hasUnsavedChanges());
    CHECK(ReportNotes(*o.window.database()).text(o.town, o.year, ReportSection::Problems) == kProblems.toStdString());
    CHECK_FALSE(child<QLabel>(page, "notesLockedLabel")->isVisible());
    CHECK(child<QWidget>(page, "reportYear")->isEnabled());
}

TEST_CASE("exporting without the unsaved prose keeps it typed and unsaved; cancelling does nothing",
          "[gui][reports][unsaved]")
{
    ReportsOpened o;
    ReportsPage& page = *o.page;
    child<QPlainTextEdit>(page, "problemsEdit")->setPlainText(kProblems);
    int outputs = 0;
    page.afterProseSettled([&] { ++outputs; });
    QTest::mouseClick(answer(o.window, "unsavedProseQuestion", "cancelOutputButton"), Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK(outputs == 0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    page.afterProseSettled([&] { ++outputs; });
    QTest::mouseClick(answer(o.window, "unsavedProseQuestion", "withoutProseButton"), Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK(outputs == 1);
    CHECK(page.hasUnsavedChanges());
    CHECK(child<QPlainTextEdit>(page, "problemsEdit")->toPlainText() == kProblems);
    CHECK(ReportNotes(*o.window.database()).text(o.town, o.year, ReportSection::Problems).empty());
}

TEST_CASE("closing the window can save the inspection being entered and close", "[gui][inspection][unsaved]")
{
    Opened o;
    InspectionPage& page = *o.page;
    page.unitPicker()->setUnitId(o.factoryId);
    child<QLineEdit>(page, "inspectionInspectors")->setText(QStringLiteral("李四"));
    QTest::keyClicks(child<QLineEdit>(page, "inspectionNote"), QStringLiteral("saved on closing"));
    REQUIRE(page.hasUnsavedChanges());
    ArchiveQueries queries(*o.window.database());
    const size_t before = queries.inspections(o.factoryId).size();

    CHECK_FALSE(o.window.close());
    QTest::mouseClick(answer(o.window, "unsavedQuestion", "saveAndCloseButton"), Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK_FALSE(o.window.isVisible());
    const auto after = ArchiveQueries(*o.window.database()).inspections(o.factoryId);
    REQUIRE(after.size() == before + 1);
    CHECK(after.front().note == "saved on closing");
}

TEST_CASE("save and close stays open, with every edit kept, when a page cannot save", "[gui][inspection][unsaved]")
{
    Opened o;
    InspectionPage& page = *o.page;
    // No unit chosen: the inspection cannot be saved.
    child<QLineEdit>(page, "inspectionInspectors")->setText(QStringLiteral("李四"));
    QTest::keyClicks(child<QLineEdit>(page, "inspectionNote"), QStringLiteral("no unit yet"));
    o.window.showPageNamed(QStringLiteral("dashboardPage"));

    CHECK_FALSE(o.window.close());
    QTest::mouseClick(answer(o.window, "unsavedQuestion", "saveAndCloseButton"), Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK(o.window.isVisible());
    CHECK(child<QStackedWidget>(o.window, "pages")->currentWidget() == &page); // shown where to mend it
    CHECK(child<QLabel>(page, "orgError")->isVisible());
    CHECK(child<QLineEdit>(page, "inspectionNote")->text() == QStringLiteral("no unit yet"));
    CHECK(page.hasUnsavedChanges());
}
