#include "CalendarDialog.h"

#include "FieldErrors.h"
#include "Palette.h"
#include "Permissions.h"
#include "QtDates.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/CalendarStore.h"
#include "safeledger/storage/ExtensionService.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

namespace safeledger {

namespace {

QTableWidget* table(const QStringList& headers, const char* name, QWidget* parent)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem* cell(const QString& text, const QVariant& key = {})
{
    auto* item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, key);
    return item;
}

} // namespace

CalendarDialog::CalendarDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Working calendar"));
    setObjectName(QStringLiteral("calendarDialog"));
    auto* layout = new QVBoxLayout(this);

    auto* yearsBox = new QGroupBox(tr("Statutory holidays and make-up working days, by year"), this);
    auto* yearsLayout = new QVBoxLayout(yearsBox);
    m_years = table({tr("Year"), tr("Working days"), tr("From"), tr("Follows")}, "calendarYears", yearsBox);
    yearsLayout->addWidget(m_years);
    auto* hint = new QLabel(tr("A year without a notice counts Monday to Friday as working days. When the State "
                               "Council publishes next year's holidays, import them as a text file (format in "
                               "docs/calendar.md)."),
                            yearsBox);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    yearsLayout->addWidget(hint);
    auto* yearButtons = new QHBoxLayout;
    m_import = new QPushButton(tr("Import a year…"), yearsBox);
    m_import->setObjectName(QStringLiteral("importYearButton"));
    m_removeYear = new QPushButton(tr("Remove the imported year"), yearsBox);
    m_removeYear->setObjectName(QStringLiteral("removeYearButton"));
    yearButtons->addWidget(m_import);
    yearButtons->addWidget(m_removeYear);
    yearButtons->addStretch(1);
    yearsLayout->addLayout(yearButtons);
    layout->addWidget(yearsBox, 2);

    auto* daysBox = new QGroupBox(tr("This unit's own days"), this);
    auto* daysLayout = new QVBoxLayout(daysBox);
    m_days = table({tr("Date"), tr("Kind"), tr("Name")}, "calendarLocalDays", daysBox);
    daysLayout->addWidget(m_days);
    auto* dayRow = new QHBoxLayout;
    m_dayDate = new QDateEdit(daysBox);
    m_dayDate->setObjectName(QStringLiteral("localDayDate"));
    m_dayDate->setCalendarPopup(true);
    m_dayDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dayDate->setDate(toQDate(db.today()));
    m_dayName = new QLineEdit(daysBox);
    m_dayName->setObjectName(QStringLiteral("localDayName"));
    m_dayName->setPlaceholderText(tr("Why: a local holiday, a day worked for flood duty…"));
    m_dayWorking = new QCheckBox(tr("Worked"), daysBox);
    m_dayWorking->setObjectName(QStringLiteral("localDayWorking"));
    m_addDay = new QPushButton(tr("Add"), daysBox);
    m_addDay->setObjectName(QStringLiteral("addLocalDayButton"));
    m_removeDay = new QPushButton(tr("Remove"), daysBox);
    m_removeDay->setObjectName(QStringLiteral("removeLocalDayButton"));
    dayRow->addWidget(m_dayDate);
    dayRow->addWidget(m_dayName, 1);
    dayRow->addWidget(m_dayWorking);
    dayRow->addWidget(m_addDay);
    dayRow->addWidget(m_removeDay);
    daysLayout->addLayout(dayRow);
    layout->addWidget(daysBox, 1);

    auto* rulesBox = new QGroupBox(tr("Escalation of overdue hazards (逾期升级督办)"), this);
    auto* rules = new QFormLayout(rulesBox);
    m_generalDays = new QSpinBox(rulesBox);
    m_generalDays->setObjectName(QStringLiteral("escalationDays"));
    m_generalDays->setRange(0, 365);
    m_generalDays->setSpecialValueText(tr("never"));
    m_generalDays->setSuffix(tr(" days overdue"));
    m_major = new QCheckBox(tr("An overdue major hazard is raised one listed-supervision level"), rulesBox);
    m_major->setObjectName(QStringLiteral("escalationMajor"));
    m_saveRules = new QPushButton(tr("Save the rules"), rulesBox);
    m_saveRules->setObjectName(QStringLiteral("saveRulesButton"));
    rules->addRow(tr("A general hazard goes to its unit's parent unit after"), m_generalDays);
    rules->addRow(m_major);
    rules->addRow(m_saveRules);
    layout->addWidget(rulesBox);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("calendarError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Palette::alertText());
    m_error->hide();
    layout->addWidget(m_error);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    const bool mayChange = offers(&db, Action::ChangeSettings) && !db.isReadOnly();
    for (QWidget* w : std::initializer_list<QWidget*>{m_import, m_removeYear, m_dayDate, m_dayName, m_dayWorking,
                                                      m_addDay, m_removeDay, m_generalDays, m_major, m_saveRules}) {
        w->setEnabled(mayChange);
    }
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a year's holidays"), QString(),
                                                          tr("Calendar files (*.txt);;All files (*)"));
        if (!path.isEmpty()) {
            importFile(path);
        }
    });
    connect(m_removeYear, &QPushButton::clicked, this, &CalendarDialog::removeYear);
    connect(m_addDay, &QPushButton::clicked, this, &CalendarDialog::addLocalDay);
    connect(m_removeDay, &QPushButton::clicked, this, &CalendarDialog::removeLocalDay);
    connect(m_saveRules, &QPushButton::clicked, this, &CalendarDialog::saveRules);
    reload();
    resize(760, 640);
}

