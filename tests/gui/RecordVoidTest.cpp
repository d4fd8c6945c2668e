// The book of record through real widgets: a saved inspection opens again from the unit's archive
// with its items and hazards, is voided only after its hazards, and leaves the dashboard's
// inspection figures by exactly its share; a penalty is voided from its form, leaves the figures
// and stays listed on request with its reason; a verification recorded in error is withdrawn from
// its hazard's page, which is reopened, and the rectified count falls by one; a progress entry is
// corrected and voided there.

#include "GuiFixture.h"

#include "AuditText.h"
#include "MainWindow.h"
#include "TextTableModel.h"
#include "UnitPicker.h"
#include "pages/ChecklistModel.h"
#include "pages/DashboardPage.h"
#include "pages/FigureCard.h"
#include "pages/HazardDetailPage.h"
#include "pages/HazardsPage.h"
#include "pages/InspectionEditDialog.h"
#include "pages/InspectionRecordDialog.h"
#include "pages/InspectionsPage.h"
#include "pages/RecordFormDialog.h"
#include "pages/RecordsPage.h"
#include "pages/UnitArchive.h"
#include "pages/UnitsPage.h"
#include "pages/VoidDialog.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace safeledger;
using namespace safeledger::test;

namespace {

void click(QPushButton* button)
{
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCoreApplication::processEvents();
}

void doubleClickRow(QTableView* view, int row)
{
    const QRect cell = view->visualRect(view->model()->index(row, 0));
    REQUIRE(cell.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCoreApplication::processEvents();
}

// Voids through the open VoidDialog with this reason.
void voidWith(const QObject& root, const QString& reason)
{
    auto* voiding = openNamed<VoidDialog>(root, "voidDialog");
    named<QLineEdit>(*voiding, "void_reasonInput")->setText(reason);
    click(named<QPushButton>(*voiding, "okButton"));
}

QString card(DashboardPage& page, const char* name)
{
    REQUIRE(QTest::qWaitFor([&page] { return !page.isBusy(); }, 60000));
    QCoreApplication::processEvents();
    return named<FigureCard>(page, name)->value();
}

// The populated fixture (GuiFixture::createPopulated) plus, written before the window opens: an
// inspection of the shop by 张三 and 赵六 with two checklist items, one failed, and the hazard it
// found; and a penalty on the factory.
struct Ledger
{
    GuiFixture fixture;
    int64_t shopId = 0;
    int64_t factoryId = 0;
    Inspection inspection;
    Hazard found;
    Penalty penalty;

    Ledger()
    {
        fixture.createPopulated(QStringLiteral("town.db"));
        OpenOptions o = test::options();
        o.uuidSeed = 977; // not the fixture's seed: its UUIDs are taken
        auto db = Database::open(fixture.path(QStringLiteral("town.db")).toStdString(), o);
        OrgService orgs(*db);
        shopId = orgs.findByName("东村小卖部").front().id;
        factoryId = orgs.findByName("青山机械厂").front().id;
        RecordService records(*db);
        inspection.orgId = shopId;
        inspection.date = test::today().addDays(-3);
        inspection.inspectors = {"张三", "赵六"};
        inspection.campaign = "岁末年初安全大检查";
        std::vector<InspectionItem> items(2);
        items[0].category = "消防安全";
        items[0].text = "灭火器压力正常、在有效期内";
        items[1].category = "消防安全";
        items[1].text = "安全出口、疏散通道畅通";
        items[1].result = ItemResult::Fail;
        items[1].note = "后门被货物堵塞";
        std::vector<Hazard> hazards(1);
        hazards[0].description = "后门安全出口被货物堵塞";
        hazards[0].deadline = test::today().addDays(4);
        records.saveInspection(inspection, items, hazards);
        found = hazards[0];
        penalty.orgId = factoryId;
        penalty.decisionNumber = "青应急罚〔2026〕9号";
        penalty.decidedOn = test::today().addDays(-2);
        penalty.amountFen = 1000000;
        penalty.description = "未按规定开展隐患排查";
        records.add(penalty);
    }
};

struct Window
{
    MainWindow window{test::clock()};
    DashboardPage* dashboard = nullptr;

    explicit Window(Ledger& ledger)
    {
        window.resize(1366, 768);
        window.show();
        REQUIRE(window.load(ledger.fixture.path(QStringLiteral("town.db"))).isEmpty());
        dashboard = named<DashboardPage>(window, "dashboardPage");
        const Date today = window.database()->today();
        dashboard->selectRange(Period{today.addDays(-60), today});
    }
};

} // namespace

TEST_CASE("a saved inspection opens with its items and hazards and is voided after them", "[gui][inspection][void]")
{
    Ledger ledger;
    Window w(ledger);
    // The fixture's 2 inspections by 2 + 1 inspectors, and ours by 2.
    CHECK(card(*w.dashboard, "inspectionsCard") == QStringLiteral("3"));
    CHECK(named<FigureCard>(*w.dashboard, "inspectionsCard")->detail().startsWith(QStringLiteral("5 ")));
    CHECK(card(*w.dashboard, "foundCard") == QStringLiteral("6"));

    w.window.showUnit(ledger.shopId);
    auto* units = named<UnitsPage>(w.window, "unitsPage");
    auto* view = named<QTableView>(*units, "inspectionsArchiveView");
    TextTableModel* list = units->archive(QStringLiteral("inspections"));
    REQUIRE(list->rowCount() == 2); // ours (newest first) and the fixture's second
    REQUIRE(list->idAt(0) == ledger.inspection.id);
    doubleClickRow(view, 0);
    auto* record = openNamed<InspectionRecordDialog>(*units, "inspectionRecordDialog");

    const QString header = named<QLabel>(*record, "inspectionHeader")->text();
    CHECK(header.contains(QStringLiteral("东村小卖部")));
    CHECK(header.contains(QStringLiteral("岁末年初安全大检查")));
    CHECK(header.contains(QStringLiteral("张三、赵六")));
    REQUIRE(record->items()->rowCount() == 2);
    CHECK(record->items()->data(record->items()->index(1, 2)).toString() == QStringLiteral("安全出口、疏散通道畅通"));
    CHECK(record->items()->data(record->items()->index(1, 3)).toString() == QStringLiteral("Fail"));
    CHECK(record->items()->data(record->items()->index(1, 4)).toString() == QStringLiteral("后门被货物堵塞"));
    REQUIRE(record->hazards()->rowCount() == 1);
    CHECK(record->hazards()->idAt(0) == ledger.found.id);
    // Enter closes the record: neither Correct… nor Void… is the default button.
    CHECK_FALSE(named<QPushButton>(*record, "voidInspectionButton")->isDefault());
    CHECK_FALSE(named<QPushButton>(*record, "voidInspectionButton")->autoDefault());
    CHECK_FALSE(named<QPushButton>(*record, "correctInspectionButton")->autoDefault());

    // Refused while the hazard it found is on the ledger: said in words, nothing voided.
    click(named<QPushButton>(*record, "voidInspectionButton"));
    voidWith(*record, QStringLiteral("录入错误"));
    auto* message = named<QLabel>(*record, "inspectionMessage");
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("1 hazard")));
    CHECK_FALSE(Repository<Inspection>(*w.window.database()).get(ledger.inspection.id).isVoided());

    // Once its hazard is voided, the inspection is voided and shows why.
    HazardService(*w.window.database()).voidHazard(ledger.found.id, "与已登记隐患重复");
    click(named<QPushButton>(*record, "voidInspectionButton"));
    voidWith(*record, QStringLiteral("检查未实际开展，录入错误"));
    CHECK(Repository<Inspection>(*w.window.database()).get(ledger.inspection.id).voidReason ==
          "检查未实际开展，录入错误");
    CHECK(named<QLabel>(*record, "inspectionHeader")->text().contains(QStringLiteral("检查未实际开展")));
    CHECK_FALSE(named<QPushButton>(*record, "voidInspectionButton")->isVisible());
    CHECK(list->rowCount() == 1);

    // The dashboard: one inspection and its 2 人次 fewer, one hazard fewer.
    w.window.showPage(w.dashboard);
    CHECK(card(*w.dashboard, "inspectionsCard") == QStringLiteral("2"));
    CHECK(named<FigureCard>(*w.dashboard, "inspectionsCard")->detail().startsWith(QStringLiteral("3 ")));
    CHECK(card(*w.dashboard, "foundCard") == QStringLiteral("5"));
}

