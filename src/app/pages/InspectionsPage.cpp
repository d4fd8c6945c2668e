#include "InspectionsPage.h"

#include "ColumnWidths.h"
#include "EnumText.h"
#include "FieldErrors.h"
#include "Formats.h"
#include "InspectionRecordDialog.h"
#include "Palette.h"
#include "QtDates.h"
#include "TextTableModel.h"
#include "UnitPicker.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/InspectionList.h"

#include <QCheckBox>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace safeledger {

struct InspectionListing
{
    std::vector<TextTableModel::Row> rows;
    std::optional<InspectionCursor> last; // where the rows end
    InspectionTotals totals;              // of the whole list (the first page only)
    QString error;
};

namespace {

using Formats::u8;

// One page of the list, below `after`; with the list's totals when it is the first.
InspectionListing readListing(Database& db, const InspectionFilter& filter, int pageSize,
                              const std::optional<InspectionCursor>& after)
{
    InspectionListing listing;
    try {
        InspectionList list(db);
        const QColor quiet = Palette::colour(Palette::Role::Quiet);
        for (const InspectionRow& r : list.rows(filter, pageSize, after)) {
            const Inspection& i = r.inspection;
            QStringList names;
            for (const auto& n : i.inspectors) {
                names << u8(n);
            }
            QString note = u8(i.note);
            if (i.isVoided()) {
                note = InspectionsPage::tr("Voided: %1").arg(u8(i.voidReason)) +
                       (note.isEmpty() ? QString() : QStringLiteral(" — ") + note);
            }
            listing.rows.push_back(
                {{toText(i.date), u8(r.unitName), EnumText::label(i.kind, "InspectionKind"), u8(i.campaign),
                  names.join(QStringLiteral("、")), QString::number(r.hazards), note},
                 i.id,
                 i.isVoided() ? quiet : QColor()});
            listing.last = InspectionCursor{i.date, i.id};
        }
        if (!after) {
            listing.totals = list.totals(filter);
        }
    } catch (const Error& e) {
        listing.error = FieldErrors::describe(e);
    }
    return listing;
}

} // namespace

InspectionsPage::InspectionsPage(QWidget* parent)
    : LedgerPage(parent)
    , m_model(new TextTableModel(
          {tr("Date"), tr("Unit"), tr("Kind"), tr("Campaign"), tr("Inspectors"), tr("Hazards found"), tr("Note")},
          this))
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Inspections"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    heading->setFont(big);
    layout->addWidget(heading);
    auto* filters = new QHBoxLayout;
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("inspectionYear"));
    m_year->setRange(1990, 2999);
    m_year->setPrefix(tr("Year "));
    m_unit = new UnitPicker(this);
    m_unit->setObjectName(QStringLiteral("inspectionUnit"));
    m_unit->setPlaceholderText(tr("All units (type to choose one and everything below it)"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("inspectionKindFilter"));
    m_kind->addItem(tr("Any kind"), QString());
    for (const auto& e : enumEntries<InspectionKind>()) {
        m_kind->addItem(EnumText::label(e.value, "InspectionKind"), QString::fromUtf8(e.code));
    }
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("inspectionText"));
    m_text->setPlaceholderText(tr("Campaign or inspector"));
    m_text->setClearButtonEnabled(true);
    m_showVoided = new QCheckBox(tr("Show voided"), this);
    m_showVoided->setObjectName(QStringLiteral("showVoided"));
    filters->addWidget(m_year);
    filters->addWidget(m_unit, 2);
    filters->addWidget(m_kind);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_showVoided);
    layout->addLayout(filters);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("inspectionsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    auto* below = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("inspectionSummary"));
    m_summary->setWordWrap(true);
    below->addWidget(m_summary, 1);
    m_more = new QPushButton(this);
    m_more->setObjectName(QStringLiteral("inspectionsMoreButton"));
    m_more->hide();
    below->addWidget(m_more);
    layout->addLayout(below);
    auto* hint = new QLabel(tr("Double-click an inspection to see its checklist, hazards and documents, or to void it. "
                               "New inspections are entered on the Inspection page."),
                            this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_textDelay = new QTimer(this);
    m_textDelay->setSingleShot(true);
    m_textDelay->setInterval(300);
    connect(m_textDelay, &QTimer::timeout, this, &InspectionsPage::refresh);
    connect(m_text, &QLineEdit::textChanged, m_textDelay, qOverload<>(&QTimer::start));
    connect(m_year, &QSpinBox::valueChanged, this, &InspectionsPage::refresh);
    connect(m_unit, &UnitPicker::unitChanged, this, &InspectionsPage::refresh);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &InspectionsPage::refresh);
    connect(m_showVoided, &QCheckBox::toggled, this, &InspectionsPage::refresh);
    connect(m_more, &QPushButton::clicked, this, &InspectionsPage::showMore);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { openInspection(m_model->idAt(index.row())); });
    setDatabase(nullptr);
}

