#include "PlanDialog.h"

#include "FieldErrors.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/ArchiveQueries.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

namespace safeledger {

namespace {
// An item's data: the grid's id, or minus the officer's person id.
qint64 targetKey(const InspectionPlan& p)
{
    return p.gridId ? *p.gridId : -p.personId.value_or(0);
}

int* ruleOf(InspectionPlan& p, size_t i)
{
    int* rules[] = {&p.everyRed, &p.everyOrange, &p.everyYellow, &p.everyBlue, &p.everyOther};
    return rules[i];
}
} // namespace

PlanDialog::PlanDialog(Database& db, qint64 planId, int year, QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("planDialog"));
    resize(520, 0);
    auto* form = new QFormLayout(this);
    m_for = new QComboBox(this);
    m_for->setObjectName(QStringLiteral("forInput"));
    ArchiveQueries archive(db);
    for (const Grid& g : archive.liveGrids()) {
        m_for->addItem(tr("%1 (grid)").arg(QString::fromStdString(g.name)), QVariant::fromValue<qint64>(g.id));
    }
    for (const Person& p : archive.gridOfficers()) {
        m_for->addItem(tr("%1 (officer)").arg(QString::fromStdString(p.name)), QVariant::fromValue<qint64>(-p.id));
    }
    form->addRow(tr("Plan &for"), m_for);
    bindField(form, QStringLiteral("grid"), m_for);
    bindField(form, QStringLiteral("person"), m_for);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("yearInput"));
    m_year->setRange(1990, 2999);
    m_year->setValue(year);
    form->addRow(tr("&Year"), m_year);
    bindField(form, QStringLiteral("year"), m_year);
    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("monthInput"));
    m_month->addItem(tr("The whole year"), 0);
    for (int m = 1; m <= 12; ++m) {
        m_month->addItem(QLocale().standaloneMonthName(m), m);
    }
    form->addRow(tr("&Month"), m_month);
    bindField(form, QStringLiteral("month"), m_month);
    m_inspections = new QSpinBox(this);
    m_inspections->setObjectName(QStringLiteral("inspectionsInput"));
    m_inspections->setRange(0, 100000);
    m_inspections->setSpecialValueText(tr("no quota"));
    form->addRow(tr("&Inspections a month (家次)"), m_inspections);
    bindField(form, QStringLiteral("monthly_inspections"), m_inspections);
    m_units = new QSpinBox(this);
    m_units->setObjectName(QStringLiteral("unitsInput"));
    m_units->setRange(0, 100000);
    m_units->setSpecialValueText(tr("no quota"));
    form->addRow(tr("Different &units a month"), m_units);
    bindField(form, QStringLiteral("monthly_units"), m_units);
    const QString labels[] = {tr("&Red units"), tr("&Orange units"), tr("Y&ellow units"), tr("&Blue units"),
                              tr("O&ther units")};
    const char* fields[] = {"every_red", "every_orange", "every_yellow", "every_blue", "every_other"};
    for (size_t i = 0; i < m_every.size(); ++i) {
        auto* rule = m_every[i] = new QComboBox(this);
        rule->setObjectName(QString::fromLatin1(fields[i]) + QStringLiteral("Input"));
        rule->addItem(i == 4 ? tr("no rule") : tr("as the other units"), 0);
        rule->addItem(tr("every month"), 1);
        rule->addItem(tr("every two months"), 2);
        rule->addItem(tr("every quarter"), 3);
        rule->addItem(tr("every four months"), 4);
        rule->addItem(tr("every half year"), 6);
        rule->addItem(tr("once a year"), 12);
        form->addRow(labels[i], rule);
        bindField(form, QString::fromLatin1(fields[i]), rule);
    }
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteInput"));
    form->addRow(tr("N&ote"), m_note);
    bindField(form, QStringLiteral("note"), m_note);
    addButtons(form, QStringLiteral("planError"));
    setRefusalText(tr("The plan was not saved: %1"));
    if (planId != 0) {
        try {
            m_plan = Repository<InspectionPlan>(db).get(planId);
        } catch (const Error& e) {
            showMessage(FieldErrors::describe(e));
            okButton()->setEnabled(false);
        }
    }
    setWindowTitle(m_plan.id == 0 ? tr("New inspection plan") : tr("Correct inspection plan"));
    if (m_plan.id != 0) {
        m_for->setCurrentIndex(m_for->findData(QVariant::fromValue<qint64>(targetKey(m_plan))));
        m_year->setValue(m_plan.year);
        m_month->setCurrentIndex(m_plan.month.value_or(0));
        m_inspections->setValue(m_plan.monthlyInspections);
        m_units->setValue(m_plan.monthlyUnits);
        for (size_t i = 0; i < m_every.size(); ++i) {
            m_every[i]->setCurrentIndex(m_every[i]->findData(*ruleOf(m_plan, i)));
        }
        m_note->setText(QString::fromStdString(m_plan.note));
    } else {
        // What the seeds ask of a grid: red every month, orange every quarter, the others yearly.
        m_every[0]->setCurrentIndex(m_every[0]->findData(1));
        m_every[1]->setCurrentIndex(m_every[1]->findData(3));
        m_every[4]->setCurrentIndex(m_every[4]->findData(12));
    }
}

void PlanDialog::save()
{
    InspectionPlan p = m_plan; // a copy: a refused save leaves the form and the record as they were
    if (m_for->currentIndex() < 0) {
        FieldErrors::fail("grid", tr("Choose the grid or the officer the plan is for; record a grid and its "
                                     "officers on the Grids page first."));
    }
    const qint64 key = m_for->currentData().value<qint64>();
    p.gridId.reset();
    p.personId.reset();
    if (key > 0) {
        p.gridId = key;
    } else {
        p.personId = -key;
    }
    p.year = m_year->value();
    const int month = m_month->currentData().toInt();
    p.month = month > 0 ? std::optional<int>(month) : std::nullopt;
    p.monthlyInspections = m_inspections->value();
    p.monthlyUnits = m_units->value();
    for (size_t i = 0; i < m_every.size(); ++i) {
        *ruleOf(p, i) = m_every[i]->currentData().toInt();
    }
    p.note = m_note->text().trimmed().toStdString();
    RecordService records(m_db);
    if (p.id == 0) {
        records.add(p);
    } else {
        records.update(p);
    }
    m_plan = p;
}

} // namespace safeledger
