// Inspection entry: two failed items with their hazards and a photo saved at once; each hazard's
// own photos before rectification saved with it, all or nothing; an invalid deadline shown at its
// field with nothing lost; closing the window with unsaved edits asks first.

#include "InspectionFixture.h"

#include "ChecklistModel.h"
#include "HazardEditor.h"
#include "MainWindow.h"
#include "NewHazardsModel.h"
#include "PhotoStrip.h"
#include "QtDates.h"
#include "UnitPicker.h"
#include "pages/HazardDetailPage.h"
#include "pages/InspectionPage.h"
#include "safeledger/storage/ArchiveQueries.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"
#include "safeledger/storage/Statistics.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QComboBox>
#include <QDateEdit>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace safeledger;
using namespace safeledger::test;

namespace {

QByteArray pngBytes(Qt::GlobalColor colour = Qt::red)
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

TEST_CASE("an inspection with two failed items is saved with their hazards and a photo", "[gui][inspection]")
{
    Opened o;
    InspectionPage& page = *o.page;
    QAbstractItemModelTester checklistTester(page.checklistModel(),
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester hazardsTester(page.hazardsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    page.unitPicker()->setUnitId(o.factoryId);
    REQUIRE(page.unitPicker()->text() == QStringLiteral("青山机械厂"));
    child<QLineEdit>(page, "inspectionInspectors")->setText(QStringLiteral("李四，王五"));
    chooseChecklist(page, QStringLiteral("园区企业日常安全检查表"));
    ChecklistModel& items = *page.checklistModel();
    REQUIRE(items.rowCount() == 13);

    // Two items fail; each offers a hazard prefilled from it.
    REQUIRE(items.setData(items.index(1, ChecklistModel::Note), QStringLiteral("二号车间")));
    REQUIRE(items.setData(items.index(1, ChecklistModel::Result), QStringLiteral("fail")));
    REQUIRE(items.setData(items.index(4, ChecklistModel::Result), QStringLiteral("fail")));
    NewHazardsModel& hazards = *page.hazardsModel();
    REQUIRE(hazards.rowCount() == 2);
    CHECK(hazards.entries()[0].hazard.description.find("二号车间") != std::string::npos);
    CHECK(hazards.entries()[0].itemRow == 1);
    // Marking an item 合格 again withdraws its hazard; failing it again offers it again.
    REQUIRE(items.setData(items.index(4, ChecklistModel::Result), QStringLiteral("pass")));
    CHECK(hazards.rowCount() == 1);
    REQUIRE(items.setData(items.index(4, ChecklistModel::Result), QStringLiteral("fail")));
    REQUIRE(hazards.rowCount() == 2);

    page.photos()->addPhoto({QStringLiteral("现场.png"), QStringLiteral("image/png"), pngBytes()});
    CHECK(page.photos()->count() == 1);
    CHECK(page.hasUnsavedChanges());

    QTest::mouseClick(child<QPushButton>(page, "saveInspectionButton"), Qt::LeftButton);
    CHECK_FALSE(child<QLabel>(page, "inspectionGeneralError")->isVisible());
    CHECK_FALSE(page.hasUnsavedChanges());
    CHECK(items.rowCount() == 0);

    Database& db = *o.window.database();
    ArchiveQueries queries(db);
    const auto inspections = queries.inspections(o.factoryId);
    REQUIRE(inspections.size() == 2);
    const Inspection& saved = inspections.front();
    CHECK(saved.inspectors == std::vector<std::string>{"李四", "王五"});
    const auto savedItems = queries.inspectionItems(saved.id);
    REQUIRE(savedItems.size() == 13);
    CHECK(std::count_if(savedItems.begin(), savedItems.end(),
                        [](const InspectionItem& i) { return i.result == ItemResult::Fail; }) == 2);
    const auto savedHazards = Repository<Hazard>(db).where("inspection_id = ?", {std::to_string(saved.id)});
    REQUIRE(savedHazards.size() == 2);
    for (const Hazard& h : savedHazards) {
        CHECK(h.orgId == o.factoryId);
        CHECK(h.status == HazardStatus::Registered);
        CHECK(h.deadline.has_value());
    }
    CHECK(queries.attachments("inspection", saved.id).size() == 1);
}

TEST_CASE("a failed save keeps the inspection as entered and shows the error at the field", "[gui][inspection]")
{
    Opened o;
    InspectionPage& page = *o.page;
    chooseChecklist(page, QStringLiteral("办公场所安全自查表"));
    REQUIRE(page.checklistModel()->setData(page.checklistModel()->index(0, ChecklistModel::Result),
                                           QStringLiteral("fail")));
    child<QLineEdit>(page, "inspectionNote")->setText(QStringLiteral("午间检查"));
    // No unit chosen.
    REQUIRE_FALSE(page.save());
    auto* unitError = child<QLabel>(page, "orgError");
    CHECK(unitError->isVisible());
    CHECK_FALSE(unitError->text().isEmpty());
    CHECK(page.checklistModel()->rowCount() > 0);
    CHECK(page.hazardsModel()->rowCount() == 1);
    CHECK(child<QLineEdit>(page, "inspectionNote")->text() == QStringLiteral("午间检查"));
    CHECK(page.hasUnsavedChanges());

    // With the unit chosen, the next rule the core applies: an inspection needs its inspectors.
    page.unitPicker()->setUnitId(o.factoryId);
    REQUIRE_FALSE(page.save());
    CHECK_FALSE(unitError->isVisible());
    CHECK(child<QLabel>(page, "inspectorsError")->isVisible());
    CHECK(page.hazardsModel()->rowCount() == 1);

    child<QLineEdit>(page, "inspectionInspectors")->setText(QStringLiteral("李四"));
    REQUIRE(page.save());
    CHECK_FALSE(page.hasUnsavedChanges());
}

TEST_CASE("an invalid deadline is shown at its field and nothing typed is lost", "[gui][inspection]")
{
    Opened o;
    InspectionPage& page = *o.page;
    page.unitPicker()->setUnitId(o.factoryId);
    QTest::mouseClick(child<QPushButton>(page, "addHazardButton"), Qt::LeftButton);
    auto* editor = page.findChild<HazardEditor*>();
    REQUIRE(editor != nullptr);
    REQUIRE(editor->isVisible());
    child<QLineEdit>(*editor, "locationEdit")->setText(QStringLiteral("配电房"));
    child<QPlainTextEdit>(*editor, "descriptionEdit")->setPlainText(QStringLiteral("配电柜前堆放杂物"));
    child<QLineEdit>(*editor, "responsibleEdit")->setText(QStringLiteral("赵六"));
    auto* found = child<QDateEdit>(*editor, "foundEdit");
    child<QDateEdit>(*editor, "deadlineEdit")->setDate(found->date().addDays(-3)); // before the found date

    QTest::mouseClick(child<QPushButton>(*editor, "okButton"), Qt::LeftButton);
    CHECK(editor->isVisible()); // refused: the dialog stays open
    auto* error = child<QLabel>(*editor, "deadlineError");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("before the found date")));
    CHECK(child<QPlainTextEdit>(*editor, "descriptionEdit")->toPlainText() == QStringLiteral("配电柜前堆放杂物"));
    CHECK(child<QLineEdit>(*editor, "locationEdit")->text() == QStringLiteral("配电房"));
    CHECK(child<QLineEdit>(*editor, "responsibleEdit")->text() == QStringLiteral("赵六"));
    CHECK(page.hazardsModel()->rowCount() == 0);

    // Corrected, it is accepted and joins the inspection's hazards.
    child<QDateEdit>(*editor, "deadlineEdit")->setDate(found->date().addDays(5));
    QTest::mouseClick(child<QPushButton>(*editor, "okButton"), Qt::LeftButton);
    QCoreApplication::processEvents();
    REQUIRE(page.hazardsModel()->rowCount() == 1);
    CHECK(page.hazardsModel()->entries()[0].hazard.description == "配电柜前堆放杂物");
}

TEST_CASE("closing the window with unsaved edits asks, and keeps editing unless told to discard", "[gui][inspection]")
{
    Opened o;
    QTest::keyClicks(child<QLineEdit>(*o.page, "inspectionNote"), QStringLiteral("note"));
    REQUIRE(o.page->hasUnsavedChanges());

    CHECK_FALSE(o.window.close());
    auto* question = o.window.findChild<QMessageBox*>(QStringLiteral("unsavedQuestion"));
    REQUIRE(question != nullptr);
    QTest::mouseClick(child<QPushButton>(*question, "keepEditingButton"), Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK(o.window.isVisible());
    CHECK(child<QLineEdit>(*o.page, "inspectionNote")->text() == QStringLiteral("note"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    CHECK_FALSE(o.window.close());
    question = o.window.findChild<QMessageBox*>(QStringLiteral("unsavedQuestion"));
    REQUIRE(question != nullptr);
    QTest::mouseClick(child<QPushButton>(*question, "discardButton"), Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK_FALSE(o.window.isVisible());
}

TEST_CASE("a user's own checklist is saved and used at once", "[gui][inspection]")
{
    Opened o;
    InspectionPage& page = *o.page;
    QTest::mouseClick(child<QPushButton>(page, "newChecklistButton"), Qt::LeftButton);
    auto* dialog = page.findChild<QDialog*>(QStringLiteral("checklistDialog"));
    REQUIRE(dialog != nullptr);
    QTest::mouseClick(child<QPushButton>(*dialog, "okButton"), Qt::LeftButton);
    CHECK(dialog->isVisible()); // no name, no items: refused
    child<QLineEdit>(*dialog, "checklistName")->setText(QStringLiteral("小餐馆燃气检查表"));
    child<QPlainTextEdit>(*dialog, "checklistItems")->setPlainText(QStringLiteral("燃气：报警器完好\n\n灭火毯在位"));
    QTest::mouseClick(child<QPushButton>(*dialog, "okButton"), Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK(child<QComboBox>(page, "inspectionTemplate")->currentText() == QStringLiteral("小餐馆燃气检查表"));
    REQUIRE(page.checklistModel()->rowCount() == 2);
    CHECK(page.checklistModel()->items()[0].category == "燃气");
    CHECK(page.checklistModel()->items()[0].text == "报警器完好");
    CHECK(page.checklistModel()->items()[1].category.empty());
}

TEST_CASE("photos dropped on the strip show as thumbnails; other files are refused", "[gui][inspection]")
{
    Opened o;
    PhotoStrip& strip = *o.page->photos();
    const QString photo = o.fixture.path(QStringLiteral("消防通道.png"));
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::blue);
    REQUIRE(image.save(photo));
    const QString text = o.fixture.path(QStringLiteral("note.txt"));
    QFile file(text);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not a photo");
    file.close();

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(photo), QUrl::fromLocalFile(text)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(strip.viewport(), &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(strip.viewport(), &drop);
    REQUIRE(strip.pending().size() == 1);
    CHECK(strip.pending().front().fileName == QStringLiteral("消防通道.png"));
    CHECK(strip.pending().front().mimeType == QStringLiteral("image/png"));
    CHECK(strip.count() == 1);
    CHECK_FALSE(strip.item(0)->icon().isNull());
    CHECK(o.page->hasUnsavedChanges());
}

namespace {

std::vector<uint8_t> bytesOf(const QByteArray& data)
{
    return std::vector<uint8_t>(data.cbegin(), data.cend());
}

// Two failed items of the office checklist, for the factory, with an inspector: ready to save.
void enterTwoHazards(Opened& o)
{
    InspectionPage& page = *o.page;
    page.unitPicker()->setUnitId(o.factoryId);
    child<QLineEdit>(page, "inspectionInspectors")->setText(QStringLiteral("李四"));
    chooseChecklist(page, QStringLiteral("办公场所安全自查表"));
    ChecklistModel& items = *page.checklistModel();
    REQUIRE(items.setData(items.index(0, ChecklistModel::Result), QStringLiteral("fail")));
    REQUIRE(items.setData(items.index(1, ChecklistModel::Result), QStringLiteral("fail")));
    REQUIRE(page.hazardsModel()->rowCount() == 2);
}

} // namespace

TEST_CASE("each hazard carries its own photos before rectification, saved with the inspection",
          "[gui][inspection][photos]")
{
    Opened o;
    InspectionPage& page = *o.page;
    QAbstractItemModelTester hazardsTester(page.hazardsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    enterTwoHazards(o);
    auto* view = child<QTableView>(page, "newHazardsView");
    PhotoStrip& hazardStrip = *page.hazardPhotos();
    // The hazard offered last is the current one.
    CHECK(view->currentIndex().row() == 1);
    CHECK(hazardStrip.isEnabled());

    view->selectRow(0);
    CHECK(child<QGroupBox>(page, "hazardPhotosBox")->title().startsWith(QStringLiteral("Hazard 1 ")));
    const QByteArray before = pngBytes(Qt::yellow);
    hazardStrip.addPhoto({QStringLiteral("配电箱.png"), QStringLiteral("image/png"), before});
    REQUIRE(page.hazardsModel()->entries()[0].photos.size() == 1);
    CHECK(page.hazardsModel()->index(0, NewHazardsModel::Photos).data().toInt() == 1);
    CHECK(page.hazardsModel()->entries()[1].photos.empty());
    // Each hazard shows its own photos.
    view->selectRow(1);
    CHECK(hazardStrip.count() == 0);
    view->selectRow(0);
    CHECK(hazardStrip.count() == 1);
    const QByteArray scene = pngBytes(Qt::green);
    page.photos()->addPhoto({QStringLiteral("现场.png"), QStringLiteral("image/png"), scene});

    QTest::mouseClick(child<QPushButton>(page, "saveInspectionButton"), Qt::LeftButton);
    REQUIRE_FALSE(child<QLabel>(page, "inspectionGeneralError")->isVisible());
    CHECK(page.photos()->count() == 0);
    CHECK(hazardStrip.count() == 0);

    Database& db = *o.window.database();
    ArchiveQueries queries(db);
    const auto inspections = queries.inspections(o.factoryId);
    REQUIRE(inspections.size() == 2);
    const Inspection& saved = inspections.front();
    const auto hazards = Repository<Hazard>(db).where("inspection_id = ? ORDER BY id", {std::to_string(saved.id)});
    REQUIRE(hazards.size() == 2);
    const auto first = queries.attachments("hazard", hazards[0].id);
    REQUIRE(first.size() == 1);
    CHECK(first[0].role == AttachmentRole::Before);
    CHECK(first[0].fileName == "配电箱.png");
    CHECK(first[0].mimeType == "image/png");
    CHECK(first[0].data == bytesOf(before));
    CHECK(queries.attachments("hazard", hazards[1].id).empty());
    const auto own = queries.attachments("inspection", saved.id);
    REQUIRE(own.size() == 1);
    CHECK(own[0].role == AttachmentRole::Evidence);
    CHECK(own[0].data == bytesOf(scene));

    // The hazard's page shows its photo before rectification beside the inspection's.
    HazardDetailPage detail;
    detail.setDatabase(&db);
    REQUIRE(detail.showHazard(hazards[0].id));
    CHECK(child<PhotoStrip>(detail, "photosBefore")->count() == 2);
    REQUIRE(detail.showHazard(hazards[1].id));
    CHECK(child<PhotoStrip>(detail, "photosBefore")->count() == 1);
}

TEST_CASE("a failed save attaches no photo and keeps every photo in the form", "[gui][inspection][photos]")
{
    Opened o;
    InspectionPage& page = *o.page;
    enterTwoHazards(o);
    Database& db = *o.window.database();
    ArchiveQueries queries(db);
    const size_t hazardsBefore = queries.hazards(o.factoryId).size();
    auto* view = child<QTableView>(page, "newHazardsView");
    view->selectRow(1);
    page.hazardPhotos()->addPhoto({QStringLiteral("楼梯间.png"), QStringLiteral("image/png"), pngBytes()});
    page.photos()->addPhoto({QStringLiteral("现场.png"), QStringLiteral("image/png"), pngBytes(Qt::blue)});

    // An invalid deadline: refused before anything is written, the hazard's form opens.
    Hazard bad = page.hazardsModel()->entries()[1].hazard;
    bad.deadline = bad.foundOn.addDays(-3);
    page.hazardsModel()->replace(1, bad);
    REQUIRE_FALSE(page.save());
    auto* editor = page.findChild<HazardEditor*>();
    REQUIRE(editor != nullptr);
    CHECK(child<QLabel>(*editor, "deadlineError")->isVisible());
    editor->reject();
    QCoreApplication::processEvents();
    CHECK(page.hazardsModel()->entries()[1].photos.size() == 1);
    CHECK(page.photos()->pending().size() == 1);
    view->selectRow(1);
    CHECK(page.hazardPhotos()->count() == 1);
    CHECK(queries.inspections(o.factoryId).size() == 1);

    // A photo refused inside the save (no file name) after the inspection, its hazards and the
    // hazard's photo were written: all of it is rolled back.
    bad.deadline = bad.foundOn.addDays(3);
    page.hazardsModel()->replace(1, bad);
    page.photos()->addPhoto({QString(), QStringLiteral("image/png"), pngBytes(Qt::blue)});
    REQUIRE_FALSE(page.save());
    CHECK(child<QLabel>(page, "inspectionGeneralError")->isVisible());
    CHECK(queries.inspections(o.factoryId).size() == 1);
    CHECK(queries.hazards(o.factoryId).size() == hazardsBefore);
    CHECK(page.hazardsModel()->entries()[1].photos.size() == 1);
    CHECK(page.photos()->pending().size() == 2);
    CHECK(page.hasUnsavedChanges());

    // Without the nameless photo it saves, the hazard with exactly its one photo.
    page.photos()->clearAll();
    REQUIRE(page.save());
    const auto saved = queries.inspections(o.factoryId);
    REQUIRE(saved.size() == 2);
    const auto hazards =
        Repository<Hazard>(db).where("inspection_id = ? ORDER BY id", {std::to_string(saved.front().id)});
    REQUIRE(hazards.size() == 2);
    CHECK(queries.attachments("hazard", hazards[0].id).empty());
    CHECK(queries.attachments("hazard", hazards[1].id).size() == 1);
    CHECK(queries.attachments("inspection", saved.front().id).empty());
}

TEST_CASE("the campaign list offers the campaigns recorded as running on the inspection's day", "[gui][inspection]")
{
    Opened o;
    InspectionPage& page = *o.page;
    Database& db = *o.window.database();
    const Date today = db.today();
    Campaign gas;
    gas.name = "燃气安全专项整治";
    gas.leadOrgId = OrgService(db).roots().front().id;
    gas.startsOn = today.addDays(-10);
    gas.endsOn = today.addDays(20);
    RecordService(db).add(gas);
    page.refresh();

    auto* box = child<QComboBox>(page, "inspectionCampaign");
    auto* date = child<QDateEdit>(page, "inspectionDate");
    REQUIRE(date->date() == toQDate(today));
    // The recorded campaign first, with its days; the usual names after it, each once.
    CHECK(box->itemText(0).isEmpty());
    CHECK(box->itemText(1) == QStringLiteral("燃气安全专项整治"));
    CHECK(box->itemData(1).toString() == QString::fromStdString(gas.uuid));
    CHECK(box->itemData(1, Qt::ToolTipRole).toString().contains(toQDate(gas.endsOn).toString(Qt::ISODate)));
    CHECK(box->findText(QStringLiteral("安全生产月")) > 1);
    CHECK(box->count() == 7);

    // A day outside its days does not offer it; what the officer typed stays.
    box->setEditText(QStringLiteral("节前检查"));
    date->setDate(toQDate(today.addDays(-30)));
    CHECK(box->findText(QStringLiteral("燃气安全专项整治")) < 0);
    CHECK(box->currentText() == QStringLiteral("节前检查"));

    // Back within its days, chosen and saved: the campaign counts the inspection.
    date->setDate(toQDate(today));
    box->setCurrentIndex(box->findText(QStringLiteral("燃气安全专项整治")));
    page.unitPicker()->setUnitId(o.factoryId);
    child<QLineEdit>(page, "inspectionInspectors")->setText(QStringLiteral("李四，王五"));
    const Period days{gas.startsOn, gas.endsOn};
    const auto before = Statistics(db).campaigns(0, days, today);
    REQUIRE(before.size() == 1);
    REQUIRE(page.save());
    const auto after = Statistics(db).campaigns(0, days, today);
    REQUIRE(after.size() == 1);
    CHECK(after[0].inspections == before[0].inspections + 1);
    CHECK(after[0].inspectorPersonTimes == before[0].inspectorPersonTimes + 2);
}
