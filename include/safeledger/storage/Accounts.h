#pragma once

#include "safeledger/storage/Database.h"

#include <optional>
#include <string>
#include <vector>

namespace safeledger {

struct Account
{
    int64_t id = 0;
    std::string uuid;
    std::string name;
    std::string displayName;
    Role role = Role::Officer;
    bool disabled = false;
    bool hasSignature = false; // a signature image is stored
    std::string createdAt;
    std::string modifiedAt;
};

// The accounts of one database (issue 13). Passwords are kept only as libsodium's Argon2id
// strings. Every change is written to the audit trail as entity "account" (never the password or
// its hash). All changes need Action::ManageAccounts except the first administrator of a database
// without accounts and an account changing its own password.
class Accounts final
{
public:
    static constexpr int kMinimumPasswordLength = 8;

    explicit Accounts(Database& db)
        : m_db(db)
    {
    }

    // How hard a password is to guess from its stored hash: libsodium's interactive limits (under
    // a second per sign-in), or its minimum for tests that make many accounts.
    enum class Cost { Interactive, Minimal };
    static void setCost(Cost cost);

    // The first account of a database that has none: an administrator, signed in at once. Whoever
    // opened the database may make it; afterwards the database keeps accounts.
    Account createFirstAdministrator(const std::string& name, const std::string& displayName,
                                     const std::string& password);
    // Needs Action::ManageAccounts; in a database without accounts, only an administrator (who is
    // then its first account, as createFirstAdministrator).
    Account add(const std::string& name, const std::string& displayName, Role role, const std::string& password);
    void setRole(const std::string& name, Role role);
    void setDisplayName(const std::string& name, const std::string& displayName);
    void setDisabled(const std::string& name, bool disabled);
    // An administrator sets another account's password (the owner forgot it).
    void resetPassword(const std::string& name, const std::string& password);
    // The signed-in account changes its own password; the current one must be right.
    void changeOwnPassword(const std::string& currentPassword, const std::string& newPassword);

    // The image of the account's handwritten signature, printed on what it signs (PNG or JPEG, at
    // most kMaxSignatureBytes). Set by an administrator, or by the account itself; empty clears it.
    static constexpr size_t kMaxSignatureBytes = 512 * 1024;
    void setSignature(const std::string& name, const std::vector<uint8_t>& image);
    // The stored image; empty when none (or no such account).
    std::vector<uint8_t> signature(const std::string& name);

    std::vector<Account> list();
    std::optional<Account> find(const std::string& name);

    // Checks a name and password (Database::signIn): throws Error(Login) for a wrong pair or a
    // disabled account, without saying which of name and password was wrong.
    SignedIn authenticate(const Credentials& credentials);

private:
    Account get(const std::string& name);
    void save(Account& account, const std::string& action, const std::optional<std::string>& passwordHash);
    Account insert(const std::string& name, const std::string& displayName, Role role, const std::string& password);
    void refuseLosingLastAdministrator(const Account& account);
    Database& m_db;
};

} // namespace safeledger
