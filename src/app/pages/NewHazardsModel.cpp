#include "NewHazardsModel.h"

#include "EnumText.h"
#include "Palette.h"
#include "QtDates.h"

#include <QBrush>
#include <QColor>

namespace safeledger {

void NewHazardsModel::add(Entry entry)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_entries.push_back(std::move(entry));
    endInsertRows();
}

void NewHazardsModel::replace(int row, const Hazard& hazard)
{
    if (row < 0 || row >= rowCount()) {
        return;
    }
    m_entries[static_cast<size_t>(row)].hazard = hazard;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void NewHazardsModel::setPhotos(int row, std::vector<PendingPhoto> photos)
{
    if (row < 0 || row >= rowCount()) {
        return;
    }
    m_entries[static_cast<size_t>(row)].photos = std::move(photos);
    emit dataChanged(index(row, Photos), index(row, Photos));
}

void NewHazardsModel::remove(int row)
{
    if (row < 0 || row >= rowCount()) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_entries.erase(m_entries.begin() + row);
    endRemoveRows();
}

void NewHazardsModel::removeForItem(int itemRow)
{
    for (int row = rowCount() - 1; row >= 0; --row) {
        if (m_entries[static_cast<size_t>(row)].itemRow == itemRow) {
            remove(row);
        }
    }
}

void NewHazardsModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int NewHazardsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int NewHazardsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NewHazardsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Entry& e = m_entries[static_cast<size_t>(index.row())];
    const Hazard& h = e.hazard;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case FromItem:
            return e.itemRow ? QVariant(*e.itemRow + 1) : QVariant(tr("added"));
        case Location:
            return QString::fromUtf8(h.location);
        case Description:
            return QString::fromUtf8(h.description);
        case Category:
            return EnumText::label(h.category, "HazardCategory");
        case Grade:
            return EnumText::label(h.grade, "HazardGrade");
        case Mode:
            return EnumText::label(h.mode, "RectificationMode");
        case Deadline:
            return h.deadline ? toText(*h.deadline) : QString();
        case Photos:
            return static_cast<int>(e.photos.size());
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && h.grade == HazardGrade::Major) {
        return QBrush(Palette::colour(Palette::Role::Alert));
    }
    return {};
}

QVariant NewHazardsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case FromItem:
        return tr("Item");
    case Location:
        return tr("Location");
    case Description:
        return tr("Description");
    case Category:
        return tr("Category");
    case Grade:
        return tr("Grade");
    case Mode:
        return tr("Rectification");
    case Deadline:
        return tr("Deadline");
    case Photos:
        return tr("Photos");
    default:
        return {};
    }
}

} // namespace safeledger
