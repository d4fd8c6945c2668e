#pragma once

#include "LedgerPage.h"

#ifndef Q_MOC_RUN // moc cannot parse the C++20 standard headers the core includes
#include "safeledger/storage/HazardQuery.h"
#endif

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace safeledger {

class HazardDetailPage;
class HazardTableModel;
class UnitPicker;

// The hazard list (a lazy model over HazardQuery, fast at a million rows) with its filters, and a
// hazard's own page in the same place.
class HazardsPage final : public LedgerPage
{
    Q_OBJECT

public:
    explicit HazardsPage(QWidget* parent = nullptr);
    QString title() const override { return tr("Hazards"); }
    // A hazard, a filtered list, or the part "hazardDetail": the first listed hazard's page.
    bool open(const PageRequest& request) override;
    PageRequest place() const override; // the hazard shown, if any

    void setDatabase(Database* db) override;
    void refresh() override;
    void showHazard(qint64 hazardId);
    void showList();
    // Opens the first hazard of the list; false when the list is empty.
    bool showFirstHazard();
    // Shows the list filtered by `filter` (e.g. the hazards behind a dashboard figure), with
    // `description` above it. The filter controls show what they can express of it; touching one
    // goes back to the controls' own filter.
    void showFiltered(const HazardFilter& filter, const QString& description);

    HazardTableModel* model() const { return m_model; }
    HazardDetailPage* detail() const { return m_detail; }
    // The hazard whose page is shown, 0 while the list is.
    qint64 shownHazardId() const;

private:
    void applyFilter();
    void openRow(const QModelIndex& index);

    Database* m_db = nullptr;
    QStackedWidget* m_stack = nullptr;
    HazardTableModel* m_model = nullptr;
    HazardDetailPage* m_detail = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_grade = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_sector = nullptr;
    UnitPicker* m_unit = nullptr;
    QCheckBox* m_usePeriod = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QCheckBox* m_listed = nullptr;
    QLineEdit* m_text = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_origin = nullptr;
    QTimer* m_textDelay = nullptr;
};

} // namespace safeledger
