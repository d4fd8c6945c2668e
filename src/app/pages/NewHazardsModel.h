#pragma once

#ifndef Q_MOC_RUN // moc cannot parse the C++20 standard headers the core includes
#include "safeledger/core/Hazard.h"
#endif

#include "PendingPhoto.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace safeledger {

// The hazards found during the inspection being entered, not yet saved, each with its photos
// before rectification (整改前). A hazard offered by a failed checklist item remembers that item's
// row, so marking the item 合格 again withdraws it.
class NewHazardsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FromItem, Location, Description, Category, Grade, Mode, Deadline, Photos, ColumnCount };

    struct Entry
    {
        Hazard hazard;
        std::optional<int> itemRow; // the checklist row it came from
        std::vector<PendingPhoto> photos;
    };

    using QAbstractTableModel::QAbstractTableModel;

    void add(Entry entry);
    void replace(int row, const Hazard& hazard); // keeps the photos
    void setPhotos(int row, std::vector<PendingPhoto> photos);
    void remove(int row);
    void removeForItem(int itemRow);
    void clear();
    const std::vector<Entry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Entry> m_entries;
};

} // namespace safeledger
