#pragma once

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace safeledger {

class Database;

// Account ▸ Accounts and roles (administrators; issue 13): every account of the ledger with its
// role and state; add one, change its role, disable or enable it, set a new password. Refusals
// (the last administrator) are said in a message box and change nothing.
class AccountsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AccountsDialog(Database& db, QWidget* parent = nullptr);

private:
    void reload();
    void updateButtons();
    QString selectedName() const;
    void addAccount();
    void changeRole();
    void toggleDisabled();
    void resetPassword();
    void chooseSignature();
    // Runs `change`; a refusal is shown in a message box. Reloads the list either way.
    template <class F>
    void attempt(F&& change);

    Database& m_db;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_role = nullptr;
    QPushButton* m_disable = nullptr;
    QPushButton* m_password = nullptr;
    QPushButton* m_signature = nullptr;
};

} // namespace safeledger
