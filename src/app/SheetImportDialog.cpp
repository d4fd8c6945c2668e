#include "SheetImportDialog.h"

#include "ExchangeJob.h"
#include "Formats.h"
#include "ImportTables.h"
#include "Palette.h"
#include "UnitPicker.h"
#include "safeledger/exchange/LedgerImporter.h"
#include "safeledger/storage/Database.h"

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

SheetImportDialog::SheetImportDialog(Database* db, const Texts& texts, const QStringList& rowHeaders, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_texts(texts)
{
    const QString& prefix = texts.objectPrefix;
    setObjectName(prefix + QStringLiteral("ImportDialog"));
    setWindowTitle(texts.title);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto* fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(prefix + QStringLiteral("FileEdit"));
    m_file->setReadOnly(true);
    m_browse = new QPushButton(tr("&Browse…"), this);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    form->addRow(texts.fileLabel, fileRow);
    m_unit = new UnitPicker(this);
    m_unit->setObjectName(texts.pickerName);
    m_unit->setDatabase(db);
    m_unit->setPlaceholderText(texts.unitPlaceholder);
    form->addRow(texts.unitLabel, m_unit);
    layout->addLayout(form);
    m_info = new QLabel(this);
    m_info->setObjectName(prefix + QStringLiteral("InfoLabel"));
    m_info->setWordWrap(true);
    layout->addWidget(m_info);

    m_tabs = new QTabWidget(this);
    m_rows = new TextTableModel(rowHeaders, this);
    m_problems = new TextTableModel(ImportTables::problemHeaders(), this);
    m_rowsView = new QTableView(m_tabs);
    m_rowsView->setObjectName(prefix + QStringLiteral("RowsView"));
    m_problemsView = new QTableView(m_tabs);
    m_problemsView->setObjectName(prefix + QStringLiteral("ProblemsView"));
    ImportTables::setUp(m_rowsView, m_rows);
    ImportTables::setUp(m_problemsView, m_problems);
    m_problemsView->setColumnWidth(1, 150);
    m_tabs->addTab(m_rowsView, texts.rowsTab);
    m_tabs->addTab(m_problemsView, tr("Problems"));
    layout->addWidget(m_tabs, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(prefix + QStringLiteral("StatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(false); // until a preview without errors
    layout->addWidget(buttons);

    connect(m_importButton, &QPushButton::clicked, this, &SheetImportDialog::startImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &SheetImportDialog::browse);
    // The unit decides where rows go and so which are already there: preview again.
    connect(m_unit, &UnitPicker::unitChanged, this, &SheetImportDialog::preview);
    resize(900, 600);
}

SheetImportDialog::~SheetImportDialog() = default;

void SheetImportDialog::setUnit(std::optional<int64_t> id)
{
    const QSignalBlocker quiet(m_unit);
    m_unit->setUnitId(id);
    preview();
}

void SheetImportDialog::browse()
{
    const QString dir = m_path.isEmpty() && m_db ? QFileInfo(QString::fromUtf8(m_db->path())).absolutePath()
                                                 : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, m_texts.title, dir, m_texts.fileFilter);
    if (!path.isEmpty()) {
        setFile(path);
    }
}

void SheetImportDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_browse->setEnabled(!busy);
    m_unit->setEnabled(!busy && !m_done);
    m_importButton->setEnabled(!busy && !m_done && hasPreview() && importable());
}

void SheetImportDialog::setStatus(const QString& text, bool bad)
{
    m_status->setStyleSheet(bad ? Palette::alertText() : QString());
    m_status->setText(text);
}

void SheetImportDialog::setFile(const QString& path)
{
    if (m_busy) {
        return;
    }
    m_path = path;
    m_done = false;
    m_file->setText(QDir::toNativeSeparators(path));
    preview();
}

void SheetImportDialog::preview()
{
    if (m_busy || m_path.isEmpty() || !m_db) {
        return;
    }
    clearPreview();
    refresh();
    if (!QFileInfo(m_path).isFile()) {
        setStatus(tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(m_path)), true);
        emit previewed(false);
        return;
    }
    setBusy(true);
    setStatus(m_texts.reading, false);
    readFile(QFile::encodeName(m_path).toStdString(), m_unit->unitId());
}

void SheetImportDialog::previewRead(const QString& error, bool cancelled)
{
    setBusy(false);
    refresh();
    if (cancelled) {
        setStatus(m_texts.cancelled, false);
    } else if (!error.isEmpty()) {
        setStatus(m_texts.unreadable + QLatin1Char('\n') + error, true);
    }
    emit previewed(hasPreview() && importable());
}

void SheetImportDialog::refresh()
{
    m_info->clear();
    m_tabs->setTabText(1, tr("Problems"));
    if (hasPreview()) {
        showPreview();
    } else {
        m_rows->setRows({});
        m_problems->setRows({});
    }
    setBusy(m_busy);
}

QString SheetImportDialog::place(const std::vector<std::string>& sheets, int sheet, int row)
{
    const QString number = QString::number(row);
    return sheets.size() > 1 && sheet >= 0 && size_t(sheet) < sheets.size()
               ? QString::fromStdString(sheets[size_t(sheet)]) + QLatin1Char('!') + number
               : number;
}

void SheetImportDialog::setRows(std::vector<TextTableModel::Row> rows, const std::vector<std::string>& sheets)
{
    const int placeWidth = sheets.size() > 1 ? 130 : 60;
    m_rowsView->setColumnWidth(0, placeWidth);
    m_problemsView->setColumnWidth(0, placeWidth);
    m_rows->setRows(std::move(rows));
}

void SheetImportDialog::setProblems(const std::vector<LedgerProblem>& problems, const std::vector<std::string>& sheets)
{
    m_problems->setRows(
        ImportTables::problemRows(problems, [&sheets](int sheet, int row) { return place(sheets, sheet, row); }));
    if (!problems.empty()) {
        m_tabs->setTabText(1, tr("Problems (%1)").arg(Formats::number(int64_t(problems.size()))));
    }
}

void SheetImportDialog::showOutcome(const QString& info, const QString& counts, const QString& refusal, bool ok)
{
    m_info->setText(info);
    m_tabs->setCurrentIndex(ok ? 0 : 1);
    setStatus(ok ? counts : counts + QLatin1Char('\n') + refusal, !ok);
}

void SheetImportDialog::startImport()
{
    if (m_busy || m_done || !hasPreview() || !importable()) {
        return;
    }
    setBusy(true);
    setStatus(tr("Importing…"), false);
    writeFile();
}

void SheetImportDialog::imported(const QString& done, const QString& error, bool cancelled)
{
    if (!done.isEmpty()) {
        m_done = true;
        setStatus(done, false);
    } else {
        setStatus(ExchangeJob::nothingWritten(error, cancelled), !cancelled);
    }
    setBusy(false);
    emit importFinished(error, cancelled);
}

} // namespace safeledger
