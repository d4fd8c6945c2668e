#include "ReportsPage.h"
#include "Permissions.h"

#include "CoreMessages.h"
#include "QtDates.h"
#include "ReportOutput.h"
#include "UnitPicker.h"
#include "safeledger/core/Error.h"
#include "safeledger/report/AnnualReport.h"
#include "safeledger/report/QuarterlyForm.h"
#include "safeledger/report/ReportWriter.h"
#include "safeledger/storage/ReportNotes.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#include <exception>

namespace safeledger {

namespace {

struct Built
{
    ReportDocument document;
    QString error;
};

// Builds the report over `db`; never throws.
Built build(Database& db, ReportsPage::Kind kind, int64_t scope, int year, int quarter, ReportLanguage language)
{
    Built b;
    try {
        b.document = kind == ReportsPage::Annual ? AnnualReport(db, scope, year).document(language)
                                                 : QuarterlyForm(db, scope, year, quarter).document(language);
    } catch (const std::exception& e) {
        b.error = CoreMessages::translate(e);
    }
    return b;
}

} // namespace

ReportsPage::ReportsPage(QWidget* parent)
    : LedgerPage(parent)
    , m_document(std::make_unique<ReportDocument>())
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 4);
    auto* controls = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("reportKind"));
    m_kind->addItem(tr("Annual safety summary"), Annual);
    m_kind->addItem(tr("Quarterly hazard form"), Quarterly);
    m_unit = new UnitPicker(this);
    m_unit->setObjectName(QStringLiteral("reportUnit"));
    m_unit->setPlaceholderText(tr("All units (type a unit's name)"));
    m_unit->setMinimumWidth(220);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("reportYear"));
    m_year->setRange(1990, 2999);
    m_quarter = new QComboBox(this);
    m_quarter->setObjectName(QStringLiteral("reportQuarter"));
    for (int q = 1; q <= 4; ++q) {
        m_quarter->addItem(tr("Q%1").arg(q), q);
    }
    controls->addWidget(m_kind);
    controls->addWidget(new QLabel(tr("Unit:"), this));
    controls->addWidget(m_unit, 1);
    controls->addWidget(new QLabel(tr("Year:"), this));
    controls->addWidget(m_year);
    controls->addWidget(m_quarter);
    const std::pair<const char*, QString> buttons[] = {{"previewButton", tr("Print preview…")},
                                                       {"printButton", tr("Print…")},
                                                       {"exportPdfButton", tr("Export PDF…")},
                                                       {"exportOdtButton", tr("Export ODT…")}};
    for (const auto& [name, text] : buttons) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(QString::fromLatin1(name));
        controls->addWidget(button);
        m_outputButtons << button;
    }
    layout->addLayout(controls);
    m_lockNote = new QLabel(tr("The report type, unit and year stay as they are while the text below is not saved: "
                               "save or discard it to change them."),
                            this);
    m_lockNote->setObjectName(QStringLiteral("notesLockedLabel"));
    m_lockNote->setWordWrap(true);
    m_lockNote->hide();
    layout->addWidget(m_lockNote);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_notesBox = new QWidget(splitter);
    auto* notes = new QVBoxLayout(m_notesBox);
    notes->setContentsMargins(0, 0, 0, 0);
    notes->addWidget(new QLabel(tr("Problems (存在问题), written by you, kept with the unit and year:"), m_notesBox));
    m_problems = new QPlainTextEdit(m_notesBox);
    m_problems->setObjectName(QStringLiteral("problemsEdit"));
    notes->addWidget(m_problems, 1);
    notes->addWidget(new QLabel(tr("Plan for next year (下一步工作计划):"), m_notesBox));
    m_plan = new QPlainTextEdit(m_notesBox);
    m_plan->setObjectName(QStringLiteral("planEdit"));
    notes->addWidget(m_plan, 1);
    auto* noteButtons = new QHBoxLayout;
    m_save = new QPushButton(tr("Save text"), m_notesBox);
    m_save->setObjectName(QStringLiteral("saveNotesButton"));
    m_discard = new QPushButton(tr("Discard changes"), m_notesBox);
    m_discard->setObjectName(QStringLiteral("discardNotesButton"));
    noteButtons->addWidget(m_save);
    noteButtons->addWidget(m_discard);
    noteButtons->addStretch(1);
    notes->addLayout(noteButtons);
    m_preview = new QTextBrowser(splitter);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    splitter->addWidget(m_notesBox);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportsPage::controlsChanged);
    connect(m_unit, &UnitPicker::unitChanged, this, &ReportsPage::controlsChanged);
    connect(m_year, &QSpinBox::valueChanged, this, &ReportsPage::controlsChanged);
    connect(m_quarter, &QComboBox::currentIndexChanged, this, &ReportsPage::controlsChanged);
    for (QPlainTextEdit* edit : {m_problems, m_plan}) {
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading) {
                setDirty(true);
            }
        });
    }
    connect(m_save, &QPushButton::clicked, this, &ReportsPage::saveNotes);
    connect(m_discard, &QPushButton::clicked, this, &ReportsPage::discardNotes);
    connect(m_outputButtons[0], &QPushButton::clicked, this, [this] { afterProseSettled([this] { previewPrint(); }); });
    connect(m_outputButtons[1], &QPushButton::clicked, this, [this] { afterProseSettled([this] { print(); }); });
    connect(m_outputButtons[2], &QPushButton::clicked, this, [this] { afterProseSettled([this] { exportAs(true); }); });
    connect(m_outputButtons[3], &QPushButton::clicked, this,
            [this] { afterProseSettled([this] { exportAs(false); }); });
    setDatabase(nullptr);
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::setDatabase(Database* db)
{
    m_db = db;
    setEnabled(db != nullptr);
    // The prose can be read, not typed, while another copy writes the database.
    for (QPlainTextEdit* edit : {m_problems, m_plan}) {
        edit->setReadOnly(db != nullptr && !offers(db, Action::WriteReports));
    }
    m_loading = true;
    m_unit->setDatabase(db);
    if (db) {
        const QDate today = toQDate(db->today());
        m_year->setValue(today.year());
        m_quarter->setCurrentIndex((today.month() - 1) / 3);
    }
    m_loading = false;
    setDirty(false);
    *m_document = ReportDocument();
    m_preview->clear();
    controlsChanged();
}

