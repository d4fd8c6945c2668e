// Issue 13 in the window: signing in (a wrong password is said and nothing opens for writing),
// what an officer is offered beside a manager, and an administrator adding an account.
#include "GuiFixture.h"

#include "AccountFormDialog.h"
#include "AccountsDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "pages/HazardDetailPage.h"
#include "pages/HazardsPage.h"
#include "safeledger/storage/Accounts.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/OrgService.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace safeledger;
using namespace safeledger::test;

namespace {

const char* const kPassword = "青山镇2025安全";

// A ledger with an administrator (wang), an officer (zhang), a manager (li) and one hazard awaiting
// verification; returns the hazard's id.
int64_t createLedger(const QString& path)
{
    Accounts::setCost(Accounts::Cost::Minimal);
    auto db = Database::create(path.toStdString(), options());
    Accounts accounts(*db);
    accounts.createFirstAdministrator("wang", "王安全", kPassword);
    accounts.add("zhang", "张三", Role::Officer, kPassword);
    accounts.add("li", "李四", Role::Manager, kPassword);
    Organisation unit;
    unit.name = "青山机械厂";
    unit.kind = OrgKind::Enterprise;
    OrgService(*db).add(unit);
    Hazard h;
    h.orgId = unit.id;
    h.source = HazardSource::SelfCheck;
    h.description = "配电箱门损坏";
    h.foundOn = today();
    h.deadline = today().addDays(10);
    HazardService hazards(*db);
    hazards.registerHazard(h);
    Rectification r;
    r.date = today();
    r.description = "更换箱门";
    hazards.recordProgress(h.id, r);
    hazards.submitForVerification(h.id);
    return h.id;
}

// Answers the login dialog that the window is about to open.
void answerLogin(const QString& account, const QString& password)
{
    QTimer::singleShot(0, [=] {
        auto* dialog = qobject_cast<LoginDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        named<QLineEdit>(*dialog, "loginAccount")->setText(account);
        named<QLineEdit>(*dialog, "loginPassword")->setText(password);
        named<QPushButton>(*dialog, "loginSignIn")->click();
    });
}

} // namespace

TEST_CASE("Login: a wrong password is said in the dialog, which stays open; the right one signs in", "[accounts]")
{
    GuiFixture fx;
    const QString path = fx.path(QStringLiteral("ledger.db"));
    createLedger(path);
    auto db = Database::open(path.toStdString(), options());
    LoginDialog dialog(*db, QStringLiteral("zhang"));
    dialog.show();
    CHECK(named<QLineEdit>(dialog, "loginAccount")->text() == QStringLiteral("zhang"));
    named<QLineEdit>(dialog, "loginPassword")->setText(QStringLiteral("not the password"));
    named<QPushButton>(dialog, "loginSignIn")->click();
    CHECK(dialog.isVisible());
    CHECK_FALSE(named<QLabel>(dialog, "loginError")->isHidden());
    CHECK(named<QLabel>(dialog, "loginError")->text() == QStringLiteral("wrong account name or password"));
    CHECK(named<QLineEdit>(dialog, "loginPassword")->text().isEmpty());
    CHECK_FALSE(db->account());
    CHECK_FALSE(db->canWrite());

    named<QLineEdit>(dialog, "loginPassword")->setText(QString::fromUtf8(kPassword));
    named<QPushButton>(dialog, "loginSignIn")->click();
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(db->account());
    CHECK(db->account()->name == "zhang");
}

