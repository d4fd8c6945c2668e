#pragma once

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace safeledger {

class Database;

// File ▸ Working calendar: the years the ledger holds a holiday notice for (shipped, or imported
// by an administrator when a new year's notice comes out), the unit's local days off and days
// worked, and the escalation rules (逾期升级督办). Everyone may look; changing needs the
// administrator's right (Action::ChangeSettings), and every change is in the audit trail.
class CalendarDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CalendarDialog(Database& db, QWidget* parent = nullptr);

    // For tests: import a year file as the Import button does after its file dialog.
    bool importFile(const QString& path);
    QTableWidget* years() const { return m_years; }
    QTableWidget* localDays() const { return m_days; }

private:
    void reload();
    void addLocalDay();
    void removeLocalDay();
    void removeYear();
    void saveRules();
    void showError(const QString& text);

    Database& m_db;
    QTableWidget* m_years = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_removeYear = nullptr;
    QTableWidget* m_days = nullptr;
    QDateEdit* m_dayDate = nullptr;
    QLineEdit* m_dayName = nullptr;
    QCheckBox* m_dayWorking = nullptr;
    QPushButton* m_addDay = nullptr;
    QPushButton* m_removeDay = nullptr;
    QSpinBox* m_generalDays = nullptr;
    QCheckBox* m_major = nullptr;
    QPushButton* m_saveRules = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace safeledger
