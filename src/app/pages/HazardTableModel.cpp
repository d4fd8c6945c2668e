#include "HazardTableModel.h"

#include "EnumText.h"
#include "QtDates.h"
#include "safeledger/core/Error.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>
#include <limits>

namespace safeledger {

HazardTableModel::HazardTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

HazardTableModel::~HazardTableModel() = default;

void HazardTableModel::setDatabase(Database* db)
{
    // The query refers to the database: drop it now; setFilter() or reload() reads the new one.
    beginResetModel();
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
    HazardPage read;
    try {
        // Scrolling on: a keyset step from the page before, as quick deep in the list as at its top.
        const auto previous = m_pages.find(pageIndex - 1);
        if (pageIndex == 0) {
            read = m_query->first(kPageSize);
        } else if (previous != m_pages.end() && previous->second.size() == static_cast<size_t>(kPageSize)) {
            read = m_query->after(previous->second.back(), kPageSize);
        } else {
            read = m_query->at(static_cast<int64_t>(pageIndex) * kPageSize, kPageSize);
        }
    } catch (const Error&) {
        return nullptr; // the row shows empty; reload() reports a broken query

    }
    if (static_cast<int>(m_recent.size()) >= kMaxPages) {
        m_pages.erase(m_recent.front());
        m_recent.erase(m_recent.begin());
    }
    m_recent.push_back(pageIndex);
    return &(m_pages[pageIndex] = std::move(read.rows));
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
