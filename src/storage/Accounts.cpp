#include "safeledger/storage/Accounts.h"

#include "Sodium.h"
#include "Trimmed.h"
#include "safeledger/core/Error.h"
#include "safeledger/core/Sha256.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>

namespace safeledger {

namespace {
std::atomic<Accounts::Cost> g_cost{Accounts::Cost::Interactive};

// Characters, not bytes: a Chinese name of 4 characters is 12 bytes of UTF-8.
size_t characters(const std::string& text)
{
    size_t n = 0;
    for (unsigned char c : text) {
        n += (c & 0xC0) != 0x80 ? 1 : 0;
    }
    return n;
}

void checkName(const std::string& name)
{
    bool good = !name.empty() && characters(name) <= 32;
    for (unsigned char c : name) {
        good = good && c > 0x20 && c != 0x7F;
    }
    if (!good) {
        throwValidation("name", MessageId::AccountNameInvalid);
    }
}

void checkPassword(const std::string& password)
{
    if (characters(password) < static_cast<size_t>(Accounts::kMinimumPasswordLength)) {
        throwValidation("password", MessageId::PasswordTooShort, {std::to_string(Accounts::kMinimumPasswordLength)});
    }
}

std::string hashPassword(const std::string& password)
{
    sodium::initialise();
    const bool minimal = g_cost.load() == Accounts::Cost::Minimal;
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, password.data(), password.size(),
                          minimal ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          minimal ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        throw Error(Error::Kind::Storage, MessageId::PasswordHashFailed);
    }
    return out;
}

bool passwordMatches(const std::string& stored, const std::string& password)
{
    sodium::initialise();
    return crypto_pwhash_str_verify(stored.c_str(), password.data(), password.size()) == 0;
}

std::string auditJson(const Account& a)
{
    return nlohmann::json{
        {"name", a.name}, {"display_name", a.displayName}, {"role", toCode(a.role)}, {"disabled", a.disabled}}
        .dump();
}

Account readAccount(const sql::Statement& st)
{
    Account a;
    a.id = st.int64(0);
    a.uuid = st.text(1);
    a.name = st.text(2);
    a.displayName = st.text(3);
    a.role = enumFromText<Role>(st.text(4)).value_or(Role::Viewer);
    a.disabled = st.int64(5) != 0;
    a.createdAt = st.text(6);
    a.modifiedAt = st.text(7);
    a.hasSignature = st.int64(8) != 0;
    return a;
}

constexpr const char* kColumns = "SELECT id, uuid, name, display_name, role, disabled, created_at, modified_at, "
                                 "signature IS NOT NULL FROM account ";

bool isSignatureImage(const std::vector<uint8_t>& image)
{
    static const uint8_t png[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    static const uint8_t jpeg[] = {0xFF, 0xD8, 0xFF};
    const auto startsWith = [&](const uint8_t* magic, size_t n) {
        return image.size() > n && std::equal(magic, magic + n, image.begin());
    };
    return startsWith(png, sizeof png) || startsWith(jpeg, sizeof jpeg);
}

// The audit shows which image was set (its SHA-256), never the image itself.
std::string signatureJson(const std::vector<uint8_t>& image)
{
    return nlohmann::json{{"signature_sha256", image.empty() ? std::string() : sha256Hex(image.data(), image.size())}}
        .dump();
}

// Lets the signed-in account write its own password whatever its role.
class OwnAccountWrite
{
public:
    explicit OwnAccountWrite(bool& flag)
        : m_flag(flag)
    {
        m_flag = true;
    }
    ~OwnAccountWrite() { m_flag = false; }
    OwnAccountWrite(const OwnAccountWrite&) = delete;
    OwnAccountWrite& operator=(const OwnAccountWrite&) = delete;

private:
    bool& m_flag;
};
} // namespace

void Accounts::setCost(Cost cost)
{
    g_cost = cost;
}

std::vector<Account> Accounts::list()
{
    sql::Statement st(m_db.connection(), std::string(kColumns) + "ORDER BY disabled, name");
    std::vector<Account> out;
    while (st.step()) {
        out.push_back(readAccount(st));
    }
    return out;
}

std::optional<Account> Accounts::find(const std::string& name)
{
    sql::Statement st(m_db.connection(), std::string(kColumns) + "WHERE name = ?");
    st.bindAll(name);
    if (!st.step()) {
        return std::nullopt;
    }
    return readAccount(st);
}

Account Accounts::get(const std::string& name)
{
    auto account = find(name);
    if (!account) {
        throw Error(Error::Kind::NotFound, MessageId::NoSuchAccount, {name}, "name");
    }
    return *account;
}

Account Accounts::insert(const std::string& name, const std::string& displayName, Role role,
                         const std::string& password)
{
    checkName(name);
    Account a;
    a.name = name;
    a.displayName = trimmed(displayName);
    a.role = role;
    if (a.displayName.empty()) {
        throwValidation("display_name", MessageId::DisplayNameRequired);
    }
    checkPassword(password);
    if (find(name)) {
        throwValidation("name", MessageId::AccountNameTaken, {name});
    }
    const std::string hash = hashPassword(password); // before the transaction: it takes a while
    m_db.write([&] {
        a.uuid = m_db.newUuid();
        a.createdAt = a.modifiedAt = m_db.now();
        sql::Statement st(m_db.connection(),
                          "INSERT INTO account (uuid, name, display_name, role, password_hash, disabled, created_at, "
                          "modified_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)");
        st.bindAll(a.uuid, a.name, a.displayName, toCode(a.role), hash, a.createdAt, a.modifiedAt);
        st.execute();
        a.id = m_db.connection().lastInsertId();
        m_db.audit("account", a.uuid, "create", "", auditJson(a));
    });
    return a;
}

Account Accounts::createFirstAdministrator(const std::string& name, const std::string& displayName,
                                           const std::string& password)
{
    if (m_db.keepsAccounts() || m_db.connection().scalarInt("SELECT EXISTS (SELECT 1 FROM account)") != 0) {
        throw Error(Error::Kind::Permission, MessageId::AccountsAlreadyExist);
    }
    // Its own creation is the first row written under the new account.
    m_db.m_account = SignedIn{0, name, trimmed(displayName), Role::Administrator};
    try {
        Account a = insert(name, displayName, Role::Administrator, password);
        m_db.m_keepsAccounts = true;
        m_db.m_account = SignedIn{a.id, a.name, a.displayName, a.role};
        return a;
    } catch (...) {
        m_db.m_account.reset();
        throw;
    }
}

Account Accounts::add(const std::string& name, const std::string& displayName, Role role, const std::string& password)
{
    // A ledger without accounts gets its administrator first: an officer alone would leave nobody
    // able to manage the accounts.
    if (!m_db.keepsAccounts()) {
        if (role != Role::Administrator) {
            throw Error(Error::Kind::Validation, Message(MessageId::FirstAccountIsAdministrator), "role");
        }
        return createFirstAdministrator(name, displayName, password);
    }
    m_db.require(Action::ManageAccounts);
    return insert(name, displayName, role, password);
}

void Accounts::save(Account& a, const std::string& action, const std::optional<std::string>& passwordHash)
{
    const Account before = get(a.name);
    a.modifiedAt = m_db.now();
    sql::Statement st(m_db.connection(), "UPDATE account SET display_name = ?, role = ?, disabled = ?, modified_at = ? "
                                         "WHERE id = ?");
    st.bindAll(a.displayName, toCode(a.role), a.disabled ? 1 : 0, a.modifiedAt, a.id);
    st.execute();
    if (passwordHash) {
        sql::Statement pw(m_db.connection(), "UPDATE account SET password_hash = ? WHERE id = ?");
        pw.bindAll(*passwordHash, a.id);
        pw.execute();
    }
    m_db.audit("account", a.uuid, action, auditJson(before), auditJson(a));
    if (m_db.m_account && m_db.m_account->id == a.id) {
        m_db.m_account->displayName = a.displayName;
        m_db.m_account->role = a.role;
    }
}

void Accounts::refuseLosingLastAdministrator(const Account& a)
{
    if (a.role != Role::Administrator || a.disabled) {
        return;
    }
    const int64_t admins =
        m_db.connection().scalarInt("SELECT count(*) FROM account WHERE role = 'administrator' AND disabled = 0");
    if (admins <= 1) {
        throwValidation("role", MessageId::LastAdministrator, {a.name});
    }
}

void Accounts::setRole(const std::string& name, Role role)
{
    m_db.require(Action::ManageAccounts);
    m_db.write([&] {
        Account a = get(name);
        if (a.role == role) {
            return;
        }
        if (role != Role::Administrator) {
            refuseLosingLastAdministrator(a);
        }
        a.role = role;
        save(a, "role", std::nullopt);
    });
}

void Accounts::setDisplayName(const std::string& name, const std::string& displayName)
{
    m_db.require(Action::ManageAccounts);
    m_db.write([&] {
        Account a = get(name);
        a.displayName = trimmed(displayName);
        if (a.displayName.empty()) {
            throwValidation("display_name", MessageId::DisplayNameRequired);
        }
        save(a, "update", std::nullopt);
    });
}

void Accounts::setDisabled(const std::string& name, bool disabled)
{
    m_db.require(Action::ManageAccounts);
    m_db.write([&] {
        Account a = get(name);
        if (a.disabled == disabled) {
            return;
        }
        if (disabled) {
            refuseLosingLastAdministrator(a);
        }
        a.disabled = disabled;
        save(a, disabled ? "disable" : "enable", std::nullopt);
    });
}

void Accounts::resetPassword(const std::string& name, const std::string& password)
{
    m_db.require(Action::ManageAccounts);
    checkPassword(password);
    Account a = get(name);
    const std::string hash = hashPassword(password);
    m_db.write([&] { save(a, "password", hash); });
}

void Accounts::changeOwnPassword(const std::string& currentPassword, const std::string& newPassword)
{
    if (!m_db.account()) {
        throw Error(Error::Kind::Permission, Message(MessageId::NotSignedIn, {"change a password"}));
    }
    const std::string name = m_db.account()->name;
    sql::Statement st(m_db.connection(), "SELECT password_hash FROM account WHERE id = ?");
    st.bindAll(m_db.account()->id);
    if (!st.step() || !passwordMatches(st.text(0), currentPassword)) {
        throw Error(Error::Kind::Login, MessageId::WrongPassword, {}, "password");
    }
    checkPassword(newPassword);
    const std::string hash = hashPassword(newPassword);
    Account a = get(name);
    OwnAccountWrite own(m_db.m_accountWrite);
    m_db.write([&] { save(a, "password", hash); });
}

void Accounts::setSignature(const std::string& name, const std::vector<uint8_t>& image)
{
    const Account a = get(name);
    const bool own = m_db.account() && m_db.account()->id == a.id;
    if (!own) {
        m_db.require(Action::ManageAccounts);
    }
    if (!image.empty() && (image.size() > kMaxSignatureBytes || !isSignatureImage(image))) {
        throwValidation("signature", MessageId::SignatureImageInvalid, {std::to_string(kMaxSignatureBytes / 1024)});
    }
    const std::vector<uint8_t> before = signature(name);
    std::optional<OwnAccountWrite> ownWrite;
    if (own) {
        ownWrite.emplace(m_db.m_accountWrite);
    }
    m_db.write([&] {
        sql::Statement st(m_db.connection(), "UPDATE account SET signature = ?, modified_at = ? WHERE id = ?");
        if (image.empty()) {
            st.bind(1, nullptr);
        } else {
            st.bindBlob(1, image);
        }
        st.bind(2, m_db.now());
        st.bind(3, a.id);
        st.execute();
        m_db.audit("account", a.uuid, "signature", signatureJson(before), signatureJson(image));
    });
}

std::vector<uint8_t> Accounts::signature(const std::string& name)
{
    sql::Statement st(m_db.connection(), "SELECT signature FROM account WHERE name = ? AND signature IS NOT NULL");
    st.bindAll(name);
    return st.step() ? st.blob(0) : std::vector<uint8_t>{};
}

SignedIn Accounts::authenticate(const Credentials& credentials)
{
    sql::Statement st(m_db.connection(), "SELECT id, name, display_name, role, disabled, password_hash FROM account "
                                         "WHERE name = ?");
    st.bindAll(credentials.name);
    if (!st.step() || !passwordMatches(st.text(5), credentials.password)) {
        throw Error(Error::Kind::Login, MessageId::WrongPassword);
    }
    if (st.int64(4) != 0) {
        throw Error(Error::Kind::Login, MessageId::AccountDisabled, std::vector<std::string>{st.text(1)});
    }
    return SignedIn{st.int64(0), st.text(1), st.text(2), enumFromText<Role>(st.text(3)).value_or(Role::Viewer)};
}

} // namespace safeledger
