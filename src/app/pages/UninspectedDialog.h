#pragma once

#ifndef Q_MOC_RUN // moc cannot parse the C++20 standard headers the core includes
#include "safeledger/core/Date.h"
#endif

#include "TextTableModel.h"

#include <QDialog>

#include <cstdint>
#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QTableView;

namespace safeledger {

class Database;

// The units to inspect that have no inspection in the dashboard's period (the coverage card's
// "not yet covered"), the riskiest and the longest unseen first (Statistics::uninspected), read a
// page at a time. A double-click or "Start inspection" opens the inspection form on the chosen
// unit; "Open unit" its archive.
class UninspectedDialog final : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kPage = 200;

    // `scope` is 0 for every unit; `heading` says which units and which period.
    UninspectedDialog(Database& db, int64_t scope, const Period& period, const Date& asOf, const QString& heading,
                      bool mayInspect, QWidget* parent = nullptr);

    TextTableModel* model() const { return m_model; }
    int64_t total() const { return m_total; }
    qint64 unitAt(int row) const;
    // Reads the next page below the rows shown.
    void showMore();
    // Asks for an inspection of the selected unit and closes; false when none is selected.
    bool startInspection();

signals:
    void inspectionRequested(qint64 orgId);
    void unitRequested(qint64 orgId);

private:
    std::optional<qint64> chosenUnit() const; // the selected row's unit
    void updateButtons();

    Database& m_db;
    int64_t m_scope;
    Period m_period;
    Date m_asOf;
    bool m_mayInspect;
    int64_t m_total = 0;
    TextTableModel* m_model = nullptr;
    std::vector<TextTableModel::Row> m_rows;
    QTableView* m_view = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_more = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_open = nullptr;
};

} // namespace safeledger
