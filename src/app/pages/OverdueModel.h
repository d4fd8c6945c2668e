#pragma once

#ifndef Q_MOC_RUN // moc cannot parse the C++20 standard headers the core includes
#include "safeledger/storage/HazardQuery.h"
#endif

#include <QAbstractTableModel>

#include <vector>

namespace safeledger {

// The dashboard's overdue list: a few dozen rows read by the dashboard's worker, oldest deadline
// first, with the days each is overdue.
class OverdueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DaysOverdue, Deadline, Unit, Description, Grade, ColumnCount };
    static constexpr int HazardIdRole = Qt::UserRole + 1;

    explicit OverdueModel(QObject* parent = nullptr);

    void setRows(std::vector<HazardRow> rows);
    qint64 hazardId(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<HazardRow> m_rows;
};

} // namespace safeledger
