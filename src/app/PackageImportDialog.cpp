#include "PackageImportDialog.h"

#include "ExchangeJob.h"
#include "ExchangeText.h"
#include "Formats.h"
#include "Palette.h"
#include "safeledger/exchange/PackageImporter.h"
#include "safeledger/storage/Database.h"
#include "ui_PackageImportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

#include <fstream>
#include <istream>
#include <vector>

namespace safeledger {

namespace {

// Reads a file for the importer, reporting how far it got and ending early when cancelled (the
// importer then sees a truncated package and gives up). Reading `pass` of `passes`: planning reads
// the package twice, applying once.
class ProgressBuf final : public std::streambuf
{
public:
    ProgressBuf(const std::string& path, ExchangeJob::Control& control, int pass, int passes)
        : m_in(path, std::ios::binary)
        , m_buffer(1 << 16)
        , m_control(control)
        , m_pass(std::min(pass, passes - 1))
        , m_passes(passes)
    {
        m_in.seekg(0, std::ios::end);
        m_size = m_in.tellg() > 0 ? static_cast<int64_t>(m_in.tellg()) : 0;
        m_in.seekg(0);
    }

protected:
    // Seekable, so that the importer can check the signature at the end before it reads the rest.
    pos_type seekoff(off_type off, std::ios_base::seekdir dir, std::ios_base::openmode) override
    {
        if (dir == std::ios_base::cur) {
            off -= egptr() - gptr(); // what is buffered has not been read yet
        }
        return reposition(off, dir);
    }
    pos_type seekpos(pos_type pos, std::ios_base::openmode) override { return reposition(pos, std::ios_base::beg); }

    int_type underflow() override
    {
        if (m_control.cancelled()) {
            return traits_type::eof();
        }
        m_in.read(m_buffer.data(), static_cast<std::streamsize>(m_buffer.size()));
        const std::streamsize n = m_in.gcount();
        if (n <= 0) {
            return traits_type::eof();
        }
        m_read = static_cast<int64_t>(m_in.tellg()); // the signature check reads the file once before
        // Reading is most of the work; what comes after the last reading is short.
        m_control.setProgress(m_size > 0 ? static_cast<int>((m_pass * m_size + m_read) * 900 / (m_passes * m_size))
                                         : -1);
        setg(m_buffer.data(), m_buffer.data(), m_buffer.data() + n);
        return traits_type::to_int_type(*gptr());
    }

private:
    pos_type reposition(off_type off, std::ios_base::seekdir dir)
    {
        m_in.clear();
        m_in.seekg(off, dir);
        setg(m_buffer.data(), m_buffer.data(), m_buffer.data());
        return m_in.tellg();
    }

    std::ifstream m_in;
    std::vector<char> m_buffer;
    ExchangeJob::Control& m_control;
    int64_t m_pass;
    int64_t m_passes;
    int64_t m_size = 0;
    int64_t m_read = 0;
};

class ProgressStream final : public std::istream
{
public:
    ProgressStream(const std::string& path, ExchangeJob::Control& control, int pass, int passes)
        : std::istream(nullptr)
        , m_buffer(path, control, pass, passes)
    {
        rdbuf(&m_buffer);
    }

private:
    ProgressBuf m_buffer;
};

// The package file read through ProgressBuf, `passes` times in the job of `control`.
PackageSource progressSource(const std::string& file, ExchangeJob::Control& control, int passes)
{
    auto opened = std::make_shared<int>(0);
    return {[file, &control, passes, opened] {
                return std::make_unique<ProgressStream>(file, control, (*opened)++, passes);
            },
            file};
}

enum Column { TypeColumn, NewColumn, UpdatedColumn, UnchangedColumn, NewerHereColumn, ConflictColumn };
enum Choice { Later, KeepMine, TakeTheirs };

QTableWidgetItem* cell(const QString& text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(align);
    return item;
}

using Formats::number;

// A value of the package form, shortened for a tooltip.
QString shortValue(const nlohmann::json& value)
{
    QString text = QString::fromStdString(value.is_string() ? value.get<std::string>() : value.dump());
    if (text.size() > 80) {
        text = text.left(79) + QChar(0x2026);
    }
    return text;
}

void setupTable(QTableWidget* table, const QStringList& headers)
{
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
}

} // namespace

PackageImportDialog::PackageImportDialog(Database* db, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PackageImportDialog>())
    , m_db(db)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("packageImportDialog"));
    setupTable(m_ui->countsTable,
               {tr("Records"), tr("New"), tr("Updated"), tr("Unchanged"), tr("Newer here"), tr("Conflicts")});
    setupTable(m_ui->conflictsTable, {tr("Type"), tr("Record"), tr("Changed on both sides"), tr("Keep")});
    setupTable(m_ui->problemsTable, {tr("Where"), tr("Problem")});
    m_ui->countsTable->horizontalHeader()->setStretchLastSection(false);
    m_ui->countsTable->horizontalHeader()->setSectionResizeMode(TypeColumn, QHeaderView::Stretch);
    m_ui->conflictsTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_ui->conflictsTable->horizontalHeader()->setStretchLastSection(false);
    m_ui->conflictsTable->setColumnWidth(0, 140);
    m_ui->conflictsTable->setColumnWidth(1, 260);
    m_ui->problemsTable->setColumnWidth(0, 300);

    m_importButton = m_ui->buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(false);
    connect(m_importButton, &QPushButton::clicked, this, &PackageImportDialog::startImport);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &PackageImportDialog::browse);
    connect(m_ui->acceptCheck, &QCheckBox::toggled, this, [this] { setBusy(m_busy); });
    connect(m_ui->keepAllButton, &QPushButton::clicked, this, [this] { setAllChoices(KeepMine); });
    connect(m_ui->takeAllButton, &QPushButton::clicked, this, [this] { setAllChoices(TakeTheirs); });
    connect(m_ui->laterAllButton, &QPushButton::clicked, this, [this] { setAllChoices(Later); });
    showPlan();
}

