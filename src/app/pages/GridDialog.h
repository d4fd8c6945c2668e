#pragma once

#include "FormDialog.h"
#ifndef Q_MOC_RUN
#include "safeledger/core/Grid.h"
#endif

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace safeledger {

class Database;
class UnitPicker;

// A grid (网格) recorded or corrected: its name, the unit keeping it (a town, a park) and a note.
class GridDialog final : public FormDialog
{
    Q_OBJECT

public:
    // gridId 0: a new grid.
    GridDialog(Database& db, qint64 gridId, QWidget* parent = nullptr);
    const Grid& grid() const { return m_grid; }

private:
    void save() override;

    Database& m_db;
    Grid m_grid;
    QLineEdit* m_name = nullptr;
    UnitPicker* m_owner = nullptr;
    QLineEdit* m_note = nullptr;
};

// A unit moved into a grid from a day (the grid it was in ends the day before), or an officer
// (a person of the unit keeping the grid, or below it) serving in it from a day. Refusals (a unit
// already in the grid, a move dated before the unit's last one) are shown at their field.
class GridMemberDialog final : public FormDialog
{
    Q_OBJECT

public:
    enum Kind { Unit, Officer };
    GridMemberDialog(Database& db, Kind kind, qint64 gridId, QWidget* parent = nullptr);

private:
    void save() override;

    Database& m_db;
    Kind m_kind;
    Grid m_grid;
    UnitPicker* m_unit = nullptr;
    QComboBox* m_person = nullptr;
    QDateEdit* m_from = nullptr;
};

} // namespace safeledger
