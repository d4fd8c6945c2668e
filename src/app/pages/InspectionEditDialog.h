#pragma once

#include "FormDialog.h"

#ifndef Q_MOC_RUN // moc cannot parse the C++20 standard headers the core includes
#include "safeledger/core/Inspection.h"
#endif

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace safeledger {

class ChecklistModel;
class Database;

// Corrects a saved inspection: its date, kind, campaign, inspectors and note, and each checklist
// item's result and note (RecordService::correctInspection, all or nothing). Its unit and hazards
// stay. Someone else's save since the dialog opened is refused in words ("changed … reload"), with
// everything typed kept; "Reload" reads the inspection again.
class InspectionEditDialog final : public FormDialog
{
    Q_OBJECT

public:
    InspectionEditDialog(Database& db, qint64 inspectionId, QWidget* parent = nullptr);
    ChecklistModel* items() const { return m_items; }

private:
    void load();
    void save() override;

    Database& m_db;
    qint64 m_id;
    Inspection m_inspection;
    QDateEdit* m_date = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_campaign = nullptr;
    QLineEdit* m_inspectors = nullptr;
    QPlainTextEdit* m_note = nullptr;
    ChecklistModel* m_items = nullptr;
};

} // namespace safeledger
