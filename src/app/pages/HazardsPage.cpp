#include "HazardsPage.h"
#include "Permissions.h"

#include "EnumText.h"
#include "HazardDetailPage.h"
#include "HazardEditor.h"
#include "HazardTableModel.h"
#include "Palette.h"
#include "QtDates.h"
#include "UnitPicker.h"
#include "safeledger/storage/CalendarStore.h"
#include "safeledger/storage/Database.h"
#include "safeledger/storage/HazardService.h"
#include "ui_HazardsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>

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
    , m_ui(std::make_unique<Ui::HazardsPage>())
    , m_model(new HazardTableModel(this))
{
    m_ui->setupUi(this);
    m_ui->statusFilter->addItem(tr("Open (not closed)"), kOpen);
    m_ui->statusFilter->addItem(tr("Overdue"), kOverdue);
    m_ui->statusFilter->addItem(tr("All but voided"), kLive);
    for (const auto& e : enumEntries<HazardStatus>()) {
        m_ui->statusFilter->addItem(EnumText::label(e.value, "HazardStatus"), QString::fromUtf8(e.code));
    }
    m_ui->gradeFilter->addItem(tr("Any grade"), QString());
    for (const auto& e : enumEntries<HazardGrade>()) {
        m_ui->gradeFilter->addItem(EnumText::label(e.value, "HazardGrade"), QString::fromUtf8(e.code));
    }
    m_ui->categoryFilter->addItem(tr("Any category"), QString());
    for (const auto& e : enumEntries<HazardCategory>()) {
        m_ui->categoryFilter->addItem(EnumText::label(e.value, "HazardCategory"), QString::fromUtf8(e.code));
    }
    EnumText::fill<Sector>(m_ui->sectorFilter, "Sector", true, tr("Any sector"));
    m_ui->filterOrigin->setStyleSheet(Palette::note());
    m_ui->hazardsHint->setForegroundRole(QPalette::PlaceholderText);

    QTableView* view = m_ui->hazardTable;
    view->setModel(m_model);
    // A fixed row height: the view never measures a million rows.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // The description keeps a readable width and the last column takes what is left (the form
    // stretches it); on a narrow screen the list scrolls sideways rather than cutting labels or
    // squeezing the description away.
    view->horizontalHeader()->setSortIndicatorShown(true);
    view->horizontalHeader()->setSortIndicator(HazardTableModel::FoundOn, Qt::DescendingOrder);
    view->horizontalHeader()->setSectionsClickable(true);
    const std::pair<int, int> widths[] = {
        {HazardTableModel::Id, 64},           {HazardTableModel::Unit, 160},       {HazardTableModel::FoundOn, 90},
        {HazardTableModel::Category, 80},     {HazardTableModel::Grade, 80},       {HazardTableModel::Location, 110},
        {HazardTableModel::Description, 280}, {HazardTableModel::Deadline, 90},    {HazardTableModel::Status, 90},
        {HazardTableModel::Overdue, 70},      {HazardTableModel::Supervision, 100}};
    // The vocabulary columns are as wide as their widest label in this language, and every column
    // as wide as its title (with room for the sort arrow): nothing is cut to "Awaiting ve…".
    const QFontMetrics cells(view->font());
    const QFontMetrics titles(view->horizontalHeader()->font());
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
        view->setColumnWidth(column, fitted);
    }

    m_textDelay = new QTimer(this);
    m_textDelay->setSingleShot(true);
    m_textDelay->setInterval(300);
    connect(m_textDelay, &QTimer::timeout, this, &HazardsPage::applyFilter);
    connect(m_ui->textFilter, &QLineEdit::textChanged, m_textDelay, qOverload<>(&QTimer::start));
    for (QComboBox* combo : {m_ui->statusFilter, m_ui->gradeFilter, m_ui->categoryFilter, m_ui->sectorFilter}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &HazardsPage::applyFilter);
    }
    connect(m_ui->listedFilter, &QCheckBox::toggled, this, &HazardsPage::applyFilter);
    connect(m_ui->periodFilter, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->periodFrom->setEnabled(on);
        m_ui->periodTo->setEnabled(on);
        applyFilter();
    });
    connect(m_ui->periodFrom, &QDateEdit::dateChanged, this, &HazardsPage::applyFilter);
    connect(m_ui->periodTo, &QDateEdit::dateChanged, this, &HazardsPage::applyFilter);
    connect(m_ui->unitFilter, &UnitPicker::unitChanged, this, &HazardsPage::applyFilter);
    connect(m_ui->hazardTable->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                if (HazardTableModel::isSortable(column)) {
                    m_model->sort(column, order);
                }
            });
    connect(m_ui->hazardTable, &QTableView::activated, this, &HazardsPage::openRow);
    connect(m_ui->registerHazardButton, &QPushButton::clicked, this, &HazardsPage::registerHazard);
    const auto showCount = [this] {
        m_ui->hazardCount->setText(m_model->isLoading() ? tr("Counting…")
                                                        : tr("%n hazard(s)", nullptr, m_model->rowCount()));
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, showCount);
    connect(m_model, &HazardTableModel::loadingChanged, this, showCount);
    connect(m_model, &HazardTableModel::loadFailed, this, &LedgerPage::statusMessage);
    connect(m_ui->hazardDetailPage, &HazardDetailPage::backRequested, this, &HazardsPage::showList);
    connect(m_ui->hazardDetailPage, &HazardDetailPage::unitRequested, this, &LedgerPage::unitRequested);
    connect(m_ui->hazardDetailPage, &HazardDetailPage::statusMessage, this, &LedgerPage::statusMessage);
    connect(m_ui->hazardDetailPage, &HazardDetailPage::changed, this, [this] {
        m_model->reload();
        emit saved();
    });
    setDatabase(nullptr);
}

