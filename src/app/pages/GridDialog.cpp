#include "GridDialog.h"
#include "QtDates.h"
#include "UnitPicker.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/ArchiveQueries.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace safeledger {

GridDialog::GridDialog(Database& db, qint64 gridId, QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("gridDialog"));
    resize(480, 0);
    auto* form = new QFormLayout(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameInput"));
    m_name->setPlaceholderText(tr("e.g. 第一网格（东山村）"));
    form->addRow(tr("&Name"), m_name);
    bindField(form, QStringLiteral("name"), m_name);
    m_owner = new UnitPicker(this);
    m_owner->setObjectName(QStringLiteral("ownerInput"));
    m_owner->setDatabase(&db);
    m_owner->setPlaceholderText(tr("Type to choose the town or park that keeps it"));
    form->addRow(tr("&Kept by"), m_owner);
    bindField(form, QStringLiteral("org"), m_owner);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteInput"));
    form->addRow(tr("N&ote"), m_note);
    bindField(form, QStringLiteral("note"), m_note);
    addButtons(form, QStringLiteral("gridError"));
    setRefusalText(tr("The grid was not saved: %1"));
    if (gridId != 0) {
        try {
            m_grid = Repository<Grid>(db).get(gridId);
        } catch (const Error& e) {
            showMessage(FieldErrors::describe(e));
            okButton()->setEnabled(false);
        }
    }
    setWindowTitle(m_grid.id == 0 ? tr("New grid") : tr("Correct grid"));
    if (m_grid.id != 0) {
        m_name->setText(QString::fromStdString(m_grid.name));
        m_owner->setUnitId(m_grid.orgId);
        m_note->setText(QString::fromStdString(m_grid.note));
    }
}

void GridDialog::save()
{
    Grid g = m_grid; // a copy: a refused save leaves the form and the record as they were
    g.name = m_name->text().trimmed().toStdString();
    g.orgId = m_owner->unitId().value_or(0);
    g.note = m_note->text().trimmed().toStdString();
    RecordService records(m_db);
    if (g.id == 0) {
        records.add(g);
    } else {
        records.update(g);
    }
    m_grid = g;
}

GridMemberDialog::GridMemberDialog(Database& db, Kind kind, qint64 gridId, QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
    , m_kind(kind)
{
    setObjectName(kind == Unit ? QStringLiteral("gridUnitDialog") : QStringLiteral("gridOfficerDialog"));
    resize(480, 0);
    auto* form = new QFormLayout(this);
    try {
        m_grid = Repository<Grid>(db).get(gridId);
    } catch (const Error& e) {
        showMessage(FieldErrors::describe(e));
    }
    if (kind == Unit) {
        m_unit = new UnitPicker(this);
        m_unit->setObjectName(QStringLiteral("unitInput"));
        m_unit->setDatabase(&db);
        m_unit->setPlaceholderText(tr("Type to choose the unit"));
        form->addRow(tr("&Unit"), m_unit);
        bindField(form, QStringLiteral("org"), m_unit);
    } else {
        m_person = new QComboBox(this);
        m_person->setObjectName(QStringLiteral("personInput"));
        if (m_grid.id != 0) {
            // Those whose role says they look after grids (网格员, 监管员, 安监员) first, then the rest.
            auto persons = ArchiveQueries(db).personsUnder(m_grid.orgId);
            std::stable_partition(persons.begin(), persons.end(), [](const Person& p) {
                return p.role.find("网格") != std::string::npos || p.role.find("监管") != std::string::npos ||
                       p.role.find("安监") != std::string::npos;
            });
            for (const Person& p : persons) {
                const QString role = QString::fromStdString(p.role);
                m_person->addItem(role.isEmpty() ? QString::fromStdString(p.name)
                                                 : tr("%1 (%2)").arg(QString::fromStdString(p.name), role),
                                  QVariant::fromValue<qint64>(p.id));
            }
        }
        form->addRow(tr("&Officer"), m_person);
        bindField(form, QStringLiteral("person"), m_person);
    }
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("fromInput"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_from->setDate(toQDate(db.today()));
    form->addRow(tr("&From"), m_from);
    bindField(form, QStringLiteral("starts_on"), m_from);
    addButtons(form, QStringLiteral("gridMemberError"));
    const QString grid = QString::fromStdString(m_grid.name);
    if (kind == Unit) {
        setWindowTitle(tr("Move a unit into %1").arg(grid));
        setRefusalText(tr("The unit was not moved: %1"));
    } else {
        setWindowTitle(tr("An officer of %1").arg(grid));
        setRefusalText(tr("The officer was not added: %1"));
    }
    okButton()->setEnabled(m_grid.id != 0);
}

void GridMemberDialog::save()
{
    const Date from = fromQDate(m_from->date());
    RecordService records(m_db);
    if (m_kind == Unit) {
        if (!m_unit->unitId()) {
            FieldErrors::fail("org", tr("Choose the unit to move into the grid."));
        }
        records.moveToGrid(*m_unit->unitId(), m_grid.id, from);
        return;
    }
    if (m_person->currentIndex() < 0) {
        FieldErrors::fail("person", tr("Choose the officer: the list holds the persons of the unit keeping the grid "
                                       "and of the units below it."));
    }
    GridMember m;
    m.gridId = m_grid.id;
    m.personId = m_person->currentData().value<qint64>();
    m.startsOn = from;
    records.add(m);
}

} // namespace safeledger
