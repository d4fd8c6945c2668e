#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>

#include <vector>

namespace safeledger {

// A read-only table of a few dozen rows of text (a hazard's progress entries, its timeline, a
// unit's archive tabs): the caller converts its records to rows once. Big lists have their own
// paged models (HazardTableModel).
class TextTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit TextTableModel(QStringList headers, QObject* parent = nullptr);

    struct Row
    {
        QStringList cells;
        qint64 id = 0;     // the record's id, for opening it
        QColor foreground; // invalid: the default colour
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    void setRows(std::vector<Row> rows);
    // Adds rows below those shown, keeping the view's place and selection (a list's next page).
    void appendRows(std::vector<Row> rows);
    qint64 idAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    std::vector<Row> m_rows;
};

} // namespace safeledger
