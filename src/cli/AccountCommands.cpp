// Accounts from the command line (issue 13): list, add, change, and one's own password. The
// passwords come from the environment (SAFELEDGER_PASSWORD for the signed-in account,
// SAFELEDGER_NEW_PASSWORD for the one being set) or are asked on the terminal without echo.
#include "Commands.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/Accounts.h"

#include <fstream>
#include <iomanip>
#include <iostream>
#include <iterator>

namespace safeledger::cli {

namespace {
Role roleOption(const Args& args)
{
    const std::string code = args.get("--role");
    if (const auto role = enumFromText<Role>(code)) {
        return *role;
    }
    throw UsageError{"--role is viewer, officer, manager or administrator, not \"" + code + "\""};
}

const std::string& nameOption(const Args& args)
{
    if (!args.has("--name")) {
        throw UsageError{args.command + " needs --name ACCOUNT"};
    }
    return args.options.at("--name");
}

std::string newPassword(const std::string& name)
{
    return readPassword("SAFELEDGER_NEW_PASSWORD", "New password for " + name + ": ", true);
}
} // namespace

int runAccounts(const Args& args)
{
    auto db = openDatabase(args, true);
    const auto accounts = Accounts(*db).list();
    if (accounts.empty()) {
        std::cout << db->path() << " keeps no accounts: whoever opens it may do everything\n";
        return 0;
    }
    for (const Account& a : accounts) {
        std::cout << std::left << std::setw(20) << a.name << " " << std::setw(14) << toCode(a.role) << " "
                  << a.displayName << (a.disabled ? "  (disabled)" : "") << "\n";
    }
    return 0;
}

int runAccountAdd(const Args& args)
{
    auto db = openDatabase(args, false);
    const std::string& name = nameOption(args);
    if (!args.has("--role")) {
        throw UsageError{"account-add needs --role viewer|officer|manager|administrator"};
    }
    const Role role = roleOption(args);
    db->require(Action::ManageAccounts); // before asking for a password that would be refused
    Accounts(*db).add(name, args.get("--display", name), role, newPassword(name));
    std::cout << "added the account " << name << " (" << toCode(role) << ")\n";
    return 0;
}

int runAccountSet(const Args& args)
{
    auto db = openDatabase(args, false);
    const std::string& name = nameOption(args);
    if (args.has("--disable") && args.has("--enable")) {
        throw UsageError{"account-set takes --disable or --enable, not both"};
    }
    if (args.has("--signature") && args.has("--no-signature")) {
        throw UsageError{"account-set takes --signature FILE or --no-signature, not both"};
    }
    std::vector<uint8_t> image;
    if (args.has("--signature")) {
        std::ifstream in(args.get("--signature"), std::ios::binary);
        if (!in) {
            throw Error(Error::Kind::NotFound, Message(MessageId::FileCannotOpen, {args.get("--signature")}));
        }
        image.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    Accounts accounts(*db);
    // Everyone may set their own signature image; anything else is the administrator's.
    const bool ownSignatureOnly = !args.has("--role") && !args.has("--display") && !args.has("--disable") &&
                                  !args.has("--enable") && !args.has("--reset-password") && db->account() &&
                                  db->account()->name == name;
    if (!ownSignatureOnly) {
        db->require(Action::ManageAccounts);
    }
    if (!accounts.find(name)) {
        throw Error(Error::Kind::NotFound, MessageId::NoSuchAccount, {name}, "name");
    }
    if (args.has("--signature") || args.has("--no-signature")) {
        accounts.setSignature(name, image);
    }
    db->write([&] {
        if (args.has("--role")) {
            accounts.setRole(name, roleOption(args));
        }
        if (args.has("--display")) {
            accounts.setDisplayName(name, args.get("--display"));
        }
        if (args.has("--disable") || args.has("--enable")) {
            accounts.setDisabled(name, args.has("--disable"));
        }
    });
    if (args.has("--reset-password")) {
        accounts.resetPassword(name, newPassword(name));
    }
    const auto a = accounts.find(name);
    std::cout << a->name << " " << toCode(a->role) << " " << a->displayName << (a->disabled ? " (disabled)" : "")
              << (a->hasSignature ? " (signature image stored)" : "") << "\n";
    return 0;
}

int runPasswd(const Args& args)
{
    auto db = openDatabase(args, false);
    if (!db->account()) {
        throw UsageError{"passwd changes the password of the account given with --user"};
    }
    const std::string current = readPassword("SAFELEDGER_PASSWORD", "Current password: ", false);
    Accounts(*db).changeOwnPassword(current, newPassword(db->account()->name));
    std::cout << "changed the password of " << db->account()->name << "\n";
    return 0;
}

} // namespace safeledger::cli
