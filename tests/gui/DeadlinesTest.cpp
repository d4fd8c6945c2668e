// Issue 14 in the window: an extension request driven through its approval on the hazard's page,
// after which the hazard leaves the to-do page's overdue lines; the hazard form's working days;
// the working calendar dialog.
#include "GuiFixture.h"

#include "CalendarDialog.h"
#include "DocumentNumbersDialog.h"
#include "HazardEditor.h"
#include "Language.h"
#include "MainWindow.h"
#include "TextTableModel.h"
#include "pages/ExtensionSection.h"
#include "pages/HazardDetailPage.h"
#include "pages/HazardTableModel.h"
#include "pages/HazardsPage.h"
#include "pages/TodoModel.h"
#include "pages/TodoPage.h"
#include "safeledger/storage/CalendarStore.h"
#include "safeledger/storage/ExtensionService.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/RecordService.h"

#include <QDateEdit>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace safeledger;
using namespace safeledger::test;

namespace {

// The to-do page's line of a hazard, or -1.
int lineOf(TodoPage& page, const QString& description)
{
    TodoModel* model = page.model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, TodoModel::Description).data().toString().contains(description)) {
            return row;
        }
    }
    return -1;
}

} // namespace

TEST_CASE("an extension request, approved on the hazard's page, takes the hazard off the overdue lines",
          "[gui][deadlines]")
{
    GuiFixture fixture;
    REQUIRE(Language::install(*QCoreApplication::instance(), Language::English)); // its plural forms
    const QString path = fixture.path(QStringLiteral("town.db"));
    int64_t hazardId = 0;
    {
        auto db = Database::create(QFile::encodeName(path).toStdString(), options());
        Organisation shop;
        shop.name = "城关五金店";
        shop.kind = OrgKind::Business;
        OrgService(*db).add(shop);
        Hazard h;
        h.orgId = shop.id;
        h.source = HazardSource::PublicReport;
        h.description = "消防通道堆放杂物";
        h.foundOn = Date::fromParts(2026, 11, 2);
        h.deadline = Date::fromParts(2026, 11, 20); // today is Wednesday 11-25: five days overdue
        HazardService(*db).registerHazard(h);
        hazardId = h.id;
    }
    MainWindow window(test::clock());
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.load(path).isEmpty());
    Database& db = *window.database();
    // Opening the ledger says what falls due, in the status bar (not a dialog).
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("overdue: 1")));
    CHECK_FALSE(named<QLabel>(window, "databasePathLabel")->isVisible()); // the notice is readable

    auto* todo = named<TodoPage>(window, "todoPage");
    window.showPage(todo);
    int line = lineOf(*todo, QStringLiteral("消防通道堆放杂物"));
    REQUIRE(line >= 0);
    CHECK(todo->model()->index(line, TodoModel::When).data().toString() == QStringLiteral("Overdue 5 days"));
    CHECK(named<QLabel>(*todo, "todoSummary")->text().startsWith(QStringLiteral("Overdue 1 ")));

    // The line opens the hazard's page; its deadline tab asks for five working days more.
    emit named<QTableView>(*todo, "todoView")->activated(todo->model()->index(line, 0));
    auto* hazards = named<HazardsPage>(window, "hazardsPage");
    auto* detail = hazards->findChild<HazardDetailPage*>();
    REQUIRE(detail != nullptr);
    REQUIRE(detail->hazard().id == hazardId);
    ExtensionSection* section = detail->extensions();
    CHECK(named<QPushButton>(*section, "requestExtensionButton")->isVisibleTo(section));
    CHECK_FALSE(named<QPushButton>(*section, "approveExtensionButton")->isVisibleTo(section));
    QDialog* request = section->requestExtension();
    REQUIRE(request != nullptr);
    named<QSpinBox>(*request, "extensionDays")->setValue(5);
    // 11-20 plus five working days: 11-23, 24, 25, 26, 27.
    CHECK(named<QDateEdit>(*request, "extensionDeadline")->date() == QDate(2026, 11, 27));
    QTest::mouseClick(named<QPushButton>(*request, "okButton"), Qt::LeftButton);
    // No reason: refused in words, the dialog stays with what was typed.
    CHECK(request->isVisible());
    CHECK(named<QLabel>(*request, "errorLabel")->text().contains(QStringLiteral("why the deadline")));
    named<QPlainTextEdit>(*request, "extensionReason")->setPlainText(QStringLiteral("货架改造需停业两天"));
    QTest::mouseClick(named<QPushButton>(*request, "okButton"), Qt::LeftButton);
    CHECK_FALSE(request->isVisible());
    REQUIRE(ExtensionService(db).pendingCount(0) == 1);
    CHECK(section->model()->rowCount() == 1);
    CHECK(named<QPushButton>(*section, "approveExtensionButton")->isVisibleTo(section));
    CHECK_FALSE(named<QPushButton>(*section, "requestExtensionButton")->isVisibleTo(section));

    // While pending it is still overdue on the to-do page, and the request is listed there.
    window.showPage(todo);
    todo->refresh();
    line = lineOf(*todo, QStringLiteral("消防通道堆放杂物"));
    REQUIRE(line >= 0);
    CHECK(todo->model()->index(line, TodoModel::When).data().toString().startsWith(QStringLiteral("Overdue")));
    CHECK(todo->requests()->rowCount() == 1);

    // Approved: the deadline is 11-27, due in two working days, and nothing is overdue.
    QDialog* decision = section->decide(true);
    REQUIRE(decision != nullptr);
    QTest::mouseClick(named<QPushButton>(*decision, "okButton"), Qt::LeftButton);
    CHECK_FALSE(decision->isVisible());
    CHECK(HazardService(db).get(hazardId).deadline == Date::fromParts(2026, 11, 27));
    todo->refresh();
    line = lineOf(*todo, QStringLiteral("消防通道堆放杂物"));
    REQUIRE(line >= 0);
    CHECK(todo->model()->index(line, TodoModel::When).data().toString() == QStringLiteral("Due in 2 working days"));
    CHECK(named<QLabel>(*todo, "todoSummary")->text().startsWith(QStringLiteral("Overdue 0 ")));
    CHECK(todo->requests()->rowCount() == 0);

    // The unit takes the new deadline's Friday off: the hazard list, read again, says so.
    CalendarStore(db).setLocalDay({Date::fromParts(2026, 11, 27), false, "镇庆"});
    hazards->model()->reload();
    REQUIRE(hazards->model()->rowCount() == 1);
    CHECK(hazards->model()->index(0, HazardTableModel::Deadline).data().toString() ==
          QStringLiteral("2026-11-27（镇庆）"));

    // The written request goes with it, listed on the hazard's deadline tab.
    const QString letter = fixture.path(QStringLiteral("延期申请书.pdf"));
    {
        QFile out(letter);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("%PDF-1.4\n% a stand-in\n");
    }
    REQUIRE(section->attachFiles(0, {letter}));
    CHECK(section->model()->index(0, 7).data().toString() == QStringLiteral("延期申请书.pdf"));
    CHECK(db.connection().scalarInt("SELECT count(*) FROM attachment WHERE owner_table = 'extension_request'") == 1);
}

