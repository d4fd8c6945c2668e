#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace safeledger {

class Database;

// Account ▸ Ledger keys (issue 13): this ledger's public key, which signs the packages it exports
// (to give to the office), and the keys of the ledgers whose packages it accepts. Administrators
// add and remove trusted keys; everyone may read and copy.
class LedgerKeysDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit LedgerKeysDialog(Database& db, QWidget* parent = nullptr);

private:
    void reload();
    void addKey();
    void removeKey();

    Database& m_db;
    QLineEdit* m_ownKey = nullptr;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace safeledger
