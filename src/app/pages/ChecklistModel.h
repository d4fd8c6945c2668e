#pragma once

#ifndef Q_MOC_RUN // moc cannot parse the C++20 standard headers the core includes
#include "safeledger/core/Inspection.h"
#endif

#include <QAbstractTableModel>

#include <vector>

namespace safeledger {

// The checklist of one inspection being entered: each item with its result (合格/不合格/不适用, or
// 未检查 until the officer judges it) and a note. Small (tens of rows), so it holds every row; the result and the note
// are editable.
class ChecklistModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Seq, Category, Text, Result, Note, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setItems(std::vector<InspectionItem> items);
    const std::vector<InspectionItem>& items() const { return m_items; }
    void setResult(int row, ItemResult result);
    // Gives every item not yet checked this result; items already judged keep theirs.
    void setUnchecked(ItemResult result);
    int count(ItemResult result) const;
    // "Pass 3 · Fail 1 · Not applicable 0 · Not checked 9"; empty without items.
    QString summary() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // An item's result changed from `before` to `after`; the page offers or withdraws its hazard.
    void resultChanged(int row, ItemResult before, ItemResult after);

private:
    std::vector<InspectionItem> m_items;
};

} // namespace safeledger
