#include "RosterImportDialog.h"

#include "EnumText.h"
#include "ExchangeJob.h"
#include "Formats.h"
#include "Palette.h"
#include "UnitPicker.h"
#include "safeledger/exchange/Roster.h"
#include "safeledger/storage/Database.h"
#include "safeledger/storage/OrgService.h"

#include <QFileInfo>
#include <QTableView>

namespace safeledger {

using Formats::number;

RosterImportDialog::RosterImportDialog(Database* db, QWidget* parent)
    : SheetImportDialog(
          db,
          {QStringLiteral("roster"), QStringLiteral("rosterParentPicker"), tr("Import roster"), tr("Roster file"),
           tr("Units without a parent unit go &under"), tr("the top of the unit tree"),
           tr("Rosters (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)"), tr("Units"),
           tr("Reading the roster…"), tr("Reading the roster was cancelled. Nothing was imported."),
           tr("The roster could not be read. Nothing was imported.")},
          {tr("Row"), tr("State"), tr("Unit"), tr("Parent unit"), tr("Kind"), tr("Credit code"), tr("Address")}, parent)
{
    for (const auto& [column, width] : {std::pair{1, 180}, {2, 200}, {3, 150}, {4, 120}, {5, 170}}) {
        rowsView()->setColumnWidth(column, width);
    }
    // A ledger kept for one town or park has that unit at its top: the roster's units go under it.
    if (db) {
        const std::vector<Organisation> roots = OrgService(*db).roots();
        if (roots.size() == 1) {
            setParentUnit(roots.front().id);
        }
    }
}

RosterImportDialog::~RosterImportDialog() = default;

bool RosterImportDialog::importable() const
{
    return m_preview->ok() && m_preview->count(RosterRowState::Ready) > 0;
}

void RosterImportDialog::readFile(const std::string& file, std::optional<int64_t> unit)
{
    RosterImportOptions options;
    options.parent = unit;
    ExchangeJob::run(
        database(), this, tr("Reading and checking %1…").arg(QFileInfo(path()).fileName()), ExchangeJob::Step::Read,
        [db = database(), file, options](ExchangeJob::Control&) { return RosterImporter(*db).preview(file, options); },
        [this](std::shared_ptr<RosterPreview> preview, const QString& error, bool cancelled) {
            m_preview = std::move(preview);
            previewRead(error, cancelled);
        });
}

void RosterImportDialog::showPreview()
{
    const RosterPreview& p = *m_preview;
    std::vector<TextTableModel::Row> rows;
    rows.reserve(p.rows.size());
    for (const RosterRow& r : p.rows) {
        TextTableModel::Row row;
        QString state;
        switch (r.state) {
        case RosterRowState::Ready:
            state = tr("Create");
            break;
        case RosterRowState::Duplicate:
            state = tr("Already in the database");
            row.foreground = Palette::colour(Palette::Role::Quiet);
            break;
        case RosterRowState::Invalid:
            state = tr("Has errors");
            row.foreground = Palette::colour(Palette::Role::Alert);
            break;
        }
        const QString parent = r.parentName.empty()
                                   ? (unitPicker()->unitId() ? unitPicker()->text() : tr("(top of the tree)"))
                                   : QString::fromStdString(r.parentName);
        row.cells = {place(p.sheets, r.sheet, r.row),         state,
                     QString::fromStdString(r.unit.name),     parent,
                     EnumText::label(r.unit.kind, "OrgKind"), QString::fromStdString(r.unit.creditCode),
                     QString::fromStdString(r.unit.address)};
        rows.push_back(std::move(row));
    }
    setRows(std::move(rows), p.sheets);
    setProblems(p.problems, p.sheets);
    const QString format = QFileInfo(path()).suffix().toUpper();
    showOutcome(p.sheets.size() > 1
                    ? tr("%1 workbook of %2 sheets: a row that names no parent unit goes under the unit its sheet "
                         "is named after (a village, a park), where there is one.")
                          .arg(format)
                          .arg(p.sheets.size())
                    : tr("%1 file. A unit the database already has (the same credit code, or the same name under "
                         "the same parent) is not created again.")
                          .arg(format),
                tr("%1 unit rows: %2 to create, %3 already in the database, %4 with errors.")
                    .arg(number(int64_t(p.rows.size())), number(p.count(RosterRowState::Ready)),
                         number(p.count(RosterRowState::Duplicate)), number(p.count(RosterRowState::Invalid))),
                tr("The roster cannot be imported: %n error(s). Nothing has been written; correct the file "
                   "and choose it again.",
                   nullptr, int(p.errors())),
                p.ok());
}

void RosterImportDialog::writeFile()
{
    ExchangeJob::run(
        database(), this, tr("Importing %1…").arg(QFileInfo(path()).fileName()), ExchangeJob::Step::Write,
        [db = database(), preview = m_preview](ExchangeJob::Control&) { return RosterImporter(*db).apply(*preview); },
        [this](const std::shared_ptr<RosterImportResult>& result, const QString& error, bool cancelled) {
            imported(result ? tr("Created %1 units; %2 rows were already in the database.")
                                  .arg(number(result->created), number(result->duplicatesSkipped))
                            : QString(),
                     error, cancelled);
        });
}

} // namespace safeledger
