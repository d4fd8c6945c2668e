#pragma once

#include "LedgerPage.h"
#ifndef Q_MOC_RUN // moc cannot parse the C++20 standard headers the core includes
#include "safeledger/storage/InspectionList.h"
#endif

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace safeledger {

class TextTableModel;
class UnitPicker;
struct InspectionListing; // a page read (InspectionsPage.cpp)

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
    // Reads the next page below the rows shown (the "Show the next" button).
    void showMore();
    // Rows read at a time (1,000): the first page, then one more per "Show the next"; from the
    // next refresh on.
    void setPageSize(int rows);

private:
    void show(InspectionListing listing);

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
    QPushButton* m_more = nullptr;
    InspectionFilter m_filter;              // of the rows shown
    std::optional<InspectionCursor> m_last; // where they end
    int64_t m_total = 0, m_personTimes = 0;
    int m_pageSize = 1000;
};

} // namespace safeledger
