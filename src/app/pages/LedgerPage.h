#pragma once

#include "BackgroundRead.h"

#include <QString>
#include <QWidget>

namespace safeledger {

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
    // Saves the page's unsaved edits as its own Save button would; false, with the reason shown on
    // the page and every edit kept, when they could not be saved.
    virtual bool saveChanges() { return !hasUnsavedChanges(); }
    // The page's lists are being read in the background.
    bool isReading() const { return m_read.isReading(); }

signals:
    void hazardRequested(qint64 hazardId);
    void unitRequested(qint64 orgId);
    // The page saved something: other pages may show stale lists.
    void saved();
    void statusMessage(const QString& message);

protected:
    // Runs `read(Database&)` and hands its result to `show` on the UI thread, on a worker thread
    // for a big database file (see BackgroundRead).
    template <class Read, class Show>
    void readThenShow(Database& db, Read read, Show show)
    {
        m_read.run(db, std::move(read), std::move(show));
    }
    // Forgets reads still running (the database closed): their results are dropped.
    void dropReads() { m_read.drop(); }

private:
    BackgroundRead m_read{this};
};

} // namespace safeledger
