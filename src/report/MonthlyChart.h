#pragma once

#include "ReportText.h"
#include "safeledger/storage/Statistics.h"

#include <QImage>

#include <vector>

namespace safeledger::report {

// The summary's monthly bar chart (seed 003 "通过柱状图展示"): hazards found and rectified per month
// (Statistics::byMonth), drawn with QPainter to an image at print resolution.
class MonthlyChart final
{
public:
    static constexpr int kDpi = 300;
    static constexpr double kWidthCss = 600.0; // on the page, in CSS pixels (1/96 inch)
    static constexpr double kHeightCss = 280.0;

    static QImage draw(const std::vector<MonthRow>& months, const ReportText& text);
};

} // namespace safeledger::report
