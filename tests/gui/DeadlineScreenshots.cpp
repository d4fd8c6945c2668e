// Not a test: renders issue 14's windows on the demo to PNG files for review, offscreen, in English
// and in Chinese: the to-do page, a hazard's deadline tab with its extension request, the request
// form, the hazard form's working days and the working calendar.
//   SAFELEDGER_SCREENSHOTS=/tmp/shots test_gui "[.screenshots][deadlines]"
#include "GuiFixture.h"

#include "CalendarDialog.h"
#include "HazardEditor.h"
#include "MainWindow.h"
#include "pages/ExtensionSection.h"
#include "pages/HazardDetailPage.h"
#include "pages/HazardsPage.h"
#include "pages/TodoPage.h"
#include "safeledger/demo/DemoBuilder.h"
#include "safeledger/storage/ExtensionService.h"

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

    auto* todo = window.findChild<TodoPage*>(QStringLiteral("todoPage"));
    REQUIRE(todo != nullptr);
    window.showPage(todo);
    REQUIRE(QTest::qWaitFor([todo] { return !todo->isReading(); }, 60000));
    shoot(window, QStringLiteral("todo-page-") + suffix);

    // The demo's pending request: its hazard's deadline tab, and the decision form.
    const auto pending = ExtensionService(db).pending(0, 1);
    REQUIRE(pending.size() == 1);
    auto* hazards = window.findChild<HazardsPage*>(QStringLiteral("hazardsPage"));
    window.showPage(hazards);
    hazards->showHazard(pending.front().hazardId);
    HazardDetailPage& page = *hazards->detail();
    page.findChild<QTabWidget*>(QStringLiteral("hazardTabs"))->setCurrentWidget(page.extensions());
    shoot(window, QStringLiteral("hazard-deadline-tab-") + suffix);
    QDialog* decision = page.extensions()->decide(true);
    REQUIRE(decision != nullptr);
    shoot(*decision, QStringLiteral("extension-decision-") + suffix);
    decision->reject();

    HazardEditor editor;
    editor.setToday(demoToday());
    Hazard h;
    h.foundOn = Date::fromParts(2026, 9, 30);
    h.deadline = Date::fromParts(2026, 10, 5);
    h.description = "配电箱未上锁";
    editor.setHazard(h);
    shoot(editor, QStringLiteral("hazard-form-deadline-") + suffix);

    CalendarDialog calendar(db);
    shoot(calendar, QStringLiteral("working-calendar-") + suffix);
}

} // namespace

TEST_CASE("deadline screenshots", "[.screenshots][deadlines]")
{
    GuiFixture fixture;
    const QString path = fixture.createDemo(QStringLiteral("demo.db"));
    shootAll(path, QStringLiteral("en"));
    ChineseInterface chinese;
    shootAll(path, QStringLiteral("zh"));
}
