#include "RosterImportDialog.h"

#include "EnumText.h"
#include "ExchangeJob.h"
#include "Formats.h"
#include "ImportTables.h"
#include "Palette.h"
#include "TextTableModel.h"
#include "UnitPicker.h"
#include "safeledger/exchange/Roster.h"
#include "safeledger/storage/Database.h"
#include "safeledger/storage/OrgService.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace safeledger {

using Formats::number;

RosterImportDialog::RosterImportDialog(Database* db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("rosterImportDialog"));
    setWindowTitle(tr("Import roster"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto* fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("rosterFileEdit"));
    m_file->setReadOnly(true);
    m_browse = new QPushButton(tr("&Browse…"), this);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    form->addRow(tr("Roster file"), fileRow);
    m_parent = new UnitPicker(this);
    m_parent->setObjectName(QStringLiteral("rosterParentPicker"));
    m_parent->setDatabase(db);
    m_parent->setPlaceholderText(tr("the top of the unit tree"));
    form->addRow(tr("Units without a parent unit go &under"), m_parent);
    layout->addLayout(form);
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("rosterInfoLabel"));
    m_info->setWordWrap(true);
    layout->addWidget(m_info);

    m_tabs = new QTabWidget(this);
    m_rows = new TextTableModel(
        {tr("Row"), tr("State"), tr("Unit"), tr("Parent unit"), tr("Kind"), tr("Credit code"), tr("Address")}, this);
    m_problems = new TextTableModel(ImportTables::problemHeaders(), this);
    m_rowsView = new QTableView(m_tabs);
    m_rowsView->setObjectName(QStringLiteral("rosterRowsView"));
    m_problemsView = new QTableView(m_tabs);
    m_problemsView->setObjectName(QStringLiteral("rosterProblemsView"));
    ImportTables::setUp(m_rowsView, m_rows);
    ImportTables::setUp(m_problemsView, m_problems);
    m_rowsView->setColumnWidth(1, 180);
    m_rowsView->setColumnWidth(2, 200);
    m_rowsView->setColumnWidth(3, 150);
    m_rowsView->setColumnWidth(4, 120);
    m_rowsView->setColumnWidth(5, 170);
    m_problemsView->setColumnWidth(1, 150);
    m_tabs->addTab(m_rowsView, tr("Units"));
    m_tabs->addTab(m_problemsView, tr("Problems"));
    layout->addWidget(m_tabs, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("rosterStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    layout->addWidget(buttons);

    connect(m_importButton, &QPushButton::clicked, this, &RosterImportDialog::startImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &RosterImportDialog::browse);
    // Where parentless units go decides which rows are already there: preview again.
    connect(m_parent, &UnitPicker::unitChanged, this, &RosterImportDialog::preview);

    // A ledger kept for one town or park has that unit at its top: the roster's units go under it.
    if (m_db) {
        const std::vector<Organisation> roots = OrgService(*m_db).roots();
        if (roots.size() == 1) {
            setParentUnit(roots.front().id);
        }
    }
    resize(900, 600);
    showPreview();
}

RosterImportDialog::~RosterImportDialog() = default;

void RosterImportDialog::setParentUnit(std::optional<int64_t> id)
{
    const QSignalBlocker quiet(m_parent);
    m_parent->setUnitId(id);
    preview();
}

void RosterImportDialog::browse()
{
    const QString dir = m_path.isEmpty() && m_db ? QFileInfo(QString::fromUtf8(m_db->path())).absolutePath()
                                                 : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import roster"), dir, tr("Rosters (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)"));
    if (!path.isEmpty()) {
        setFile(path);
    }
}

void RosterImportDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_browse->setEnabled(!busy);
    m_parent->setEnabled(!busy && !m_done);
    m_importButton->setEnabled(!busy && !m_done && m_preview && m_preview->ok() &&
                               m_preview->count(RosterRowState::Ready) > 0);
}

void RosterImportDialog::setStatus(const QString& text, bool bad)
{
    m_status->setStyleSheet(bad ? Palette::alertText() : QString());
    m_status->setText(text);
}

void RosterImportDialog::setFile(const QString& path)
{
    if (m_busy) {
        return;
    }
    m_path = path;
    m_done = false;
    m_file->setText(QDir::toNativeSeparators(path));
    preview();
}