TEST_CASE("The window offers an officer the officer's actions and a manager the manager's", "[accounts]")
{
    GuiFixture fx;
    const QString path = fx.path(QStringLiteral("ledger.db"));
    const int64_t hazard = createLedger(path);

    MainWindow window{test::clock()};
    window.setAskForAccount(true);
    window.show();
    answerLogin(QStringLiteral("zhang"), QString::fromUtf8(kPassword));
    REQUIRE(window.load(path).isEmpty());
    REQUIRE(window.database()->account());
    CHECK(window.database()->account()->role == Role::Officer);
    CHECK(named<QLabel>(window, "operatorLabel")->text() == QStringLiteral("Signed in: 张三 (Safety officer)"));
    CHECK_FALSE(named<QAction>(window, "actionAccounts")->isEnabled());
    CHECK_FALSE(named<QAction>(window, "actionRestoreBackup")->isEnabled());
    CHECK(named<QAction>(window, "actionChangePassword")->isEnabled());
    window.showHazard(hazard);
    // Awaiting verification: verifying and voiding are a manager's.
    CHECK(named<QPushButton>(window, "verify_passButton")->isHidden());
    CHECK(named<QPushButton>(window, "verify_failButton")->isHidden());
    CHECK(named<QPushButton>(window, "voidButton")->isHidden());
    CHECK_FALSE(named<QPushButton>(window, "editHazardDetailButton")->isHidden());

    // Signed in as the manager instead (Account ▸ Sign in as another account).
    answerLogin(QStringLiteral("li"), QString::fromUtf8(kPassword));
    named<QAction>(window, "actionSwitchAccount")->trigger();
    REQUIRE(window.database()->account());
    CHECK(window.database()->account()->name == "li");
    window.showHazard(hazard);
    CHECK_FALSE(named<QPushButton>(window, "verify_passButton")->isHidden());
    CHECK_FALSE(named<QPushButton>(window, "voidButton")->isHidden());
    CHECK_FALSE(named<QAction>(window, "actionAccounts")->isEnabled());

    // The manager passes it: the verification is signed off by li, and the page says so.
    HazardDetailPage& page = *named<HazardsPage>(window, "hazardsPage")->detail();
    QDialog* verify = page.startAction(HazardAction::VerifyPass);
    REQUIRE(verify != nullptr);
    named<QPlainTextEdit>(*verify, "actionText")->setPlainText(QStringLiteral("整改到位"));
    QTest::mouseClick(named<QPushButton>(*verify, "okButton"), Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK(page.hazard().status == HazardStatus::Closed);
    const QAbstractItemModel* rows = named<QTableView>(page, "verificationsView")->model();
    REQUIRE(rows->rowCount() == 1);
    CHECK(rows->index(0, 1).data().toString().endsWith(QStringLiteral("(signed off by 李四, account li)")));
}

TEST_CASE("Cancelling the sign-in leaves the ledger closed", "[accounts]")
{
    GuiFixture fx;
    const QString path = fx.path(QStringLiteral("ledger.db"));
    createLedger(path);
    MainWindow window{test::clock()};
    window.setAskForAccount(true);
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<LoginDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        dialog->reject();
    });
    CHECK_FALSE(window.load(path).isEmpty());
    CHECK(window.database() == nullptr);
}

TEST_CASE("Accounts dialog: an administrator adds an officer; two different passwords are refused", "[accounts]")
{
    GuiFixture fx;
    const QString path = fx.path(QStringLiteral("ledger.db"));
    createLedger(path);
    OpenOptions o = options();
    o.uuidSeed = 99; // not the seed the ledger was made with: new UUIDs must not repeat its ones
    o.credentials = Credentials{"wang", kPassword};
    auto db = Database::open(path.toStdString(), o);
    AccountsDialog dialog(*db);
    dialog.show();
    auto* list = named<QTreeWidget>(dialog, "accountList");
    CHECK(list->topLevelItemCount() == 3);

    QTimer::singleShot(0, [] {
        auto* form = qobject_cast<AccountFormDialog*>(QApplication::activeModalWidget());
        REQUIRE(form != nullptr);
        named<QLineEdit>(*form, "accountName")->setText(QStringLiteral("zhao"));
        named<QLineEdit>(*form, "accountDisplayName")->setText(QStringLiteral("赵六"));
        named<QLineEdit>(*form, "newPassword")->setText(QStringLiteral("password one"));
        named<QLineEdit>(*form, "repeatPassword")->setText(QStringLiteral("password two"));
        named<QPushButton>(*form, "accountSubmit")->click();
        CHECK(form->isVisible());
        CHECK(named<QLabel>(*form, "accountError")->text().contains(QStringLiteral("differ")));
        named<QLineEdit>(*form, "repeatPassword")->setText(QStringLiteral("password one"));
        named<QPushButton>(*form, "accountSubmit")->click();
    });
    named<QPushButton>(dialog, "accountAdd")->click();
    CHECK(list->topLevelItemCount() == 4);
    const auto added = Accounts(*db).find("zhao");
    REQUIRE(added);
    CHECK(added->role == Role::Officer);
    CHECK(added->displayName == "赵六");
}
