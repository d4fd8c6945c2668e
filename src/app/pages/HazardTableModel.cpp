#include "HazardTableModel.h"

#include "EnumText.h"
#include "QtDates.h"
#include "safeledger/core/Clock.h"
#include "safeledger/core/Error.h"
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

HazardTableModel::HazardTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_jumps(new QThreadPool(this))
{
    m_jumps->setMaxThreadCount(1);
}

HazardTableModel::~HazardTableModel()
{
    ++m_generation;
    m_jumps->clear();
    m_jumps->waitForDone();
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
    endResetModel();
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
    if (m_db) {
        try {
            m_query = std::make_unique<HazardQuery>(*m_db, m_filter, m_sort, m_descending);
            m_count = static_cast<int>(std::min<int64_t>(m_query->count(), std::numeric_limits<int>::max()));
        } catch (const Error& e) {
            m_query.reset();
            emit loadFailed(QString::fromUtf8(e.what()));
        }
    }
    endResetModel();
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
        } else if (m_backgroundJumps && !m_db->path().empty() && m_db->path() != ":memory:") {
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
            OpenOptions o;
            o.readOnly = true;
            o.clock = std::make_shared<FixedClock>(now);
            auto db = Database::open(path, o);
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
        return r->daysOverdue > 0 ? QVariant(QBrush(QColor(0xc6, 0x28, 0x28))) : QVariant();
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
        return r->deadline ? toText(*r->deadline) : QString();
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
