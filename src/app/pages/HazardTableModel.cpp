#include "HazardTableModel.h"

#include "CoreMessages.h"
#include "EnumText.h"
#include "Palette.h"
#include "QtDates.h"
#include "WorkerConnection.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/CalendarStore.h"
#include "safeledger/storage/Database.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace safeledger {

namespace {

// What a background count brings back: the list's size and its first page.
struct CountedList
{
    bool skipped = false; // a newer list was asked for before this one started
    int64_t count = 0;
    std::vector<HazardRow> rows;
    QString error;
};

int clampCount(int64_t count)
{
    return static_cast<int>(std::min<int64_t>(count, std::numeric_limits<int>::max()));
}

} // namespace

HazardTableModel::HazardTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_jumps(new QThreadPool(this))
    , m_counts(new QThreadPool(this))
{
    m_jumps->setMaxThreadCount(1);
    m_counts->setMaxThreadCount(1);
}

HazardTableModel::~HazardTableModel()
{
    ++m_generation;
    m_jumps->clear();
    m_counts->clear();
    m_jumps->waitForDone();
    m_counts->waitForDone();
}

bool HazardTableModel::onWorker() const
{
    // A private in-memory database has no second connection.
    return m_backgroundJumps && m_db && WorkerConnection::hasFile(*m_db);
}

void HazardTableModel::setDatabase(Database* db)
{
    // The query refers to the database: drop it now; setFilter() or reload() reads the new one.
    beginResetModel();
    ++m_generation;
    m_pending.clear();
    m_pages.clear();
    m_recent.clear();
    m_query.reset();
    m_count = 0;
    m_db = db;
    m_bigFile = onWorker() && WorkerConnection::isBig(*db);
    endResetModel();
    setLoading(false);
}

void HazardTableModel::setFilter(const HazardFilter& filter)
{
    m_filter = filter;
    reload();
}

void HazardTableModel::reload()
{
    beginResetModel();
    ++m_generation;
    m_pending.clear();
    m_pages.clear();
    m_recent.clear();
    m_query.reset();
    m_count = 0;
    bool background = false;
    // The ledger's working calendar, read again with the list (File ▸ Working calendar may have
    // changed it): a deadline on a day off is marked.
    m_calendar = WorkingCalendar::builtIn();
    if (m_db) {
        try {
            m_calendar = CalendarStore(*m_db).calendar();
        } catch (const Error&) {
            // The shipped calendar serves; the list itself reports what is wrong with the file.
        }
    }
    if (m_db) {
        try {
            // Cheap: checks the filter (a bad period fails here) and looks up a unit's subtree.
            m_query = std::make_unique<HazardQuery>(*m_db, m_filter, m_sort, m_descending);
            background = m_bigFile && onWorker();
            if (!background) {
                m_count = clampCount(m_query->count());
            }
        } catch (const Error& e) {
            m_query.reset();
            emit loadFailed(CoreMessages::translate(e));
        }
    }
    endResetModel();
    if (background) {
        countInBackground();
    }
    setLoading(background);
}

void HazardTableModel::setLoading(bool loading)
{
    if (loading != m_loading) {
        m_loading = loading;
        emit loadingChanged(loading);
    }
}

void HazardTableModel::countInBackground()
{
    const std::string path = m_db->path();
    const int64_t now = m_db->clock().nowSeconds();
    const HazardFilter filter = m_filter;
    const HazardSort sort = m_sort;
    const bool descending = m_descending;
    const int generation = m_generation;
    // The destructor empties the queue and waits for a running count, so this outlives the work.
    const std::atomic<int>* current = &m_generation;
    auto work = [=]() -> CountedList {
        CountedList list;
        // Typing in the text filter asks for a list per keystroke: only the newest is read.
        if (current->load() != generation) {
            list.skipped = true;
            return list;
        }
        try {
            auto db = WorkerConnection::open(path, now);
            HazardQuery query(*db, filter, sort, descending);
            list.count = query.count();
            list.rows = query.first(kPageSize).rows;
        } catch (const std::exception& e) {
            list.error = CoreMessages::translate(e);
        }
        return list;
    };
    auto* watcher = new QFutureWatcher<CountedList>(this);
    connect(watcher, &QFutureWatcher<CountedList>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        CountedList list = watcher->result();
        if (generation != m_generation || list.skipped) {
            return; // a newer list is on its way
        }
        if (!list.error.isEmpty()) {
            emit loadFailed(list.error);
            setLoading(false);
            return;
        }
        beginResetModel();
        m_count = clampCount(list.count);
        if (!list.rows.empty()) {
            keep(0, std::move(list.rows));
        }
        endResetModel();
        setLoading(false);
    });
    watcher->setFuture(QtConcurrent::run(m_counts, work));
}

