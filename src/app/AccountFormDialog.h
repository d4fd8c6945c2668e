#pragma once

#include "safeledger/core/Access.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace safeledger {

class Database;

// The forms of the Account menu (issue 13), one dialog in four shapes:
//   FirstAdministrator  a ledger without accounts gets its administrator (name, full name, password)
//   NewAccount          an administrator adds an account (name, full name, role, password)
//   ChangeOwnPassword   the signed-in account (current password, new password)
//   ResetPassword       an administrator sets another account's password
// The new password is typed twice. What the form asks is done when it is accepted; a refusal is
// said in the form, which stays open, and nothing is written.
class AccountFormDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Shape { FirstAdministrator, NewAccount, ChangeOwnPassword, ResetPassword };

    AccountFormDialog(Database& db, Shape shape, const QString& accountName = {}, QWidget* parent = nullptr);

private:
    void submit();

    Database& m_db;
    Shape m_shape;
    QString m_accountName;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_displayName = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace safeledger
