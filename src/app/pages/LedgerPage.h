#pragma once

#include <QWidget>

#include <cstdint>

namespace safeledger {

class Database;

// A page of the main window. The window tells each page which database is open (nullptr: none) and
// asks before closing whether it holds edits not yet saved. Pages ask the window to show a hazard
// or a unit through signals, so no page knows another.
class LedgerPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual void setDatabase(Database* db) = 0;
    // Reads the page's lists again (after another page saved).
    virtual void refresh() {}
    virtual bool hasUnsavedChanges() const { return false; }

signals:
    void hazardRequested(qint64 hazardId);
    void unitRequested(qint64 orgId);
    // The page saved something: other pages may show stale lists.
    void saved();
    void statusMessage(const QString& message);
};

} // namespace safeledger
