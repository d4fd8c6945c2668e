#pragma once

#ifndef Q_MOC_RUN // moc cannot parse the C++20 standard headers the core includes
#include "safeledger/core/WorkingCalendar.h"
#include "safeledger/storage/HazardQuery.h"
#endif

#include <QAbstractTableModel>

#include <atomic>
#include <map>
#include <memory>
#include <set>

class QThreadPool;

namespace safeledger {

// The hazard list, lazily: the row count comes from HazardQuery::count(), rows are read a page at
// a time when the view asks for them (a keyset step from the neighbouring page when it is cached,
// else a jump with HazardQuery::at) and only a bounded number of pages is kept. Sorting and
// filtering are HazardQuery's, in SQL. Never holds all rows.
//
// A jump deep into a big list can take a second (the rows before it are counted through an
// index), so on a database file it runs on a worker thread with its own read-only connection:
// the rows show empty until pageLoaded() and dataChanged() bring them. Pages next to a loaded one
// are read by keyset on the spot (a millisecond).
//
// Counting a filter's rows takes up to a few hundred milliseconds on a county's million hazards,
// so on a big database file (WorkerConnection::isBig) reload() empties the list at once
// and counts it, with its first page, on a worker thread too: isLoading() is true until the list
// arrives with a second model reset. A town's database is read on the spot, in milliseconds.
class HazardTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Id,
        Unit,
        FoundOn,
        Category,
        Grade,
        Location,
        Description,
        Deadline,
        Status,
        Overdue,
        Supervision,
        ColumnCount
    };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxPages = 32;
    static constexpr int HazardIdRole = Qt::UserRole + 1;

    explicit HazardTableModel(QObject* parent = nullptr);
    ~HazardTableModel() override;

    // nullptr empties the model.
    void setDatabase(Database* db);
    void setFilter(const HazardFilter& filter);
    const HazardFilter& filter() const { return m_filter; }
    // Reads the list again (after a change), keeping filter and order.
    void reload();
    qint64 hazardId(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Only the found date, the deadline and the number are sortable (HazardSort).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column);

    // Whether jumps may run in the background (default true; in-memory databases never do).
    void setBackgroundJumps(bool on) { m_backgroundJumps = on; }
    // Jumps still running.
    int pendingJumps() const { return static_cast<int>(m_pending.size()); }
    // The list is being counted in the background: rowCount() is 0 until it arrives.
    bool isLoading() const { return m_loading; }

signals:
    void loadFailed(const QString& message);
    // A page read in the background has arrived (its rows have been announced by dataChanged).
    void pageLoaded(int firstRow, int lastRow);
    // A background count started (true) or its list arrived or failed (false).
    void loadingChanged(bool loading);

private:
    const HazardRow* row(int index) const;
    const std::vector<HazardRow>* page(int pageIndex) const;
    const std::vector<HazardRow>* keep(int pageIndex, std::vector<HazardRow> rows) const;
    void jumpInBackground(int pageIndex) const;
    void jumped(int generation, int pageIndex, std::vector<HazardRow> rows);
    bool onWorker() const;
    void countInBackground();
    void setLoading(bool loading);

    Database* m_db = nullptr;
    // The ledger's working calendar, read with the database: a deadline on a day off is marked.
    WorkingCalendar m_calendar;
    HazardFilter m_filter;
    HazardSort m_sort = HazardSort::FoundOn;
    bool m_descending = true;
    std::unique_ptr<HazardQuery> m_query;
    int m_count = 0;
    // The cache is filled from const data(): it is what a lazy model's data() must do.
    mutable std::map<int, std::vector<HazardRow>> m_pages;
    mutable std::vector<int> m_recent; // page indexes, most recently used last
    bool m_backgroundJumps = true;
    // Bumped by every reload: late pages of an old list are dropped. Read by the jump thread.
    std::atomic<int> m_generation = 0;
    mutable std::set<int> m_pending;       // pages being read in the background
    mutable std::atomic<int> m_wanted = 0; // the page asked for last: queued jumps far from it are skipped
    QThreadPool* m_jumps = nullptr;        // one thread: jumps queue rather than compete
    QThreadPool* m_counts = nullptr;       // one thread: the newest count waits for the one running
    bool m_bigFile = false;                // the open database's lists are counted in the background
    bool m_loading = false;
};

} // namespace safeledger
