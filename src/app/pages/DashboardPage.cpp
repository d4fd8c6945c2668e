#include "DashboardPage.h"

#include "DashboardCharts.h"
#include "EnumText.h"
#include "FigureCard.h"
#include "Formats.h"
#include "OverdueModel.h"
#include "Permissions.h"
#include "QtDates.h"
#include "UninspectedDialog.h"
#include "UnitPicker.h"
#include "ui_DashboardPage.h"

#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace safeledger {

namespace {

using Formats::number;

} // namespace

DashboardPage::DashboardPage(QWidget* parent)
    : LedgerPage(parent)
    , m_ui(std::make_unique<Ui::DashboardPage>())
{
    m_ui->setupUi(this);
    m_ui->scopePicker->setPlaceholderText(tr("All units (type a unit's name)"));
    m_ui->periodKind->addItem(tr("Year"), Year);
    m_ui->periodKind->addItem(tr("Quarter"), Quarter);
    m_ui->periodKind->addItem(tr("Month"), Month);
    m_ui->periodKind->addItem(tr("Date range"), Range);
    for (int q = 1; q <= 4; ++q) {
        m_ui->quarterCombo->addItem(tr("Q%1").arg(q), q);
    }
    for (int m = 1; m <= 12; ++m) {
        m_ui->monthCombo->addItem(QLocale().standaloneMonthName(m), m);
    }
    m_ui->asOfLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->messageLabel->setObjectName(QStringLiteral("dashboardMessage"));

    // Hazards in the first row, the rest of the year's safety work in the second.
    addCard(QStringLiteral("foundCard"), 0, 0, true)->setTitle(tr("Hazards found"));
    addCard(QStringLiteral("rectifiedCard"), 0, 1, true)->setTitle(tr("Rectified"));
    addCard(QStringLiteral("rateCard"), 0, 2, true)->setTitle(tr("Rectification rate"));
    addCard(QStringLiteral("overdueCard"), 0, 3, true)->setTitle(tr("Overdue now"));
    addCard(QStringLiteral("majorCard"), 0, 4, true)->setTitle(tr("Major hazards"));
    addCard(QStringLiteral("verificationCard"), 0, 5, false)->setTitle(tr("Re-inspection pass rate"));
    addCard(QStringLiteral("listedCard"), 1, 0, true)->setTitle(tr("Under listed supervision"));
    addCard(QStringLiteral("inspectionsCard"), 1, 1, true)->setTitle(tr("Inspections"));
    addCard(QStringLiteral("agreementsCard"), 1, 2, false)->setTitle(tr("Responsibility agreements signed"));
    addCard(QStringLiteral("accidentsCard"), 1, 3, false)->setTitle(tr("Accidents"));
    addCard(QStringLiteral("penaltiesCard"), 1, 4, false)->setTitle(tr("Administrative penalties"));
    addCard(QStringLiteral("trainingCard"), 1, 5, false)->setTitle(tr("Training and drills"));

    m_charts = new DashboardCharts(this);
    m_ui->chartsLayout->addWidget(m_charts->monthView(), 0, 0);
    m_ui->chartsLayout->addWidget(m_charts->categoryView(), 0, 1);
    m_ui->chartsLayout->addWidget(m_charts->subUnitView(), 1, 0);
    auto* overdueBox = new QWidget(this);
    auto* overdueLayout = new QVBoxLayout(overdueBox);
    overdueLayout->setContentsMargins(0, 0, 0, 0);
    overdueLayout->setSpacing(2);
    m_overdueTitle = new QLabel(overdueBox);
    m_overdueTitle->setObjectName(QStringLiteral("overdueTitle"));
    m_overdueModel = new OverdueModel(this);
    m_overdueView = new QTableView(overdueBox);
    m_overdueView->setObjectName(QStringLiteral("overdueTable"));
    m_overdueView->setModel(m_overdueModel);
    m_overdueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_overdueView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_overdueView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_overdueView->setWordWrap(false);
    m_overdueView->setAlternatingRowColors(true);
    m_overdueView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_overdueView->verticalHeader()->setDefaultSectionSize(22);
    m_overdueView->verticalHeader()->hide();
    m_overdueView->horizontalHeader()->setSectionResizeMode(OverdueModel::Description, QHeaderView::Stretch);
    m_overdueView->setColumnWidth(OverdueModel::DaysOverdue, 72);
    m_overdueView->setColumnWidth(OverdueModel::Deadline, 84);
    m_overdueView->setColumnWidth(OverdueModel::Unit, 130);
    m_overdueView->setColumnWidth(OverdueModel::Grade, 70);
    overdueLayout->addWidget(m_overdueTitle);
    overdueLayout->addWidget(m_overdueView, 1);
    m_ui->chartsLayout->addWidget(overdueBox, 1, 1);
    m_ui->chartsLayout->setColumnStretch(0, 1);
    m_ui->chartsLayout->setColumnStretch(1, 1);
    m_ui->pageLayout->setStretchFactor(m_ui->chartsLayout, 1);

    connect(m_ui->periodKind, &QComboBox::currentIndexChanged, this, [this] {
        updatePeriodControls();
        request();
    });
    connect(m_ui->yearSpin, &QSpinBox::valueChanged, this, &DashboardPage::request);
    connect(m_ui->quarterCombo, &QComboBox::currentIndexChanged, this, &DashboardPage::request);
    connect(m_ui->monthCombo, &QComboBox::currentIndexChanged, this, &DashboardPage::request);
    connect(m_ui->fromDate, &QDateEdit::dateChanged, this, &DashboardPage::request);
    connect(m_ui->toDate, &QDateEdit::dateChanged, this, &DashboardPage::request);
    connect(m_ui->scopePicker, &UnitPicker::unitChanged, this, &DashboardPage::request);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &DashboardPage::request);
    connect(m_charts, &DashboardCharts::monthClicked, this, &DashboardPage::openMonth);
    connect(m_charts, &DashboardCharts::categoryClicked, this, &DashboardPage::openCategory);
    connect(m_charts, &DashboardCharts::subUnitClicked, this, &DashboardPage::openSubUnit);
    connect(m_overdueView, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const qint64 id = m_overdueModel->hazardId(index.row()); id != 0) {
            emit hazardRequested(id);
        }
    });
    updatePeriodControls();
    setDatabase(nullptr);
}