TEST_CASE("the hazard form counts working days over a holiday and points out a deadline on one", "[gui][deadlines]")
{
    HazardEditor editor;
    editor.setToday(Date::fromParts(2026, 11, 25));
    Hazard h;
    h.foundOn = Date::fromParts(2026, 9, 30);
    h.deadline = Date::fromParts(2026, 10, 9);
    editor.setHazard(h);
    auto* days = named<QSpinBox>(editor, "workingDaysSpin");
    auto* deadline = named<QDateEdit>(editor, "deadlineEdit");
    auto* note = named<QLabel>(editor, "deadlineNoteLabel");
    CHECK(days->value() == 2); // 10-08 and 10-09 after the National Day holiday
    days->setValue(5);
    CHECK(deadline->date() == QDate(2026, 10, 13)); // Saturday 10-10 is a make-up working day
    CHECK(note->text().isEmpty());
    deadline->setDate(QDate(2026, 10, 5));
    CHECK(note->text().contains(QStringLiteral("国庆节")));
    deadline->setDate(QDate(2027, 3, 1));
    CHECK(note->text().contains(QStringLiteral("No holiday calendar for 2027")));

    // A hazard registered on an earlier day: its deadline is locked; the form says where it moves.
    Hazard stored = h;
    stored.id = 7;
    stored.createdAt = "2026-10-01T02:00:00Z";
    editor.setHazard(stored);
    CHECK_FALSE(deadline->isEnabled());
    CHECK_FALSE(days->isEnabled());
    CHECK(note->text().contains(QStringLiteral("extension request")));
}

