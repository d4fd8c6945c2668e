#pragma once

#include "LedgerPage.h"

#include "DashboardData.h"

#include <map>
#include <memory>
#include <optional>

class QDialog;
class QTableView;
class QLabel;

namespace Ui {
class DashboardPage;
}

namespace safeledger {

class DashboardCharts;
class FigureCard;
class OverdueModel;

// The manager's view (分管领导, 安委办): for a scope (a unit and its subtree, or everything) and a
// period, the reported figures as cards, three charts and the overdue list. Every number comes
// from Statistics, read as every page reads (LedgerPage::readThenShow): on a worker thread over its
// own connection for a big database file, so the window never waits.
// A card, a bar or a sub-unit asks for the hazard list behind it (hazardListRequested); the
// inspections card lists the units not inspected in the period, from which an inspection starts.
class DashboardPage final : public LedgerPage
{
    Q_OBJECT

public:
    enum PeriodKind { Year, Quarter, Month, Range };

    explicit DashboardPage(QWidget* parent = nullptr);
    QString title() const override { return tr("Dashboard"); }
    ~DashboardPage() override;

    void setDatabase(Database* db) override;
    void refresh() override;

    // The controls, for tests and scripts; each change reads the figures again.
    void setScope(std::optional<int64_t> orgId);
    void selectPeriod(PeriodKind kind, int year, int part = 1); // part: the quarter or the month
    void selectRange(const Period& period);
    Period currentPeriod() const;

    // True while figures are being read; updated() is emitted when they are shown.
    bool isBusy() const { return isReading(); }
    // What the page shows now (empty before the first answer).
    const DashboardData& data() const { return m_data; }
    DashboardCharts* charts() const { return m_charts; }
    OverdueModel* overdueModel() const { return m_overdueModel; }

    // The filter behind a card ("foundCard", "rectifiedCard", ...), or nothing when the card
    // has no list (inspections, accidents...) or no exact one.
    std::optional<HazardFilter> cardFilter(const QString& cardName) const;
    // The units not inspected in the period (the inspections card's click), as a dialog; nullptr
    // before the first figures.
    QDialog* openUninspected();

signals:
    void updated();

private:
    FigureCard* addCard(const QString& name, int row, int column, bool clickable);
    void updatePeriodControls();
    void request();
    void receive(DashboardData data);
    void showCards();
    void showNewerCards(const Figures& f, const Figures& p); // pass rate, training, breakdown tooltips
    void showMessage(const QString& message);
    QString periodText() const;
    FigureFilters filters() const;
    void openCard(const QString& name);
    void openMonth(int year, int month, bool rectified);
    void openCategory(int index);
    void openSubUnit(qint64 orgId);

    std::unique_ptr<Ui::DashboardPage> m_ui;
    Database* m_db = nullptr;
    DashboardCharts* m_charts = nullptr;
    OverdueModel* m_overdueModel = nullptr;
    QTableView* m_overdueView = nullptr;
    QLabel* m_overdueTitle = nullptr;
    std::map<QString, FigureCard*> m_cards;
    DashboardData m_data;
    bool m_settingControls = false;
};

} // namespace safeledger
