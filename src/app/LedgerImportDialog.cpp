#include "LedgerImportDialog.h"

#include "ExchangeJob.h"
#include "Formats.h"
#include "ImportTables.h"
#include "Palette.h"
#include "TextTableModel.h"
#include "safeledger/exchange/LedgerImporter.h"
#include "safeledger/storage/Database.h"
#include "ui_LedgerImportDialog.h"

#include <QBoxLayout>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>

#include <algorithm>

namespace safeledger {

using Formats::number;

LedgerImportDialog::LedgerImportDialog(Database* db, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LedgerImportDialog>())
    , m_db(db)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("ledgerImportDialog"));
    m_rows = new TextTableModel({tr("Row"), tr("State"), tr("Unit"), tr("Found on"), tr("Location"), tr("Description")},
                                this);
    m_problems = new TextTableModel(ImportTables::problemHeaders(), this);
    m_units = new TextTableModel({tr("Unit"), tr("Credit code"), tr("Rows")}, this);
    ImportTables::setUp(m_ui->rowsView, m_rows);
    ImportTables::setUp(m_ui->problemsView, m_problems);
    ImportTables::setUp(m_ui->unitsView, m_units);
    m_ui->rowsView->setColumnWidth(0, 60);
    m_ui->rowsView->setColumnWidth(1, 150);
    m_ui->rowsView->setColumnWidth(2, 180);
    m_ui->problemsView->setColumnWidth(0, 60);
    m_ui->problemsView->setColumnWidth(1, 150);
    m_ui->unitsView->setColumnWidth(0, 260);
    m_ui->unitsView->setColumnWidth(1, 200);

    m_importButton = m_ui->buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(false);
    connect(m_importButton, &QPushButton::clicked, this, &LedgerImportDialog::startImport);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &LedgerImportDialog::browse);
    // Whether units are created changes which rows are ready: preview again; so does the sheets' choice.
    connect(m_ui->createUnitsCheck, &QCheckBox::toggled, this, &LedgerImportDialog::preview);
    connect(m_ui->sheetList, &QListWidget::itemChanged, this, &LedgerImportDialog::chooseSheets);
    m_ui->tabs->setTabVisible(m_ui->tabs->indexOf(m_ui->sheetsTab), false);
    // What a hazard ledger cannot carry, said before the import (docs/ledger.md).
    m_limits = new QLabel(this);
    m_limits->setObjectName(QStringLiteral("ledgerLimitsLabel"));
    m_limits->setWordWrap(true);
    m_limits->hide();
    if (auto* box = qobject_cast<QBoxLayout*>(m_ui->infoLabel->parentWidget()->layout())) {
        box->insertWidget(box->indexOf(m_ui->infoLabel) + 1, m_limits);
    }
    showPreview();
}

LedgerImportDialog::~LedgerImportDialog() = default;

void LedgerImportDialog::browse()
{
    const QString dir = m_path.isEmpty() && m_db ? QFileInfo(QString::fromUtf8(m_db->path())).absolutePath()
                                                 : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import ledger"), dir, tr("Ledgers (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)"));
    if (!path.isEmpty()) {
        setFile(path);
    }
}

void LedgerImportDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->browseButton->setEnabled(!busy);
    m_ui->createUnitsCheck->setEnabled(!busy && !m_done);
    m_ui->sheetList->setEnabled(!busy && !m_done);
    m_importButton->setEnabled(!busy && !m_done && m_preview && m_preview->ok() &&
                               m_preview->count(LedgerRowState::Ready) > 0);
}

void LedgerImportDialog::setStatus(const QString& text, bool bad)
{
    m_ui->statusLabel->setStyleSheet(bad ? Palette::alertText() : QString());
    m_ui->statusLabel->setText(text);
}

void LedgerImportDialog::setFile(const QString& path)
{
    if (m_busy) {
        return;
    }
    m_path = path;
    m_sheets.clear();
    m_done = false;
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
    preview();
}

void LedgerImportDialog::preview()
{
    if (m_busy || m_path.isEmpty() || !m_db) {
        return;
    }
    m_preview.reset();
    showPreview();
    if (!QFileInfo(m_path).isFile()) {
        setStatus(tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(m_path)), true);
        emit previewed(false);
        return;
    }
    setStatus(tr("Reading the ledger…"), false);
    setBusy(true);
    LedgerImportOptions options;
    options.createMissingUnits = m_ui->createUnitsCheck->isChecked();
    for (const QString& sheet : m_sheets) {
        options.sheets.push_back(sheet.toStdString());
    }
    const std::string file = QFile::encodeName(m_path).toStdString();
    ExchangeJob::run(
        m_db, this, tr("Reading and checking %1…").arg(QFileInfo(m_path).fileName()), ExchangeJob::Step::Read,
        [db = m_db, file, options](ExchangeJob::Control&) { return LedgerImporter(*db).preview(file, options); },
        [this](std::shared_ptr<LedgerPreview> preview, const QString& error, bool cancelled) {
            m_preview = std::move(preview);
            setBusy(false);
            showPreview();
            if (cancelled) {
                setStatus(tr("Reading the ledger was cancelled. Nothing was imported."), false);
            } else if (!error.isEmpty()) {
                setStatus(tr("The ledger could not be read. Nothing was imported.") + QLatin1Char('\n') + error, true);
            }
            emit previewed(m_preview && m_preview->ok());
        });
}