void ReportsPage::refresh()
{
    if (m_db && !m_dirty) {
        loadNotes();
    }
    generate();
}

void ReportsPage::select(Kind kind, std::optional<int64_t> orgId, int year, int quarter)
{
    m_loading = true;
    m_kind->setCurrentIndex(kind);
    m_unit->setUnitId(orgId);
    m_year->setValue(year);
    m_quarter->setCurrentIndex(quarter - 1);
    m_loading = false;
    controlsChanged();
}

int64_t ReportsPage::scope() const
{
    return m_unit->unitId().value_or(0);
}

void ReportsPage::controlsChanged()
{
    if (m_loading) {
        return;
    }
    const bool annual = m_kind->currentIndex() == Annual;
    m_quarter->setVisible(!annual);
    m_notesBox->setVisible(annual);
    if (m_db) {
        loadNotes();
    }
    generate();
}

void ReportsPage::loadNotes()
{
    m_loading = true;
    try {
        ReportNotes notes(*m_db);
        const auto problems = notes.find(scope(), m_year->value(), ReportSection::Problems);
        const auto plan = notes.find(scope(), m_year->value(), ReportSection::Plan);
        m_problems->setPlainText(problems ? QString::fromUtf8(problems->body) : QString());
        m_plan->setPlainText(plan ? QString::fromUtf8(plan->body) : QString());
        m_problemsVersion = problems ? problems->version : 0;
        m_planVersion = plan ? plan->version : 0;
    } catch (const std::exception& e) {
        m_status->setText(tr("The report's text could not be read: %1").arg(CoreMessages::translate(e)));
    }
    m_loading = false;
    setDirty(false);
}

void ReportsPage::discardNotes()
{
    loadNotes();
}

void ReportsPage::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_save->setEnabled(dirty && offers(m_db, Action::WriteReports));
    m_discard->setEnabled(dirty);
    // The text belongs to one unit and year: keep them while it is not saved.
    for (QWidget* w : std::initializer_list<QWidget*>{m_kind, m_unit, m_year}) {
        w->setEnabled(!dirty);
        w->setToolTip(dirty ? tr("Save or discard the text first") : QString());
    }
    m_lockNote->setVisible(dirty);
}

