// The campaigns page through real widgets: a manager records a campaign with a phase and a target
// sector, an inspection carrying its name moves its figures, a phase typed wrong and a second
// campaign of the same name on the same days are refused in words with every entry kept, and a
// campaign voided with a reason leaves the list.

#include "OpenedPage.h"

#include "MainWindow.h"
#include "QtDates.h"
#include "TextTableModel.h"
#include "UnitPicker.h"
#include "pages/CampaignDialog.h"
#include "pages/CampaignsPage.h"
#include "pages/VoidDialog.h"
#include "safeledger/demo/DemoBuilder.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace safeledger;
using namespace safeledger::test;

namespace {

using Opened = OpenedPage<CampaignsPage>;

// Fills the open campaign form: name, lead, days, one phase over its first week, one sector.
void fill(CampaignDialog& form, const QString& name, int64_t lead, const Date& from, const Date& to)
{
    named<QLineEdit>(form, "nameInput")->setText(name);
    named<QLineEdit>(form, "documentInput")->setText(QStringLiteral("青安委〔2026〕12号"));
    named<UnitPicker>(form, "leadInput")->setUnitId(lead);
    named<QDateEdit>(form, "starts_onInput")->setDate(toQDate(from));
    named<QDateEdit>(form, "ends_onInput")->setDate(toQDate(to));
    click(named<QPushButton>(form, "addPhaseButton"));
    auto* phases = named<QTableWidget>(form, "phasesInput");
    REQUIRE(phases->rowCount() == 1);
    phases->item(0, 0)->setText(QStringLiteral("动员部署"));
    phases->item(0, 2)->setText(toQDate(from.addDays(6)).toString(Qt::ISODate));
    auto* sectors = named<QListWidget>(form, "sectorsInput");
    const auto catering = sectors->findItems(QStringLiteral("餐饮"), Qt::MatchExactly);
    const auto found = catering.isEmpty() ? sectors->findItems(QStringLiteral("Catering"), Qt::MatchExactly) : catering;
    REQUIRE(found.size() == 1);
    found.front()->setCheckState(Qt::Checked);
}

} // namespace

TEST_CASE("a campaign is recorded from its page, counts the inspections carrying its name, and is voided",
          "[gui][campaigns]")
{
    Opened o("campaignsPage");
    Database& db = *o.window.database();
    const Date today = db.today();
    REQUIRE(o.page->model()->rowCount() == 0);

    click(named<QPushButton>(*o.page, "newCampaignButton"));
    auto* form = openNamed<CampaignDialog>(*o.page, "campaignDialog");
    fill(*form, QStringLiteral("燃气安全专项整治"), o.townId, today.addDays(-10), today.addDays(20));
    click(form->okButton());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const auto stored = Repository<Campaign>(db).where("name = '燃气安全专项整治'");
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].leadOrgId == o.townId);
    CHECK(stored[0].document == "青安委〔2026〕12号");
    REQUIRE(stored[0].phases.size() == 1);
    CHECK(stored[0].phases[0].name == "动员部署");
    CHECK(stored[0].phases[0].endsOn == today.addDays(-4));
    CHECK(stored[0].sectors == std::vector<std::string>{"catering"});
    o.settle();
    REQUIRE(o.page->model()->rowCount() == 1);
    CHECK(o.cell(0, 0) == QStringLiteral("燃气安全专项整治"));
    CHECK(o.cell(0, 2) == QStringLiteral("青山镇"));
    CHECK(o.cell(0, 3).isEmpty()); // today is past the only phase
    CHECK(o.cell(0, 4) == QStringLiteral("0"));

    // An inspection of the factory carrying the name: the campaign counts it.
    Inspection inspection;
    inspection.orgId = o.factoryId;
    inspection.date = today;
    inspection.campaign = "燃气安全专项整治";
    inspection.inspectors = {"李四", "王五"};
    std::vector<InspectionItem> items;
    std::vector<Hazard> hazards;
    RecordService(db).saveInspection(inspection, items, hazards);
    o.page->refresh();
    o.settle();
    CHECK(o.cell(0, 4) == QStringLiteral("1"));
    CHECK(o.cell(0, 5) == QStringLiteral("1"));

    // A phase typed wrong is shown at the phases, nothing lost; the same name on the same days is
    // refused in words.
    click(named<QPushButton>(*o.page, "newCampaignButton"));
    form = openNamed<CampaignDialog>(*o.page, "campaignDialog");
    fill(*form, QStringLiteral("燃气安全专项整治"), o.townId, today, today.addDays(30));
    auto* phases = named<QTableWidget>(*form, "phasesInput");
    phases->item(0, 1)->setText(QStringLiteral("5月1日"));
    click(form->okButton());
    REQUIRE(form->isVisible());
    const QString phaseError = named<QLabel>(*form, "phasesError")->text();
    CHECK(phaseError.contains(QStringLiteral("5月1日")));
    CHECK(named<QLineEdit>(*form, "nameInput")->text() == QStringLiteral("燃气安全专项整治"));
    phases->item(0, 1)->setText(toQDate(today).toString(Qt::ISODate));
    click(form->okButton());
    REQUIRE(form->isVisible());
    CHECK(named<QLabel>(*form, "starts_onError")->text().contains(toQDate(today.addDays(-10)).toString(Qt::ISODate)));
    form->reject();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(Repository<Campaign>(db).where("name = '燃气安全专项整治'").size() == 1);

    // Voided with a reason: it leaves the list; its inspection stays.
    QDialog* voiding = o.page->startVoid(0);
    REQUIRE(voiding != nullptr);
    named<QLineEdit>(*voiding, "void_reasonInput")->setText(QStringLiteral("重复录入"));
    click(named<QPushButton>(*voiding, "okButton"));
    o.settle();
    CHECK(o.page->model()->rowCount() == 0);
    CHECK(Repository<Campaign>(db).get(stored[0].id).voidReason == "重复录入");
    CHECK_FALSE(Repository<Inspection>(db).get(inspection.id).isVoided());
}

// Not a test: the demo's campaigns page and a recorded campaign's form, to PNG files for review.
//   SAFELEDGER_SCREENSHOTS=/tmp/shots [SAFELEDGER_SCREENSHOTS_LANG=zh_CN] test_gui "[.screenshots][campaigns]"
TEST_CASE("campaigns screenshots", "[.screenshots][campaigns]")
{
    DemoPage<CampaignsPage> demo("campaignsPage");
    MainWindow& window = demo.window;
    CampaignsPage* page = demo.page;
    shoot(window, QStringLiteral("campaigns-page"));
    REQUIRE(page->model()->rowCount() > 4);
    QDialog* form = page->openForm(page->model()->idAt(4));
    REQUIRE(form != nullptr);
    QCoreApplication::processEvents();
    shoot(*form, QStringLiteral("campaign-dialog"));
    form->reject();
}
