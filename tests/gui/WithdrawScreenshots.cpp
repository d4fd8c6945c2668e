// Not a test: renders a hazard's Verifications tab before and after its passing verification is
// withdrawn, the dialog that asks why, and its progress entries (one voided) with the form that
// corrects one, to PNG files for review, offscreen.
//   SAFELEDGER_SCREENSHOTS=/tmp/shots [SAFELEDGER_SCREENSHOTS_LANG=zh_CN] test_gui "[.screenshots][withdraw]"
#include "GuiFixture.h"

#include "MainWindow.h"
#include "pages/HazardDetailPage.h"
#include "pages/HazardsPage.h"
#include "pages/VoidDialog.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/OrgService.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace safeledger;
using namespace safeledger::test;

TEST_CASE("verification withdrawal screenshots", "[.screenshots][withdraw]")
{
    GuiFixture fixture;
    useScreenshotLanguage();
    fixture.createPopulated(QStringLiteral("town.db"));
    int64_t id = 0;
    {
        auto db = Database::open(fixture.path(QStringLiteral("town.db")).toStdString(), test::options());
        HazardService hazards(*db);
        Hazard h;
        h.orgId = OrgService(*db).findByName("青山机械厂").front().id;
        h.description = "二楼配电箱门损坏，线路裸露";
        h.foundOn = db->today().addDays(-12);
        h.deadline = db->today().addDays(-2);
        hazards.registerHazard(h);
        Rectification r;
        r.date = db->today().addDays(-8);
        r.description = "更换配电箱门";
        r.costFen = 35000;
        r.doneBy = "王电工";
        hazards.recordProgress(h.id, r);
        r.uuid.clear();
        r.date = db->today().addDays(-7);
        r.description = "更换配电箱门（重复录入）";
        hazards.voidProgress(hazards.recordProgress(h.id, r).id, "重复录入");
        hazards.submitForVerification(h.id);
        Verification v;
        v.date = db->today().addDays(-5);
        v.inspector = "李安全";
        v.note = "线路仍有裸露";
        hazards.verify(h.id, v);
        hazards.submitForVerification(h.id);
        v.date = db->today().addDays(-1);
        v.passed = true;
        v.note = "整改到位";
        hazards.verify(h.id, v);
        id = h.id;
    }
    MainWindow window{test::clock()};
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.load(fixture.path(QStringLiteral("town.db"))).isEmpty());
    window.showHazard(id);
    HazardDetailPage& page = *window.findChild<HazardsPage*>(QStringLiteral("hazardsPage"))->detail();
    auto* tabs = page.findChild<QTabWidget*>(QStringLiteral("hazardTabs"));
    tabs->setCurrentWidget(page.findChild<QWidget*>(QStringLiteral("verificationsTab")));
    shoot(window, QStringLiteral("hazard-verifications"));

    QDialog* dialog = page.withdrawVerification();
    REQUIRE(dialog != nullptr);
    dialog->findChild<QLineEdit*>(QStringLiteral("void_reasonInput"))->setText(QStringLiteral("复查结论录入错误"));
    shoot(*dialog, QStringLiteral("withdraw-verification-dialog"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK(page.hazard().status == HazardStatus::AwaitingVerification);
    shoot(window, QStringLiteral("hazard-verification-withdrawn"));

    tabs->setCurrentWidget(page.findChild<QWidget*>(QStringLiteral("progressTab")));
    auto* progress = page.findChild<QTableView*>(QStringLiteral("progressView"));
    progress->selectRow(0);
    shoot(window, QStringLiteral("hazard-progress"));
    QDialog* form = page.correctProgress();
    REQUIRE(form != nullptr);
    shoot(*form, QStringLiteral("progress-correct-dialog"));
    form->reject();
}