HazardsPage::~HazardsPage() = default;

HazardDetailPage* HazardsPage::detail() const
{
    return m_ui->hazardDetailPage;
}

void HazardsPage::setDatabase(Database* db)
{
    m_db = db;
    setEnabled(db != nullptr);
    m_ui->unitFilter->setDatabase(db);
    m_ui->registerHazardButton->setEnabled(offers(db, Action::RegisterHazards));
    m_ui->hazardDetailPage->setDatabase(db);
    if (db) {
        const QDate today = toQDate(db->today());
        m_ui->periodFrom->setDate(QDate(today.year(), 1, 1));
        m_ui->periodTo->setDate(today);
    }
    m_ui->stack->setCurrentIndex(0);
    m_model->setDatabase(db);
    applyFilter();
}

void HazardsPage::refresh()
{
    m_model->reload();
    if (m_ui->stack->currentWidget() == m_ui->hazardDetailPage) {
        m_ui->hazardDetailPage->reload();
    }
}

void HazardsPage::applyFilter()
{
    m_ui->filterOrigin->hide();
    HazardFilter filter;
    const QString status = m_ui->statusFilter->currentData().toString();
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
    if (const auto g = enumFromText<HazardGrade>(m_ui->gradeFilter->currentData().toString().toStdString())) {
        filter.grade = *g;
    }
    if (const auto c = enumFromText<HazardCategory>(m_ui->categoryFilter->currentData().toString().toStdString())) {
        filter.category = *c;
    }
    if (const QString code = m_ui->sectorFilter->currentData().toString(); !code.isEmpty()) {
        filter.sector = enumFromText<Sector>(code.toStdString());
    }
    filter.orgId = m_ui->unitFilter->unitId();
    if (m_ui->periodFilter->isChecked()) {
        filter.found = Period{fromQDate(m_ui->periodFrom->date()), fromQDate(m_ui->periodTo->date())};
    }
    filter.listedOnly = m_ui->listedFilter->isChecked();
    filter.text = m_ui->textFilter->text().trimmed().toStdString();
    m_model->setFilter(filter);
}

