#include "RecordsPage.h"
#include "Permissions.h"

#include "ColumnWidths.h"
#include "EnumText.h"
#include "FieldErrors.h"
#include "Formats.h"
#include "Palette.h"
#include "QtDates.h"
#include "RecordFormDialog.h"
#include "TextTableModel.h"
#include "UnitPicker.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/ArchiveQueries.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace safeledger {

namespace {

using Formats::u8;
using Formats::yuan;

QStringList headers(RecordsPage::Kind kind)
{
    switch (kind) {
    case RecordsPage::Accidents:
        return {RecordsPage::tr("Date"),        RecordsPage::tr("Unit"),
                RecordsPage::tr("Type"),        RecordsPage::tr("Deaths"),
                RecordsPage::tr("Injuries"),    RecordsPage::tr("Direct loss (yuan)"),
                RecordsPage::tr("Reported at"), RecordsPage::tr("Description", "accident")};
    case RecordsPage::Penalties:
        return {RecordsPage::tr("Date"), RecordsPage::tr("Unit"), RecordsPage::tr("Decision number"),
                RecordsPage::tr("Fine (yuan)"), RecordsPage::tr("Legal basis")};
    case RecordsPage::Documents:
        return {RecordsPage::tr("Issued on"), RecordsPage::tr("Unit"),     RecordsPage::tr("Kind"),
                RecordsPage::tr("Number"),    RecordsPage::tr("Deadline"), RecordsPage::tr("Issued by")};
    case RecordsPage::Activities:
        return {RecordsPage::tr("Date"), RecordsPage::tr("Unit"), RecordsPage::tr("Kind"), RecordsPage::tr("Title"),
                RecordsPage::tr("Participants")};
    }
    return {};
}

} // namespace

QString RecordsPage::heading(Kind kind)
{
    switch (kind) {
    case Accidents:
        return tr("Accidents");
    case Penalties:
        return tr("Penalties");
    case Documents:
        return tr("Enforcement documents");
    case Activities:
        return tr("Activities: training, drills, publicity, meetings");
    }
    return {};
}

QString RecordsPage::title() const
{
    // The navigation list is narrow: the activities' page is named shorter there than in its heading.
    return m_kind == Activities ? tr("Activities") : heading(m_kind);
}

RecordsPage::RecordsPage(Kind kind, QWidget* parent)
    : LedgerPage(parent)
    , m_kind(kind)
    , m_model(new TextTableModel(headers(kind), this))
{
    auto* layout = new QVBoxLayout(this);
    auto* headingLabel = new QLabel(heading(kind), this);
    QFont big = headingLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    headingLabel->setFont(big);
    layout->addWidget(headingLabel);
    auto* filters = new QHBoxLayout;
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("recordYear"));
    m_year->setRange(1990, 2999);
    m_year->setPrefix(tr("Year "));
    m_unit = new UnitPicker(this);
    m_unit->setObjectName(QStringLiteral("recordUnit"));
    m_unit->setPlaceholderText(tr("All units (type to choose one)"));
    m_showVoided = new QCheckBox(tr("Show voided"), this);
    m_showVoided->setObjectName(QStringLiteral("showVoided"));
    m_showVoided->setToolTip(tr("List voided records too, greyed, with why they were voided; they never count"));
    auto* create = new QPushButton(tr("&New…"), this);
    create->setObjectName(QStringLiteral("newRecordButton"));
    m_newButton = create;
    filters->addWidget(m_year);
    filters->addWidget(m_unit, 1);
    filters->addWidget(m_showVoided);
    filters->addWidget(create);
    layout->addLayout(filters);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("recordsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(1, 200);
    layout->addWidget(m_view, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("recordSummary"));
    layout->addWidget(m_summary);

    connect(m_year, &QSpinBox::valueChanged, this, &RecordsPage::refresh);
    connect(m_unit, &UnitPicker::unitChanged, this, &RecordsPage::refresh);
    connect(m_showVoided, &QCheckBox::toggled, this, &RecordsPage::refresh);
    connect(create, &QPushButton::clicked, this, [this] { openForm(0); });
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { openForm(m_model->idAt(index.row())); });
    setDatabase(nullptr);
}

void RecordsPage::setDatabase(Database* db)
{
    m_db = db;
    setEnabled(db != nullptr);
    m_newButton->setEnabled(
        offers(db, m_kind == Accidents || m_kind == Activities ? Action::KeepArchives : Action::IssueDocuments));
    m_unit->setDatabase(db);
    const QSignalBlocker block(m_year);
    if (db) {
        m_year->setValue(db->today().year());
    }
    refresh();
}

