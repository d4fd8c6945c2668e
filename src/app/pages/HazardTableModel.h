#pragma once

#ifndef Q_MOC_RUN // moc cannot parse the C++20 standard headers the core includes
#include "safeledger/storage/HazardQuery.h"
#endif

#include <QAbstractTableModel>

#include <map>
#include <memory>

namespace safeledger {

// The hazard list, lazily: the row count comes from HazardQuery::count(), rows are read a page at
// a time when the view asks for them (a keyset step from the neighbouring page when it is cached,
// else a jump with HazardQuery::at) and only a bounded number of pages is kept. Sorting and
// filtering are HazardQuery's, in SQL. Never holds all rows.
class HazardTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Unit, FoundOn, Category, Grade, Location, Description, Deadline, Status, Overdue, Supervision,
                  ColumnCount };
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

signals:
    void loadFailed(const QString& message);

private:
    const HazardRow* row(int index) const;
    const std::vector<HazardRow>* page(int pageIndex) const;

    Database* m_db = nullptr;
    HazardFilter m_filter;
    HazardSort m_sort = HazardSort::FoundOn;
    bool m_descending = true;
    std::unique_ptr<HazardQuery> m_query;
    int m_count = 0;
    // The cache is filled from const data(): it is what a lazy model's data() must do.
    mutable std::map<int, std::vector<HazardRow>> m_pages;
    mutable std::vector<int> m_recent; // page indexes, most recently used last
};

} // namespace safeledger
