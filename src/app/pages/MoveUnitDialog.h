#pragma once

#include "FormDialog.h"

#ifndef Q_MOC_RUN
#include "safeledger/core/Organisation.h"
#endif

class QRadioButton;

namespace safeledger {

class Database;
class UnitPicker;

// Moves a unit and everything below it to another parent unit (调整上级单位) or to the top level,
// through OrgService::update. The core refuses a move under the unit itself or under a voided unit;
// the refusal is shown at the parent field and the dialog stays open.
class MoveUnitDialog final : public FormDialog
{
    Q_OBJECT

public:
    MoveUnitDialog(Database& db, qint64 orgId, QWidget* parent = nullptr);

    // The moved unit as saved (valid after the dialog was accepted).
    const Organisation& unit() const { return m_org; }

private:
    void save() override;

    Database& m_db;
    Organisation m_org;
    QRadioButton* m_under = nullptr;
    QRadioButton* m_top = nullptr;
    UnitPicker* m_parent = nullptr;
};

} // namespace safeledger
