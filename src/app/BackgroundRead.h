#pragma once

#include "CoreMessages.h"
#include "WorkerConnection.h"
#ifndef Q_MOC_RUN // moc cannot parse the C++20 standard headers the core includes
#include "safeledger/storage/Database.h"
#endif

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdint>
#include <exception>
#include <string>
#include <type_traits>

namespace safeledger {

// "Read on a worker, then show", once for every page: run(db, read, show) runs `read(Database&)`
// and hands its result to `show` on the UI thread. `read` touches no widget and reports failures in
// its result's `error` (a QString) rather than throwing. On a big database file
// (WorkerConnection::isBig) it runs on a worker thread with its own read-only connection whose
// clock stands where `db`'s stood when asked (db.clock(): the only clock), so the window goes on
// answering and only the newest call's result is shown; on a town's database it runs at once.
// Held by the page it shows on (`owner`), which it must not outlive.
class BackgroundRead final
{
public:
    explicit BackgroundRead(QObject* owner)
        : m_owner(owner)
    {
    }
    BackgroundRead(const BackgroundRead&) = delete;
    BackgroundRead& operator=(const BackgroundRead&) = delete;

    template <class Read, class Show>
    void run(Database& db, Read read, Show show);
    // Forgets reads still running (the database closed, or what was asked for changed): their
    // results are dropped.
    void drop()
    {
        ++m_reads;
        m_reading = false;
    }
    // A read is on its way from a worker thread.
    bool isReading() const { return m_reading; }

private:
    QObject* m_owner;
    quint64 m_reads = 0;
    bool m_reading = false;
};

template <class Read, class Show>
void BackgroundRead::run(Database& db, Read read, Show show)
{
    using Result = std::invoke_result_t<Read, Database&>;
    drop();
    const quint64 generation = m_reads;
    if (!WorkerConnection::isBig(db)) {
        show(read(db));
        return;
    }
    m_reading = true;
    const std::string path = db.path();
    const int64_t now = db.clock().nowSeconds();
    auto* watcher = new QFutureWatcher<Result>(m_owner);
    QObject::connect(watcher, &QFutureWatcherBase::finished, m_owner, [this, watcher, generation, show] {
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
