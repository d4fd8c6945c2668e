#pragma once

#include <QHeaderView>
#include <QTableView>

namespace safeledger {

// Fits the columns of a small list (a few hundred rows at most) to their contents, none wider
// than `maxWidth`; the big hazard table keeps fixed widths instead.
inline void fitColumns(QTableView* view, int maxWidth = 320)
{
    view->resizeColumnsToContents();
    const int last = view->model() ? view->model()->columnCount() - 1 : -1;
    for (int c = 0; c < last; ++c) {
        if (view->columnWidth(c) > maxWidth) {
            view->setColumnWidth(c, maxWidth);
        }
    }
}

} // namespace safeledger
