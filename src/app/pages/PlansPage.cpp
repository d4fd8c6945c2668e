#include "PlansPage.h"

#include "ColumnWidths.h"
#include "EnumText.h"
#include "FieldErrors.h"
#include "Formats.h"
#include "Permissions.h"
#include "PlanDialog.h"
#include "QtDates.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"
#include "safeledger/storage/Statistics.h"

#include <QPushButton>
#include <QStringList>
#include <QTableView>

#include <set>

namespace safeledger {

namespace {
using Formats::u8;

QString everyText(int months)
{
    switch (months) {
    case 1:
        return PlansPage::tr("every month");
    case 3:
        return PlansPage::tr("every quarter");
    case 6:
        return PlansPage::tr("every half year");
    case 12:
        return PlansPage::tr("once a year");
    default:
        return PlansPage::tr("every %n month(s)", nullptr, months);
    }
}

// What the plan asks, in a few words: "≥ 20 inspections, ≥ 10 units a month; red every month, …".
QString asks(const InspectionPlan& p)
{
    QStringList parts;
    if (p.monthlyInspections > 0) {
        parts << PlansPage::tr("%n inspection(s) a month", nullptr, p.monthlyInspections);
    }
    if (p.monthlyUnits > 0) {
        parts << PlansPage::tr("%n unit(s) a month", nullptr, p.monthlyUnits);
    }
    const std::pair<int, RiskColour> rules[] = {{p.everyRed, RiskColour::Red},
                                                {p.everyOrange, RiskColour::Orange},
                                                {p.everyYellow, RiskColour::Yellow},
                                                {p.everyBlue, RiskColour::Blue}};
    for (const auto& [months, colour] : rules) {
        if (months > 0) {
            parts << PlansPage::tr("%1 %2").arg(EnumText::label(colour, "RiskColour"), everyText(months));
        }
    }
    if (p.everyOther > 0) {
        parts << PlansPage::tr("others %1").arg(everyText(p.everyOther));
    }
    return parts.join(PlansPage::tr("; "));
}

QString statusText(PlanUnitStatus s)
{
    switch (s) {
    case PlanUnitStatus::Overdue:
        return PlansPage::tr("Overdue");
    case PlanUnitStatus::Due:
        return PlansPage::tr("Due", "a unit's status: not yet inspected in a running period");
    case PlanUnitStatus::Done:
        return PlansPage::tr("Done");
    }
    return {};
}
} // namespace

PlansPage::PlansPage(QWidget* parent)
    : YearListPage(tr("Inspection plans and their progress"),
                   {tr("Plan for"), tr("Period"), tr("Asks"), tr("Months met"),
                    tr("Due", "column: the (unit, period) pairs due"), tr("Done"), tr("Overdue"), tr("Open"),
                    tr("Completion")},
                   QStringLiteral("plan"), &PlansPage::readListing, tr("Reading the plans…"), parent)
{
    m_newButton = addButton(tr("&New plan…"), "newPlanButton");
    m_inspectButton = addButton(tr("&Inspect unit"), "inspectPlanUnitButton");
    m_voidButton = addButton(tr("&Void…"), "voidPlanButton");
    connect(m_newButton, &QPushButton::clicked, this, [this] { openForm(0); });
    connect(m_inspectButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_unitView->currentIndex();
        inspectUnit(current.isValid() ? current.row() : -1);
    });
    connect(m_voidButton, &QPushButton::clicked, this, [this] { startVoid(currentRow()); });
    m_units = new TextTableModel({tr("Status"), tr("Unit"), tr("Colour"), tr("How often"), tr("Due by"),
                                  tr("Last inspected"), tr("Periods missed")},
                                 this);
    m_unitView =
        addTable(tr("The units of the chosen plan: overdue first, then due"), m_units, QStringLiteral("planUnitsView"));
    connect(m_unitView, &QTableView::activated, this, [this](const QModelIndex& index) { inspectUnit(index.row()); });
    setDatabase(nullptr);
}

void PlansPage::enableFor(Database* db)
{
    m_newButton->setEnabled(offers(db, Action::PlanInspections));
    m_inspectButton->setEnabled(offers(db, Action::RecordInspections));
    m_voidButton->setEnabled(offers(db, Action::VoidRecords));
}

