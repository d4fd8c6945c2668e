#pragma once

#include <QEvent>
#include <QHeaderView>
#include <QObject>
#include <QTableView>

namespace safeledger {

// Fits the columns of a list to their contents, none wider than `maxWidth`; the big hazard table
// keeps fixed widths instead. Only the first 100 rows are measured: a county's list of a year's
// agreements has 10,000, and measuring Qt's default 1,000 of them took 50 ms of the UI thread.
inline void fitColumnsNow(QTableView* view, int maxWidth)
{
    view->verticalHeader()->setResizeContentsPrecision(100);
    view->resizeColumnsToContents();
    const int last = view->model() ? view->model()->columnCount() - 1 : -1;
    for (int c = 0; c < last; ++c) {
        if (view->columnWidth(c) > maxWidth) {
            view->setColumnWidth(c, maxWidth);
        }
    }
    // Resizing to contents sized the last column too and left the rest of the width empty: stretch
    // it again over what is left, so the list uses the page's whole width.
    QHeaderView* header = view->horizontalHeader();
    if (header->stretchLastSection()) {
        header->setStretchLastSection(false);
        header->setStretchLastSection(true);
    }
}

// Fits a list that is not on screen when it is next shown: lists of pages not in view fill in the
// background at once when a county's database opens, and measuring them all then kept the window
// from answering for 100 ms.
class FitColumnsOnShow final : public QObject
{
public:
    FitColumnsOnShow(QTableView* view, int maxWidth)
        : QObject(view)
        , m_maxWidth(maxWidth)
    {
        setObjectName(QStringLiteral("fitColumnsOnShow"));
        view->installEventFilter(this);
    }
    void setMaxWidth(int maxWidth) { m_maxWidth = maxWidth; }
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show) {
            auto* view = static_cast<QTableView*>(watched);
            view->removeEventFilter(this);
            setObjectName(QString());
            deleteLater();
            fitColumnsNow(view, m_maxWidth);
        }
        return false;
    }

private:
    int m_maxWidth;
};

inline void fitColumns(QTableView* view, int maxWidth = 320)
{
    if (view->isVisible()) {
        fitColumnsNow(view, maxWidth);
        return;
    }
    // (No Q_OBJECT here, so it is found by name rather than by type.)
    if (auto* pending = view->findChild<QObject*>(QStringLiteral("fitColumnsOnShow"), Qt::FindDirectChildrenOnly)) {
        static_cast<FitColumnsOnShow*>(pending)->setMaxWidth(maxWidth);
        return;
    }
    new FitColumnsOnShow(view, maxWidth);
}

// A list of records: read-only, chosen a whole row at a time, no row numbers, the last column
// taking the room left.
inline QTableView* readOnlyTable(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace safeledger
