#include "PeopleImportDialog.h"

#include "EnumText.h"
#include "ExchangeJob.h"
#include "Formats.h"
#include "Palette.h"
#include "QtDates.h"
#include "safeledger/exchange/People.h"
#include "safeledger/storage/Database.h"

#include <QFileInfo>
#include <QTableView>

namespace safeledger {

using Formats::number;

PeopleImportDialog::PeopleImportDialog(Database* db, QWidget* parent)
    : SheetImportDialog(
          db,
          {QStringLiteral("people"), QStringLiteral("peopleUnitPicker"), tr("Import people and certificates"),
           tr("Register file"), tr("Rows that name no unit belong to"), tr("no unit: each row names its own"),
           tr("Registers (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)"), tr("People"),
           tr("Reading the register…"), tr("Reading the register was cancelled. Nothing was imported."),
           tr("The register could not be read. Nothing was imported.")},
          {tr("Row"), tr("State"), tr("Name"), tr("Unit"), tr("Certificate"), tr("Number"), tr("Expires on")}, parent)
{
    for (const auto& [column, width] : {std::pair{1, 150}, {2, 80}, {3, 150}, {4, 130}, {5, 170}}) {
        rowsView()->setColumnWidth(column, width);
    }
}

PeopleImportDialog::~PeopleImportDialog() = default;

bool PeopleImportDialog::importable() const
{
    return m_preview->ok() &&
           m_preview->count(PeopleRowState::NewPerson) + m_preview->count(PeopleRowState::NewCertificate) > 0;
}

void PeopleImportDialog::readFile(const std::string& file, std::optional<int64_t> unit)
{
    PeopleImportOptions options;
    options.unit = unit;
    ExchangeJob::run(
        database(), this, tr("Reading and checking %1…").arg(QFileInfo(path()).fileName()), ExchangeJob::Step::Read,
        [db = database(), file, options](ExchangeJob::Control&) { return PeopleImporter(*db).preview(file, options); },
        [this](std::shared_ptr<PeoplePreview> preview, const QString& error, bool cancelled) {
            m_preview = std::move(preview);
            previewRead(error, cancelled);
        });
}

void PeopleImportDialog::showPreview()
{
    const PeoplePreview& p = *m_preview;
    std::vector<TextTableModel::Row> rows;
    rows.reserve(p.rows.size());
    for (const PeopleRow& r : p.rows) {
        TextTableModel::Row row;
        QString state;
        switch (r.state) {
        case PeopleRowState::NewPerson:
            state = r.certificate ? tr("New person and certificate") : tr("New person");
            break;
        case PeopleRowState::NewCertificate:
            state = tr("New certificate");
            break;
        case PeopleRowState::Duplicate:
            state = tr("Already in the database");
            row.foreground = Palette::colour(Palette::Role::Quiet);
            break;
        case PeopleRowState::Invalid:
            state = tr("Has errors");
            row.foreground = Palette::colour(Palette::Role::Alert);
            break;
        }
        const auto& c = r.certificate;
        row.cells = {place(p.sheets, r.sheet, r.row),
                     state,
                     QString::fromStdString(r.person.name),
                     QString::fromStdString(r.unitName),
                     c ? EnumText::label(c->kind, "CertificateKind") : QString(),
                     c ? QString::fromStdString(c->number) : QString(),
                     c && c->expiresOn ? toText(*c->expiresOn) : QString()};
        rows.push_back(std::move(row));
    }
    setRows(std::move(rows), p.sheets);
    setProblems(p.problems, p.sheets);
    showOutcome(tr("%1 file. A person already in the unit (the same ID number, or the same name with no other "
                   "phone) is not added again; a certificate already there (the same kind and number) neither.")
                    .arg(QFileInfo(path()).suffix().toUpper()),
                tr("%1 rows. New people: %2; new certificates of people already there: %3; already in the "
                   "database: %4; with errors: %5.")
                    .arg(number(int64_t(p.rows.size())), number(p.count(PeopleRowState::NewPerson)),
                         number(p.count(PeopleRowState::NewCertificate)), number(p.count(PeopleRowState::Duplicate)),
                         number(p.count(PeopleRowState::Invalid))),
                tr("The register cannot be imported: %n error(s). Nothing has been written; correct the file "
                   "and choose it again.",
                   nullptr, int(p.errors())),
                p.ok());
}

void PeopleImportDialog::writeFile()
{
    ExchangeJob::run(
        database(), this, tr("Importing %1…").arg(QFileInfo(path()).fileName()), ExchangeJob::Step::Write,
        [db = database(), preview = m_preview](ExchangeJob::Control&) { return PeopleImporter(*db).apply(*preview); },
        [this](const std::shared_ptr<PeopleImportResult>& result, const QString& error, bool cancelled) {
            imported(result ? tr("People added: %1. Certificates added: %2. Rows already in the database: %3.")
                                  .arg(number(result->people), number(result->certificates),
                                       number(result->duplicatesSkipped))
                            : QString(),
                     error, cancelled);
        });
}

} // namespace safeledger
