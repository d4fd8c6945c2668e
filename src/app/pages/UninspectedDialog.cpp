#include "UninspectedDialog.h"

#include "EnumText.h"
#include "FieldErrors.h"
#include "Formats.h"
#include "QtDates.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/Statistics.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace safeledger {

UninspectedDialog::UninspectedDialog(Database& db, int64_t scope, const Period& period, const Date& asOf,
                                     const QString& heading, bool mayInspect, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_scope(scope)
    , m_period(period)
    , m_asOf(asOf)
    , m_mayInspect(mayInspect)
{
    setObjectName(QStringLiteral("uninspectedDialog"));
    setWindowTitle(tr("Units not yet inspected"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(heading, this);
    title->setWordWrap(true);
    layout->addWidget(title);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("uninspectedCount"));
    m_count->setWordWrap(true);
    layout->addWidget(m_count);

    m_model = new TextTableModel(
        {tr("Risk"), tr("Unit"), tr("Belongs to"), tr("Kind"), tr("Last inspected"), tr("Days since")}, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("uninspectedView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_start = buttons->addButton(tr("&Start inspection"), QDialogButtonBox::ActionRole);
    m_start->setObjectName(QStringLiteral("startInspectionButton"));
    m_start->setToolTip(mayInspect ? tr("Open the inspection form on this unit")
                                   : tr("Your account may not record inspections"));
    m_open = buttons->addButton(tr("&Open unit"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("openUnitButton"));
    m_more = buttons->addButton(tr("Show &more"), QDialogButtonBox::ActionRole);
    m_more->setObjectName(QStringLiteral("showMoreButton"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &QPushButton::clicked, this, &UninspectedDialog::startInspection);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const auto unit = chosenUnit()) {
            emit unitRequested(*unit);
            accept();
        }
    });
    connect(m_more, &QPushButton::clicked, this, &UninspectedDialog::showMore);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_mayInspect) {
            startInspection();
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UninspectedDialog::updateButtons);

    showMore();
    m_view->resizeColumnsToContents();
    resize(760, 520);
}

qint64 UninspectedDialog::unitAt(int row) const
{
    return m_model->idAt(row);
}

void UninspectedDialog::showMore()
{
    UninspectedPage page;
    try {
        page = Statistics(m_db).uninspected(m_scope, m_period, m_asOf, kPage, static_cast<int>(m_rows.size()));
    } catch (const Error& e) {
        // E.g. the scope unit is gone from a database another program changed: say so, keep the rows.
        m_count->setText(FieldErrors::describe(e));
        m_more->hide();
        return;
    }
    m_total = page.total;
    for (const UninspectedRow& r : page.rows) {
        TextTableModel::Row row;
        const auto colour = enumFromText<RiskColour>(r.riskColour);
        const auto kind = enumFromText<OrgKind>(r.kind);
        QString since = QStringLiteral("—");
        if (r.lastInspected) {
            since = Formats::number(m_asOf.dayNumber() - r.lastInspected->dayNumber());
        }
        row.cells = {colour && *colour != RiskColour::None ? EnumText::label(*colour, "RiskColour")
                                                           : QStringLiteral("—"),
                     QString::fromStdString(r.name),
                     QString::fromStdString(r.parentName),
                     kind ? EnumText::label(*kind, "OrgKind") : QString::fromStdString(r.kind),
                     r.lastInspected ? toText(*r.lastInspected) : tr("never"),
                     since};
        row.id = r.orgId;
        if (colour == RiskColour::Red) {
            row.foreground = QColor(0xc0, 0x20, 0x20);
        }
        m_rows.push_back(std::move(row));
    }
    m_model->setRows(m_rows);
    const auto shown = static_cast<int64_t>(m_rows.size());
    m_count->setText(m_total == 0      ? tr("Every unit to inspect has been inspected in this period.")
                     : shown < m_total ? tr("%1 units not inspected; the first %2 are listed.")
                                             .arg(Formats::number(m_total), Formats::number(shown))
                                       : tr("%1 units not inspected.").arg(Formats::number(m_total)));
    updateButtons();
}

std::optional<qint64> UninspectedDialog::chosenUnit() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? std::nullopt : std::optional<qint64>(unitAt(rows.first().row()));
}

bool UninspectedDialog::startInspection()
{
    const auto unit = chosenUnit();
    if (!unit || !m_mayInspect) {
        return false;
    }
    emit inspectionRequested(*unit);
    accept();
    return true;
}

void UninspectedDialog::updateButtons()
{
    const bool chosen = m_view->selectionModel()->hasSelection();
    m_start->setEnabled(chosen && m_mayInspect);
    m_open->setEnabled(chosen);
    m_more->setVisible(static_cast<int64_t>(m_rows.size()) < m_total);
}

} // namespace safeledger