void LedgerImportDialog::showPreview()
{
    m_ui->infoLabel->clear();
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->problemsTab), tr("Problems"));
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->unitsTab), tr("Missing units"));
    showSheets();
    if (!m_preview) {
        if (m_limits) {
            m_limits->hide();
        }
        m_rows->setRows({});
        m_problems->setRows({});
        m_units->setRows({});
        setBusy(m_busy);
        return;
    }
    const LedgerPreview& p = *m_preview;
    // A place of a workbook of several sheets names its sheet ("2月!12"): wider.
    const int placeWidth = p.sheets.size() > 1 ? 130 : 60;
    m_ui->rowsView->setColumnWidth(0, placeWidth);
    m_ui->problemsView->setColumnWidth(0, placeWidth);
    std::vector<TextTableModel::Row> rows;
    rows.reserve(p.rows.size());
    for (const LedgerRow& r : p.rows) {
        TextTableModel::Row row;
        QString state;
        switch (r.state) {
        case LedgerRowState::Ready:
            state = r.createsUnit ? tr("Import (new unit)") : tr("Import");
            break;
        case LedgerRowState::Duplicate:
            state = tr("Already in the database");
            row.foreground = Palette::colour(Palette::Role::Quiet);
            break;
        case LedgerRowState::Invalid:
            state = tr("Has errors");
            row.foreground = Palette::colour(Palette::Role::Alert);
            break;
        }
        row.cells = {QString::fromStdString(p.place(r.sheet, r.row)),
                     state,
                     QString::fromStdString(r.unitName.empty() ? r.creditCode : r.unitName),
                     QString::fromStdString(r.hazard.foundOn.isNull() ? std::string() : r.hazard.foundOn.toString()),
                     QString::fromStdString(r.hazard.location),
                     QString::fromStdString(r.hazard.description)};
        rows.push_back(std::move(row));
    }
    m_rows->setRows(std::move(rows));

    m_problems->setRows(ImportTables::problemRows(
        p.problems, [&p](int sheet, int row) { return QString::fromStdString(p.place(sheet, row)); }));

    std::vector<TextTableModel::Row> units;
    for (const LedgerMissingUnit& u : p.missingUnits) {
        // The first few rows and the count: a unit of a big ledger may stand in thousands of rows.
        constexpr size_t kShown = 5;
        QStringList numbers;
        for (size_t i = 0; i < std::min(kShown, u.rows.size()); ++i) {
            numbers << QString::fromStdString(p.place(u.rows[i].sheet, u.rows[i].row));
        }
        QString where = numbers.join(QStringLiteral(", "));
        if (u.rows.size() > kShown) {
            where = tr("%1 … (%2 rows)").arg(where, number(int64_t(u.rows.size())));
        }
        units.push_back({{QString::fromStdString(u.name), QString::fromStdString(u.creditCode), where}, 0, QColor()});
    }
    m_units->setRows(std::move(units));
    if (!p.problems.empty()) {
        m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->problemsTab),
                               tr("Problems (%1)").arg(number(p.errorCount + p.warningCount)));
    }
    if (!p.missingUnits.empty()) {
        m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->unitsTab),
                               tr("Missing units (%1)").arg(number(int64_t(p.missingUnits.size()))));
    }

    QString limits = tr("A hazard ledger does not say whether a hazard is under listed supervision (挂牌督办): "
                        "the imported hazards have none.");
    if (!p.missingUnits.empty() && p.options.createMissingUnits) {
        limits += QLatin1Char(' ') +
                  tr("The %n unit(s) created from it are placed at the top of the unit tree and typed 企业 "
                     "(enterprise), villages and communities too: move them under their town and correct their "
                     "kind in Units afterwards.",
                     nullptr, int(p.missingUnits.size()));
    }
    limits += QLatin1Char(' ') + tr("To move a whole ledger between SafeLedger databases, with its units, "
                                    "supervision and history, use a package instead (File ▸ Export package).");
    // A large ledger: the preview keeps the first rows and problems in full (every row is checked).
    if (p.rowCount() > int64_t(p.rows.size())) {
        limits += QLatin1Char(' ') + tr("The Rows tab lists the first %1 of the %2 rows; every row has been "
                                        "checked.")
                                         .arg(number(int64_t(p.rows.size())), number(p.rowCount()));
    }
    if (p.problemsLeftOut() > 0) {
        limits +=
            QLatin1Char(' ') + tr("The Problems tab lists the first %1 of the %2 problems.")
                                   .arg(number(int64_t(p.problems.size())), number(p.errorCount + p.warningCount));
    }
    m_limits->setText(limits);
    m_limits->show();
    if (p.sheets.size() > 1) {
        const auto chosen =
            std::count_if(p.sheets.begin(), p.sheets.end(), [](const LedgerSheet& s) { return s.chosen; });
        m_ui->infoLabel->setText(
            tr("%1 workbook of %2 sheets, %3 of them chosen (the Sheets tab); the first chosen has "
               "its header in row %4, %5 columns recognised.")
                .arg(QString::fromStdString(p.format).toUpper())
                .arg(p.sheets.size())
                .arg(chosen)
                .arg(p.headerRow)
                .arg(p.columns.size()));
    } else {
        m_ui->infoLabel->setText(tr("%1 file, header in row %2, %3 columns recognised.")
                                     .arg(QString::fromStdString(p.format).toUpper())
                                     .arg(p.headerRow)
                                     .arg(p.columns.size()));
    }
    const QString counts =
        tr("%1 hazard rows: %2 to import, %3 already in the database, %4 with errors.")
            .arg(number(p.rowCount()), number(p.count(LedgerRowState::Ready)),
                 number(p.count(LedgerRowState::Duplicate)), number(p.count(LedgerRowState::Invalid)));
    if (!p.ok()) {
        const bool onSheets = !m_sheets.isEmpty() && p.sheets.size() > 1;
        m_ui->tabs->setCurrentWidget(onSheets ? m_ui->sheetsTab : m_ui->problemsTab);
        QString text = counts + QLatin1Char('\n') +
                       tr("The ledger cannot be imported: %n error(s). Nothing has been written; correct the file "
                          "and choose it again.",
                          nullptr, int(p.errors()));
        if (!p.missingUnits.empty() && !p.options.createMissingUnits) {
            text += QLatin1Char(' ') + tr("Units the database does not have can also be created by the import "
                                          "(the box above).");
        }
        setStatus(text, true);
    } else {
        // After a change of the sheets' choice the user stays on the list of sheets.
        const bool onSheets = !m_sheets.isEmpty() && p.sheets.size() > 1;
        m_ui->tabs->setCurrentWidget(onSheets ? m_ui->sheetsTab : m_ui->rowsTab);
        setStatus(counts, false);
    }
    setBusy(m_busy);
}

