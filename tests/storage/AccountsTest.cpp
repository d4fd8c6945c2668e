// Issue 13: accounts per database, passwords kept only as Argon2id hashes, sign-in that refuses a
// wrong password without writing anything, and the last administrator kept.
#include "safeledger/storage/Accounts.h"
#include "Refusal.h"
#include "TempDir.h"
#include "TestSupport.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/Backup.h"
#include "safeledger/storage/HazardService.h"

#include <catch2/catch.hpp>

using namespace safeledger;
using test::refusal;

namespace {
const char* const kPassword = "青山镇2025安全";

std::string text(Database& db, const std::string& query)
{
    sql::Statement st(db.connection(), query);
    return st.step() ? st.text(0) : std::string();
}

} // namespace

TEST_CASE("Accounts: the first administrator, then only administrators manage accounts", "[accounts]")
{
    Accounts::setCost(Accounts::Cost::Minimal);
    test::Fixture fx;
    Accounts accounts(*fx.db);
    CHECK_FALSE(fx.db->keepsAccounts());
    CHECK(fx.db->may(Action::ManageAccounts)); // a database without accounts lets its opener do all
    // Its first account is its administrator: an officer alone would leave nobody to manage accounts.
    CHECK(refusal([&] { accounts.add("zhang", "张三", Role::Officer, kPassword); }).message().id() ==
          MessageId::FirstAccountIsAdministrator);
    CHECK(accounts.list().empty());

    const Account admin = accounts.createFirstAdministrator("wang", "  王安全 ", kPassword);
    CHECK(admin.role == Role::Administrator);
    CHECK(admin.displayName == "王安全");
    CHECK(fx.db->keepsAccounts());
    REQUIRE(fx.db->account());
    CHECK(fx.db->account()->name == "wang");
    CHECK(fx.db->operatorName() == "王安全");
    CHECK(refusal([&] { accounts.createFirstAdministrator("li", "李", kPassword); }).message().id() ==
          MessageId::AccountsAlreadyExist);

    // Stored only as libsodium's Argon2id string; the audit row never holds it.
    const std::string stored = text(*fx.db, "SELECT password_hash FROM account WHERE name = 'wang'");
    CHECK(stored.rfind("$argon2id$", 0) == 0);
    CHECK(stored.find(kPassword) == std::string::npos);
    CHECK(fx.db->connection().scalarInt("SELECT count(*) FROM audit WHERE entity = 'account' AND (after LIKE "
                                        "'%argon2%' OR before LIKE '%argon2%')") == 0);
    CHECK(text(*fx.db, "SELECT account FROM audit WHERE entity = 'account'") == "wang");

    accounts.add("zhang", "张三", Role::Officer, kPassword);
    CHECK(refusal([&] { accounts.add("ZHANG", "张三", Role::Officer, kPassword); }).message().id() ==
          MessageId::AccountNameTaken); // names compare without case
    CHECK(refusal([&] { accounts.add("li si", "李四", Role::Officer, kPassword); }).message().id() ==
          MessageId::AccountNameInvalid);
    CHECK(refusal([&] { accounts.add("lisi", " ", Role::Officer, kPassword); }).message().id() ==
          MessageId::DisplayNameRequired);
    CHECK(refusal([&] { accounts.add("lisi", "李四", Role::Officer, "1234567"); }).message().id() ==
          MessageId::PasswordTooShort);
    CHECK(accounts.list().size() == 2);

    // An officer cannot manage accounts, not even to make itself an administrator.
    fx.db->signIn({"zhang", kPassword});
    const Error e = refusal([&] { accounts.setRole("zhang", Role::Administrator); });
    CHECK(e.kind() == Error::Kind::Permission);
    CHECK(std::string(e.what()) == "张三 (officer) may not manage accounts: that needs the role administrator "
                                   "or above");
    CHECK(accounts.find("zhang")->role == Role::Officer);
}

TEST_CASE("Accounts: the last enabled administrator is kept", "[accounts]")
{
    Accounts::setCost(Accounts::Cost::Minimal);
    test::Fixture fx;
    Accounts accounts(*fx.db);
    accounts.createFirstAdministrator("wang", "王安全", kPassword);
    CHECK(refusal([&] { accounts.setRole("wang", Role::Manager); }).message().id() == MessageId::LastAdministrator);
    CHECK(refusal([&] { accounts.setDisabled("wang", true); }).message().id() == MessageId::LastAdministrator);
    accounts.add("li", "李四", Role::Administrator, kPassword);
    accounts.setDisabled("wang", true);
    CHECK(accounts.find("wang")->disabled);
    CHECK(refusal([&] { accounts.setDisabled("li", true); }).message().id() == MessageId::LastAdministrator);
}

