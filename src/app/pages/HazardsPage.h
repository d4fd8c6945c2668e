#pragma once

#include "LedgerPage.h"

#ifndef Q_MOC_RUN // moc cannot parse the C++20 standard headers the core includes
#include "safeledger/storage/HazardQuery.h"
#endif

#include <memory>

class QTimer;

namespace Ui {
class HazardsPage;
}

namespace safeledger {

class HazardDetailPage;
class HazardTableModel;

// The hazard list (a lazy model over HazardQuery, fast at a million rows) with its filters, and a
// hazard's own page in the same place. The layout is ui/HazardsPage.ui.
class HazardsPage final : public LedgerPage
{
    Q_OBJECT

public:
    explicit HazardsPage(QWidget* parent = nullptr);
    ~HazardsPage() override;
    QString title() const override { return tr("Hazards"); }
    // A hazard, a filtered list, or the part "hazardDetail": the first listed hazard's page.
    bool open(const PageRequest& request) override;
    PageRequest place() const override; // the hazard shown, if any
    QList<Command> commands() const override { return {{"registerHazardButton", QKeySequence()}}; }

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
    HazardDetailPage* detail() const;
    // The hazard whose page is shown, 0 while the list is.
    qint64 shownHazardId() const;

private:
    void applyFilter();
    void openRow(const QModelIndex& index);
    // 登记隐患: a hazard that no inspection found, registered on its own (HazardEditor).
    void registerHazard();

    Database* m_db = nullptr;
    std::unique_ptr<Ui::HazardsPage> m_ui;
    HazardTableModel* m_model = nullptr;
    QTimer* m_textDelay = nullptr;
};

} // namespace safeledger