void CalendarDialog::reload()
{
    CalendarStore store(m_db);
    const WorkingCalendar c = store.calendar();
    std::set<int> imported;
    for (const auto& y : store.importedYears()) {
        imported.insert(y.year);
    }
    m_years->setRowCount(0);
    for (const int y : c.years()) {
        const int row = m_years->rowCount();
        m_years->insertRow(row);
        m_years->setItem(row, 0, cell(QString::number(y), y));
        m_years->setItem(
            row, 1,
            cell(QString::number(c.workingDaysBetween(Date::fromParts(y - 1, 12, 31), Date::fromParts(y, 12, 31)))));
        m_years->setItem(row, 2, cell(imported.count(y) ? tr("imported") : tr("shipped")));
        m_years->setItem(row, 3, cell(QString::fromStdString(c.source(y))));
    }
    m_days->setRowCount(0);
    for (const auto& [date, day] : c.localDays()) {
        const int row = m_days->rowCount();
        m_days->insertRow(row);
        m_days->setItem(row, 0, cell(toText(date), QString::fromStdString(date.toString())));
        m_days->setItem(row, 1, cell(day.working ? tr("worked") : tr("day off")));
        m_days->setItem(row, 2, cell(QString::fromStdString(day.name)));
    }
    const EscalationRules rules = ExtensionService(m_db).escalationRules();
    m_generalDays->setValue(rules.generalOverdueDays);
    m_major->setChecked(rules.majorRaisesSupervision);
}

void CalendarDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

bool CalendarDialog::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    try {
        const CalendarYear y = CalendarStore(m_db).importYear(file.readAll().toStdString());
        showError({});
        reload();
        return y.year != 0;
    } catch (const Error& e) {
        showError(tr("%1 was not imported: %2").arg(path, FieldErrors::describe(e)));
        return false;
    }
}

void CalendarDialog::removeYear()
{
    const auto* item = m_years->item(m_years->currentRow(), 0);
    if (!item) {
        return;
    }
    try {
        if (!CalendarStore(m_db).removeImportedYear(item->data(Qt::UserRole).toInt())) {
            showError(tr("%1 was shipped with SafeLedger; only an imported year can be removed.").arg(item->text()));
            return;
        }
        showError({});
    } catch (const Error& e) {
        showError(FieldErrors::describe(e));
    }
    reload();
}

void CalendarDialog::addLocalDay()
{
    try {
        CalendarStore(m_db).setLocalDay(
            {fromQDate(m_dayDate->date()), m_dayWorking->isChecked(), m_dayName->text().toStdString()});
        m_dayName->clear();
        showError({});
    } catch (const Error& e) {
        showError(FieldErrors::describe(e));
    }
    reload();
}

void CalendarDialog::removeLocalDay()
{
    const auto* item = m_days->item(m_days->currentRow(), 0);
    if (!item) {
        return;
    }
    try {
        CalendarStore(m_db).removeLocalDay(
            Date::parseOrThrow(item->data(Qt::UserRole).toString().toStdString(), "day"));
        showError({});
    } catch (const Error& e) {
        showError(FieldErrors::describe(e));
    }
    reload();
}

void CalendarDialog::saveRules()
{
    try {
        ExtensionService(m_db).setEscalationRules({m_generalDays->value(), m_major->isChecked()});
        showError({});
    } catch (const Error& e) {
        showError(FieldErrors::describe(e));
    }
    reload();
}

} // namespace safeledger
