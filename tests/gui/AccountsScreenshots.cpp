// Not a test: renders the sign-in, the first administrator's form and the accounts dialog to PNG
// files for review, offscreen, in English and in Chinese.
//   SAFELEDGER_SCREENSHOTS=/tmp/shots test_gui "[.screenshots][accounts]"
#include "GuiFixture.h"

#include "AccountFormDialog.h"
#include "AccountsDialog.h"
#include "AuditDialog.h"
#include "LedgerKeysDialog.h"
#include "LoginDialog.h"
#include "PackageImportDialog.h"
#include "safeledger/exchange/PackageExporter.h"
#include "safeledger/storage/Accounts.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/LedgerKeys.h"
#include "safeledger/storage/OrgService.h"

#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace safeledger;
using namespace safeledger::test;

namespace {

void shootAll(GuiFixture& fx, const QString& suffix)
{
    Accounts::setCost(Accounts::Cost::Minimal);
    const QString path = fx.path(QStringLiteral("accounts-") + suffix + QStringLiteral(".db"));
    {
        auto db = Database::create(path.toStdString(), options());
        AccountFormDialog first(*db, AccountFormDialog::Shape::FirstAdministrator);
        shoot(first, QStringLiteral("account-first-admin-") + suffix);
        Accounts accounts(*db);
        accounts.createFirstAdministrator("wangan", "王安", "password1");
        accounts.add("zhangsan", "张三", Role::Officer, "password1");
        accounts.add("lisi", "李四", Role::Manager, "password1");
        accounts.add("zhaoliu", "赵六", Role::Viewer, "password1");
        accounts.setDisabled("zhaoliu", true);
        AccountsDialog list(*db);
        shoot(list, QStringLiteral("accounts-") + suffix);
        AccountFormDialog add(*db, AccountFormDialog::Shape::NewAccount);
        shoot(add, QStringLiteral("account-new-") + suffix);
    }
    OpenOptions o = options();
    o.uuidSeed = 77;
    auto db = Database::open(path.toStdString(), o);
    LoginDialog login(*db, QStringLiteral("zhangsan"));
    named<QLineEdit>(login, "loginPassword")->setText(QStringLiteral("wrong"));
    named<QPushButton>(login, "loginSignIn")->click();
    shoot(login, QStringLiteral("login-") + suffix);

    // The audit viewer on a hazard edited by the officer, the edit selected.
    db->signIn({"zhangsan", "password1"});
    Organisation unit;
    unit.name = "青山机械厂";
    unit.kind = OrgKind::Enterprise;
    OrgService(*db).add(unit);
    Hazard h;
    h.orgId = unit.id;
    h.source = HazardSource::SelfCheck;
    h.description = "配电箱门损坏，线路裸露";
    h.foundOn = today();
    h.deadline = today().addDays(10);
    HazardService hazards(*db);
    hazards.registerHazard(h);
    h = hazards.get(h.id);
    h.location = "二号车间东侧";
    h.grade = HazardGrade::Major;
    hazards.edit(h);
    AuditDialog audit(*db);
    audit.resize(1100, 640);
    auto* rows = named<QTreeWidget>(audit, "auditRows");
    rows->setCurrentItem(rows->topLevelItem(0));
    shoot(audit, QStringLiteral("audit-") + suffix);

    // Signed packages: the administrator previews a laptop's package signed with a key the office
    // does not trust yet, then the ledger keys with one laptop trusted.
    db->signIn({"wangan", "password1"});
    OpenOptions lo = options();
    lo.uuidSeed = 78;
    auto laptop =
        Database::create(fx.path(QStringLiteral("laptop-") + suffix + QStringLiteral(".db")).toStdString(), lo);
    Organisation shop;
    shop.name = "城关五金店";
    shop.kind = OrgKind::Business;
    OrgService(*laptop).add(shop);
    const QString package = fx.path(QStringLiteral("laptop-") + suffix + QStringLiteral(".json"));
    exportPackageFile(*laptop, package.toStdString());
    PackageImportDialog preview(db.get());
    QSignalSpy planned(&preview, &PackageImportDialog::planned);
    preview.setFile(package);
    REQUIRE(QTest::qWaitFor([&planned] { return planned.count() > 0; }, 60000));
    shoot(preview, QStringLiteral("package-untrusted-") + suffix);
    LedgerKeys(*db).ownPublicKey();
    LedgerKeys(*db).trust(LedgerKeys(*laptop).ownPublicKey(), "李明 — 城关所笔记本");
    LedgerKeysDialog keys(*db);
    shoot(keys, QStringLiteral("ledger-keys-") + suffix);
}

} // namespace

TEST_CASE("accounts screenshots", "[.screenshots][accounts]")
{
    GuiFixture fx;
    shootAll(fx, QStringLiteral("en"));
    ChineseInterface chinese;
    shootAll(fx, QStringLiteral("zh"));
}