// The workbook's sheets, ticked as the preview chose them; the tab shows only for several sheets.
void LedgerImportDialog::showSheets()
{
    if (!m_preview && !m_sheets.isEmpty()) {
        return; // read again for another choice of sheets: the list stays (disabled) meanwhile
    }
    const QSignalBlocker quiet(m_ui->sheetList);
    m_ui->sheetList->clear();
    const bool several = m_preview && m_preview->sheets.size() > 1;
    m_ui->tabs->setTabVisible(m_ui->tabs->indexOf(m_ui->sheetsTab), several);
    if (!several) {
        return;
    }
    for (const LedgerSheet& sheet : m_preview->sheets) {
        const QString name = QString::fromStdString(sheet.name);
        QString text;
        if (sheet.headerRow == 0) {
            text = tr("%1 — no ledger header").arg(name);
        } else if (sheet.chosen) {
            text =
                tr("%1 — header in row %2, %n hazard row(s)", nullptr, int(sheet.rows)).arg(name).arg(sheet.headerRow);
        } else {
            text = tr("%1 — header in row %2, not chosen").arg(name).arg(sheet.headerRow);
        }
        auto* item = new QListWidgetItem(text, m_ui->sheetList);
        item->setData(Qt::UserRole, name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(sheet.chosen ? Qt::Checked : Qt::Unchecked);
    }
}

void LedgerImportDialog::chooseSheets()
{
    QStringList chosen;
    for (int i = 0; i < m_ui->sheetList->count(); ++i) {
        const QListWidgetItem* item = m_ui->sheetList->item(i);
        if (item->checkState() == Qt::Checked) {
            chosen << item->data(Qt::UserRole).toString();
        }
    }
    m_sheets = chosen;
    if (m_sheets.isEmpty()) {
        // None ticked: the preview says so, rather than fall back on the default choice.
        m_sheets << QString();
    }
    preview();
}

void LedgerImportDialog::startImport()
{
    if (m_busy || m_done || !m_preview || !m_preview->ok()) {
        return;
    }
    setBusy(true);
    setStatus(tr("Importing…"), false);
    ExchangeJob::run(
        m_db, this, tr("Importing %1…").arg(QFileInfo(m_path).fileName()), ExchangeJob::Step::Write,
        [db = m_db, preview = m_preview](ExchangeJob::Control&) { return LedgerImporter(*db).apply(*preview); },
        [this](const std::shared_ptr<LedgerImportResult>& result, const QString& error, bool cancelled) {
            if (result) {
                m_done = true;
                setStatus(
                    tr("Imported %1 hazards; %2 units created, %3 rows already in the database.")
                        .arg(number(result->hazards), number(result->unitsCreated), number(result->duplicatesSkipped)),
                    false);
            } else {
                setStatus(ExchangeJob::nothingWritten(error, cancelled), !cancelled);
            }
            setBusy(false);
            emit importFinished(error, cancelled);
        });
}

} // namespace safeledger
