// The checklist records only what the officer judged (issue 19, items 6-8): items start as 未检查
// and are saved so, never as passed; "mark the rest as pass" keeps failures; a result chosen in the
// table takes effect on choice; a failed item drafts its hazard as the requirement not met, with
// the location left for the officer.

#include "InspectionFixture.h"

#include "ChecklistModel.h"
#include "NewHazardsModel.h"
#include "UnitPicker.h"
#include "safeledger/storage/ArchiveQueries.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace safeledger;
using namespace safeledger::test;

namespace {

const QString kOffice = QStringLiteral("办公场所安全自查表");

int countOf(const std::vector<InspectionItem>& items, ItemResult result)
{
    return static_cast<int>(
        std::count_if(items.begin(), items.end(), [result](const InspectionItem& i) { return i.result == result; }));
}

} // namespace

TEST_CASE("checklist items start as not checked and are saved so, never as passed", "[gui][inspection][checklist]")
{
    Opened o;
    InspectionPage& page = *o.page;
    page.unitPicker()->setUnitId(o.factoryId);
    child<QLineEdit>(page, "inspectionInspectors")->setText(QStringLiteral("李四"));
    chooseChecklist(page, kOffice);
    ChecklistModel& items = *page.checklistModel();
    const int total = items.rowCount();
    REQUIRE(total >= 3);
    CHECK(items.count(ItemResult::NotChecked) == total);
    CHECK(items.count(ItemResult::Pass) == 0);
    auto* counts = child<QLabel>(page, "checklistCounts");
    CHECK(counts->text().contains(QStringLiteral("Not checked %1").arg(total)));

    REQUIRE(items.setData(items.index(0, ChecklistModel::Result), QStringLiteral("fail")));
    REQUIRE(items.setData(items.index(1, ChecklistModel::Result), QStringLiteral("pass")));
    CHECK(counts->text().contains(QStringLiteral("Pass 1")));
    CHECK(counts->text().contains(QStringLiteral("Fail 1")));
    CHECK(counts->text().contains(QStringLiteral("Not checked %1").arg(total - 2)));

    QTest::mouseClick(child<QPushButton>(page, "saveInspectionButton"), Qt::LeftButton);
    REQUIRE_FALSE(page.hasUnsavedChanges());
    ArchiveQueries queries(*o.window.database());
    const auto saved = queries.inspectionItems(queries.inspections(o.factoryId).front().id);
    REQUIRE(static_cast<int>(saved.size()) == total);
    CHECK(countOf(saved, ItemResult::Fail) == 1);
    CHECK(countOf(saved, ItemResult::Pass) == 1);
    CHECK(countOf(saved, ItemResult::NotChecked) == total - 2);
}

TEST_CASE("marking the rest as pass keeps the items already judged", "[gui][inspection][checklist]")
{
    Opened o;
    InspectionPage& page = *o.page;
    chooseChecklist(page, kOffice);
    ChecklistModel& items = *page.checklistModel();
    const int total = items.rowCount();
    REQUIRE(items.setData(items.index(0, ChecklistModel::Result), QStringLiteral("fail")));
    REQUIRE(items.setData(items.index(1, ChecklistModel::Result), QStringLiteral("na")));
    REQUIRE(page.hazardsModel()->rowCount() == 1);

    QTest::mouseClick(child<QPushButton>(page, "allPassButton"), Qt::LeftButton);
    CHECK(items.items()[0].result == ItemResult::Fail);
    CHECK(items.items()[1].result == ItemResult::NotApplicable);
    CHECK(items.count(ItemResult::Pass) == total - 2);
    CHECK(items.count(ItemResult::NotChecked) == 0);
    CHECK(page.hazardsModel()->rowCount() == 1); // the failed item's hazard stays offered
}

TEST_CASE("a result chosen in the table takes effect on choice, before focus leaves", "[gui][inspection][checklist]")
{
    Opened o;
    InspectionPage& page = *o.page;
    chooseChecklist(page, kOffice);
    auto* view = child<QTableView>(page, "checklistView");
    const QModelIndex cell = page.checklistModel()->index(2, ChecklistModel::Result);
    view->setCurrentIndex(cell);
    QApplication::processEvents();
    auto* editor = qobject_cast<QComboBox*>(view->indexWidget(cell));
    if (editor == nullptr) {
        editor = view->viewport()->findChild<QComboBox*>();
    }
    REQUIRE(editor != nullptr);
    const int fail = editor->findData(QStringLiteral("fail"));
    REQUIRE(fail >= 0);
    // What a user's pick in the open list does: select and activate, focus stays in the table.
    editor->setCurrentIndex(fail);
    emit editor->activated(fail);
    QApplication::processEvents();
    CHECK(page.checklistModel()->items()[2].result == ItemResult::Fail);
    CHECK(page.hazardsModel()->rowCount() == 1);
}

TEST_CASE("a failed item drafts its hazard as the requirement not met, the location left empty",
          "[gui][inspection][checklist]")
{
    Opened o;
    InspectionPage& page = *o.page;
    chooseChecklist(page, kOffice);
    ChecklistModel& items = *page.checklistModel();
    const std::string requirement = items.items()[0].text;
    REQUIRE_FALSE(requirement.empty());

    REQUIRE(items.setData(items.index(0, ChecklistModel::Result), QStringLiteral("fail")));
    REQUIRE(page.hazardsModel()->rowCount() == 1);
    const Hazard& drafted = page.hazardsModel()->entries()[0].hazard;
    CHECK(drafted.description == "Not met: " + requirement);
    CHECK(drafted.location.empty());

    // With the officer's note, the note (what was seen) leads and the requirement follows.
    REQUIRE(items.setData(items.index(1, ChecklistModel::Note), QStringLiteral("二楼走廊")));
    REQUIRE(items.setData(items.index(1, ChecklistModel::Result), QStringLiteral("fail")));
    REQUIRE(page.hazardsModel()->rowCount() == 2);
    const Hazard& withNote = page.hazardsModel()->entries()[1].hazard;
    CHECK(withNote.description == "二楼走廊（Not met: " + items.items()[1].text + "）");
    CHECK(withNote.location.empty());
}
