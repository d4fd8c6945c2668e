#pragma once

#include "LedgerPage.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QTimer;

namespace safeledger {

class TextTableModel;
class UnitPicker;

// The inspections ledger (安全检查台账): a year's inspections of a unit and everything below it, of
// one kind, by campaign or inspector, newest first, with the figures they make (检查次数, 检查人次).
// A row opens the inspection's record (InspectionRecordDialog), where it can be voided; voided ones
// are listed on request.
class InspectionsPage final : public LedgerPage
{
    Q_OBJECT

public:
    explicit InspectionsPage(QWidget* parent = nullptr);
    QString title() const override { return tr("Inspections"); }

    void setDatabase(Database* db) override;
    void refresh() override;
    TextTableModel* model() const { return m_model; }
    // Opens an inspection's record (not modal); returns it for tests.
    QDialog* openInspection(qint64 inspectionId);

private:
    Database* m_db = nullptr;
    QSpinBox* m_year = nullptr;
    UnitPicker* m_unit = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_text = nullptr;
    QCheckBox* m_showVoided = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_summary = nullptr;
    QTimer* m_textDelay = nullptr;
    TextTableModel* m_model = nullptr;
};

} // namespace safeledger
