// Not a test: renders the enforcement document form with its hazards and the inspection page with
// a hazard's photos to PNG files for review, offscreen.
//   SAFELEDGER_SCREENSHOTS=/tmp/shots test_gui "[.screenshots][links]"
#include "GuiFixture.h"

#include "ChecklistModel.h"
#include "MainWindow.h"
#include "PhotoStrip.h"
#include "UnitPicker.h"
#include "pages/InspectionPage.h"
#include "pages/RecordFormDialog.h"
#include "pages/RecordsPage.h"
#include "safeledger/storage/OrgService.h"

#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace safeledger;
using namespace safeledger::test;

namespace {

void save(QWidget& widget, const QString& name)
{
    QTest::qWait(50);
    const QString dir = qEnvironmentVariable("SAFELEDGER_SCREENSHOTS", QStringLiteral("/tmp"));
    QDir().mkpath(dir);
    CHECK(widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

QByteArray photo(Qt::GlobalColor a, Qt::GlobalColor b)
{
    QImage image(320, 240, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, 320, 240);
    gradient.setColorAt(0, a);
    gradient.setColorAt(1, b);
    painter.fillRect(image.rect(), gradient);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG");
    return bytes;
}

} // namespace

TEST_CASE("document form and inspection photo screenshots", "[.screenshots][links]")
{
    GuiFixture fixture;
    fixture.createPopulated(QStringLiteral("town.db"));
    MainWindow window{test::clock()};
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.load(fixture.path(QStringLiteral("town.db"))).isEmpty());
    const int64_t factory = OrgService(*window.database()).findByName("青山机械厂").front().id;

    auto* documents = window.findChild<RecordsPage*>(QStringLiteral("documentsPage"));
    REQUIRE(documents != nullptr);
    window.showPage(documents);
    auto* form = static_cast<RecordFormDialog*>(documents->openForm(0));
    REQUIRE(form != nullptr);
    save(*form, QStringLiteral("document-form-empty"));
    form->setUnit(factory);
    static_cast<QLineEdit*>(form->input(QStringLiteral("number")))->setText(QStringLiteral("青安监限改〔2025〕7号"));
    auto* list = form->findChild<QTreeWidget*>(QStringLiteral("hazardsInput"));
    REQUIRE(list != nullptr);
    list->topLevelItem(0)->setCheckState(0, Qt::Checked);
    save(*form, QStringLiteral("document-form"));
    form->reject();

    auto* page = window.findChild<InspectionPage*>(QStringLiteral("inspectionPage"));
    REQUIRE(page != nullptr);
    window.showPage(page);
    page->unitPicker()->setUnitId(factory);
    page->findChild<QLineEdit*>(QStringLiteral("inspectionInspectors"))->setText(QStringLiteral("李四，王五"));
    auto* checklist = page->findChild<QComboBox*>(QStringLiteral("inspectionTemplate"));
    const int index = checklist->findText(QStringLiteral("园区企业日常安全检查表"));
    REQUIRE(index > 0);
    checklist->setCurrentIndex(index);
    emit checklist->activated(index);
    ChecklistModel& items = *page->checklistModel();
    items.setData(items.index(1, ChecklistModel::Result), QStringLiteral("fail"));
    items.setData(items.index(4, ChecklistModel::Result), QStringLiteral("fail"));
    page->photos()->addPhoto(
        {QStringLiteral("现场全景.jpg"), QStringLiteral("image/jpeg"), photo(Qt::darkCyan, Qt::white)});
    page->findChild<QTableView*>(QStringLiteral("newHazardsView"))->selectRow(0);
    page->hazardPhotos()->addPhoto(
        {QStringLiteral("配电箱.jpg"), QStringLiteral("image/jpeg"), photo(Qt::yellow, Qt::red)});
    page->hazardPhotos()->addPhoto(
        {QStringLiteral("线路.jpg"), QStringLiteral("image/jpeg"), photo(Qt::gray, Qt::black)});
    save(window, QStringLiteral("inspection-hazard-photos"));
    page->findChild<QTableView*>(QStringLiteral("newHazardsView"))->selectRow(1);
    save(window, QStringLiteral("inspection-hazard-photos-second"));
    page->clearForm();
}