bool ReportsPage::saveNotes()
{
    if (!m_db || !m_dirty) {
        return !m_dirty;
    }
    try {
        ReportNotes notes(*m_db);
        m_db->write([&] {
            m_problemsVersion = notes
                                    .save(scope(), m_year->value(), ReportSection::Problems,
                                          m_problems->toPlainText().toStdString(), m_problemsVersion)
                                    .version;
            m_planVersion = notes
                                .save(scope(), m_year->value(), ReportSection::Plan,
                                      m_plan->toPlainText().toStdString(), m_planVersion)
                                .version;
        });
    } catch (const std::exception& e) {
        m_status->setText(tr("The text was not saved: %1").arg(CoreMessages::translate(e)));
        loadNotes(); // the versions read again: a conflict shows the other editor's text
        return false;
    }
    setDirty(false);
    m_status->setText(tr("The text was saved."));
    emit saved();
    generate();
    return true;
}

void ReportsPage::generate()
{
    if (!m_db) {
        dropReads(); // a report still on its way is for the previous database
        return;
    }
    const Kind kind = static_cast<Kind>(m_kind->currentIndex());
    const int64_t scopeId = scope();
    const int year = m_year->value();
    const int quarter = m_quarter->currentIndex() + 1;
    const ReportLanguage language = ReportOutput::language();
    for (QPushButton* b : m_outputButtons) {
        b->setEnabled(false);
    }
    m_status->setText(tr("Preparing the report…"));
    readThenShow(
        *m_db,
        [kind, scopeId, year, quarter, language](Database& db) {
            return build(db, kind, scopeId, year, quarter, language);
        },
        [this](Built built) {
            if (!built.error.isEmpty()) {
                m_status->setText(tr("The report could not be made: %1").arg(built.error));
                emit documentReady();
                return;
            }
            *m_document = std::move(built.document);
            std::unique_ptr<QTextDocument> doc = m_document->toTextDocument();
            // The preview owns its document (its child) and deletes the previous one.
            doc->setParent(m_preview);
            m_preview->setDocument(doc.release());
            for (QPushButton* b : m_outputButtons) {
                b->setEnabled(true);
            }
            m_status->setText(m_document->title);
            emit documentReady();
        });
}

QString ReportsPage::baseName() const
{
    QString name = m_document->title;
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    return name.isEmpty() ? tr("report") : name;
}

void ReportsPage::afterProseSettled(std::function<void()> output)
{
    if (!m_dirty) {
        output();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Unsaved text"),
                                tr("The text typed under Problems or Plan is not saved, so the report does not "
                                   "show it yet. Save it and put it in the report?"),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("unsavedProseQuestion"));
    QPushButton* save = box->addButton(tr("Save and continue"), QMessageBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveProseButton"));
    QPushButton* without = box->addButton(tr("Continue without it"), QMessageBox::DestructiveRole);
    without->setObjectName(QStringLiteral("withoutProseButton"));
    box->addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancelOutputButton"));
    box->setDefaultButton(save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, save, without, output = std::move(output)] {
        if (box->clickedButton() == without) {
            output();
        } else if (box->clickedButton() == save) {
            // saveNotes() builds the report again with the saved text (at once or on a worker):
            // output once that report is ready, not with the one shown now.
            auto ready = std::make_shared<QMetaObject::Connection>();
            *ready = connect(this, &ReportsPage::documentReady, this, [ready, output] {
                QObject::disconnect(*ready);
                output();
            });
            if (!saveNotes()) {
                disconnect(*ready);
            }
        }
    });
    box->open();
}

void ReportsPage::previewPrint()
{
    if (!isReading() && !m_document->html.isEmpty()) {
        ReportOutput::preview(this, *m_document);
    }
}

void ReportsPage::print()
{
    if (!isReading() && !m_document->html.isEmpty()) {
        ReportOutput::print(this, *m_document);
    }
}

void ReportsPage::exportAs(bool pdf)
{
    if (isReading() || m_document->html.isEmpty()) {
        return;
    }
    const QString dir = m_db ? QFileInfo(QString::fromUtf8(m_db->path())).absolutePath() : QDir::homePath();
    const QString path =
        ReportOutput::exportTo(this, *m_document, pdf ? ReportFormat::Pdf : ReportFormat::Odt, dir, baseName());
    if (!path.isEmpty()) {
        emit statusMessage(tr("Written to %1").arg(QDir::toNativeSeparators(path)));
    }
}

QString ReportsPage::exportTo(const QString& path)
{
    try {
        ReportWriter::write(*m_document, path);
        return {};
    } catch (const std::exception& e) {
        return CoreMessages::translate(e);
    }
}

} // namespace safeledger
