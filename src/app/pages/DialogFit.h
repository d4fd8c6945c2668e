#pragma once

#include <QLayout>
#include <QWidget>

#include <algorithm>

namespace safeledger {

// Grows a dialog to the height its layout needs at its current width, e.g. after a word-wrapped
// error appeared under a field (a form layout's minimum size ignores wrapped labels' height).
inline void fitHeight(QWidget* dialog)
{
    QLayout* layout = dialog->layout();
    if (!layout) {
        return;
    }
    layout->activate();
    const int needed =
        layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog->width()) : layout->totalSizeHint().height();
    dialog->resize(dialog->width(), std::max(dialog->height(), needed));
}

} // namespace safeledger