bool HazardTableModel::isSortable(int column)
{
    return column == Id || column == FoundOn || column == Deadline;
}

void HazardTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column)) {
        return;
    }
    m_sort = column == Id ? HazardSort::Id : column == Deadline ? HazardSort::Deadline : HazardSort::FoundOn;
    m_descending = order == Qt::DescendingOrder;
    reload();
}

const std::vector<HazardRow>* HazardTableModel::page(int pageIndex) const
{
    if (const auto it = m_pages.find(pageIndex); it != m_pages.end()) {
        m_recent.erase(std::remove(m_recent.begin(), m_recent.end(), pageIndex), m_recent.end());
        m_recent.push_back(pageIndex);
        return &it->second;
    }
    if (!m_query) {
        return nullptr;
    }
    m_wanted = pageIndex;
    HazardPage read;
    try {
        // Scrolling on: a keyset step from the page before, as quick deep in the list as at its top.
        const auto previous = m_pages.find(pageIndex - 1);
        if (pageIndex == 0) {
            read = m_query->first(kPageSize);
        } else if (previous != m_pages.end() && previous->second.size() == static_cast<size_t>(kPageSize)) {
            read = m_query->after(previous->second.back(), kPageSize);
        } else if (onWorker()) {
            jumpInBackground(pageIndex);
            return nullptr;
        } else {
            read = m_query->at(static_cast<int64_t>(pageIndex) * kPageSize, kPageSize);
        }
    } catch (const Error&) {
        return nullptr; // the row shows empty; reload() reports a broken query
    }
    return keep(pageIndex, std::move(read.rows));
}

const std::vector<HazardRow>* HazardTableModel::keep(int pageIndex, std::vector<HazardRow> rows) const
{
    if (static_cast<int>(m_recent.size()) >= kMaxPages) {
        m_pages.erase(m_recent.front());
        m_recent.erase(m_recent.begin());
    }
    m_recent.erase(std::remove(m_recent.begin(), m_recent.end(), pageIndex), m_recent.end());
    m_recent.push_back(pageIndex);
    return &(m_pages[pageIndex] = std::move(rows));
}