PackageImportDialog::~PackageImportDialog() = default;

void PackageImportDialog::browse()
{
    const QString dir = m_path.isEmpty() && m_db ? QFileInfo(QString::fromUtf8(m_db->path())).absolutePath()
                                                 : QFileInfo(m_path).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import package"), dir, tr("Exchange packages (*.json);;All files (*)"));
    if (!path.isEmpty()) {
        setFile(path);
    }
}

void PackageImportDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->browseButton->setEnabled(!busy);
    m_importButton->setEnabled(!busy && !m_done && m_plan && m_plan->ok() &&
                               (!needsAcceptance() || m_ui->acceptCheck->isChecked()));
}

bool PackageImportDialog::needsAcceptance() const
{
    return m_plan && m_db && safeledger::needsAcceptance(m_plan->info().signature, m_db->keepsAccounts());
}

QString PackageImportDialog::signatureText(const PackageInfo& info)
{
    const QString key = QString::fromStdString(info.signerKey);
    switch (info.signature) {
    case PackageSignature::Own:
        return tr("Signed by this ledger itself.");
    case PackageSignature::Trusted:
        return tr("Signed by %1 (a trusted key).").arg(QString::fromStdString(info.signerLabel));
    case PackageSignature::Untrusted:
        return tr("Signed with a key this ledger does not trust: %1. An administrator can trust it under Account ▸ "
                  "Ledger keys.")
            .arg(key);
    case PackageSignature::Altered:
        return tr("Changed after it was signed with the key %1: this is not what its ledger exported.").arg(key);
    case PackageSignature::Unsigned:
        break;
    }
    return tr("Not signed: nothing shows which ledger made it.");
}

void PackageImportDialog::setStatus(const QString& text, bool bad)
{
    m_ui->statusLabel->setStyleSheet(bad ? Palette::alertText() : QString());
    m_ui->statusLabel->setText(text);
}

void PackageImportDialog::setFile(const QString& path)
{
    if (m_busy || !m_db) {
        return;
    }
    m_path = path;
    m_plan.reset();
    m_done = false;
    showPlan();
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
    if (!QFileInfo(path).isFile()) {
        setStatus(tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(path)), true);
        emit planned(false);
        return;
    }
    setStatus(tr("Reading the package…"), false);
    setBusy(true);
    const std::string file = QFile::encodeName(path).toStdString();
    ExchangeJob::run(
        m_db, this, tr("Reading and checking %1…").arg(QFileInfo(path).fileName()), ExchangeJob::Step::Read,
        [db = m_db, file](ExchangeJob::Control& control) {
            return PackageImporter(*db).plan(progressSource(file, control, 2));
        },
        [this](std::shared_ptr<PackagePlan> plan, const QString& error, bool cancelled) {
            m_plan = std::move(plan);
            setBusy(false);
            showPlan();
            if (cancelled) {
                setStatus(tr("Reading the package was cancelled. Nothing was imported."), false);
            } else if (!error.isEmpty()) {
                setStatus(tr("The package could not be read. Nothing was imported.") + QLatin1Char('\n') + error, true);
            }
            emit planned(m_plan && m_plan->ok());
        });
}

