#include "HazardsPage.h"

#include "EnumText.h"
#include "HazardDetailPage.h"
#include "HazardTableModel.h"
#include "Palette.h"
#include "QtDates.h"
#include "UnitPicker.h"
#include "safeledger/storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace safeledger {

namespace {
// The status filter's choices beyond the single statuses.
const QString kOpen = QStringLiteral("open");
const QString kOverdue = QStringLiteral("overdue");
const QString kLive = QStringLiteral("live");
} // namespace

HazardsPage::HazardsPage(QWidget* parent)
    : LedgerPage(parent)
    , m_model(new HazardTableModel(this))
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    auto* list = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(list);
    auto* filters = new QGridLayout;
    m_status = new QComboBox(list);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Open (not closed)"), kOpen);
    m_status->addItem(tr("Overdue"), kOverdue);
    m_status->addItem(tr("All but voided"), kLive);
    for (const auto& e : enumEntries<HazardStatus>()) {
        m_status->addItem(EnumText::label(e.value, "HazardStatus"), QString::fromUtf8(e.code));
    }
    m_grade = new QComboBox(list);
    m_grade->setObjectName(QStringLiteral("gradeFilter"));
    m_grade->addItem(tr("Any grade"), QString());
    for (const auto& e : enumEntries<HazardGrade>()) {
        m_grade->addItem(EnumText::label(e.value, "HazardGrade"), QString::fromUtf8(e.code));
    }
    m_category = new QComboBox(list);
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_category->addItem(tr("Any category"), QString());
    for (const auto& e : enumEntries<HazardCategory>()) {
        m_category->addItem(EnumText::label(e.value, "HazardCategory"), QString::fromUtf8(e.code));
    }
    m_sector = new QComboBox(list);
    m_sector->setObjectName(QStringLiteral("sectorFilter"));
    EnumText::fill<Sector>(m_sector, "Sector", true, tr("Any sector"));
    m_unit = new UnitPicker(list);
    m_unit->setObjectName(QStringLiteral("unitFilter"));
    m_unit->setPlaceholderText(tr("Unit and everything below it"));
    m_usePeriod = new QCheckBox(tr("Found between"), list);
    m_usePeriod->setObjectName(QStringLiteral("periodFilter"));
    m_from = new QDateEdit(list);
    m_to = new QDateEdit(list);
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setEnabled(false);
    }
    m_listed = new QCheckBox(tr("Listed supervision only"), list);
    m_listed->setObjectName(QStringLiteral("listedFilter"));
    m_text = new QLineEdit(list);
    m_text->setObjectName(QStringLiteral("textFilter"));
    m_text->setPlaceholderText(tr("Search description and location (e.g. 消防通道)"));
    m_text->setClearButtonEnabled(true);
    filters->addWidget(m_status, 0, 0);
    filters->addWidget(m_grade, 0, 1);
    filters->addWidget(m_category, 0, 2);
    filters->addWidget(m_sector, 0, 3);
    filters->addWidget(m_listed, 0, 4);
    filters->addWidget(m_unit, 1, 0, 1, 2);
    filters->addWidget(m_usePeriod, 1, 2);
    auto* period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(QStringLiteral("–"), list));
    period->addWidget(m_to);
    filters->addLayout(period, 1, 3, 1, 2);
    filters->addWidget(m_text, 2, 0, 1, 4);
    m_count = new QLabel(list);
    m_count->setObjectName(QStringLiteral("hazardCount"));
    filters->addWidget(m_count, 2, 4);
    layout->addLayout(filters);
    m_origin = new QLabel(list);
    m_origin->setObjectName(QStringLiteral("filterOrigin"));
    m_origin->setWordWrap(true);
    m_origin->setStyleSheet(Palette::note());
    m_origin->hide();
    layout->addWidget(m_origin);

    m_view = new QTableView(list);
    m_view->setObjectName(QStringLiteral("hazardTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    // A fixed row height: the view never measures a million rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(24);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // The description keeps a readable width and the last column takes what is left; on a narrow
    // screen the list scrolls sideways rather than cutting labels or squeezing the description away.
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(HazardTableModel::FoundOn, Qt::DescendingOrder);
    m_view->horizontalHeader()->setSectionsClickable(true);
    const std::pair<int, int> widths[] = {
        {HazardTableModel::Id, 64},           {HazardTableModel::Unit, 160},       {HazardTableModel::FoundOn, 90},
        {HazardTableModel::Category, 80},     {HazardTableModel::Grade, 80},       {HazardTableModel::Location, 110},
        {HazardTableModel::Description, 280}, {HazardTableModel::Deadline, 90},    {HazardTableModel::Status, 90},
        {HazardTableModel::Overdue, 70},      {HazardTableModel::Supervision, 100}};
    // The vocabulary columns are as wide as their widest label in this language, and every column
    // as wide as its title (with room for the sort arrow): nothing is cut to "Awaiting ve…".
    const QFontMetrics cells(m_view->font());
    const QFontMetrics titles(m_view->horizontalHeader()->font());
    const std::pair<int, int> labels[] = {
        {HazardTableModel::Category, EnumText::widestLabel<HazardCategory>(cells, "HazardCategory")},
        {HazardTableModel::Grade, EnumText::widestLabel<HazardGrade>(cells, "HazardGrade")},
        {HazardTableModel::Status, EnumText::widestLabel<HazardStatus>(cells, "HazardStatus")},
        {HazardTableModel::Supervision, EnumText::widestLabel<SupervisionLevel>(cells, "SupervisionLevel")}};
    for (const auto& [column, width] : widths) {
        int fitted = width;
        for (const auto& [labelled, widest] : labels) {
            if (labelled == column) {
                fitted = std::max(fitted, widest * 11 / 10 + 16); // bold for major hazards
            }
        }
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        fitted = std::max(fitted, titles.horizontalAdvance(title) + 32);
        m_view->setColumnWidth(column, fitted);
    }
    layout->addWidget(m_view, 1);
    auto* hint = new QLabel(tr("Sort by number, found date or deadline. Overdue hazards are red, major ones bold. "
                               "Double-click a hazard to open it."),
                            list);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    m_stack->addWidget(list);

    m_detail = new HazardDetailPage(m_stack);
    m_detail->setObjectName(QStringLiteral("hazardDetailPage"));
    m_stack->addWidget(m_detail);

    m_textDelay = new QTimer(this);
    m_textDelay->setSingleShot(true);
    m_textDelay->setInterval(300);
    connect(m_textDelay, &QTimer::timeout, this, &HazardsPage::applyFilter);
    connect(m_text, &QLineEdit::textChanged, m_textDelay, qOverload<>(&QTimer::start));
    for (QComboBox* combo : {m_status, m_grade, m_category, m_sector}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &HazardsPage::applyFilter);
    }
    connect(m_listed, &QCheckBox::toggled, this, &HazardsPage::applyFilter);
    connect(m_usePeriod, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &HazardsPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &HazardsPage::applyFilter);
    connect(m_unit, &UnitPicker::unitChanged, this, &HazardsPage::applyFilter);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                if (HazardTableModel::isSortable(column)) {
                    m_model->sort(column, order);
                }
            });
    connect(m_view, &QTableView::activated, this, &HazardsPage::openRow);
    const auto showCount = [this] {
        m_count->setText(m_model->isLoading() ? tr("Counting…") : tr("%n hazard(s)", nullptr, m_model->rowCount()));
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, showCount);
    connect(m_model, &HazardTableModel::loadingChanged, this, showCount);
    connect(m_model, &HazardTableModel::loadFailed, this, &LedgerPage::statusMessage);
    connect(m_detail, &HazardDetailPage::backRequested, this, &HazardsPage::showList);
    connect(m_detail, &HazardDetailPage::unitRequested, this, &LedgerPage::unitRequested);
    connect(m_detail, &HazardDetailPage::statusMessage, this, &LedgerPage::statusMessage);
    connect(m_detail, &HazardDetailPage::changed, this, [this] {
        m_model->reload();
        emit saved();
    });
    setDatabase(nullptr);
}

