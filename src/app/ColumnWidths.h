#pragma once

#include <QHeaderView>
#include <QTableView>

namespace safeledger {

// Fits the columns of a list to their contents, none wider than `maxWidth`; the big hazard table
// keeps fixed widths instead. Only the first 100 rows are measured: a county's list of a year's
// agreements has 10,000, and measuring Qt's default 1,000 of them took 50 ms of the UI thread.
inline void fitColumns(QTableView* view, int maxWidth = 320)
{
    view->verticalHeader()->setResizeContentsPrecision(100);
    view->resizeColumnsToContents();
    const int last = view->model() ? view->model()->columnCount() - 1 : -1;
    for (int c = 0; c < last; ++c) {
        if (view->columnWidth(c) > maxWidth) {
            view->setColumnWidth(c, maxWidth);
        }
    }
}

} // namespace safeledger
