#pragma once

#include "YearListPage.h"

class QTableView;

namespace safeledger {

// The grids (网格) with their officers and figures for a year (Statistics::grids,
// docs/figures.md "Grids"): how many units each holds, how many of them have been inspected, and
// what was done there. A manager records a grid, corrects one (double-click), moves units into it,
// names its officers and voids one with a reason.
class GridsPage final : public YearListPage
{
    Q_OBJECT

public:
    explicit GridsPage(QWidget* parent = nullptr);
    QString title() const override { return tr("Grids"); }
    QList<Command> commands() const override
    {
        return {{"newGridButton", {}}, {"assignUnitButton", {}}, {"addOfficerButton", {}}, {"voidGridButton", {}}};
    }

    // The forms (not modal), returned for tests: a new grid (id 0) or a recorded one; a unit moved
    // into, or an officer of, the grid on `row`.
    QDialog* openForm(qint64 gridId);
    QDialog* openMember(int row, bool officer);
    // Asks why the grid on `row` is voided, then voids it; returned for tests.
    QDialog* startVoid(int row);
    // By officer: each officer serving on the day read, over the grids listed.
    TextTableModel* officerModel() const { return m_officers; }

private:
    static Listing readListing(Database& db, int year);
    void enableFor(Database* db) override;
    void activated(int row) override { openForm(model()->idAt(row)); }
    void shown(Listing& listing) override;

    QPushButton* m_newButton = nullptr;
    QPushButton* m_assignButton = nullptr;
    QPushButton* m_officerButton = nullptr;
    QPushButton* m_voidButton = nullptr;
    TextTableModel* m_officers = nullptr;
    QTableView* m_officerView = nullptr;
};

} // namespace safeledger