TEST_CASE("the working calendar dialog imports a year and keeps the unit's own days", "[gui][deadlines]")
{
    GuiFixture fixture;
    auto db = Database::inMemory(options());
    CalendarDialog dialog(*db);
    const int shipped = dialog.years()->rowCount();
    CHECK(shipped == 3);
    const QString file = fixture.path(QStringLiteral("2027.txt"));
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("year 2027\nsource 县应急管理局转发\nholiday 2027-02-06 2027-02-12 春节\n");
    }
    CHECK(dialog.importFile(file));
    CHECK(dialog.years()->rowCount() == shipped + 1);
    CHECK(dialog.years()->item(shipped, 2)->text() == QStringLiteral("imported"));
    // A broken file is refused with its line; nothing changes.
    {
        QFile out(fixture.path(QStringLiteral("bad.txt")));
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("year 2027\nsource x\nworkday 2027-01-04 周一\n");
    }
    CHECK_FALSE(dialog.importFile(fixture.path(QStringLiteral("bad.txt"))));
    CHECK(named<QLabel>(dialog, "calendarError")->text().contains(QStringLiteral("line 3")));
    named<QDateEdit>(dialog, "localDayDate")->setDate(QDate(2026, 12, 8));
    named<QLineEdit>(dialog, "localDayName")->setText(QStringLiteral("镇庆"));
    QTest::mouseClick(named<QPushButton>(dialog, "addLocalDayButton"), Qt::LeftButton);
    REQUIRE(dialog.localDays()->rowCount() == 1);
    CHECK(dialog.localDays()->item(0, 2)->text() == QStringLiteral("镇庆"));
    CHECK_FALSE(CalendarStore(*db).calendar().isWorkingDay(Date::fromParts(2026, 12, 8)));
    named<QSpinBox>(dialog, "escalationDays")->setValue(15);
    QTest::mouseClick(named<QPushButton>(dialog, "saveRulesButton"), Qt::LeftButton);
    CHECK(ExtensionService(*db).escalationRules().generalOverdueDays == 15);
}

TEST_CASE("the document number pattern is set from its dialog, with examples as it is typed", "[gui][settings]")
{
    auto db = Database::inMemory(options());
    DocumentNumbersDialog dialog(*db);
    auto* pattern = named<QLineEdit>(dialog, "documentPatternEdit");
    CHECK(pattern->text() == QStringLiteral("{kind}〔{year}〕第{n:3}号"));
    pattern->setText(QStringLiteral("青安监{kind}〔{year}〕第{n:3}号"));
    CHECK(
        named<QLabel>(dialog, "documentPatternPreview")->text().contains(QStringLiteral("青安监限改〔2026〕第015号")));
    REQUIRE(dialog.save());
    CHECK(RecordService(*db).documentNumberPattern() == "青安监{kind}〔{year}〕第{n:3}号");
    // A pattern without the running number cannot number anything: refused in words, nothing saved.
    pattern->setText(QStringLiteral("青安监{kind}〔{year}〕"));
    CHECK(named<QLabel>(dialog, "documentPatternError")->isVisibleTo(&dialog));
    CHECK_FALSE(dialog.save());
    CHECK(RecordService(*db).documentNumberPattern() == "青安监{kind}〔{year}〕第{n:3}号");
}