void HazardTableModel::jumpInBackground(int pageIndex) const
{
    if (!m_pending.insert(pageIndex).second) {
        return;
    }
    // The worker's own connection sees the same committed rows and judges overdue on the same day.
    const std::string path = m_db->path();
    const int64_t now = m_db->clock().nowSeconds();
    const HazardFilter filter = m_filter;
    const HazardSort sort = m_sort;
    const bool descending = m_descending;
    const int generation = m_generation;
    // The destructor empties the queue and waits for a running jump, so these outlive the work.
    const std::atomic<int>* wanted = &m_wanted;
    const std::atomic<int>* current = &m_generation;
    auto* self = const_cast<HazardTableModel*>(this);
    auto work = [=]() -> std::vector<HazardRow> {
        // Dropped when the list changed or the user scrolled far away while this waited its turn.
        if (current->load() != generation || std::abs(wanted->load() - pageIndex) > 2) {
            return {};
        }
        try {
            auto db = WorkerConnection::open(path, now);
            HazardQuery query(*db, filter, sort, descending);
            return query.at(static_cast<int64_t>(pageIndex) * kPageSize, kPageSize).rows;
        } catch (const Error&) {
            return {};
        }
    };
    auto* watcher = new QFutureWatcher<std::vector<HazardRow>>(self);
    connect(watcher, &QFutureWatcher<std::vector<HazardRow>>::finished, self, [self, watcher, generation, pageIndex] {
        watcher->deleteLater();
        self->jumped(generation, pageIndex, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(m_jumps, work));
}

void HazardTableModel::jumped(int generation, int pageIndex, std::vector<HazardRow> rows)
{
    if (generation != m_generation) {
        return;
    }
    m_pending.erase(pageIndex);
    if (rows.empty()) {
        return; // skipped or failed: asked again when the rows are shown again
    }
    keep(pageIndex, std::move(rows));
    const int first = pageIndex * kPageSize;
    const int last = std::min(m_count, first + kPageSize) - 1;
    if (last >= first) {
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
        emit pageLoaded(first, last);
    }
}

const HazardRow* HazardTableModel::row(int index) const
{
    if (index < 0 || index >= m_count) {
        return nullptr;
    }
    const auto* rows = page(index / kPageSize);
    const size_t offset = static_cast<size_t>(index % kPageSize);
    return rows && offset < rows->size() ? &(*rows)[offset] : nullptr;
}

qint64 HazardTableModel::hazardId(int index) const
{
    const HazardRow* r = row(index);
    return r ? r->id : 0;
}

int HazardTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int HazardTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HazardTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ForegroundRole && role != Qt::FontRole && role != HazardIdRole &&
        role != Qt::ToolTipRole) {
        return {};
    }
    const HazardRow* r = row(index.row());
    if (!r) {
        return {};
    }
    switch (role) {
    case HazardIdRole:
        return QVariant::fromValue<qlonglong>(r->id);
    case Qt::ForegroundRole:
        // Overdue hazards must stand out wherever they are shown.
        return r->daysOverdue > 0 ? QVariant(QBrush(Palette::colour(Palette::Role::Alert))) : QVariant();
    case Qt::FontRole:
        if (r->grade == HazardGrade::Major) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        break;
    }
    switch (index.column()) {
    case Id:
        return QVariant::fromValue<qlonglong>(r->id);
    case Unit:
        return QString::fromUtf8(r->unitName);
    case FoundOn:
        return toText(r->foundOn);
    case Category:
        return EnumText::label(r->category, "HazardCategory");
    case Grade:
        return EnumText::label(r->grade, "HazardGrade");
    case Location:
        return QString::fromUtf8(r->location);
    case Description:
        return QString::fromUtf8(r->excerpt);
    case Deadline:
        if (!r->deadline) {
            return QString();
        }
        // A deadline on a holiday or a weekend says so: 2026-10-05（国庆节）.
        if (!m_calendar.isWorkingDay(*r->deadline)) {
            const CalendarDay* day = m_calendar.special(*r->deadline);
            return QString(toText(*r->deadline) +
                           QStringLiteral("（%1）").arg(day ? QString::fromStdString(day->name) : tr("weekend")));
        }
        return toText(*r->deadline);
    case Status:
        return EnumText::label(r->status, "HazardStatus");
    case Overdue:
        return r->daysOverdue > 0 ? tr("%n day(s)", nullptr, static_cast<int>(r->daysOverdue)) : QString();
    case Supervision:
        return EnumText::label(r->supervision, "SupervisionLevel");
    default:
        return {};
    }
}

QVariant HazardTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Id:
        return tr("No.");
    case Unit:
        return tr("Unit");
    case FoundOn:
        return tr("Found on");
    case Category:
        return tr("Category");
    case Grade:
        return tr("Grade");
    case Location:
        return tr("Location");
    case Description:
        return tr("Description");
    case Deadline:
        return tr("Deadline");
    case Status:
        return tr("Status");
    case Overdue:
        return tr("Overdue");
    case Supervision:
        return tr("Listed supervision");
    default:
        return {};
    }
}

} // namespace safeledger