void PackageImportDialog::showPlan()
{
    m_ui->countsTable->setRowCount(0);
    m_ui->conflictsTable->setRowCount(0);
    m_ui->problemsTable->setRowCount(0);
    m_ui->infoLabel->clear();
    m_ui->acceptCheck->setVisible(false);
    m_ui->tabs->setTabText(1, tr("Conflicts"));
    m_ui->tabs->setTabText(2, tr("Problems"));
    if (!m_plan) {
        setBusy(m_busy);
        return;
    }
    const PackagePlan& plan = *m_plan;
    const PackageInfo& info = plan.info();
    QString infoText;
    if (!info.packageId.empty()) {
        infoText = tr("Package of %1 by %2 (%3).")
                       .arg(QString::fromStdString(info.createdAt), QString::fromStdString(info.sourceOperator),
                            QString::fromStdString(info.program));
    }
    if (!info.packageId.empty()) {
        infoText += QLatin1Char(' ') + signatureText(info);
    }
    if (!info.alreadyImportedAt.empty()) {
        infoText += QLatin1Char(' ') + tr("It was imported here before, on %1: importing it again changes nothing "
                                          "that has not changed since.")
                                           .arg(QString::fromStdString(info.alreadyImportedAt));
    }
    m_ui->infoLabel->setText(infoText);
    const bool risky = plan.ok() && needsAcceptance();
    m_ui->infoLabel->setStyleSheet(risky ? Palette::alertText() : QString());
    m_ui->acceptCheck->setChecked(false);
    m_ui->acceptCheck->setVisible(risky);

    // Records per table and what the import does with them.
    const auto counts = plan.counts();
    int64_t total[ConflictColumn + 1] = {};
    for (const auto& [entity, actions] : counts) {
        const int row = m_ui->countsTable->rowCount();
        m_ui->countsTable->insertRow(row);
        m_ui->countsTable->setItem(row, TypeColumn, cell(ExchangeText::entityName(entity)));
        const auto value = [&actions = actions](MergeAction a) {
            const auto it = actions.find(a);
            return it == actions.end() ? int64_t(0) : it->second;
        };
        const std::pair<Column, MergeAction> columns[] = {{NewColumn, MergeAction::Insert},
                                                          {UpdatedColumn, MergeAction::Update},
                                                          {UnchangedColumn, MergeAction::Unchanged},
                                                          {NewerHereColumn, MergeAction::KeepLocal},
                                                          {ConflictColumn, MergeAction::Conflict}};
        for (const auto& [column, action] : columns) {
            total[column] += value(action);
            m_ui->countsTable->setItem(row, column, cell(number(value(action)), Qt::AlignRight | Qt::AlignVCenter));
        }
    }
    if (!counts.empty()) {
        const int row = m_ui->countsTable->rowCount();
        m_ui->countsTable->insertRow(row);
        m_ui->countsTable->setItem(row, TypeColumn, cell(tr("All records")));
        for (int column = NewColumn; column <= ConflictColumn; ++column) {
            QTableWidgetItem* item = cell(number(total[column]), Qt::AlignRight | Qt::AlignVCenter);
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
            m_ui->countsTable->setItem(row, column, item);
        }
    }

    // Conflicts, each with its own choice.
    for (const PackageConflict& c : plan.conflicts()) {
        const int row = m_ui->conflictsTable->rowCount();
        m_ui->conflictsTable->insertRow(row);
        m_ui->conflictsTable->setItem(row, 0, cell(ExchangeText::entityName(c.entity)));
        QTableWidgetItem* record = cell(QString::fromStdString(c.label));
        record->setData(Qt::UserRole, QString::fromStdString(c.uuid));
        record->setToolTip(QString::fromStdString(c.uuid));
        m_ui->conflictsTable->setItem(row, 1, record);
        QStringList fields;
        QStringList details;
        for (const std::string& f : c.fields) {
            fields << QString::fromStdString(f);
            const nlohmann::json none;
            details << tr("%1: mine “%2”, theirs “%3”")
                           .arg(QString::fromStdString(f),
                                shortValue(c.local.is_object() && c.local.contains(f) ? c.local.at(f) : none),
                                shortValue(c.incoming.is_object() && c.incoming.contains(f) ? c.incoming.at(f) : none));
        }
        QTableWidgetItem* changed = cell(fields.join(QStringLiteral(", ")));
        changed->setToolTip(details.join(QLatin1Char('\n')));
        m_ui->conflictsTable->setItem(row, 2, changed);
        auto* choice = new QComboBox(m_ui->conflictsTable);
        choice->setObjectName(QStringLiteral("conflictChoice"));
        choice->addItem(tr("Decide later"), int(Later));
        choice->addItem(tr("Mine"), int(KeepMine));
        choice->addItem(tr("Theirs"), int(TakeTheirs));
        m_ui->conflictsTable->setCellWidget(row, 3, choice);
    }
    m_ui->conflictsTable->resizeColumnToContents(3);
    if (!plan.conflicts().empty()) {
        m_ui->tabs->setTabText(1, tr("Conflicts (%1)").arg(plan.conflicts().size()));
    }

    // Problems, located in words (the JSON pointer in the tooltip).
    for (const PackageProblem& p : plan.problems()) {
        const int row = m_ui->problemsTable->rowCount();
        m_ui->problemsTable->insertRow(row);
        QTableWidgetItem* where = cell(ExchangeText::describePointer(p.pointer));
        where->setToolTip(QString::fromStdString(p.pointer));
        m_ui->problemsTable->setItem(row, 0, where);
        QTableWidgetItem* message = cell(QString::fromStdString(p.message.english()));
        message->setToolTip(message->text());
        m_ui->problemsTable->setItem(row, 1, message);
    }
    if (plan.problemsOmitted() > 0) {
        const int row = m_ui->problemsTable->rowCount();
        m_ui->problemsTable->insertRow(row);
        m_ui->problemsTable->setItem(row, 1, cell(tr("… and %1 more problems.").arg(number(plan.problemsOmitted()))));
    }

    const int64_t problems = int64_t(plan.problems().size()) + plan.problemsOmitted();
    if (problems > 0) {
        m_ui->tabs->setTabText(2, tr("Problems (%1)").arg(number(problems)));
        m_ui->tabs->setCurrentWidget(m_ui->problemsTab);
        setStatus(tr("This package cannot be imported: %n problem(s) were found. Nothing has been written.", nullptr,
                     int(problems)),
                  true);
    } else {
        m_ui->tabs->setCurrentWidget(plan.conflicts().empty() ? m_ui->recordsTab : m_ui->conflictsTab);
        QString text = tr("Ready to import: %1 new and %2 updated records, %3 new history entries, %4 new links.")
                           .arg(number(total[NewColumn]), number(total[UpdatedColumn]), number(plan.auditEntriesNew()),
                                number(plan.linksNew()));
        if (!plan.conflicts().empty()) {
            text += QLatin1Char(' ') + tr("Choose for each conflict which version to keep, or decide later.");
        }
        setStatus(text, false);
    }
    setBusy(m_busy);
}

