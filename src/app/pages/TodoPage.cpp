#include "TodoPage.h"

#include "ColumnWidths.h"
#include "FieldErrors.h"
#include "Formats.h"
#include "Palette.h"
#include "QtDates.h"
#include "TextTableModel.h"
#include "TodoModel.h"
#include "UnitPicker.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/CalendarStore.h"
#include "safeledger/storage/ExtensionService.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/OrgService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace safeledger {

namespace {

using Formats::u8;

// The most rows each list shows; the summary gives the whole counts.
constexpr int kListLimit = 500;

struct Todo
{
    std::vector<DueItem> items;
    DueList::Counts counts;
    int64_t pendingRequests = 0;
    std::vector<TextTableModel::Row> requests;
    QStringList uncoveredYears;
    QString error;
};

Todo readTodo(Database& db, DueFilter filter)
{
    Todo t;
    try {
        DueList list(db, filter, CalendarStore(db).calendar());
        t.items = list.due(kListLimit);
        for (auto& v : list.awaitingVerification(kListLimit)) {
            t.items.push_back(std::move(v));
        }
        t.counts = list.counts();
        for (const int y : list.yearsWithoutCalendar()) {
            t.uncoveredYears << QString::number(y);
        }
        ExtensionService ext(db);
        const int64_t scope = filter.orgId.value_or(0);
        t.pendingRequests = ext.pendingCount(scope);
        HazardService hazards(db);
        OrgService orgs(db);
        for (const ExtensionRequest& r : ext.pending(scope, kListLimit)) {
            const Hazard h = hazards.get(r.hazardId);
            t.requests.push_back({{toText(r.requestedOn), u8(orgs.get(h.orgId).name), u8(h.description),
                                   toText(r.previousDeadline) + QStringLiteral(" → ") + toText(r.requestedDeadline),
                                   u8(r.requestedBy), u8(r.reason)},
                                  h.id,
                                  QColor()});
        }
    } catch (const Error& e) {
        t.error = FieldErrors::describe(e);
    }
    return t;
}

QLabel* heading(const QString& text, QWidget* parent, double scale)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QTableView* listView(QAbstractItemModel* model, const char* name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

TodoPage::TodoPage(QWidget* parent)
    : LedgerPage(parent)
    , m_model(new TodoModel(this))
    , m_requests(new TextTableModel(
          {tr("Requested"), tr("Unit"), tr("Hazard"), tr("Deadline asked"), tr("Requested by"), tr("Reason")}, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("To-do"), this, 1.3));
    auto* filters = new QHBoxLayout;
    m_unit = new UnitPicker(this);
    m_unit->setObjectName(QStringLiteral("todoUnit"));
    m_unit->setPlaceholderText(tr("All units (type to choose one and everything below it)"));
    m_within = new QSpinBox(this);
    m_within->setObjectName(QStringLiteral("todoWithin"));
    m_within->setRange(1, 60);
    m_within->setValue(5);
    m_within->setPrefix(tr("Due within "));
    m_within->setSuffix(tr(" working days"));
    filters->addWidget(m_unit, 2);
    filters->addWidget(m_within);
    layout->addLayout(filters);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("todoSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_calendarNote = new QLabel(this);
    m_calendarNote->setObjectName(QStringLiteral("todoCalendarNote"));
    m_calendarNote->setWordWrap(true);
    m_calendarNote->setStyleSheet(Palette::note());
    m_calendarNote->hide();
    layout->addWidget(m_calendarNote);
    m_view = listView(m_model, "todoView", this);
    layout->addWidget(m_view, 3);
    m_requestsLabel = heading(tr("Extension requests awaiting a decision"), this, 1.0);
    layout->addWidget(m_requestsLabel);
    m_requestsView = listView(m_requests, "todoRequestsView", this);
    // A few requests at a time: the lines that fall due keep the room.
    m_requestsView->setMaximumHeight(m_requestsView->fontMetrics().height() * 10);
    layout->addWidget(m_requestsView, 1);
    auto* hint = new QLabel(tr("Double-click a line to open its hazard: record progress, verify it, or request a "
                               "later deadline there. Deadlines count working days on the calendar of File ▸ "
                               "Working calendar."),
                            this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    connect(m_unit, &UnitPicker::unitChanged, this, &TodoPage::refresh);
    connect(m_within, &QSpinBox::valueChanged, this, &TodoPage::refresh);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { emit hazardRequested(m_model->hazardId(index.row())); });
    connect(m_requestsView, &QTableView::activated, this,
            [this](const QModelIndex& index) { emit hazardRequested(m_requests->idAt(index.row())); });
    setDatabase(nullptr);
}

void TodoPage::setDatabase(Database* db)
{
    m_db = db;
    setEnabled(db != nullptr);
    m_unit->setDatabase(db);
    m_announce = db != nullptr;
    refresh();
}

void TodoPage::refresh()
{
    if (!m_db) {
        dropReads();
        m_model->setItems({});
        m_requests->setRows({});
        m_summary->clear();
        return;
    }
    m_summary->setText(tr("Reading the list…"));
    DueFilter filter;
    filter.orgId = m_unit->unitId();
    filter.asOf = m_db->today();
    filter.withinWorkingDays = m_within->value();
    readThenShow(
        *m_db, [filter](Database& db) { return readTodo(db, filter); },
        [this, within = filter.withinWorkingDays](Todo t) {
            if (!t.error.isEmpty()) {
                m_summary->setText(t.error);
                return;
            }
            const DueList::Counts& c = t.counts;
            m_summary->setText(tr("Overdue %1 · due today %2 · this week %3 · within %4 working days %5 · "
                                  "awaiting verification %6 · extension requests %7")
                                   .arg(Formats::number(c.overdue), Formats::number(c.dueToday),
                                        Formats::number(c.dueThisWeek), QString::number(within),
                                        Formats::number(c.dueSoon), Formats::number(c.awaitingVerification),
                                        Formats::number(t.pendingRequests)));
            m_calendarNote->setVisible(!t.uncoveredYears.isEmpty());
            m_calendarNote->setText(tr("No holiday calendar for %1: Monday to Friday are counted as working days. "
                                       "An administrator can import the year's notice in File ▸ Working calendar.")
                                        .arg(t.uncoveredYears.join(QStringLiteral("、"))));
            m_model->setItems(std::move(t.items));
            fitColumnsNow(m_view, 320);
            m_requestsLabel->setVisible(t.pendingRequests > 0);
            m_requestsView->setVisible(t.pendingRequests > 0);
            m_requests->setRows(std::move(t.requests));
            if (m_announce) {
                m_announce = false;
                emit statusMessage(
                    tr("Due today: %1 · this week: %2 · overdue: %3 (see To-do)")
                        .arg(Formats::number(c.dueToday), Formats::number(c.dueThisWeek), Formats::number(c.overdue)));
            }
        });
}

} // namespace safeledger
