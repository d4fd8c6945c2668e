#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace safeledger {

class Database;
class TextTableModel;

// A saved inspection (安全检查记录) opened again: its header (unit, date, kind, campaign,
// inspectors, note), every checklist item with its result and note, the hazards it found (each
// opens its page) and the documents issued at it. "Correct…" corrects it (InspectionEditDialog);
// "Void…" voids it with a reason; storage refuses
// while a hazard it found is still on the ledger, and the dialog says so in words. A voided
// inspection shows when and why.
class InspectionRecordDialog final : public QDialog
{
    Q_OBJECT

public:
    InspectionRecordDialog(Database& db, qint64 inspectionId, QWidget* parent = nullptr);

    TextTableModel* items() const { return m_items; }
    TextTableModel* hazards() const { return m_hazards; }
    TextTableModel* documents() const { return m_documents; }

signals:
    void hazardRequested(qint64 hazardId);
    // The inspection was voided.
    void voided();
    // The inspection was corrected (InspectionEditDialog).
    void corrected();

private:
    void load();
    void voidInspection();
    void correctInspection();
    QTableView* addList(const char* name, TextTableModel* model);

    Database& m_db;
    qint64 m_id = 0;
    QLabel* m_header = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_void = nullptr;
    QPushButton* m_correct = nullptr;
    TextTableModel* m_items = nullptr;
    TextTableModel* m_hazards = nullptr;
    TextTableModel* m_documents = nullptr;
};

} // namespace safeledger
