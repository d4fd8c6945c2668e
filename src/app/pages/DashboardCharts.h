#pragma once

#include "DashboardData.h"

#include <QObject>

#include <vector>

class QChart;
class QChartView;
class QWidget;

namespace safeledger {

// The dashboard's three charts (Qt Charts, drawn by hand): found against rectified per month,
// found by category, and the rectification rate of each sub-unit, worst first. A click on a bar
// names what it stands for; the page turns that into the hazard list behind it.
class DashboardCharts final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxSubUnits = 10;
    static constexpr int kMaxCategories = 10;

    explicit DashboardCharts(QWidget* parent);

    QChartView* monthView() const { return m_monthView; }
    QChartView* categoryView() const { return m_categoryView; }
    QChartView* subUnitView() const { return m_subUnitView; }

    void show(const DashboardData& data);

    // What each bar shows, in bar order (for the clicks, and for tests).
    const std::vector<MonthRow>& months() const { return m_months; }
    const std::vector<CategoryRow>& categories() const { return m_categories; } // the largest, most first
    const std::vector<SubUnitRow>& subUnits() const { return m_subUnits; }

signals:
    void monthClicked(int year, int month, bool rectified);
    void categoryClicked(int categoryIndex); // index into categories()
    void subUnitClicked(qint64 orgId);

private:
    void showMonths(const DashboardData& data);
    void showCategories(const DashboardData& data);
    void showSubUnits(const DashboardData& data);

    QChartView* m_monthView = nullptr;
    QChartView* m_categoryView = nullptr;
    QChartView* m_subUnitView = nullptr;
    std::vector<MonthRow> m_months;
    std::vector<CategoryRow> m_categories;
    std::vector<SubUnitRow> m_subUnits;
};

} // namespace safeledger
