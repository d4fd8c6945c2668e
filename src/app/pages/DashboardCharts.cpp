#include "DashboardCharts.h"

#include "EnumText.h"
#include "Formats.h"
#include "Palette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace safeledger {

namespace {

QChartView* makeView(QWidget* parent, const QString& name)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    auto* view = new QChartView(chart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 180);
    return view;
}

// Removes the previous series and axes (the chart owns and deletes them).
void clear(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QFont smallFont()
{
    QFont f;
    f.setPointSizeF(f.pointSizeF() * 0.85);
    return f;
}

// A count axis with whole-number ticks up to at least `max`.
QValueAxis* countAxis(int64_t max)
{
    auto* axis = new QValueAxis;
    const int64_t top = std::max<int64_t>(max, 4);
    axis->setRange(0, static_cast<double>(top + top / 10 + 1));
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTickCount(5);
    axis->applyNiceNumbers();
    axis->setLabelsFont(smallFont());
    return axis;
}

using Formats::number;

// Names in a chart's axis stay short: the list beside it shows them in full.
QString shortName(const QString& name)
{
    constexpr int kMax = 9;
    return name.size() <= kMax ? name : name.left(kMax - 1) + QStringLiteral("…");
}

} // namespace

DashboardCharts::DashboardCharts(QWidget* parent)
    : QObject(parent)
    , m_monthView(makeView(parent, QStringLiteral("monthChart")))
    , m_categoryView(makeView(parent, QStringLiteral("categoryChart")))
    , m_subUnitView(makeView(parent, QStringLiteral("subUnitChart")))
{
}

void DashboardCharts::show(const DashboardData& data)
{
    showMonths(data);
    showCategories(data);
    showSubUnits(data);
}

void DashboardCharts::showMonths(const DashboardData& data)
{
    QChart* chart = m_monthView->chart();
    clear(chart);
    m_months = data.months;
    chart->setTitle(tr("Found and rectified per month"));
    auto* found = new QBarSet(tr("Found"));
    auto* rectified = new QBarSet(tr("Rectified"));
    found->setColor(Palette::colour(Palette::Role::Found));
    rectified->setColor(Palette::colour(Palette::Role::Rectified));
    QStringList labels;
    const bool manyYears = !m_months.empty() && m_months.front().year != m_months.back().year;
    int64_t max = 0;
    for (const MonthRow& m : m_months) {
        *found << static_cast<double>(m.found);
        *rectified << static_cast<double>(m.rectified);
        max = std::max({max, m.found, m.rectified});
        labels << (manyYears ? QStringLiteral("%1-%2").arg(m.year % 100, 2, 10, QLatin1Char('0')).arg(m.month)
                             : QLocale().standaloneMonthName(m.month, QLocale::ShortFormat));
    }
    auto* series = new QBarSeries;
    series->append(found);
    series->append(rectified);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    x->setLabelsFont(smallFont());
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis* y = countAxis(max);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->legend()->setFont(smallFont());
    connect(series, &QBarSeries::clicked, this, [this, rectified](int index, QBarSet* set) {
        if (index >= 0 && index < static_cast<int>(m_months.size())) {
            const MonthRow& m = m_months[static_cast<size_t>(index)];
            emit monthClicked(m.year, m.month, set == rectified);
        }
    });
}

void DashboardCharts::showCategories(const DashboardData& data)
{
    QChart* chart = m_categoryView->chart();
    clear(chart);
    chart->setTitle(tr("Hazards found by category"));
    chart->legend()->setVisible(false);
    // The categories with hazards, most first (the report's table lists every one).
    m_categories.clear();
    std::copy_if(data.categories.begin(), data.categories.end(), std::back_inserter(m_categories),
                 [](const CategoryRow& r) { return r.found > 0; });
    std::stable_sort(m_categories.begin(), m_categories.end(),
                     [](const CategoryRow& a, const CategoryRow& b) { return a.found > b.found; });
    // Thirteen rows do not fit a chart of a 768-pixel screen: the largest ones do.
    if (m_categories.size() > static_cast<size_t>(kMaxCategories)) {
        m_categories.resize(static_cast<size_t>(kMaxCategories));
        chart->setTitle(tr("Hazards found by category, the %1 largest").arg(kMaxCategories));
    }
    auto* found = new QBarSet(tr("Found"));
    found->setColor(Palette::colour(Palette::Role::Found));
    QStringList labels;
    int64_t max = 0;
    // A vertical category axis puts its first category at the bottom: add the bars last to first
    // so that the largest is at the top. The number is in the label (bar labels get clipped).
    for (auto it = m_categories.rbegin(); it != m_categories.rend(); ++it) {
        *found << static_cast<double>(it->found);
        labels << EnumText::label(it->category, "HazardCategory") + QLatin1Char(' ') + number(it->found);
        max = std::max(max, it->found);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(found);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(labels);
    y->setLabelsFont(smallFont());
    y->setTruncateLabels(false);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QValueAxis* x = countAxis(max);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    connect(series, &QHorizontalBarSeries::clicked, this, [this](int bar, QBarSet*) {
        const int index = static_cast<int>(m_categories.size()) - 1 - bar;
        if (bar >= 0 && index >= 0) {
            emit categoryClicked(index);
        }
    });
}

void DashboardCharts::showSubUnits(const DashboardData& data)
{
    QChart* chart = m_subUnitView->chart();
    clear(chart);
    chart->legend()->setVisible(false);
    // Statistics lists them worst first, those without a rate last: show the worst with a rate.
    m_subUnits.clear();
    for (const SubUnitRow& r : data.subUnits) {
        if (r.rate && static_cast<int>(m_subUnits.size()) < kMaxSubUnits) {
            m_subUnits.push_back(r);
        }
    }
    chart->setTitle(m_subUnits.empty() ? tr("Rectification rate by sub-unit: no sub-unit found hazards")
                                       : tr("Rectification rate by sub-unit, worst first"));
    auto* rate = new QBarSet(tr("Rectification rate"));
    rate->setColor(Palette::colour(Palette::Role::Rate));
    QStringList labels;
    // The worst at the top (see showCategories), the rate in the label.
    for (auto it = m_subUnits.rbegin(); it != m_subUnits.rend(); ++it) {
        const double percent = std::round(*it->rate * 1000.0) / 10.0;
        *rate << percent;
        labels << shortName(QString::fromUtf8(it->name)) + QLatin1Char(' ') + QLocale().toString(percent, 'f', 1) +
                      QLatin1Char('%');
    }
    auto* series = new QHorizontalBarSeries;
    series->append(rate);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(labels);
    y->setLabelsFont(smallFont());
    y->setTruncateLabels(false);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    // Rates of a county are often all above 90%: start the axis below the worst so that the
    // differences show (the label gives the exact rate).
    double low = 0;
    if (!m_subUnits.empty()) {
        const double worst = *m_subUnits.front().rate * 100.0;
        low = std::max(0.0, std::floor((worst - 5.0) / 10.0) * 10.0);
    }
    auto* x = new QValueAxis;
    x->setRange(low, 100);
    x->setTickCount(static_cast<int>((100 - low) / (low >= 50 ? 5 : 20)) + 1);
    x->setLabelFormat(QStringLiteral("%d%%"));
    x->setLabelsFont(smallFont());
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    connect(series, &QHorizontalBarSeries::clicked, this, [this](int bar, QBarSet*) {
        const int index = static_cast<int>(m_subUnits.size()) - 1 - bar;
        if (bar >= 0 && index >= 0) {
            emit subUnitClicked(m_subUnits[static_cast<size_t>(index)].orgId);
        }
    });
}

} // namespace safeledger
