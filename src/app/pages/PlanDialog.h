#pragma once

#include "FormDialog.h"
#ifndef Q_MOC_RUN
#include "safeledger/core/InspectionPlan.h"
#endif

#include <array>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace safeledger {

class Database;

// An inspection plan (检查计划) recorded or corrected: the grid or officer it is for, the year or
// month, the monthly quota, and how often a unit of each risk colour is inspected. Refusals (a
// second plan for the same period, a plan asking for nothing) are shown at their field.
class PlanDialog final : public FormDialog
{
    Q_OBJECT

public:
    // planId 0: a new plan for `year`.
    PlanDialog(Database& db, qint64 planId, int year, QWidget* parent = nullptr);
    const InspectionPlan& plan() const { return m_plan; }

private:
    void save() override;

    Database& m_db;
    InspectionPlan m_plan;
    QComboBox* m_for = nullptr;
    QSpinBox* m_year = nullptr;
    QComboBox* m_month = nullptr;
    QSpinBox* m_inspections = nullptr;
    QSpinBox* m_units = nullptr;
    std::array<QComboBox*, 5> m_every{}; // red, orange, yellow, blue, the others
    QLineEdit* m_note = nullptr;
};

} // namespace safeledger
