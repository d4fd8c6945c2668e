// Enforcement documents and the hazards they list: a new document offers its unit's open hazards
// with check boxes and links the checked ones; changing the unit replaces the list; an opened
// document shows the hazards it lists, read only.

#include "GuiFixture.h"

#include "MainWindow.h"
#include "UnitPicker.h"
#include "pages/RecordFormDialog.h"
#include "pages/RecordsPage.h"
#include "safeledger/storage/ArchiveQueries.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/RecordService.h"

#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

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

struct Documents
{
    GuiFixture fixture;
    MainWindow window{test::clock()};
    RecordsPage* page = nullptr;
    int64_t factoryId = 0;
    int64_t shopId = 0;
    std::vector<int64_t> factoryOpen; // the factory's hazards not closed, by id
    int64_t shopOpen = 0;             // the shop's only hazard not closed

    Documents()
    {
        fixture.createPopulated(QStringLiteral("town.db"));
        window.resize(1280, 800);
        window.show();
        REQUIRE(window.load(fixture.path(QStringLiteral("town.db"))).isEmpty());
        Database& db = *window.database();
        OrgService orgs(db);
        factoryId = orgs.findByName("青山机械厂").front().id;
        shopId = orgs.findByName("东村小卖部").front().id;
        // A third open hazard of the factory, so that a choice is two of three.
        Inspection ins;
        ins.orgId = factoryId;
        ins.date = db.today().addDays(-2);
        ins.inspectors = {"李四"};
        std::vector<InspectionItem> noItems;
        Hazard h;
        h.description = "配电柜前堆放杂物";
        h.location = "配电房";
        h.category = HazardCategory::Electrical;
        h.foundOn = ins.date;
        h.deadline = db.today().addDays(5);
        h.responsible = "赵六";
        std::vector<Hazard> found = {h};
        RecordService(db).saveInspection(ins, noItems, found);
        // By hand from GuiFixture::createPopulated: the factory has two open hazards and one
        // closed on the spot; the shop one closed, one voided and one awaiting verification.
        for (const Hazard& x : ArchiveQueries(db).hazards(factoryId)) {
            if (x.status != HazardStatus::Closed) {
                factoryOpen.push_back(x.id);
            }
        }
        std::sort(factoryOpen.begin(), factoryOpen.end());
        REQUIRE(factoryOpen.size() == 3);
        for (const Hazard& x : ArchiveQueries(db).hazards(shopId)) {
            if (x.status == HazardStatus::AwaitingVerification) {
                shopOpen = x.id;
            }
        }
        REQUIRE(shopOpen != 0);
        page = child<RecordsPage>(window, "documentsPage");
    }

    QPointer<RecordFormDialog> newForm()
    {
        QPointer<RecordFormDialog> form = static_cast<RecordFormDialog*>(page->openForm(0));
        REQUIRE(form != nullptr);
        REQUIRE(form->isVisible());
        return form;
    }
};

QTreeWidget* hazardList(const RecordFormDialog& form)
{
    return child<QTreeWidget>(form, "hazardsInput");
}

