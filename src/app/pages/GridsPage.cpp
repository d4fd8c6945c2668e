#include "GridsPage.h"
#include "Permissions.h"

#include "ColumnWidths.h"
#include "FieldErrors.h"
#include "Formats.h"
#include "GridDialog.h"
#include "QtDates.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"
#include "safeledger/storage/Statistics.h"

#include <QPushButton>
#include <QStringList>
#include <QTableView>

namespace safeledger {

namespace {
using Formats::u8;
} // namespace

GridsPage::GridsPage(QWidget* parent)
    : YearListPage(tr("Grids and their coverage"),
                   {tr("Grid"), tr("Kept by"), tr("Officers"), tr("Units"), tr("Inspected"), tr("Coverage"),
                    tr("Inspections"), tr("Found"), tr("Rectified"), tr("Rate")},
                   QStringLiteral("grid"), &GridsPage::readListing, tr("Reading the grids…"), parent)
{
    m_newButton = addButton(tr("&New grid…"), "newGridButton");
    m_assignButton = addButton(tr("&Move a unit in…"), "assignUnitButton");
    m_officerButton = addButton(tr("Add &officer…"), "addOfficerButton");
    m_voidButton = addButton(tr("&Void…"), "voidGridButton");
    connect(m_newButton, &QPushButton::clicked, this, [this] { openForm(0); });
    connect(m_assignButton, &QPushButton::clicked, this, [this] { openMember(currentRow(), false); });
    connect(m_officerButton, &QPushButton::clicked, this, [this] { openMember(currentRow(), true); });
    connect(m_voidButton, &QPushButton::clicked, this, [this] { startVoid(currentRow()); });
    // By officer (网格员履职): the sums over the grids each serves in.
    m_officers = new TextTableModel(
        {tr("Officer"), tr("Grids"), tr("Units"), tr("Inspected"), tr("Coverage"), tr("Inspections"), tr("Found")},
        this);
    m_officerView = addTable(tr("By officer"), m_officers, QStringLiteral("officersView"));
    setDatabase(nullptr);
}

void GridsPage::enableFor(Database* db)
{
    for (QPushButton* b : {m_newButton, m_assignButton, m_officerButton}) {
        b->setEnabled(offers(db, Action::PlanInspections));
    }
    m_voidButton->setEnabled(offers(db, Action::VoidRecords));
}

void GridsPage::shown(Listing& listing)
{
    m_officers->setRows(std::move(listing.second));
    fitColumns(m_officerView);
}

GridsPage::Listing GridsPage::readListing(Database& db, int year)
{
    Listing listing;
    try {
        const Period period = Period::year(year);
        const Date asOf = std::min(db.today(), period.to);
        const GridFigures figures = Statistics(db).grids(0, period, asOf);
        const auto count = [](int64_t n) { return Formats::number(n); };
        for (const GridRow& r : figures.rows) {
            QStringList officers;
            for (const auto& name : r.officers) {
                officers << u8(name);
            }
            listing.rows.push_back(
                {{u8(r.grid.name), u8(r.ownerName), officers.join(tr(", ")), count(r.units), count(r.unitsInspected),
                  Formats::percent(r.coverage), count(r.inspections), count(r.hazardsFound), count(r.hazardsRectified),
                  Formats::percent(r.rectificationRate)},
                 r.grid.id,
                 {}});
        }
        for (const OfficerRow& o : figures.officers) {
            QStringList grids;
            for (const auto& name : o.grids) {
                grids << u8(name);
            }
            listing.second.push_back({{u8(o.name), grids.join(tr(", ")), count(o.units), count(o.unitsInspected),
                                       Formats::percent(o.coverage), count(o.inspections), count(o.hazardsFound)},
                                      o.personId,
                                      {}});
        }
        listing.summary = tr("%n grid(s); units and officers as of %1, figures of %2. Units to inspect in no grid: "
                             "%3. An inspection or a hazard counts in the grid its unit was in on its date.",
                             nullptr, static_cast<int>(figures.rows.size()))
                              .arg(toText(figures.day))
                              .arg(year)
                              .arg(Formats::number(figures.unitsOutsideGrids));
    } catch (const Error& e) {
        listing.error = FieldErrors::describe(e);
    }
    return listing;
}

QDialog* GridsPage::openForm(qint64 gridId)
{
    Database* db = database();
    if (!db) {
        return nullptr;
    }
    auto* dialog = new GridDialog(*db, gridId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!offers(db, Action::PlanInspections)) {
        dialog->okButton()->setEnabled(false);
    }
    connect(dialog, &QDialog::accepted, this, [this] {
        emit statusMessage(tr("Grid saved."));
        refresh();
        emit saved();
    });
    dialog->open();
    return dialog;
}

QDialog* GridsPage::openMember(int row, bool officer)
{
    const qint64 id = row >= 0 ? model()->idAt(row) : 0;
    if (!offers(database(), Action::PlanInspections) || id == 0) {
        emit statusMessage(tr("Choose a grid in the list first."));
        return nullptr;
    }
    auto* dialog =
        new GridMemberDialog(*database(), officer ? GridMemberDialog::Officer : GridMemberDialog::Unit, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, officer] {
        emit statusMessage(officer ? tr("Officer added.") : tr("Unit moved; the grid it was in ends the day before."));
        refresh();
        emit saved();
    });
    dialog->open();
    return dialog;
}

QDialog* GridsPage::startVoid(int row)
{
    const qint64 id = row >= 0 ? model()->idAt(row) : 0;
    if (!offers(database(), Action::VoidRecords) || id == 0) {
        emit statusMessage(tr("Choose a grid in the list first."));
        return nullptr;
    }
    Database& db = *database();
    return askVoid(
        tr("Void grid"), tr("Void the grid %1?").arg(model()->data(model()->index(row, 0)).toString()),
        [&db, id](const std::string& reason) {
            Grid grid = Repository<Grid>(db).get(id);
            RecordService(db).voidRecord(grid, reason);
        },
        tr("Grid voided: its units count in no grid until they are moved into another."));
}

} // namespace safeledger
