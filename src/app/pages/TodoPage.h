#pragma once

#include "LedgerPage.h"

class QLabel;
class QSpinBox;
class QTableView;

namespace safeledger {

class TextTableModel;
class TodoModel;
class UnitPicker;

// The officer's start page (待办): the hazards overdue or falling due within N working days on the
// working calendar, those awaiting verification, and the extension requests awaiting a decision,
// in a unit's subtree. Every row opens its hazard. When a ledger is opened it says in the status
// bar how many fall due today and this week (a notice, not a dialog).
class TodoPage final : public LedgerPage
{
    Q_OBJECT

public:
    explicit TodoPage(QWidget* parent = nullptr);
    QString title() const override { return tr("To-do"); }

    void setDatabase(Database* db) override;
    void refresh() override;
    TodoModel* model() const { return m_model; }
    TextTableModel* requests() const { return m_requests; }

private:
    Database* m_db = nullptr;
    bool m_announce = false; // say the counts in the status bar after the next read
    UnitPicker* m_unit = nullptr;
    QSpinBox* m_within = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_calendarNote = nullptr;
    QTableView* m_view = nullptr;
    TodoModel* m_model = nullptr;
    QLabel* m_requestsLabel = nullptr;
    QTableView* m_requestsView = nullptr;
    TextTableModel* m_requests = nullptr;
};

} // namespace safeledger