void HazardsPage::showFiltered(const HazardFilter& filter, const QString& description)
{
    // Show in the controls what they can say, without letting them apply their own filter.
    const QSignalBlocker blockers[] = {QSignalBlocker(m_ui->statusFilter),   QSignalBlocker(m_ui->gradeFilter),
                                       QSignalBlocker(m_ui->categoryFilter), QSignalBlocker(m_ui->sectorFilter),
                                       QSignalBlocker(m_ui->unitFilter),     QSignalBlocker(m_ui->periodFilter),
                                       QSignalBlocker(m_ui->periodFrom),     QSignalBlocker(m_ui->periodTo),
                                       QSignalBlocker(m_ui->listedFilter),   QSignalBlocker(m_ui->textFilter)};
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
    m_ui->statusFilter->setCurrentIndex(std::max(0, m_ui->statusFilter->findData(status)));
    m_ui->gradeFilter->setCurrentIndex(
        std::max(0, m_ui->gradeFilter->findData(filter.grade ? QString::fromUtf8(toCode(*filter.grade)) : QString())));
    m_ui->categoryFilter->setCurrentIndex(std::max(
        0, m_ui->categoryFilter->findData(filter.category ? QString::fromUtf8(toCode(*filter.category)) : QString())));
    m_ui->sectorFilter->setCurrentIndex(std::max(
        0, m_ui->sectorFilter->findData(filter.sector ? QString::fromUtf8(toCode(*filter.sector)) : QString())));
    m_ui->unitFilter->setUnitId(filter.orgId && *filter.orgId > 0 ? filter.orgId : std::nullopt);
    m_ui->periodFilter->setChecked(filter.found.has_value());
    m_ui->periodFrom->setEnabled(filter.found.has_value());
    m_ui->periodTo->setEnabled(filter.found.has_value());
    if (filter.found) {
        m_ui->periodFrom->setDate(toQDate(filter.found->from));
        m_ui->periodTo->setDate(toQDate(filter.found->to));
    }
    m_ui->listedFilter->setChecked(filter.listedOnly);
    m_ui->textFilter->setText(QString::fromUtf8(filter.text));
    m_ui->stack->setCurrentIndex(0);
    m_model->setFilter(filter);
    m_ui->filterOrigin->setText(tr("Showing: %1. Change a filter to leave this list.").arg(description));
    m_ui->filterOrigin->show();
}

void HazardsPage::openRow(const QModelIndex& index)
{
    const qint64 id = m_model->hazardId(index.row());
    if (id != 0) {
        showHazard(id);
    }
}

void HazardsPage::registerHazard()
{
    if (!offers(m_db, Action::RegisterHazards)) {
        return;
    }
    auto* editor = new HazardEditor(this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setToday(m_db->today());
    editor->setCalendar(CalendarStore(*m_db).calendar());
    editor->setRegistration(m_db);
    Hazard h;
    h.source = HazardSource::PublicReport;
    h.orgId = m_ui->unitFilter->unitId().value_or(0); // the unit the list shows, if one
    editor->setHazard(h);
    editor->setSaveFunction([this](Hazard& hazard) { HazardService(*m_db).registerHazard(hazard); });
    connect(editor, &QDialog::accepted, this, [this, editor] {
        const qint64 id = editor->hazard().id;
        m_model->reload();
        emit saved();
        emit statusMessage(tr("Hazard %1 registered.").arg(id));
        showHazard(id);
    });
    editor->open();
}

void HazardsPage::showHazard(qint64 hazardId)
{
    if (m_ui->hazardDetailPage->showHazard(hazardId)) {
        m_ui->stack->setCurrentWidget(m_ui->hazardDetailPage);
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
    m_ui->stack->setCurrentIndex(0);
}

qint64 HazardsPage::shownHazardId() const
{
    return m_ui->stack->currentWidget() == m_ui->hazardDetailPage ? m_ui->hazardDetailPage->hazard().id : 0;
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
    case PageRequest::NewInspection:
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
