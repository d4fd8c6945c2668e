#pragma once

#ifndef Q_MOC_RUN // moc cannot parse the C++20 standard headers the core includes
#include "safeledger/storage/DueList.h"
#endif

#include <QAbstractTableModel>

#include <vector>

namespace safeledger {

// The to-do list (待办): what falls due, overdue first, then by deadline, and what awaits
// verification; each row says why it is there and opens its hazard.
class TodoModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Deadline, Unit, Description, Escalation, ColumnCount };

    explicit TodoModel(QObject* parent = nullptr);

    void setItems(std::vector<DueItem> items);
    qint64 hazardId(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Overdue 12 days", "Due today", "Due in 3 working days", "Awaiting verification".
    static QString whenText(const DueItem& item);
    // "Escalated to 东村 on 2026-04-10", "Raised to county listed supervision on …", or empty.
    static QString escalationText(const DueItem& item);

private:
    std::vector<DueItem> m_items;
};

} // namespace safeledger