void RecordsPage::refresh()
{
    m_model->setRows({});
    m_summary->clear();
    if (!m_db) {
        dropReads();
        return;
    }
    m_summary->setText(tr("Reading the list…"));
    const Kind kind = m_kind;
    const std::optional<int64_t> unit = m_unit->unitId();
    const int year = m_year->value();
    const bool withVoided = m_showVoided->isChecked();
    readThenShow(
        *m_db, [kind, unit, year, withVoided](Database& db) { return readListing(kind, db, unit, year, withVoided); },
        [this](Listing listing) {
            m_summary->setText(listing.error.isEmpty() ? listing.summary : listing.error);
            m_model->setRows(std::move(listing.rows));
            fitColumns(m_view);
        });
}

namespace {
// The most records a list shows; the summary says when there are more.
constexpr int kListLimit = 1000;
} // namespace

RecordsPage::Listing RecordsPage::readListing(Kind kind, Database& db, std::optional<int64_t> unit, int year,
                                              bool withVoided)
{
    Listing listing;
    std::vector<TextTableModel::Row>& rows = listing.rows;
    // A voided record (listed only on request) is greyed, its last column saying why.
    const auto voided = [&rows](const Record& r) {
        if (r.isVoided()) {
            TextTableModel::Row& row = rows.back();
            row.foreground = Palette::colour(Palette::Role::Quiet);
            row.cells.back() = tr("Voided: %1").arg(u8(r.voidReason)) + QStringLiteral(" — ") + row.cells.back();
        }
    };
    try {
        ArchiveQueries q(db);
        // The summary's figures come from storage and count every record of the year, also
        // those beyond the list's limit.
        int64_t total = 0;
        switch (kind) {
        case Accidents: {
            for (const Accident& a : q.accidents(unit, year, kListLimit, withVoided)) {
                rows.push_back({{toText(a.occurredOn), u8(q.unitName(a.orgId)), EnumText::label(a.type, "AccidentType"),
                                 QString::number(a.deaths), QString::number(a.seriousInjuries + a.minorInjuries),
                                 yuan(a.directLossFen), u8(a.reportedAt), u8(a.description)},
                                a.id,
                                a.deaths > 0 ? Palette::colour(Palette::Role::Alert) : QColor()});
                voided(a);
            }
            const RecordTotals totals = q.accidentTotals(unit, year);
            total = totals.count;
            listing.summary = tr("%n accident(s), %1 death(s).", nullptr, static_cast<int>(total)).arg(totals.deaths);
            break;
        }
        case Penalties: {
            for (const Penalty& p : q.penalties(unit, year, kListLimit, withVoided)) {
                rows.push_back({{toText(p.decidedOn), u8(q.unitName(p.orgId)), u8(p.decisionNumber), yuan(p.amountFen),
                                 u8(p.legalBasis)},
                                p.id,
                                {}});
                voided(p);
            }
            const RecordTotals totals = q.penaltyTotals(unit, year);
            total = totals.count;
            listing.summary =
                tr("%n penalty(ies), %1 yuan in total.", nullptr, static_cast<int>(total)).arg(yuan(totals.amountFen));
            break;
        }
        case Documents:
            for (const EnforcementDocument& d : q.documents(unit, year, kListLimit, withVoided)) {
                rows.push_back({{toText(d.issuedOn), u8(q.unitName(d.orgId)), EnumText::label(d.kind, "DocumentKind"),
                                 u8(d.number), d.deadline ? toText(*d.deadline) : QString(), u8(d.issuedBy)},
                                d.id,
                                {}});
                voided(d);
            }
            total = q.documentCount(unit, year);
            listing.summary = tr("%n document(s).", nullptr, static_cast<int>(total));
            break;
        case Activities:
            for (const Activity& a : q.activities(unit, year, kListLimit, withVoided)) {
                rows.push_back({{toText(a.date), u8(q.unitName(a.orgId)), EnumText::label(a.kind, "ActivityKind"),
                                 u8(a.title), QString::number(a.participants)},
                                a.id,
                                {}});
                voided(a);
            }
            total = q.activityCount(unit, year);
            listing.summary = tr("%n activity(ies).", nullptr, static_cast<int>(total));
            break;
        }
        // The lists stop at ArchiveQueries' limit (a county issues thousands of documents a year):
        // say so, so that nobody takes the rows for all of them.
        if (total > static_cast<int64_t>(rows.size())) {
            listing.summary += QLatin1Char(' ') + tr("Only the newest %1 of them are listed; choose a unit to "
                                                     "narrow the list.")
                                                      .arg(QLocale().toString(static_cast<qlonglong>(rows.size())));
        }
    } catch (const Error& e) {
        listing.error = FieldErrors::describe(e);
    }
    return listing;
}

QDialog* RecordsPage::openForm(qint64 recordId)
{
    if (!m_db) {
        return nullptr;
    }
    RecordFormDialog* dialog = nullptr;
    try {
        dialog = new RecordFormDialog(m_kind, *m_db, recordId, this);
    } catch (const Error& e) {
        emit statusMessage(FieldErrors::describe(e));
        return nullptr;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (recordId == 0 && m_unit->unitId()) {
        dialog->setUnit(*m_unit->unitId());
    }
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        emit saved();
    });
    dialog->open();
    return dialog;
}

} // namespace safeledger