TEST_CASE("a penalty is voided from its form and listed again only on request", "[gui][records][void]")
{
    Ledger ledger;
    Window w(ledger);
    CHECK(card(*w.dashboard, "penaltiesCard") == QStringLiteral("1"));

    auto* page = named<RecordsPage>(w.window, "penaltiesPage");
    w.window.showPage(page);
    REQUIRE(QTest::qWaitFor([page] { return !page->isReading(); }, 60000));
    REQUIRE(page->model()->rowCount() == 1);
    doubleClickRow(named<QTableView>(*page, "recordsView"), 0);
    auto* form = openNamed<RecordFormDialog>(*page, "recordFormDialog");
    click(named<QPushButton>(*form, "voidRecordButton"));
    voidWith(*form, QStringLiteral("决定书号录错，重新录入"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(page->findChild<RecordFormDialog*>(QStringLiteral("recordFormDialog")) == nullptr);
    CHECK(Repository<Penalty>(*w.window.database()).get(ledger.penalty.id).isVoided());
    REQUIRE(QTest::qWaitFor([page] { return !page->isReading(); }, 60000));
    CHECK(page->model()->rowCount() == 0);

    // Shown on request, greyed, with why; opening it shows a read-only form saying when and why.
    named<QCheckBox>(*page, "showVoided")->setChecked(true);
    REQUIRE(QTest::qWaitFor([page] { return !page->isReading(); }, 60000));
    REQUIRE(page->model()->rowCount() == 1);
    const QString last = page->model()->data(page->model()->index(0, 4)).toString();
    CHECK(last.contains(QStringLiteral("决定书号录错，重新录入")));
    CHECK(page->model()->data(page->model()->index(0, 0), Qt::ForegroundRole).isValid());
    doubleClickRow(named<QTableView>(*page, "recordsView"), 0);
    form = openNamed<RecordFormDialog>(*page, "recordFormDialog");
    CHECK_FALSE(form->okButton()->isEnabled());
    CHECK(form->findChild<QPushButton*>(QStringLiteral("voidRecordButton")) == nullptr);
    const QString voidedNote = named<QLabel>(*form, "recordError")->text();
    CHECK(voidedNote.contains(QStringLiteral("决定书号录错")));
    CHECK(voidedNote.contains(QString::fromStdString(w.window.database()->operatorName()))); // who voided it
    const Penalty stored = Repository<Penalty>(*w.window.database()).get(ledger.penalty.id);
    CHECK(voidedNote.contains(AuditText::localTime(stored.voidedAt))); // and when
    form->reject();

    w.window.showPage(w.dashboard);
    CHECK(card(*w.dashboard, "penaltiesCard") == QStringLiteral("0"));
}

TEST_CASE("the inspections page lists a year's inspections of a unit and below with their figures", "[gui][inspection]")
{
    Ledger ledger;
    Window w(ledger);
    auto* page = named<InspectionsPage>(w.window, "inspectionsPage");
    w.window.showPage(page);
    const auto settle = [page] { REQUIRE(QTest::qWaitFor([page] { return !page->isReading(); }, 60000)); };
    settle();
    TextTableModel* list = page->model();
    // Counted by hand: the fixture's two (the factory by 李四 王五, the shop by 李四) and ours.
    REQUIRE(list->rowCount() == 3);
    CHECK(list->idAt(0) == ledger.inspection.id);                           // newest first
    CHECK(list->data(list->index(0, 5)).toString() == QStringLiteral("1")); // the hazard it found
    auto* summary = named<QLabel>(*page, "inspectionSummary");
    CHECK(summary->text().startsWith(QStringLiteral("3 inspection(s), 5 inspector")));

    // A unit and everything below it: the town holds the factory and the shop; the shop alone.
    OrgService orgs(*w.window.database());
    named<UnitPicker>(*page, "inspectionUnit")->setUnitId(orgs.findByName("青山镇").front().id);
    settle();
    CHECK(list->rowCount() == 3);
    named<UnitPicker>(*page, "inspectionUnit")->setUnitId(ledger.shopId);
    settle();
    CHECK(list->rowCount() == 2);
    CHECK(summary->text().startsWith(QStringLiteral("2 inspection(s), 3 inspector")));
    named<UnitPicker>(*page, "inspectionUnit")->setUnitId(std::nullopt);
    settle();

    // By inspector or campaign.
    named<QLineEdit>(*page, "inspectionText")->setText(QStringLiteral("赵六"));
    REQUIRE(QTest::qWaitFor([list] { return list->rowCount() == 1; }, 5000));
    settle();
    CHECK(list->idAt(0) == ledger.inspection.id);
    named<QLineEdit>(*page, "inspectionText")->setText(QStringLiteral("岁末年初"));
    QTest::qWait(400);
    settle();
    CHECK(list->rowCount() == 1);
    named<QLineEdit>(*page, "inspectionText")->clear();
    QTest::qWait(400);
    settle();
    REQUIRE(list->rowCount() == 3);

    // A row opens its record; once voided it leaves the list and the figures, and comes back greyed
    // with its reason on request.
    doubleClickRow(named<QTableView>(*page, "inspectionsView"), 0);
    auto* record = openNamed<InspectionRecordDialog>(*page, "inspectionRecordDialog");
    REQUIRE(record->hazards()->rowCount() == 1);
    HazardService(*w.window.database()).voidHazard(ledger.found.id, "录入错误");
    click(named<QPushButton>(*record, "voidInspectionButton"));
    voidWith(*record, QStringLiteral("检查记录重复"));
    record->reject();
    settle();
    CHECK(list->rowCount() == 2);
    CHECK(summary->text().startsWith(QStringLiteral("2 inspection(s), 3 inspector")));
    named<QCheckBox>(*page, "showVoided")->setChecked(true);
    settle();
    REQUIRE(list->rowCount() == 3);
    CHECK(list->idAt(0) == ledger.inspection.id);
    CHECK(list->data(list->index(0, 6)).toString().contains(QStringLiteral("检查记录重复")));
    CHECK(list->data(list->index(0, 0), Qt::ForegroundRole).isValid());
    CHECK(summary->text().startsWith(QStringLiteral("2 inspection(s)"))); // voided ones never count
}

TEST_CASE("the inspections page reads a page at a time and shows the next below, keeping the selection",
          "[gui][inspection]")
{
    Ledger ledger;
    Window w(ledger);
    auto* page = named<InspectionsPage>(w.window, "inspectionsPage");
    w.window.showPage(page);
    const auto settle = [page] { REQUIRE(QTest::qWaitFor([page] { return !page->isReading(); }, 60000)); };
    page->setPageSize(2);
    page->refresh();
    settle();
    // Three inspections this year (see the test above): two listed, the third a click away.
    TextTableModel* list = page->model();
    REQUIRE(list->rowCount() == 2);
    auto* more = named<QPushButton>(*page, "inspectionsMoreButton");
    CHECK(more->isVisible());
    CHECK(more->text() == QStringLiteral("Show the next 2"));
    auto* summary = named<QLabel>(*page, "inspectionSummary");
    CHECK(summary->text().contains(QStringLiteral("The newest 2 are listed")));
    const qint64 first = list->idAt(0), second = list->idAt(1);
    auto* view = named<QTableView>(*page, "inspectionsView");
    view->selectRow(1);
    click(more);
    settle();
    REQUIRE(list->rowCount() == 3);
    CHECK(list->idAt(0) == first); // the rows shown stay, the next come below
    CHECK(list->idAt(1) == second);
    CHECK(view->selectionModel()->isRowSelected(1, {}));
    CHECK_FALSE(more->isVisible());
    CHECK_FALSE(summary->text().contains(QStringLiteral("listed")));
    // Every inspection once: the third is neither of the first two.
    CHECK(list->idAt(2) != first);
    CHECK(list->idAt(2) != second);
}

TEST_CASE("a saved inspection is corrected from its record; someone else's save meanwhile is refused in words",
          "[gui][inspection]")
{
    Ledger ledger;
    Window w(ledger);
    CHECK(named<FigureCard>(*w.dashboard, "inspectionsCard")->detail().startsWith(QStringLiteral("5 ")));
    auto* page = named<InspectionsPage>(w.window, "inspectionsPage");
    w.window.showPage(page);
    REQUIRE(QTest::qWaitFor([page] { return !page->isReading(); }, 60000));
    auto* record = qobject_cast<InspectionRecordDialog*>(page->openInspection(ledger.inspection.id));
    REQUIRE(record != nullptr);

    click(named<QPushButton>(*record, "correctInspectionButton"));
    auto* edit = openNamed<InspectionEditDialog>(*record, "inspectionEditDialog");
    auto* inspectors = named<QLineEdit>(*edit, "inspectorsInput");
    CHECK(inspectors->text() == QStringLiteral("张三、赵六"));
    inspectors->setText(QStringLiteral("张三、赵六、孙七"));
    REQUIRE(edit->items()->rowCount() == 2);
    edit->items()->setData(edit->items()->index(1, ChecklistModel::Note), QStringLiteral("后门已当场清理"));

    // Meanwhile the same inspection is corrected elsewhere (another window of this ledger; a second
    // writer of the file is kept out by its lock).
    {
        Inspection theirs = Repository<Inspection>(*w.window.database()).get(ledger.inspection.id);
        theirs.note = "另一名检查员补记";
        std::vector<InspectionItem> none;
        RecordService(*w.window.database()).correctInspection(theirs, none);
    }
    click(named<QPushButton>(*edit, "okButton"));
    CHECK(edit->isVisible());
    CHECK(named<QLabel>(*edit, "inspectionEditError")->text().contains(QStringLiteral("reload")));
    CHECK(inspectors->text() == QStringLiteral("张三、赵六、孙七")); // nothing typed is lost
    CHECK(Repository<Inspection>(*w.window.database()).get(ledger.inspection.id).inspectors.size() == 2);

    // Reload, correct again, save.
    click(named<QPushButton>(*edit, "reloadButton"));
    CHECK(named<QPlainTextEdit>(*edit, "noteInput")->toPlainText() == QStringLiteral("另一名检查员补记"));
    inspectors->setText(QStringLiteral("张三，赵六，孙七"));
    const QPointer<InspectionEditDialog> closing(edit);
    click(named<QPushButton>(*edit, "okButton"));
    CHECK((closing.isNull() || !closing->isVisible()));
    const Inspection stored = Repository<Inspection>(*w.window.database()).get(ledger.inspection.id);
    CHECK(stored.inspectors == std::vector<std::string>{"张三", "赵六", "孙七"});
    CHECK(stored.note == "另一名检查员补记");
    CHECK(named<QLabel>(*record, "inspectionHeader")->text().contains(QStringLiteral("张三、赵六、孙七")));

    // The dashboard's 人次 follows: 2 + 1 of the fixture and now 3 of ours.
    w.window.showPage(w.dashboard);
    card(*w.dashboard, "inspectionsCard");
    CHECK(named<FigureCard>(*w.dashboard, "inspectionsCard")->detail().startsWith(QStringLiteral("6 ")));
}

TEST_CASE("a verification recorded in error is withdrawn on the hazard's page and leaves the figures",
          "[gui][hazard][withdraw]")
{
    Ledger ledger;
    { // the hazard the inspection found, verified and closed today
        OpenOptions o = test::options();
        o.uuidSeed = 978;
        auto db = Database::open(ledger.fixture.path(QStringLiteral("town.db")).toStdString(), o);
        HazardService hazards(*db);
        hazards.submitForVerification(ledger.found.id);
        Verification v;
        v.date = test::today();
        v.inspector = "李安全";
        v.passed = true;
        hazards.verify(ledger.found.id, v);
    }
    Window w(ledger);
    const int rectified = card(*w.dashboard, "rectifiedCard").toInt();
    REQUIRE(rectified >= 1);

    w.window.showHazard(ledger.found.id);
    HazardDetailPage& page = *named<HazardsPage>(w.window, "hazardsPage")->detail();
    REQUIRE(page.hazard().status == HazardStatus::Closed);
    named<QTabWidget>(page, "hazardTabs")->setCurrentWidget(named<QWidget>(page, "verificationsTab"));
    click(named<QPushButton>(page, "withdrawVerificationButton"));
    auto* asking = openNamed<VoidDialog>(page, "voidDialog");
    CHECK(named<QLabel>(*asking, "voidQuestion")->text().contains(QStringLiteral("reopened")));
    voidWith(page, QStringLiteral("复查结论录入错误"));

    // Reopened, awaiting verification; the verification stays listed with why, and cannot be
    // withdrawn twice; a new verification can be recorded.
    CHECK(page.hazard().status == HazardStatus::AwaitingVerification);
    CHECK_FALSE(page.hazard().closedOn);
    const QAbstractItemModel* verifications = named<QTableView>(page, "verificationsView")->model();
    REQUIRE(verifications->rowCount() == 1);
    CHECK(verifications->index(0, 2).data().toString() == QStringLiteral("passed, withdrawn: 复查结论录入错误"));
    CHECK_FALSE(named<QPushButton>(page, "withdrawVerificationButton")->isVisible());
    CHECK(page.actionButton(HazardAction::VerifyPass)->isVisible());

    // The dashboard: exactly one rectified hazard fewer.
    w.window.showPage(w.dashboard);
    CHECK(card(*w.dashboard, "rectifiedCard") == QString::number(rectified - 1));
}

TEST_CASE("a progress entry is corrected and voided on the hazard's page", "[gui][hazard][progress]")
{
    Ledger ledger;
    { // the hazard the inspection found, with one progress entry
        OpenOptions o = test::options();
        o.uuidSeed = 979;
        auto db = Database::open(ledger.fixture.path(QStringLiteral("town.db")).toStdString(), o);
        Rectification r;
        r.date = test::today();
        r.description = "已清理后门货物";
        r.costFen = 5000;
        HazardService(*db).recordProgress(ledger.found.id, r);
    }
    Window w(ledger);
    w.window.showHazard(ledger.found.id);
    HazardDetailPage& page = *named<HazardsPage>(w.window, "hazardsPage")->detail();
    REQUIRE(page.hazard().status == HazardStatus::Rectifying);
    auto* view = named<QTableView>(page, "progressView");
    auto* correct = named<QPushButton>(page, "correctProgressButton");
    auto* voiding = named<QPushButton>(page, "voidProgressButton");
    CHECK_FALSE(correct->isEnabled()); // nothing chosen yet
    const QRect cell = view->visualRect(view->model()->index(0, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    CHECK(correct->isEnabled());

    // Corrected in the progress form, filled with what was typed.
    click(correct);
    auto* form = openNamed<QDialog>(page, "hazardActionDialog");
    auto* text = named<QPlainTextEdit>(*form, "actionText");
    CHECK(text->toPlainText() == QStringLiteral("已清理后门货物"));
    text->setPlainText(QStringLiteral("已清理后门货物，恢复安全出口畅通"));
    click(named<QPushButton>(*form, "okButton"));
    CHECK(view->model()->index(0, 1).data().toString() == QStringLiteral("已清理后门货物，恢复安全出口畅通"));
    CHECK(view->model()->index(0, 2).data().toString().startsWith(QStringLiteral("50.00")));

    // Voided with a reason: listed, marked; the hazard, rectifying only by it, is registered again.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    click(voiding);
    voidWith(page, QStringLiteral("录入到错误的隐患"));
    REQUIRE(view->model()->rowCount() == 1);
    CHECK(view->model()->index(0, 1).data().toString() ==
          QStringLiteral("已清理后门货物，恢复安全出口畅通 (voided: 录入到错误的隐患)"));
    CHECK(page.hazard().status == HazardStatus::Registered);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    CHECK_FALSE(correct->isEnabled()); // a voided entry is not corrected
}