DashboardPage::~DashboardPage() = default;

FigureCard* DashboardPage::addCard(const QString& name, int row, int column, bool clickable)
{
    auto* card = new FigureCard(this);
    card->setObjectName(name);
    card->setClickable(clickable);
    if (clickable) {
        connect(card, &FigureCard::clicked, this, [this, name] { openCard(name); });
    }
    m_ui->cardsLayout->addWidget(card, row, column);
    m_ui->cardsLayout->setColumnStretch(column, 1);
    m_cards[name] = card;
    return card;
}

void DashboardPage::setDatabase(Database* db)
{
    m_db = db;
    setEnabled(db != nullptr);
    m_settingControls = true;
    m_ui->scopePicker->setDatabase(db);
    m_ui->periodKind->setCurrentIndex(Year);
    if (db) {
        const QDate today = toQDate(db->today());
        m_ui->yearSpin->setValue(today.year());
        m_ui->quarterCombo->setCurrentIndex((today.month() - 1) / 3);
        m_ui->monthCombo->setCurrentIndex(today.month() - 1);
        m_ui->fromDate->setDate(QDate(today.year(), 1, 1));
        m_ui->toDate->setDate(today);
    }
    m_settingControls = false;
    updatePeriodControls();
    m_data = DashboardData();
    m_overdueModel->setRows({});
    if (db) {
        request();
    } else {
        dropReads(); // an answer still on its way is for the previous database
        showMessage(tr("No database is open. Use the File menu to create a new database, open one, or open the demo."));
    }
}

void DashboardPage::refresh()
{
    request();
}

