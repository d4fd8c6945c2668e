#pragma once

#include <QDialog>

#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace safeledger {

class Database;
struct AuditEntry;
struct AuditFilter;

// The audit viewer (issue 13): the whole trail, or one record's history, filtered by account,
// period, record type and action, newest first 200 rows at a time; a row shows its before and after
// side by side, the changed fields marked. Reading only: every account may open it.
class AuditDialog final : public QDialog
{
    Q_OBJECT

public:
    // `entityUuid` narrows it to one record's history (its title then names the record).
    AuditDialog(Database& db, const QString& entityUuid = {}, const QString& recordTitle = {},
                QWidget* parent = nullptr);
    ~AuditDialog() override;

    static constexpr int kPageSize = 200;

private:
    AuditFilter filter() const;
    void reload();
    void loadMore();
    void showRow();

    Database& m_db;
    QString m_entityUuid;
    QComboBox* m_account = nullptr;
    QComboBox* m_entity = nullptr;
    QComboBox* m_action = nullptr;
    QCheckBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_count = nullptr;
    QTreeWidget* m_rows = nullptr;
    QPushButton* m_more = nullptr;
    QTreeWidget* m_fields = nullptr;
    QCheckBox* m_changedOnly = nullptr;
    std::vector<AuditEntry> m_loaded;
};

} // namespace safeledger