void PlansPage::chosen(int row)
{
    m_units->setRows(row >= 0 && static_cast<size_t>(row) < m_details.size() ? m_details[static_cast<size_t>(row)]
                                                                             : std::vector<TextTableModel::Row>{});
    fitColumns(m_unitView);
}

PlansPage::Listing PlansPage::readListing(Database& db, int year)
{
    Listing listing;
    try {
        const Date asOf = std::min(db.today(), Period::year(year).to);
        const auto plans = Statistics(db).plans(0, year, asOf);
        const auto count = [](int64_t n) { return Formats::number(n); };
        std::set<int64_t> overdue; // units overdue in any plan, each once
        for (const PlanProgress& r : plans) {
            const InspectionPlan& p = r.plan;
            // A grid by its name (网格 is in most names), an officer marked as one.
            const QString target = p.gridId ? u8(r.target) : tr("%1 (officer)").arg(u8(r.target));
            const QString period = u8(p.periodText());
            const QString met =
                p.hasQuota() ? tr("%1 of %2").arg(count(r.monthsMet), count(r.monthsEnded)) : QStringLiteral("—");
            const auto rule = [&](int64_t n) { return p.hasRules() ? count(n) : QStringLiteral("—"); };
            listing.rows.push_back({{target, period, asks(p), met, rule(r.due), rule(r.done), rule(r.overdue),
                                     rule(r.open), Formats::percent(r.completion)},
                                    p.id,
                                    r.overdue > 0 ? QColor(0xc0, 0x20, 0x20) : QColor()});
            std::vector<TextTableModel::Row> units;
            for (const PlanUnitRow& u : r.units) {
                if (u.status == PlanUnitStatus::Overdue) {
                    overdue.insert(u.orgId);
                }
                const auto colour = enumFromText<RiskColour>(u.riskColour);
                units.push_back({{statusText(u.status), u8(u.name),
                                  colour && *colour != RiskColour::None ? EnumText::label(*colour, "RiskColour")
                                                                        : QStringLiteral("—"),
                                  everyText(u.everyMonths), toText(u.periodTo),
                                  u.lastInspected ? toText(*u.lastInspected) : tr("never"), count(u.periodsMissed)},
                                 u.orgId,
                                 u.status == PlanUnitStatus::Overdue ? QColor(0xc0, 0x20, 0x20) : QColor()});
            }
            listing.details.push_back(std::move(units));
        }
        listing.summary =
            tr("%n plan(s) as of %1. Units overdue: %2. A month is met when both quotas are reached; a unit is "
               "due once in each period of its rule (a quarter: January to March, …).",
               nullptr, static_cast<int>(plans.size()))
                .arg(toText(asOf))
                .arg(Formats::number(static_cast<int64_t>(overdue.size())));
    } catch (const Error& e) {
        listing.error = FieldErrors::describe(e);
    }
    return listing;
}

QDialog* PlansPage::openForm(qint64 planId)
{
    Database* db = database();
    if (!db) {
        return nullptr;
    }
    auto* dialog = new PlanDialog(*db, planId, year(), this); // a new plan for the year shown
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!offers(db, Action::PlanInspections)) {
        dialog->okButton()->setEnabled(false);
    }
    connect(dialog, &QDialog::accepted, this, [this] {
        emit statusMessage(tr("Plan saved."));
        refresh();
        emit saved();
    });
    dialog->open();
    return dialog;
}

bool PlansPage::inspectUnit(int row)
{
    const qint64 org = row >= 0 ? m_units->idAt(row) : 0;
    if (!offers(database(), Action::RecordInspections) || org == 0) {
        emit statusMessage(tr("Choose a plan, then a unit of it, first."));
        return false;
    }
    emit inspectionRequested(org);
    return true;
}

QDialog* PlansPage::startVoid(int row)
{
    const qint64 id = row >= 0 ? model()->idAt(row) : 0;
    if (!offers(database(), Action::VoidRecords) || id == 0) {
        emit statusMessage(tr("Choose a plan in the list first."));
        return nullptr;
    }
    Database& db = *database();
    return askVoid(
        tr("Void plan"),
        tr("Void the plan for %1, %2?")
            .arg(model()->data(model()->index(row, 0)).toString(), model()->data(model()->index(row, 1)).toString()),
        [&db, id](const std::string& reason) {
            InspectionPlan plan = Repository<InspectionPlan>(db).get(id);
            RecordService(db).voidRecord(plan, reason);
        },
        tr("Plan voided."));
}

} // namespace safeledger