void DashboardPage::setScope(std::optional<int64_t> orgId)
{
    m_ui->scopePicker->setUnitId(orgId);
}

void DashboardPage::selectPeriod(PeriodKind kind, int year, int part)
{
    m_settingControls = true;
    m_ui->periodKind->setCurrentIndex(kind);
    m_ui->yearSpin->setValue(year);
    if (kind == Quarter) {
        m_ui->quarterCombo->setCurrentIndex(part - 1);
    } else if (kind == Month) {
        m_ui->monthCombo->setCurrentIndex(part - 1);
    }
    m_settingControls = false;
    updatePeriodControls();
    request();
}

void DashboardPage::selectRange(const Period& period)
{
    m_settingControls = true;
    m_ui->periodKind->setCurrentIndex(Range);
    m_ui->fromDate->setDate(toQDate(period.from));
    m_ui->toDate->setDate(toQDate(period.to));
    m_settingControls = false;
    updatePeriodControls();
    request();
}

Period DashboardPage::currentPeriod() const
{
    const int year = m_ui->yearSpin->value();
    switch (m_ui->periodKind->currentIndex()) {
    case Quarter:
        return Period::quarter(year, m_ui->quarterCombo->currentIndex() + 1);
    case Month:
        return Period::month(year, m_ui->monthCombo->currentIndex() + 1);
    case Range:
        return Period{fromQDate(m_ui->fromDate->date()), fromQDate(m_ui->toDate->date())};
    default:
        return Period::year(year);
    }
}

void DashboardPage::updatePeriodControls()
{
    const int kind = m_ui->periodKind->currentIndex();
    m_ui->yearSpin->setVisible(kind != Range);
    m_ui->quarterCombo->setVisible(kind == Quarter);
    m_ui->monthCombo->setVisible(kind == Month);
    m_ui->fromDate->setVisible(kind == Range);
    m_ui->toDate->setVisible(kind == Range);
}

void DashboardPage::request()
{
    if (m_settingControls || !m_db) {
        return;
    }
    const Period period = currentPeriod();
    if (period.to < period.from) {
        dropReads(); // an answer still on its way is for other controls
        showMessage(tr("The period ends before it begins."));
        return;
    }
    const int64_t scope = m_ui->scopePicker->unitId().value_or(0);
    m_ui->asOfLabel->setText(tr("Reading the figures…"));
    readThenShow(
        *m_db, [scope, period](Database& db) { return DashboardData::read(db, scope, period); },
        [this](DashboardData data) { receive(std::move(data)); });
}

void DashboardPage::receive(DashboardData data)
{
    if (!data.error.isEmpty()) {
        showMessage(tr("The figures could not be read from the database.") + QLatin1Char('\n') +
                    tr("Details: %1").arg(data.error));
        emit updated();
        return;
    }
    m_data = std::move(data);
    m_ui->messageLabel->hide();
    const FigureSet& s = m_data.figures;
    // Say which last year the changes are taken against (docs/figures.md, "Last year").
    m_ui->asOfLabel->setText(s.previousCut
                                 ? tr("as of %1; compared with last year to the same day, %2 to %3")
                                       .arg(toText(s.asOf), toText(s.previousPeriod.from), toText(s.previousPeriod.to))
                                 : tr("as of %1; compared with last year %2 to %3, as of %4")
                                       .arg(toText(s.asOf), toText(s.previousPeriod.from), toText(s.previousPeriod.to),
                                            toText(s.previousAsOf)));
    showCards();
    m_charts->show(m_data);
    m_overdueModel->setRows(m_data.overdue);
    m_overdueTitle->setText(
        m_data.overdueTotal > static_cast<int64_t>(m_data.overdue.size())
            ? tr("Overdue hazards, longest overdue first: %1 (the first %2 shown)")
                  .arg(number(m_data.overdueTotal), number(static_cast<int64_t>(m_data.overdue.size())))
            : tr("Overdue hazards, longest overdue first: %1").arg(number(m_data.overdueTotal)));
    emit updated();
}

