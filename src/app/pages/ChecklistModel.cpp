#include "ChecklistModel.h"

#include "EnumText.h"
#include "Palette.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace safeledger {

void ChecklistModel::setItems(std::vector<InspectionItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

void ChecklistModel::setResult(int row, ItemResult result)
{
    if (row < 0 || row >= rowCount()) {
        return;
    }
    const ItemResult before = m_items[static_cast<size_t>(row)].result;
    if (before == result) {
        return;
    }
    m_items[static_cast<size_t>(row)].result = result;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit resultChanged(row, before, result);
}

void ChecklistModel::setUnchecked(ItemResult result)
{
    for (int row = 0; row < rowCount(); ++row) {
        if (m_items[static_cast<size_t>(row)].result == ItemResult::NotChecked) {
            setResult(row, result);
        }
    }
}

int ChecklistModel::count(ItemResult result) const
{
    return static_cast<int>(std::count_if(m_items.begin(), m_items.end(),
                                          [result](const InspectionItem& i) { return i.result == result; }));
}

QString ChecklistModel::summary() const
{
    if (m_items.empty()) {
        return {};
    }
    return tr("Pass %1 · Fail %2 · Not applicable %3 · Not checked %4")
        .arg(count(ItemResult::Pass))
        .arg(count(ItemResult::Fail))
        .arg(count(ItemResult::NotApplicable))
        .arg(count(ItemResult::NotChecked));
}

int ChecklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int ChecklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const InspectionItem& item = m_items[static_cast<size_t>(index.row())];
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Seq:
            return index.row() + 1;
        case Category:
            return QString::fromUtf8(item.category);
        case Text:
            return QString::fromUtf8(item.text);
        case Result:
            return role == Qt::EditRole ? QVariant(QString::fromUtf8(toCode(item.result)))
                                        : QVariant(EnumText::label(item.result, "ItemResult"));
        case Note:
            return QString::fromUtf8(item.note);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Result && item.result == ItemResult::Fail) {
        return QBrush(Palette::colour(Palette::Role::Alert));
    }
    if (role == Qt::ForegroundRole && index.column() == Result && item.result == ItemResult::NotChecked) {
        return QBrush(Palette::colour(Palette::Role::Quiet));
    }
    if (role == Qt::ToolTipRole && index.column() == Text) {
        return QString::fromUtf8(item.text);
    }
    return {};
}

bool ChecklistModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return false;
    }
    if (index.column() == Result) {
        const auto result = enumFromText<ItemResult>(value.toString().toStdString());
        if (!result) {
            return false;
        }
        setResult(index.row(), *result);
        return true;
    }
    if (index.column() == Note) {
        m_items[static_cast<size_t>(index.row())].note = value.toString().toStdString();
        emit dataChanged(index, index);
        return true;
    }
    return false;
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == Result || index.column() == Note)) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Seq:
        return tr("No.");
    case Category:
        return tr("Category");
    case Text:
        return tr("Item");
    case Result:
        return tr("Result");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace safeledger
