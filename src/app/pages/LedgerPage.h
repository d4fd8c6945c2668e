#pragma once

#include "CoreMessages.h"
#include "WorkerConnection.h"
#ifndef Q_MOC_RUN // moc cannot parse the C++20 standard headers the core includes
#include "safeledger/storage/Database.h"
#endif

#include <QFutureWatcher>
#include <QString>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdint>
#include <exception>
#include <type_traits>

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
    bool isReading() const { return m_reading; }

signals:
    void hazardRequested(qint64 hazardId);
    void unitRequested(qint64 orgId);
    // The page saved something: other pages may show stale lists.
    void saved();
    void statusMessage(const QString& message);

protected:
    // Runs `read(Database&)` and hands its result to `show` on the UI thread. `read` touches no
    // widget and reports failures in its result's `error` (a QString) rather than throwing. On a big
    // database file (WorkerConnection::isBig) it runs on a worker thread with its own read-only
    // connection, so the window goes on answering, and only the newest call's result is shown; on
    // a town's database it runs at once.
    template <class Read, class Show>
    void readThenShow(Database& db, Read read, Show show);
    // Forgets reads still running (the database closed): their results are dropped.
    void dropReads()
    {
        ++m_reads;
        m_reading = false;
    }

private:
    quint64 m_reads = 0;
    bool m_reading = false;
};

template <class Read, class Show>
void LedgerPage::readThenShow(Database& db, Read read, Show show)
{
    using Result = std::invoke_result_t<Read, Database&>;
    dropReads();
    const quint64 generation = m_reads;
    if (!WorkerConnection::isBig(db)) {
        show(read(db));
        return;
    }
    m_reading = true;
    const std::string path = db.path();
    const int64_t now = db.clock().nowSeconds();
    auto* watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, show] {
        watcher->deleteLater();
        if (generation == m_reads) {
            m_reading = false;
            show(watcher->result());
        }
    });
    watcher->setFuture(QtConcurrent::run(WorkerConnection::pool(), [path, now, read]() -> Result {
        try {
            return read(*WorkerConnection::open(path, now));
        } catch (const std::exception& e) {
            Result failed{};
            failed.error = CoreMessages::translate(e);
            return failed;
        }
    }));
}

} // namespace safeledger