void HazardsPage::setDatabase(Database* db)
{
    m_db = db;
    setEnabled(db != nullptr);
    m_unit->setDatabase(db);
    m_detail->setDatabase(db);
    if (db) {
        const QDate today = toQDate(db->today());
        m_from->setDate(QDate(today.year(), 1, 1));
        m_to->setDate(today);
    }
    m_stack->setCurrentIndex(0);
    m_model->setDatabase(db);
    applyFilter();
}

void HazardsPage::refresh()
{
    m_model->reload();
    if (m_stack->currentWidget() == m_detail) {
        m_detail->reload();
    }
}

void HazardsPage::applyFilter()
{
    m_origin->hide();
    HazardFilter filter;
    const QString status = m_status->currentData().toString();
    if (status == kOpen) {
        filter.statuses = {HazardStatus::Registered, HazardStatus::Rectifying, HazardStatus::AwaitingVerification};
    } else if (status == kOverdue) {
        filter.overdueAsOf = m_db ? m_db->today() : Date();
    } else if (status == kLive) {
        filter.statuses = {HazardStatus::Registered, HazardStatus::Rectifying, HazardStatus::AwaitingVerification,
                           HazardStatus::Closed};
    } else if (const auto s = enumFromText<HazardStatus>(status.toStdString())) {
        filter.statuses = {*s};
    }
    if (const auto g = enumFromText<HazardGrade>(m_grade->currentData().toString().toStdString())) {
        filter.grade = *g;
    }
    if (const auto c = enumFromText<HazardCategory>(m_category->currentData().toString().toStdString())) {
        filter.category = *c;
    }
    if (const QString code = m_sector->currentData().toString(); !code.isEmpty()) {
        filter.sector = enumFromText<Sector>(code.toStdString());
    }
    filter.orgId = m_unit->unitId();
    if (m_usePeriod->isChecked()) {
        filter.found = Period{fromQDate(m_from->date()), fromQDate(m_to->date())};
    }
    filter.listedOnly = m_listed->isChecked();
    filter.text = m_text->text().trimmed().toStdString();
    m_model->setFilter(filter);
}

