#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace safeledger {

class Database;

// Signing in to a ledger that keeps accounts (issue 13): the account (the last one used on this
// ledger is filled in) and its password. A wrong pair is said in the dialog, which stays open;
// "Read only" opens the ledger without signing in, for reading and printing.
class LoginDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Outcome { SignedIn = QDialog::Accepted, Cancelled = QDialog::Rejected, ReadOnly = 2 };

    LoginDialog(Database& db, const QString& lastAccount, QWidget* parent = nullptr);

private:
    void signIn();

    Database& m_db;
    QLineEdit* m_account = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace safeledger