void DashboardPage::showMessage(const QString& message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->show();
    m_ui->asOfLabel->clear();
}

FigureFilters DashboardPage::filters() const
{
    return FigureFilters(m_data.figures.scopeOrgId, m_data.figures.period, m_data.figures.asOf);
}

QString DashboardPage::periodText() const
{
    const Period& p = m_data.figures.period;
    QString text = toText(p.from) + QStringLiteral(" – ") + toText(p.to);
    if (!m_data.figures.scopeName.empty()) {
        text = QString::fromUtf8(m_data.figures.scopeName) + QStringLiteral(", ") + text;
    }
    return text;
}

std::optional<HazardFilter> DashboardPage::cardFilter(const QString& cardName) const
{
    if (m_data.figures.period.from.isNull()) {
        return std::nullopt;
    }
    const FigureFilters f = filters();
    if (cardName == QLatin1String("foundCard")) {
        return f.found();
    }
    if (cardName == QLatin1String("rectifiedCard")) {
        return f.rectified();
    }
    if (cardName == QLatin1String("rateCard") && m_db && m_data.figures.asOf == m_db->today()) {
        return f.open();
    }
    if (cardName == QLatin1String("overdueCard")) {
        return f.overdue();
    }
    if (cardName == QLatin1String("majorCard")) {
        return f.major();
    }
    if (cardName == QLatin1String("listedCard")) {
        return f.listed();
    }
    return std::nullopt;
}

void DashboardPage::openCard(const QString& name)
{
    if (name == QLatin1String("inspectionsCard")) {
        openUninspected();
        return;
    }
    const auto filter = cardFilter(name);
    if (!filter) {
        return;
    }
    const auto it = m_cards.find(name);
    const QString title = it != m_cards.end() ? it->second->title() : name;
    const QString description = name == QLatin1String("overdueCard")
                                    ? tr("%1, as of %2").arg(title, toText(m_data.figures.asOf))
                                    : tr("%1: %2").arg(title, periodText());
    emit hazardListRequested(*filter, description);
}

QDialog* DashboardPage::openUninspected()
{
    if (!m_db || m_data.figures.period.from.isNull()) {
        return nullptr;
    }
    auto* dialog = new UninspectedDialog(
        *m_db, m_data.figures.scopeOrgId, m_data.figures.period, m_data.figures.asOf,
        tr("Units to inspect with no inspection in %1, the riskiest and the longest unseen first.").arg(periodText()),
        offers(m_db, Action::RecordInspections), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UninspectedDialog::inspectionRequested, this, &LedgerPage::inspectionRequested);
    connect(dialog, &UninspectedDialog::unitRequested, this, &LedgerPage::unitRequested);
    dialog->open();
    return dialog;
}

void DashboardPage::openMonth(int year, int month, bool rectified)
{
    const FigureFilters f = filters();
    const QString when = QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
    emit hazardListRequested(rectified ? f.closedInMonth(year, month) : f.foundInMonth(year, month),
                             rectified ? tr("Rectified in %1").arg(when) : tr("Found in %1").arg(when));
}

void DashboardPage::openCategory(int index)
{
    const auto& rows = m_charts->categories();
    if (index < 0 || index >= static_cast<int>(rows.size())) {
        return;
    }
    const HazardCategory category = rows[static_cast<size_t>(index)].category;
    emit hazardListRequested(filters().category(category),
                             tr("%1: %2").arg(EnumText::label(category, "HazardCategory"), periodText()));
}

void DashboardPage::openSubUnit(qint64 orgId)
{
    QString name;
    for (const SubUnitRow& r : m_data.subUnits) {
        if (r.orgId == orgId) {
            name = QString::fromUtf8(r.name);
        }
    }
    const Period& p = m_data.figures.period;
    emit hazardListRequested(filters().subUnit(orgId),
                             tr("Hazards found in %1, %2 – %3").arg(name, toText(p.from), toText(p.to)));
}

} // namespace safeledger
