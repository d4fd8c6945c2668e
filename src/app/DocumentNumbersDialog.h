#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace safeledger {

class Database;

// File ▸ Document numbers: the pattern enforcement documents are numbered with (文书编号, e.g.
// 青安监{kind}〔{year}〕第{n:3}号), kept in the ledger so that every officer numbers alike, with each
// kind's next number shown as typed. Changing it needs Action::ChangeSettings and is audited; a
// number once given is never given again, whatever the pattern.
class DocumentNumbersDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit DocumentNumbersDialog(Database& db, QWidget* parent = nullptr);

    // Saves the pattern as typed; false, with the reason under the field, when it cannot number.
    bool save();

private:
    void preview();

    Database& m_db;
    QLineEdit* m_pattern = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace safeledger