void RosterImportDialog::preview()
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
    setBusy(true);
    setStatus(tr("Reading the roster…"), false);
    RosterImportOptions options;
    options.parent = m_parent->unitId();
    const std::string file = QFile::encodeName(m_path).toStdString();
    ExchangeJob::run(
        m_db, this, tr("Reading and checking %1…").arg(QFileInfo(m_path).fileName()), ExchangeJob::Step::Read,
        [db = m_db, file, options](ExchangeJob::Control&) { return RosterImporter(*db).preview(file, options); },
        [this](std::shared_ptr<RosterPreview> preview, const QString& error, bool cancelled) {
            m_preview = std::move(preview);
            setBusy(false);
            showPreview();
            if (cancelled) {
                setStatus(tr("Reading the roster was cancelled. Nothing was imported."), false);
            } else if (!error.isEmpty()) {
                setStatus(tr("The roster could not be read. Nothing was imported.") + QLatin1Char('\n') + error, true);
            }
            emit previewed(m_preview && m_preview->ok());
        });
}

void RosterImportDialog::showPreview()
{
    m_info->clear();
    m_tabs->setTabText(1, tr("Problems"));
    if (!m_preview) {
        m_rows->setRows({});
        m_problems->setRows({});
        setBusy(m_busy);
        return;
    }
    const RosterPreview& p = *m_preview;
    // A place of a workbook of several sheets names its sheet ("青山村!12"), as spreadsheets do.
    const auto place = [&p](int sheet, int row) {
        const QString number = QString::number(row);
        return p.sheets.size() > 1 && sheet >= 0 && size_t(sheet) < p.sheets.size()
                   ? QString::fromStdString(p.sheets[size_t(sheet)]) + QLatin1Char('!') + number
                   : number;
    };
    const int placeWidth = p.sheets.size() > 1 ? 130 : 60;
    m_rowsView->setColumnWidth(0, placeWidth);
    m_problemsView->setColumnWidth(0, placeWidth);
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
        const QString parent = r.parentName.empty() ? (m_parent->unitId() ? m_parent->text() : tr("(top of the tree)"))
                                                    : QString::fromStdString(r.parentName);
        row.cells = {place(r.sheet, r.row),
                     state,
                     QString::fromStdString(r.unit.name),
                     parent,
                     EnumText::label(r.unit.kind, "OrgKind"),
                     QString::fromStdString(r.unit.creditCode),
                     QString::fromStdString(r.unit.address)};
        rows.push_back(std::move(row));
    }
    m_rows->setRows(std::move(rows));
    m_problems->setRows(ImportTables::problemRows(p.problems, place));
    if (!p.problems.empty()) {
        m_tabs->setTabText(1, tr("Problems (%1)").arg(number(int64_t(p.problems.size()))));
    }
    const QString format = QFileInfo(m_path).suffix().toUpper();
    m_info->setText(p.sheets.size() > 1
                        ? tr("%1 workbook of %2 sheets: a row that names no parent unit goes under the unit its sheet "
                             "is named after (a village, a park), where there is one.")
                              .arg(format)
                              .arg(p.sheets.size())
                        : tr("%1 file. A unit the database already has (the same credit code, or the same name under "
                             "the same parent) is not created again.")
                              .arg(format));
    const QString counts =
        tr("%1 unit rows: %2 to create, %3 already in the database, %4 with errors.")
            .arg(number(int64_t(p.rows.size())), number(p.count(RosterRowState::Ready)),
                 number(p.count(RosterRowState::Duplicate)), number(p.count(RosterRowState::Invalid)));
    if (!p.ok()) {
        m_tabs->setCurrentIndex(1);
        setStatus(counts + QLatin1Char('\n') +
                      tr("The roster cannot be imported: %n error(s). Nothing has been written; correct the file "
                         "and choose it again.",
                         nullptr, int(p.errors())),
                  true);
    } else {
        m_tabs->setCurrentIndex(0);
        setStatus(counts, false);
    }
    setBusy(m_busy);
}

void RosterImportDialog::startImport()
{
    if (m_busy || m_done || !m_preview || !m_preview->ok()) {
        return;
    }
    setBusy(true);
    setStatus(tr("Importing…"), false);
    ExchangeJob::run(
        m_db, this, tr("Importing %1…").arg(QFileInfo(m_path).fileName()), ExchangeJob::Step::Write,
        [db = m_db, preview = m_preview](ExchangeJob::Control&) { return RosterImporter(*db).apply(*preview); },
        [this](const std::shared_ptr<RosterImportResult>& result, const QString& error, bool cancelled) {
            if (result) {
                m_done = true;
                setStatus(tr("Created %1 units; %2 rows were already in the database.")
                              .arg(number(result->created), number(result->duplicatesSkipped)),
                          false);
            } else {
                setStatus(ExchangeJob::nothingWritten(error, cancelled), !cancelled);
            }
            setBusy(false);
            emit importFinished(error, cancelled);
        });
}

} // namespace safeledger
