// A hazard through its whole lifecycle on its page, each action offered only where the lifecycle
// allows it; and the lazy hazard list model checked by QAbstractItemModelTester.

#include "GuiFixture.h"

#include "HazardActionDialog.h"
#include "MainWindow.h"
#include "QtDates.h"
#include "TextTableModel.h"
#include "pages/HazardDetailPage.h"
#include "pages/HazardTableModel.h"
#include "pages/HazardsPage.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/OrgService.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace safeledger;
using namespace safeledger::test;

namespace {

template <class T>
T* child(const QObject& root, const char* name)
{
    auto* w = root.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w != nullptr);
    return w;
}

std::set<HazardAction> visibleActions(const HazardDetailPage& page)
{
    std::set<HazardAction> out;
    for (HazardAction a : {HazardAction::RecordProgress, HazardAction::SubmitForVerification, HazardAction::VerifyPass,
                           HazardAction::VerifyFail, HazardAction::Void}) {
        if (!page.actionButton(a)->isHidden()) {
            out.insert(a);
        }
    }
    return out;
}

std::set<HazardAction> allowed(HazardStatus status)
{
    const auto list = HazardLifecycle::allowedActions(status);
    return {list.begin(), list.end()};
}

// Fills and confirms an action's dialog.
void runAction(HazardDetailPage& page, HazardAction action, const QString& text)
{
    QDialog* dialog = page.startAction(action);
    REQUIRE(dialog != nullptr);
    child<QPlainTextEdit>(*dialog, "actionText")->setPlainText(text);
    QTest::mouseClick(child<QPushButton>(*dialog, "okButton"), Qt::LeftButton);
    QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("a hazard goes through its whole lifecycle on its page", "[gui][hazard]")
{
    GuiFixture fixture;
    fixture.createPopulated(QStringLiteral("town.db"));
    MainWindow window{test::clock()};
    window.resize(1280, 800);
    window.show();
    REQUIRE(window.load(fixture.path(QStringLiteral("town.db"))).isEmpty());
    Database& db = *window.database();

    Hazard h;
    h.orgId = OrgService(db).findByName("青山机械厂").front().id;
    h.description = "二楼配电箱门损坏，线路裸露";
    h.location = "二楼";
    h.category = HazardCategory::Electrical;
    h.foundOn = db.today().addDays(-3);
    h.mode = RectificationMode::Deadline;
    h.deadline = db.today().addDays(10);
    h.measures = "更换配电箱门，规范线路";
    h.responsible = "张三";
    h.fundsFen = 50000;
    h.contingency = "设置警示标志";
    HazardService(db).registerHazard(h);

    window.showHazard(h.id);
    auto* hazards = child<HazardsPage>(window, "hazardsPage");
    HazardDetailPage& page = *hazards->detail();
    REQUIRE(page.isVisible());
    CHECK(child<QLabel>(page, "hazardTitle")->text() == QStringLiteral("二楼配电箱门损坏，线路裸露"));
    const QString five = child<QLabel>(page, "hazardFiveImplementations")->text();
    CHECK(five.contains(QStringLiteral("更换配电箱门")));
    CHECK(five.contains(QStringLiteral("设置警示标志")));
    CHECK(visibleActions(page) == allowed(HazardStatus::Registered));

    runAction(page, HazardAction::RecordProgress, QStringLiteral("已购置新配电箱门"));
    CHECK(page.hazard().status == HazardStatus::Rectifying);
    CHECK(visibleActions(page) == allowed(HazardStatus::Rectifying));
    auto* progress = child<QTableView>(page, "progressView");
    CHECK(progress->model()->rowCount() == 1);
    // What was done gets the room, not the evidence column beside it (issue 19, item 14).
    QCoreApplication::processEvents();
    CHECK(progress->columnWidth(1) > progress->columnWidth(4));

    QTest::mouseClick(page.actionButton(HazardAction::SubmitForVerification), Qt::LeftButton);
    CHECK(page.hazard().status == HazardStatus::AwaitingVerification);
    CHECK(visibleActions(page) == allowed(HazardStatus::AwaitingVerification));

    runAction(page, HazardAction::VerifyFail, QStringLiteral("线路仍有裸露"));
    CHECK(page.hazard().status == HazardStatus::Rectifying);

    QTest::mouseClick(page.actionButton(HazardAction::SubmitForVerification), Qt::LeftButton);
    runAction(page, HazardAction::VerifyPass, QStringLiteral("整改到位"));
    CHECK(page.hazard().status == HazardStatus::Closed);
    CHECK(page.hazard().closedOn == db.today());
    CHECK(visibleActions(page) == allowed(HazardStatus::Closed));
    CHECK(child<QTableView>(page, "verificationsView")->model()->rowCount() == 2);
    // The timeline is the audit trail: registration and every step after it.
    CHECK(child<QTableView>(page, "timelineView")->model()->rowCount() >= 6);

    QAbstractItemModelTester timelineTester(child<QTableView>(page, "timelineView")->model(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
}

TEST_CASE("voiding needs a reason, shown at the field", "[gui][hazard]")
{
    GuiFixture fixture;
    fixture.createPopulated(QStringLiteral("town.db"));
    MainWindow window{test::clock()};
    window.show();
    REQUIRE(window.load(fixture.path(QStringLiteral("town.db"))).isEmpty());
    auto* hazards = child<HazardsPage>(window, "hazardsPage");
    HazardTableModel& model = *hazards->model();
    REQUIRE(model.rowCount() > 0);
    window.showHazard(model.hazardId(0));
    HazardDetailPage& page = *hazards->detail();
    CHECK_FALSE(child<QPushButton>(page, "printNoticeButton")->isHidden());

    QDialog* dialog = page.startAction(HazardAction::Void);
    REQUIRE(dialog != nullptr);
    QTest::mouseClick(child<QPushButton>(*dialog, "okButton"), Qt::LeftButton);
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(*dialog, "reasonError")->isVisible());
    child<QPlainTextEdit>(*dialog, "actionText")->setPlainText(QStringLiteral("重复录入"));
    QTest::mouseClick(child<QPushButton>(*dialog, "okButton"), Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK(page.hazard().status == HazardStatus::Voided);
    CHECK(visibleActions(page).empty());
    // A voided hazard can be read, not acted on: no notice, no edit.
    CHECK(child<QPushButton>(page, "printNoticeButton")->isHidden());
    CHECK(child<QPushButton>(page, "editHazardDetailButton")->isHidden());
}

TEST_CASE("a failed verification needs its reason and offers a new deadline in the same dialog", "[gui][hazard]")
{
    GuiFixture fixture;
    fixture.createPopulated(QStringLiteral("town.db"));
    MainWindow window{test::clock()};
    window.show();
    REQUIRE(window.load(fixture.path(QStringLiteral("town.db"))).isEmpty());
    Database& db = *window.database();
    Hazard h;
    h.orgId = OrgService(db).findByName("青山机械厂").front().id;
    h.description = "消防通道堆放货物";
    h.category = HazardCategory::Fire;
    h.foundOn = db.today().addDays(-20);
    h.mode = RectificationMode::Deadline;
    h.deadline = db.today().addDays(-5); // already passed: a new one is offered ticked
    HazardService service(db);
    service.registerHazard(h);
    Rectification r;
    r.date = db.today().addDays(-6);
    r.description = "已清理部分货物";
    service.recordProgress(h.id, r);
    service.submitForVerification(h.id);
    window.showHazard(h.id);
    HazardDetailPage& page = *child<HazardsPage>(window, "hazardsPage")->detail();
    REQUIRE(page.hazard().id == h.id);

    QDialog* dialog = page.startAction(HazardAction::VerifyFail);
    REQUIRE(dialog != nullptr);
    auto* check = child<QCheckBox>(*dialog, "newDeadlineCheck");
    auto* deadline = child<QDateEdit>(*dialog, "newDeadlineEdit");
    CHECK(check->isChecked());
    CHECK(deadline->date() == toQDate(db.today().addDays(7)));

    // No reason: refused at the field, nothing written.
    QTest::mouseClick(child<QPushButton>(*dialog, "okButton"), Qt::LeftButton);
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(*dialog, "noteError")->isVisible());
    CHECK(service.get(h.id).status == HazardStatus::AwaitingVerification);
    CHECK(service.verifications(h.id).empty());

    child<QPlainTextEdit>(*dialog, "actionText")->setPlainText(QStringLiteral("通道内仍有两托盘货物"));
    deadline->setDate(toQDate(db.today().addDays(10)));
    QTest::mouseClick(child<QPushButton>(*dialog, "okButton"), Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK(page.hazard().status == HazardStatus::Rectifying);
    CHECK(page.hazard().deadline == db.today().addDays(10));
    REQUIRE(service.verifications(h.id).size() == 1);
    CHECK(service.verifications(h.id).front().note == "通道内仍有两托盘货物");
}

TEST_CASE("the hazard list model passes the model tester and filters in storage", "[gui][hazard][model]")
{
    GuiFixture fixture;
    const KnownFigures figures = fixture.createPopulated(QStringLiteral("town.db"));
    MainWindow window{test::clock()};
    window.show();
    REQUIRE(window.load(fixture.path(QStringLiteral("town.db"))).isEmpty());
    auto* hazards = child<HazardsPage>(window, "hazardsPage");
    HazardTableModel& model = *hazards->model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // The page opens on the open hazards.
    CHECK(model.rowCount() == figures.openHazards);
    for (int row = 0; row < model.rowCount(); ++row) {
        CHECK(model.hazardId(row) != 0);
        CHECK_FALSE(model.data(model.index(row, HazardTableModel::Unit)).toString().isEmpty());
    }
    model.sort(HazardTableModel::Deadline, Qt::AscendingOrder);
    CHECK(model.rowCount() == figures.openHazards);

    HazardFilter overdue;
    overdue.overdueAsOf = window.database()->today();
    model.setFilter(overdue);
    CHECK(model.rowCount() == figures.overdue);
    // Overdue rows stand out.
    CHECK(model.data(model.index(0, HazardTableModel::Status), Qt::ForegroundRole).isValid());

    HazardFilter text;
    text.text = "消防通道";
    model.setFilter(text);
    CHECK(model.rowCount() == 6); // every hazard of the fixture, the voided one included
}
