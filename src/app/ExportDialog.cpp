#include "ExportDialog.h"

#include "ExchangeJob.h"
#include "Palette.h"
#include "QtDates.h"
#include "safeledger/exchange/LedgerExporter.h"
#include "safeledger/exchange/PackageExporter.h"
#include "safeledger/storage/Database.h"
#include "ui_ExportDialog.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>

namespace safeledger {

ExportDialog::ExportDialog(Kind kind, Database* db, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_kind(kind)
    , m_db(db)
{
    m_ui->setupUi(this);
    const bool package = kind == Kind::Package;
    setObjectName(package ? QStringLiteral("packageExportDialog") : QStringLiteral("ledgerExportDialog"));
    setWindowTitle(package ? tr("Export package") : tr("Export ledger"));
    m_ui->introLabel->setText(
        package ? tr("Writes the records to one JSON exchange package that another SafeLedger database can "
                     "import: units, people, inspections, hazards with their progress, documents and the rest.")
                : tr("Writes the hazards as a ledger (隐患排查治理台账) that Excel and WPS open: an .xlsx "
                     "workbook or a .csv file, by the file name you choose."));
    m_ui->periodCheck->setText(package ? tr("Only records &dated from") : tr("Only hazards &found from"));
    m_ui->auditCheck->setVisible(package);
    m_ui->languageLabel->setVisible(!package);
    m_ui->languageCombo->setVisible(!package);
    m_ui->languageCombo->addItem(tr("Chinese (序号, 单位名称, …)"), static_cast<int>(LedgerLanguage::Chinese));
    m_ui->languageCombo->addItem(tr("English (No., Unit, …)"), static_cast<int>(LedgerLanguage::English));
    m_ui->unitPicker->setDatabase(db);

    // The export is of an open database; its clock says what today is.
    const QDate today = db ? toQDate(db->today()) : QDate();
    if (db) {
        m_ui->fromEdit->setDate(QDate(today.year(), 1, 1));
        m_ui->toEdit->setDate(today);
    }

    const QString dir = db ? QFileInfo(QString::fromUtf8(db->path())).absolutePath() : QDir::homePath();
    const QString stem = package ? tr("package") : tr("ledger");
    m_ui->fileEdit->setText(
        QDir(dir).filePath(stem + (today.isValid() ? QLatin1Char('-') + today.toString(Qt::ISODate) : QString()) +
                           (package ? QStringLiteral(".json") : QStringLiteral(".xlsx"))));

    m_exportButton = m_ui->buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_ui->unitRadio, &QRadioButton::toggled, this, &ExportDialog::updateEnabled);
    connect(m_ui->periodCheck, &QCheckBox::toggled, this, &ExportDialog::updateEnabled);
    connect(m_ui->unitPicker, &UnitPicker::unitChanged, this, &ExportDialog::updateEnabled);
    connect(m_ui->fileEdit, &QLineEdit::textChanged, this, &ExportDialog::updateEnabled);
    updateEnabled();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::browse()
{
    const QString filter =
        m_kind == Kind::Package ? tr("Exchange packages (*.json)") : tr("Excel workbooks (*.xlsx);;CSV files (*.csv)");
    const QString path = QFileDialog::getSaveFileName(this, windowTitle(), m_ui->fileEdit->text(), filter);
    if (!path.isEmpty()) {
        m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
    }
}

void ExportDialog::updateEnabled()
{
    m_ui->unitPicker->setEnabled(!m_running && m_ui->unitRadio->isChecked());
    m_ui->fromEdit->setEnabled(!m_running && m_ui->periodCheck->isChecked());
    m_ui->toEdit->setEnabled(!m_running && m_ui->periodCheck->isChecked());
    const bool scopeOk = !m_ui->unitRadio->isChecked() || m_ui->unitPicker->unitId().has_value();
    m_exportButton->setEnabled(!m_running && m_db && scopeOk && !m_ui->fileEdit->text().trimmed().isEmpty());
}

QString ExportDialog::chosenPath() const
{
    QString path = QDir::fromNativeSeparators(m_ui->fileEdit->text().trimmed());
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (m_kind == Kind::Package && suffix.isEmpty()) {
        path += QStringLiteral(".json");
    } else if (m_kind == Kind::Ledger && suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv")) {
        path += QStringLiteral(".xlsx");
    }
    return path;
}

void ExportDialog::startExport()
{
    if (m_running || !m_db) {
        return;
    }
    const QString path = chosenPath();
    std::optional<int64_t> orgId;
    if (m_ui->unitRadio->isChecked()) {
        orgId = m_ui->unitPicker->unitId();
    }
    std::optional<Period> period;
    if (m_ui->periodCheck->isChecked()) {
        if (m_ui->fromEdit->date() > m_ui->toEdit->date()) {
            m_ui->resultLabel->setText(tr("The period must not end before it begins."));
            return;
        }
        period = Period{fromQDate(m_ui->fromEdit->date()), fromQDate(m_ui->toEdit->date())};
    }
    const std::string file = QFile::encodeName(path).toStdString();
    auto summary = std::make_shared<QString>();
    ExchangeJob::Work work;
    if (m_kind == Kind::Package) {
        PackageExportOptions o;
        o.orgId = orgId;
        if (period) {
            o.from = period->from;
            o.to = period->to;
        }
        o.includeAudit = m_ui->auditCheck->isChecked();
        work = [db = m_db, file, o, summary](ExchangeJob::Control&) {
            const PackageExportSummary s = exportPackageFile(*db, file, o);
            int64_t records = 0;
            for (const auto& entry : s.records) {
                records += entry.second;
            }
            const auto hazards = s.records.find("hazard");
            *summary = tr("Exported %1 records (%2 hazards) and %3 history entries.")
                           .arg(QLocale().toString(qlonglong(records)),
                                QLocale().toString(qlonglong(hazards == s.records.end() ? 0 : hazards->second)),
                                QLocale().toString(qlonglong(s.auditEntries)));
            if (!s.statesRecorded) {
                *summary += QLatin1Char(' ') + tr("The database is open read-only, so it could not remember what "
                                                  "it sent: a later import may report conflicts that are not.");
            }
            return QString();
        };
    } else {
        LedgerExportOptions o;
        o.orgId = orgId;
        o.period = period;
        o.language = static_cast<LedgerLanguage>(m_ui->languageCombo->currentData().toInt());
        work = [db = m_db, file, o, summary](ExchangeJob::Control&) {
            const LedgerExportSummary s = exportLedger(*db, file, o);
            *summary = tr("Exported %n hazard(s).", nullptr, int(s.rows));
            return QString();
        };
    }

    m_running = true;
    updateEnabled();
    m_ui->resultLabel->setStyleSheet(QString());
    m_ui->resultLabel->setText(tr("Exporting…"));
    auto* job = new ExchangeJob(m_db, this, tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)), work);
    connect(job, &ExchangeJob::finished, this, [this, path, summary](const QString& error, bool cancelled) {
        m_running = false;
        updateEnabled();
        if (cancelled) {
            m_ui->resultLabel->setText(tr("The export was cancelled; no file was written."));
        } else if (!error.isEmpty()) {
            m_ui->resultLabel->setStyleSheet(Palette::alertText());
            m_ui->resultLabel->setText(tr("The export failed; no file was written.") + QLatin1Char('\n') + error);
        } else {
            m_ui->resultLabel->setText(*summary + QLatin1Char('\n') +
                                       tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
        }
        emit exportFinished(error, cancelled);
    });
    job->start();
}

} // namespace safeledger