void PackageImportDialog::setAllChoices(int choice)
{
    for (int row = 0; row < m_ui->conflictsTable->rowCount(); ++row) {
        if (auto* combo = qobject_cast<QComboBox*>(m_ui->conflictsTable->cellWidget(row, 3))) {
            combo->setCurrentIndex(combo->findData(choice));
        }
    }
}

void PackageImportDialog::startImport()
{
    if (m_busy || m_done || !m_plan || !m_plan->ok()) {
        return;
    }
    ConflictChoices choices;
    choices.acceptUnverified = needsAcceptance() && m_ui->acceptCheck->isChecked();
    for (int row = 0; row < m_ui->conflictsTable->rowCount(); ++row) {
        const auto* combo = qobject_cast<QComboBox*>(m_ui->conflictsTable->cellWidget(row, 3));
        const std::string uuid = m_ui->conflictsTable->item(row, 1)->data(Qt::UserRole).toString().toStdString();
        const int choice = combo ? combo->currentData().toInt() : int(Later);
        choices.byUuid[uuid] = choice == KeepMine     ? ConflictChoice::KeepLocal
                               : choice == TakeTheirs ? ConflictChoice::TakeIncoming
                                                      : ConflictChoice::Defer;
    }
    setBusy(true);
    setStatus(tr("Importing…"), false);
    ExchangeJob::run(
        m_db, this, tr("Importing %1…").arg(QFileInfo(m_path).fileName()), ExchangeJob::Step::Write,
        [db = m_db, plan = m_plan, choices,
         file = QFile::encodeName(m_path).toStdString()](ExchangeJob::Control& control) {
            // Read again through this job: its progress shows, and Cancel rolls the import back.
            return PackageImporter(*db).apply(*plan, choices, progressSource(file, control, 1));
        },
        [this](const std::shared_ptr<PackageImportResult>& result, const QString& error, bool cancelled) {
            if (result) {
                m_done = true;
                const PackageImportResult& r = *result;
                QString text = tr("Imported: %1 new, %2 updated, %3 unchanged records; %4 history entries, %5 links.")
                                   .arg(number(r.inserted), number(r.updated), number(r.unchanged),
                                        number(r.auditEntries), number(r.links));
                if (r.conflictsKept + r.conflictsTaken + r.conflictsDeferred > 0) {
                    text += QLatin1Char(' ') +
                            tr("Conflicts: %1 kept mine, %2 took theirs, %3 left to decide later.")
                                .arg(number(r.conflictsKept), number(r.conflictsTaken), number(r.conflictsDeferred));
                }
                setStatus(text, false);
            } else {
                setStatus(ExchangeJob::nothingWritten(error, cancelled), !cancelled);
            }
            setBusy(false);
            emit importFinished(error, cancelled);
        });
}

} // namespace safeledger