void HazardsPage::showFiltered(const HazardFilter& filter, const QString& description)
{
    // Show in the controls what they can say, without letting them apply their own filter.
    const QSignalBlocker blockers[] = {QSignalBlocker(m_status), QSignalBlocker(m_grade), QSignalBlocker(m_category),
                                       QSignalBlocker(m_sector), QSignalBlocker(m_unit),  QSignalBlocker(m_usePeriod),
                                       QSignalBlocker(m_from),   QSignalBlocker(m_to),    QSignalBlocker(m_listed),
                                       QSignalBlocker(m_text)};
    m_textDelay->stop();
    QString status = kLive;
    if (filter.overdueAsOf) {
        status = kOverdue;
    } else if (filter.closed || filter.statuses == std::set<HazardStatus>{HazardStatus::Closed}) {
        status = QString::fromUtf8(toCode(HazardStatus::Closed));
    } else if (filter.statuses == std::set<HazardStatus>{HazardStatus::Registered, HazardStatus::Rectifying,
                                                         HazardStatus::AwaitingVerification}) {
        status = kOpen;
    }
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
    m_grade->setCurrentIndex(
        std::max(0, m_grade->findData(filter.grade ? QString::fromUtf8(toCode(*filter.grade)) : QString())));
    m_category->setCurrentIndex(
        std::max(0, m_category->findData(filter.category ? QString::fromUtf8(toCode(*filter.category)) : QString())));
    m_sector->setCurrentIndex(
        std::max(0, m_sector->findData(filter.sector ? QString::fromUtf8(toCode(*filter.sector)) : QString())));
    m_unit->setUnitId(filter.orgId && *filter.orgId > 0 ? filter.orgId : std::nullopt);
    m_usePeriod->setChecked(filter.found.has_value());
    m_from->setEnabled(filter.found.has_value());
    m_to->setEnabled(filter.found.has_value());
    if (filter.found) {
        m_from->setDate(toQDate(filter.found->from));
        m_to->setDate(toQDate(filter.found->to));
    }
    m_listed->setChecked(filter.listedOnly);
    m_text->setText(QString::fromUtf8(filter.text));
    m_stack->setCurrentIndex(0);
    m_model->setFilter(filter);
    m_origin->setText(tr("Showing: %1. Change a filter to leave this list.").arg(description));
    m_origin->show();
}

void HazardsPage::openRow(const QModelIndex& index)
{
    const qint64 id = m_model->hazardId(index.row());
    if (id != 0) {
        showHazard(id);
    }
}

void HazardsPage::showHazard(qint64 hazardId)
{
    if (m_detail->showHazard(hazardId)) {
        m_stack->setCurrentWidget(m_detail);
    }
}

bool HazardsPage::showFirstHazard()
{
    const qint64 id = m_model->rowCount() > 0 ? m_model->hazardId(0) : 0;
    if (id == 0) {
        return false;
    }
    showHazard(id);
    return true;
}

void HazardsPage::showList()
{
    m_stack->setCurrentIndex(0);
}

qint64 HazardsPage::shownHazardId() const
{
    return m_stack->currentWidget() == m_detail ? m_detail->hazard().id : 0;
}

bool HazardsPage::open(const PageRequest& request)
{
    switch (request.kind) {
    case PageRequest::Hazard:
        showHazard(request.id);
        return true;
    case PageRequest::HazardList:
        showFiltered(request.filter, request.text);
        return true;
    case PageRequest::Part:
        return request.text == QLatin1String("hazardDetail") && showFirstHazard();
    case PageRequest::Unit:
        return false;
    }
    return false;
}

PageRequest HazardsPage::place() const
{
    const qint64 id = shownHazardId();
    return id != 0 ? PageRequest{PageRequest::Hazard, id, {}, {}} : LedgerPage::place();
}

} // namespace safeledger
