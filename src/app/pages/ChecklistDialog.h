#pragma once

#include "FormDialog.h"

class QLineEdit;
class QPlainTextEdit;

namespace safeledger {

class Database;

// A user's own checklist (安全检查表): a name and its items, one per line, each optionally led by
// its category ("消防：灭火器在有效期内"). Saved with RecordService::addTemplate.
class ChecklistDialog final : public FormDialog
{
    Q_OBJECT

public:
    ChecklistDialog(Database& db, QWidget* parent = nullptr);

    qint64 createdId() const { return m_created; }

private:
    void save() override;

    Database& m_db;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_campaign = nullptr;
    QPlainTextEdit* m_items = nullptr;
    qint64 m_created = 0;
};

} // namespace safeledger
