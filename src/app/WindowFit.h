#pragma once

#include <QRect>
#include <QSize>

namespace safeledger {

// The first size of the main window on a screen whose free area (without panels and task bars) is
// `available`: the preferred size, but never more than 94% of the free width or height, so that a
// 1366×768 laptop shows the whole window, its status bar included, and a large screen does not get
// a window spread over all of it. The window is centred in the free area.
inline QRect fittedWindowGeometry(const QSize& preferred, const QRect& available)
{
    if (!available.isValid() || available.isEmpty()) {
        return QRect(QPoint(0, 0), preferred);
    }
    const QSize most(available.width() * 94 / 100, available.height() * 94 / 100);
    const QSize size = preferred.boundedTo(most);
    const QPoint topLeft(available.x() + (available.width() - size.width()) / 2,
                         available.y() + (available.height() - size.height()) / 2);
    return QRect(topLeft, size);
}

} // namespace safeledger