TEST_CASE("Sign-in: a wrong password or a disabled account is refused and nothing is written", "[accounts]")
{
    Accounts::setCost(Accounts::Cost::Minimal);
    test::TempDir dir;
    const std::string path = dir.file("ledger.db");
    {
        auto db = Database::create(path);
        Accounts accounts(*db);
        accounts.createFirstAdministrator("wang", "王安全", kPassword);
        accounts.add("zhang", "张三", Role::Officer, kPassword);
        accounts.add("zhao", "赵六", Role::Viewer, kPassword);
        accounts.setDisabled("zhao", true);
    }
    const auto headOf = [&] {
        OpenOptions o;
        o.readOnly = true;
        return Database::open(path, o)->auditChainHead();
    };
    const AuditHead before = headOf();

    OpenOptions wrong;
    wrong.credentials = Credentials{"zhang", "not the password"};
    Error e = refusal([&] { Database::open(path, wrong); });
    CHECK(e.kind() == Error::Kind::Login);
    CHECK(e.message().id() == MessageId::WrongPassword);
    wrong.credentials = Credentials{"nobody", kPassword};
    CHECK(refusal([&] { Database::open(path, wrong); }).message().id() == MessageId::WrongPassword);
    wrong.credentials = Credentials{"zhao", kPassword};
    CHECK(refusal([&] { Database::open(path, wrong); }).message().id() == MessageId::AccountDisabled);
    CHECK(headOf().hash == before.hash);

    // Opened without signing in: readable, not writable.
    auto db = Database::open(path);
    CHECK_FALSE(db->account());
    CHECK_FALSE(db->canWrite());
    CHECK(refusal([&] { db->signIn({"zhang", "wrong password"}); }).kind() == Error::Kind::Login);
    CHECK_FALSE(db->account());
    db->signIn({"ZHANG", kPassword});
    CHECK(db->account()->name == "zhang");
    CHECK(db->canWrite());

    // The owner changes the password; the old one then fails.
    Accounts(*db).changeOwnPassword(kPassword, "新密码新密码新密码");
    db.reset();
    OpenOptions old;
    old.credentials = Credentials{"zhang", kPassword};
    CHECK(refusal([&] { Database::open(path, old); }).message().id() == MessageId::WrongPassword);
    old.credentials = Credentials{"zhang", "新密码新密码新密码"};
    CHECK(Database::open(path, old)->account()->role == Role::Officer);
}

TEST_CASE("Sign-in: a viewer changes its own password but nothing else", "[accounts]")
{
    Accounts::setCost(Accounts::Cost::Minimal);
    test::Fixture fx;
    Accounts accounts(*fx.db);
    accounts.createFirstAdministrator("wang", "王安全", kPassword);
    accounts.add("zhao", "赵六", Role::Viewer, kPassword);
    fx.db->signIn({"zhao", kPassword});
    CHECK_FALSE(fx.db->canWrite());
    CHECK(refusal([&] { accounts.changeOwnPassword("wrong password", "another password"); }).kind() ==
          Error::Kind::Login);
    accounts.changeOwnPassword(kPassword, "another password");
    CHECK_FALSE(fx.db->canWrite()); // the permission lasted the change only
    fx.db->signIn({"zhao", "another password"});
    CHECK(text(*fx.db, "SELECT action FROM audit ORDER BY id DESC LIMIT 1") == "password");
    CHECK(text(*fx.db, "SELECT account FROM audit ORDER BY id DESC LIMIT 1") == "zhao");
}

TEST_CASE("Restore: only an administrator of the ledger being replaced may restore a backup", "[accounts][backup]")
{
    Accounts::setCost(Accounts::Cost::Minimal);
    test::TempDir dir;
    const std::string path = dir.file("ledger.db");
    const std::string backup = dir.file("backup.db");
    {
        auto db = Database::create(path);
        Accounts accounts(*db);
        accounts.createFirstAdministrator("wang", "王安全", kPassword);
        accounts.add("zhang", "张三", Role::Manager, kPassword);
        Backup::copy(path, backup);
    }
    const SystemClock clock;
    OpenOptions o;
    o.readOnly = true;
    o.credentials = Credentials{"zhang", kPassword};
    {
        auto manager = Database::open(path, o);
        CHECK(refusal([&] { Backup::restore(backup, path, clock, *manager); }).kind() == Error::Kind::Permission);
    }
    o.credentials = Credentials{"wang", kPassword};
    auto admin = Database::open(path, o);
    CHECK_FALSE(Backup::restore(backup, path, clock, *admin).empty());
}