// The hazard ids the list offers, sorted.
std::vector<int64_t> listed(const QTreeWidget& list)
{
    std::vector<int64_t> ids;
    for (int row = 0; row < list.topLevelItemCount(); ++row) {
        const QVariant id = list.topLevelItem(row)->data(0, Qt::UserRole);
        if (id.isValid()) {
            ids.push_back(id.toLongLong());
        }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

int checkedCount(const QTreeWidget& list)
{
    int n = 0;
    for (int row = 0; row < list.topLevelItemCount(); ++row) {
        n += list.topLevelItem(row)->checkState(0) == Qt::Checked ? 1 : 0;
    }
    return n;
}

// Checks the hazard's box the way the user does: make it current and press space.
void check(QTreeWidget& list, int64_t hazardId)
{
    for (int row = 0; row < list.topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = list.topLevelItem(row);
        if (item->data(0, Qt::UserRole).toLongLong() == hazardId) {
            list.setCurrentItem(item, 0);
            QTest::keyClick(&list, Qt::Key_Space);
            REQUIRE(item->checkState(0) == Qt::Checked);
            return;
        }
    }
    FAIL("hazard not listed");
}

// The form is gone or hidden: OK saved it (it deletes itself on close).
bool closed(const QPointer<RecordFormDialog>& form)
{
    return form.isNull() || !form->isVisible();
}

EnforcementDocument onlyDocument(Database& db, int64_t orgId)
{
    const auto docs = ArchiveQueries(db).documents(orgId, std::nullopt);
    REQUIRE(docs.size() == 1);
    return docs.front();
}

} // namespace

TEST_CASE("a new document links exactly the hazards checked in its form", "[gui][documents]")
{
    Documents d;
    QPointer<RecordFormDialog> form = d.newForm();
    QTreeWidget* list = hazardList(*form);
    // No unit yet: a hint, nothing to check.
    CHECK(listed(*list).empty());
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK_FALSE(list->topLevelItem(0)->flags().testFlag(Qt::ItemIsUserCheckable));

    form->setUnit(d.factoryId);
    // The closed hazard is not offered; the other unit's are not either.
    REQUIRE(listed(*list) == d.factoryOpen);
    CHECK(checkedCount(*list) == 0);
    check(*list, d.factoryOpen[0]);
    check(*list, d.factoryOpen[2]);
    static_cast<QLineEdit*>(form->input(QStringLiteral("number")))->setText(QStringLiteral("青安监限改〔2025〕7号"));
    QTest::mouseClick(child<QPushButton>(*form, "okButton"), Qt::LeftButton);
    QCoreApplication::processEvents();
    REQUIRE(closed(form));

    Database& db = *d.window.database();
    const EnforcementDocument doc = onlyDocument(db, d.factoryId);
    CHECK(doc.number == "青安监限改〔2025〕7号");
    CHECK(RecordService(db).documentHazards(doc.id) == std::vector<int64_t>{d.factoryOpen[0], d.factoryOpen[2]});
}

TEST_CASE("changing the document's unit replaces the hazards offered and drops the choices", "[gui][documents]")
{
    Documents d;
    QPointer<RecordFormDialog> form = d.newForm();
    QTreeWidget* list = hazardList(*form);
    form->setUnit(d.factoryId);
    REQUIRE(listed(*list).size() == 3);
    check(*list, d.factoryOpen[1]);

    form->setUnit(d.shopId);
    CHECK(listed(*list) == std::vector<int64_t>{d.shopOpen}); // closed and voided ones left out
    CHECK(checkedCount(*list) == 0);

    // Typing over the unit clears it, and the list with it.
    QTest::keyClicks(child<UnitPicker>(*form, "orgInput"), QStringLiteral("x"));
    CHECK(listed(*list).empty());

    form->setUnit(d.shopId);
    check(*list, d.shopOpen);
    static_cast<QLineEdit*>(form->input(QStringLiteral("number")))->setText(QStringLiteral("青安监限改〔2025〕8号"));
    QTest::mouseClick(child<QPushButton>(*form, "okButton"), Qt::LeftButton);
    QCoreApplication::processEvents();
    REQUIRE(closed(form));
    Database& db = *d.window.database();
    CHECK(RecordService(db).documentHazards(onlyDocument(db, d.shopId).id) == std::vector<int64_t>{d.shopOpen});
    CHECK(ArchiveQueries(db).documents(d.factoryId, std::nullopt).empty());
}

TEST_CASE("an opened document shows the hazards it lists, read only, and keeps them when saved", "[gui][documents]")
{
    Documents d;
    Database& db = *d.window.database();
    EnforcementDocument doc;
    doc.orgId = d.factoryId;
    doc.kind = DocumentKind::RectificationOrder;
    doc.number = "青安监责改〔2025〕2号";
    doc.issuedOn = db.today();
    doc.deadline = db.today().addDays(10);
    doc.issuedBy = "青山镇应急办";
    RecordService(db).addDocument(doc, {d.factoryOpen[2]});

    QPointer<RecordFormDialog> form = static_cast<RecordFormDialog*>(d.page->openForm(doc.id));
    REQUIRE(form != nullptr);
    QTreeWidget* list = hazardList(*form);
    REQUIRE(listed(*list) == std::vector<int64_t>{d.factoryOpen[2]});
    CHECK(list->topLevelItem(0)->text(2) == QStringLiteral("配电柜前堆放杂物"));
    CHECK_FALSE(list->topLevelItem(0)->flags().testFlag(Qt::ItemIsUserCheckable));

    static_cast<QLineEdit*>(form->input(QStringLiteral("issued_by")))->setText(QStringLiteral("青山镇安监站"));
    QTest::mouseClick(child<QPushButton>(*form, "okButton"), Qt::LeftButton);
    QCoreApplication::processEvents();
    REQUIRE(closed(form));
    CHECK(onlyDocument(db, d.factoryId).issuedBy == "青山镇安监站");
    CHECK(RecordService(db).documentHazards(doc.id) == std::vector<int64_t>{d.factoryOpen[2]});
}
