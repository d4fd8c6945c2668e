// Issue 13: the audit viewer, driven: filters, pages of 200, and a change's before and after side by
// side with the changed fields marked.
#include "GuiFixture.h"

#include "AuditDialog.h"
#include "safeledger/storage/Accounts.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/OrgService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace safeledger;
using namespace safeledger::test;

namespace {
QTreeWidgetItem* rowWithAction(QTreeWidget* rows, const QString& action)
{
    for (int i = 0; i < rows->topLevelItemCount(); ++i) {
        if (rows->topLevelItem(i)->text(5) == action) {
            return rows->topLevelItem(i);
        }
    }
    return nullptr;
}
} // namespace

TEST_CASE("Audit viewer: filters by account and record, pages by 200, marks the changed fields", "[audit]")
{
    GuiFixture fx;
    Accounts::setCost(Accounts::Cost::Minimal);
    auto db = Database::create(fx.path(QStringLiteral("ledger.db")).toStdString(), options());
    Accounts accounts(*db);
    accounts.createFirstAdministrator("wang", "王安全", "password1"); // 1 row
    accounts.add("zhang", "张三", Role::Officer, "password1");        // 1 row
    OrgService orgs(*db);
    Organisation town;
    town.name = "青山镇";
    town.kind = OrgKind::Town;
    orgs.add(town); // 1 row
    for (int i = 0; i < 250; ++i) {
        Organisation unit;
        unit.name = "企业" + std::to_string(i);
        unit.kind = OrgKind::Enterprise;
        unit.parentId = town.id;
        orgs.add(unit); // 250 rows
    }
    db->signIn({"zhang", "password1"});
    Hazard h;
    h.orgId = town.id;
    h.source = HazardSource::SelfCheck;
    h.description = "配电箱门损坏";
    h.foundOn = today();
    h.deadline = today().addDays(10);
    HazardService hazards(*db);
    hazards.registerHazard(h); // 1 row
    h = hazards.get(h.id);
    h.location = "二号车间";
    hazards.edit(h); // 1 row: 255 in all

    AuditDialog dialog(*db);
    dialog.show();
    auto* rows = named<QTreeWidget>(dialog, "auditRows");
    auto* more = named<QPushButton>(dialog, "auditMore");
    CHECK(named<QLabel>(dialog, "auditCount")->text() == QStringLiteral("255 change(s) match; the newest first."));
    CHECK(rows->topLevelItemCount() == AuditDialog::kPageSize);
    CHECK(rows->topLevelItem(0)->text(0) == QStringLiteral("255")); // newest first
    REQUIRE(more->isEnabled());
    more->click();
    CHECK(rows->topLevelItemCount() == 255);
    CHECK_FALSE(more->isEnabled());

    // Only zhang's: the hazard's registration and its edit.
    auto* account = named<QComboBox>(dialog, "auditAccount");
    account->setCurrentIndex(account->findData(QStringLiteral("zhang")));
    CHECK(rows->topLevelItemCount() == 2);
    CHECK(rows->topLevelItem(0)->text(3) == QStringLiteral("张三"));

    QTreeWidgetItem* edit = rowWithAction(rows, QStringLiteral("Edited"));
    REQUIRE(edit != nullptr);
    rows->setCurrentItem(edit);
    auto* fields = named<QTreeWidget>(dialog, "auditFields");
    QStringList changed;
    for (int i = 0; i < fields->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* f = fields->topLevelItem(i);
        if (f->data(0, Qt::UserRole).toBool()) {
            changed << f->text(0);
            if (f->text(0).endsWith(QStringLiteral("location"))) {
                CHECK(f->text(1).isEmpty());
                CHECK(f->text(2) == QStringLiteral("二号车间"));
                CHECK(f->font(2).bold());
            }
        }
    }
    // The clock stood still between the two, so modified_at did not change.
    CHECK(changed == QStringList{QStringLiteral("● location"), QStringLiteral("● version")});
    CHECK(fields->topLevelItemCount() == 2); // only the changed fields, unless asked for all
    named<QCheckBox>(dialog, "auditChangedOnly")->setChecked(false);
    CHECK(fields->topLevelItemCount() > 10);
    CHECK(fields->topLevelItem(0)->data(0, Qt::UserRole).toBool()); // the changed ones first
    CHECK(fields->topLevelItem(1)->data(0, Qt::UserRole).toBool());
    CHECK_FALSE(fields->topLevelItem(2)->data(0, Qt::UserRole).toBool());

    // Units only, by the record filter.
    account->setCurrentIndex(0);
    auto* entity = named<QComboBox>(dialog, "auditEntity");
    entity->setCurrentIndex(entity->findData(QStringLiteral("org")));
    CHECK(named<QLabel>(dialog, "auditCount")->text() == QStringLiteral("251 change(s) match; the newest first."));
}

TEST_CASE("Audit viewer: one record's history", "[audit]")
{
    GuiFixture fx;
    auto db = Database::create(fx.path(QStringLiteral("ledger.db")).toStdString(), options());
    Organisation a, b;
    a.name = "甲";
    b.name = "乙";
    a.kind = b.kind = OrgKind::Town;
    OrgService orgs(*db);
    orgs.add(a);
    orgs.add(b);
    a.name = "甲镇";
    orgs.update(a);
    AuditDialog dialog(*db, QString::fromStdString(a.uuid), QStringLiteral("甲镇"));
    CHECK(dialog.windowTitle() == QStringLiteral("History of 甲镇"));
    CHECK(named<QTreeWidget>(dialog, "auditRows")->topLevelItemCount() == 2);
    CHECK(named<QTreeWidget>(dialog, "auditRows")->topLevelItem(0)->text(4) == QStringLiteral("org"));
}
