#include "MonthlyChart.h"

#include "ReportFont.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace safeledger::report {

namespace {

// A round step for the value axis: 1, 2 or 5 times a power of ten, about five gridlines.
int64_t niceStep(int64_t maxValue)
{
    const double raw = std::max<double>(1.0, static_cast<double>(maxValue) / 5.0);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * power >= raw) {
            return std::max<int64_t>(1, static_cast<int64_t>(m * power));
        }
    }
    return static_cast<int64_t>(10.0 * power);
}

} // namespace

QImage MonthlyChart::draw(const std::vector<MonthRow>& months, const ReportText& text)
{
    const double scale = kDpi / 96.0; // image pixels per CSS pixel
    QImage image(static_cast<int>(kWidthCss * scale), static_cast<int>(kHeightCss * scale), QImage::Format_RGB32);
    image.setDotsPerMeterX(static_cast<int>(kDpi / 0.0254));
    image.setDotsPerMeterY(static_cast<int>(kDpi / 0.0254));
    image.fill(Qt::white);

    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(scale, scale); // draw in CSS pixels from here on
    // Pixel sizes, in CSS pixels like everything else under the painter's scale (point sizes would
    // follow the image's 300 dpi and then be scaled once more).
    QFont font = reportFont();
    font.setPixelSize(10);
    p.setFont(font);

    const QColor foundColour(0x3a, 0x6e, 0xa5);
    const QColor rectifiedColour(0x5b, 0xa0, 0x5b);
    const QRectF plot(44, 34, kWidthCss - 60, kHeightCss - 34 - 30);

    int64_t maxValue = 1;
    for (const auto& m : months) {
        maxValue = std::max({maxValue, m.found, m.rectified});
    }
    const int64_t step = niceStep(maxValue);
    const int64_t top = ((maxValue + step - 1) / step) * step;

    // Title and legend.
    QFont bold = font;
    bold.setBold(true);
    bold.setPixelSize(12);
    p.setFont(bold);
    p.setPen(Qt::black);
    p.drawText(QRectF(0, 2, kWidthCss, 16), Qt::AlignHCenter,
               text.translate("Report", "Hazards found and rectified per month"));
    p.setFont(font);
    const double legendY = 20;
    double legendX = kWidthCss / 2 - 90;
    for (const auto& [colour, label] : {std::pair{foundColour, text.translate("Report", "Found")},
                                        std::pair{rectifiedColour, text.translate("Report", "Rectified")}}) {
        p.fillRect(QRectF(legendX, legendY + 2, 10, 8), colour);
        p.drawText(QRectF(legendX + 14, legendY - 1, 80, 14), Qt::AlignLeft | Qt::AlignVCenter, label);
        legendX += 100;
    }

    // Gridlines and the value axis.
    p.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 0.5));
    for (int64_t v = 0; v <= top; v += step) {
        const double y = plot.bottom() - plot.height() * static_cast<double>(v) / static_cast<double>(top);
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(Qt::black);
        p.drawText(QRectF(0, y - 7, plot.left() - 4, 14), Qt::AlignRight | Qt::AlignVCenter, text.count(v));
        p.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 0.5));
    }
    p.setPen(QPen(Qt::black, 0.8));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());

    // Two bars per month, the value above each.
    const double slot = plot.width() / static_cast<double>(std::max<size_t>(months.size(), 1));
    const double bar = std::min(slot * 0.32, 18.0);
    QFont small = font;
    small.setPixelSize(8);
    for (size_t i = 0; i < months.size(); ++i) {
        const MonthRow& m = months[i];
        const double centre = plot.left() + slot * (static_cast<double>(i) + 0.5);
        const std::pair<int64_t, QColor> bars[] = {{m.found, foundColour}, {m.rectified, rectifiedColour}};
        for (int b = 0; b < 2; ++b) {
            const double h = plot.height() * static_cast<double>(bars[b].first) / static_cast<double>(top);
            const QRectF r(centre - bar + b * bar, plot.bottom() - h, bar - 1, h);
            p.fillRect(r, bars[b].second);
            if (bars[b].first > 0) {
                p.setFont(small);
                p.setPen(Qt::black);
                p.drawText(QRectF(r.center().x() - 20, r.top() - 11, 40, 10), Qt::AlignHCenter | Qt::AlignBottom,
                           text.count(bars[b].first));
            }
        }
        p.setFont(font);
        p.setPen(Qt::black);
        const QString label = text.chinese() ? QStringLiteral("%1月").arg(m.month)
                                             : QLocale(QLocale::English).monthName(m.month, QLocale::ShortFormat);
        p.drawText(QRectF(centre - slot / 2, plot.bottom() + 3, slot, 14), Qt::AlignHCenter | Qt::AlignTop, label);
    }
    p.end();
    return image;
}

} // namespace safeledger::report