void InspectionsPage::setDatabase(Database* db)
{
    m_db = db;
    setEnabled(db != nullptr);
    m_unit->setDatabase(db);
    const QSignalBlocker block(m_year);
    if (db) {
        m_year->setValue(db->today().year());
    }
    refresh();
}

void InspectionsPage::refresh()
{
    m_model->setRows({});
    m_summary->clear();
    m_more->hide();
    m_more->setEnabled(true); // a "show more" still reading is dropped by this newer read
    m_last.reset();
    if (!m_db) {
        dropReads();
        return;
    }
    m_summary->setText(tr("Reading the list…"));
    m_filter = InspectionFilter{};
    m_filter.year = m_year->value();
    m_filter.unit = m_unit->unitId();
    m_filter.kind = enumFromText<InspectionKind>(m_kind->currentData().toString().toStdString());
    m_filter.text = m_text->text().trimmed().toStdString();
    m_filter.withVoided = m_showVoided->isChecked();
    readThenShow(
        *m_db,
        [filter = m_filter, size = m_pageSize](Database& db) { return readListing(db, filter, size, std::nullopt); },
        [this](InspectionListing listing) {
            m_total = listing.totals.count;
            m_personTimes = listing.totals.personTimes;
            show(std::move(listing));
            fitColumns(m_view);
        });
}

void InspectionsPage::showMore()
{
    if (!m_db || !m_last || isReading()) {
        return;
    }
    m_more->setEnabled(false);
    readThenShow(
        *m_db,
        [filter = m_filter, size = m_pageSize, after = m_last](Database& db) {
            return readListing(db, filter, size, after);
        },
        [this](InspectionListing listing) {
            m_more->setEnabled(true);
            show(std::move(listing));
        });
}

void InspectionsPage::show(InspectionListing listing)
{
    if (!listing.error.isEmpty()) {
        m_summary->setText(listing.error);
        m_more->hide();
        return;
    }
    if (listing.last) {
        m_last = listing.last;
    }
    const bool pageFull = static_cast<int>(listing.rows.size()) == m_pageSize;
    m_model->appendRows(std::move(listing.rows));
    const int shown = m_model->rowCount();
    // The totals count live inspections; with the voided ones listed too, a full page is what says
    // there may be more.
    const bool more = m_filter.withVoided ? pageFull : shown < m_total;
    QString summary = tr("%n inspection(s), %1 inspector person-time(s).", nullptr, static_cast<int>(m_total))
                          .arg(Formats::number(m_personTimes));
    if (more) {
        summary += QLatin1Char(' ') + tr("The newest %1 are listed.").arg(Formats::number(shown));
    }
    m_summary->setText(summary);
    m_more->setText(tr("Show the next %1").arg(Formats::number(m_pageSize)));
    m_more->setVisible(more);
}

void InspectionsPage::setPageSize(int rows)
{
    m_pageSize = std::max(rows, 1);
}

QDialog* InspectionsPage::openInspection(qint64 inspectionId)
{
    if (!m_db || inspectionId == 0) {
        return nullptr;
    }
    auto* dialog = new InspectionRecordDialog(*m_db, inspectionId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InspectionRecordDialog::hazardRequested, this, &LedgerPage::hazardRequested);
    connect(dialog, &InspectionRecordDialog::corrected, this, [this] {
        refresh();
        emit statusMessage(tr("Inspection corrected."));
        emit saved();
    });
    connect(dialog, &InspectionRecordDialog::voided, this, [this] {
        refresh();
        emit statusMessage(tr("Inspection voided."));
        emit saved();
    });
    dialog->open();
    return dialog;
}

} // namespace safeledger
