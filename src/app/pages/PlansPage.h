#pragma once

#include "YearListPage.h"

class QTableView;

namespace safeledger {

// The inspection plans (检查计划) of a year and their progress (Statistics::plans, docs/figures.md
// "Plans"): the months whose quota was met, and the units each plan's frequency rules ask for,
// overdue first. A manager records a plan, corrects one (double-click) and voids one; an officer
// picks a unit still to visit and starts its inspection (double-click, or "Inspect unit").
class PlansPage final : public YearListPage
{
    Q_OBJECT

public:
    explicit PlansPage(QWidget* parent = nullptr);
    QString title() const override { return tr("Plans"); }
    QList<Command> commands() const override
    {
        return {{"newPlanButton", {}}, {"inspectPlanUnitButton", {}}, {"voidPlanButton", {}}};
    }

    // The form (not modal), returned for tests: a new plan (id 0) for the year shown, or a recorded one.
    QDialog* openForm(qint64 planId);
    // Asks why the plan on `row` is voided, then voids it; returned for tests.
    QDialog* startVoid(int row);
    // Asks for an inspection of the unit on `row` of the units table; false when there is none.
    bool inspectUnit(int row);
    // The units of the chosen plan.
    TextTableModel* unitModel() const { return m_units; }

private:
    static Listing readListing(Database& db, int year);
    void enableFor(Database* db) override;
    void activated(int row) override { openForm(model()->idAt(row)); }
    void shown(Listing& listing) override { m_details = std::move(listing.details); }
    void chosen(int row) override;

    QPushButton* m_newButton = nullptr;
    QPushButton* m_inspectButton = nullptr;
    QPushButton* m_voidButton = nullptr;
    TextTableModel* m_units = nullptr;
    QTableView* m_unitView = nullptr;
    std::vector<std::vector<TextTableModel::Row>> m_details;
};

} // namespace safeledger
