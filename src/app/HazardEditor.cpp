#include "HazardEditor.h"

#include "EnumText.h"
#include "Palette.h"
#include "QtDates.h"
#include "UnitPicker.h"
#include "safeledger/core/Error.h"
#include "safeledger/core/HazardLifecycle.h"
#include "safeledger/storage/ExtensionService.h"
#include "ui_HazardEditor.h"

#include <QPushButton>
#include <QSignalBlocker>

#include <algorithm>
#include <cmath>

namespace safeledger {

HazardEditor::HazardEditor(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HazardEditor>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("hazardEditor"));
    EnumText::fill<HazardCategory>(m_ui->categoryCombo, "HazardCategory");
    EnumText::fill<HazardGrade>(m_ui->gradeCombo, "HazardGrade");
    EnumText::fill<RiskColour>(m_ui->riskCombo, "RiskColour", true, tr("(none)"));
    EnumText::fill<HazardSource>(m_ui->sourceCombo, "HazardSource");
    EnumText::fill<RectificationMode>(m_ui->modeCombo, "RectificationMode");
    EnumText::fill<SupervisionLevel>(m_ui->supervisionCombo, "SupervisionLevel", true, tr("(not listed)"));
    m_errors.bind(QStringLiteral("org"), m_ui->unitPicker, m_ui->unitPickerErrorLabel);
    m_errors.bind(QStringLiteral("reported_by"), m_ui->reportedByEdit, m_ui->reportedByEditErrorLabel);
    m_errors.bind(QStringLiteral("location"), m_ui->locationEdit, m_ui->locationEditErrorLabel);
    m_errors.bind(QStringLiteral("description"), m_ui->descriptionEdit, m_ui->descriptionEditErrorLabel);
    m_errors.bind(QStringLiteral("found_on"), m_ui->foundEdit, m_ui->foundEditErrorLabel);
    m_errors.bind(QStringLiteral("deadline"), m_ui->deadlineEdit, m_ui->deadlineEditErrorLabel);
    m_errors.bind(QStringLiteral("funds"), m_ui->fundsSpin, m_ui->fundsSpinErrorLabel);
    m_errors.bind(QStringLiteral("supervision"), m_ui->supervisionCombo, m_ui->supervisionComboErrorLabel);
    for (QLabel* unused : {m_ui->categoryComboErrorLabel, m_ui->gradeComboErrorLabel, m_ui->riskComboErrorLabel,
                           m_ui->sourceComboErrorLabel, m_ui->modeComboErrorLabel, m_ui->measuresEditErrorLabel,
                           m_ui->responsibleEditErrorLabel, m_ui->contingencyEditErrorLabel}) {
        unused->hide();
    }
    // The unit is chosen only when a hazard is registered on its own (setRegistration).
    m_ui->form->setRowVisible(m_ui->unitPicker, false);
    m_ui->unitPickerErrorLabel->hide();
    m_ui->generalErrorLabel->setStyleSheet(Palette::alertText());
    m_ui->generalErrorLabel->hide();
    connect(m_ui->modeCombo, &QComboBox::currentIndexChanged, this, &HazardEditor::updateModeFields);
    // The deadline's row is one line high whatever the note says.
    for (QLabel* label : {m_ui->workingDaysLabel, m_ui->deadlineNoteLabel}) {
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    }
    connect(m_ui->workingDaysSpin, &QSpinBox::valueChanged, this, [this](int days) {
        if (days == 0) {
            return; // "—": the deadline is a date of its own (on or before the first working day)
        }
        const Date found = fromQDate(m_ui->foundEdit->date());
        m_ui->deadlineEdit->setDate(toQDate(m_calendar.addWorkingDays(found, days)));
    });
    connect(m_ui->deadlineEdit, &QDateEdit::dateChanged, this, &HazardEditor::updateDeadlineNote);
    connect(m_ui->foundEdit, &QDateEdit::dateChanged, this, &HazardEditor::updateDeadlineNote);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &HazardEditor::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &HazardEditor::reject);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    setToday(Date::fromParts(2000, 1, 1));
}

HazardEditor::~HazardEditor() = default;

void HazardEditor::setToday(const Date& today)
{
    m_today = today;
    updateModeFields();
}

void HazardEditor::setCalendar(const WorkingCalendar& calendar)
{
    m_calendar = calendar;
    updateDeadlineNote();
}

bool HazardEditor::deadlineLocked() const
{
    return deadlineFixed(m_hazard, m_today);
}

void HazardEditor::updateDeadlineNote()
{
    const Date found = fromQDate(m_ui->foundEdit->date());
    const Date deadline = fromQDate(m_ui->deadlineEdit->date());
    {
        const QSignalBlocker quiet(m_ui->workingDaysSpin);
        m_ui->workingDaysSpin->setValue(static_cast<int>(
            std::clamp(m_calendar.workingDaysBetween(found, deadline), 0L, long{m_ui->workingDaysSpin->maximum()})));
    }
    QStringList notes;
    if (deadlineLocked()) {
        notes << tr("Set: it moves only through an extension request on the hazard's page");
    }
    if (!m_calendar.isWorkingDay(deadline)) {
        const CalendarDay* day = m_calendar.special(deadline);
        notes << tr("Not a working day: %1").arg(day ? QString::fromStdString(day->name) : tr("weekend"));
    }
    if (!m_calendar.covers(deadline.year())) {
        notes << tr("No holiday calendar for %1: Monday to Friday assumed").arg(deadline.year());
    }
    m_ui->deadlineNoteLabel->setText(notes.join(QStringLiteral("; ")));
    m_ui->deadlineNoteLabel->setStyleSheet(m_calendar.isWorkingDay(deadline) ? QString() : Palette::alertText());
}

void HazardEditor::setRegistration(Database* db)
{
    m_registering = true;
    setWindowTitle(tr("Register a hazard"));
    m_ui->hintLabel->setText(tr("A hazard that no inspection found: a public report (群众举报), a photo sent in "
                                "(随手拍), an enterprise's self-check or a supervision visit. No inspection is "
                                "recorded, so the inspection figures do not change."));
    m_ui->unitPicker->setDatabase(db);
    m_ui->form->setRowVisible(m_ui->unitPicker, true);
    m_ui->sourceCombo->removeItem(m_ui->sourceCombo->findData(QString::fromUtf8(toCode(HazardSource::Inspection))));
}

void HazardEditor::setHazard(const Hazard& hazard)
{
    m_hazard = hazard;
    if (m_registering) {
        m_ui->unitPicker->setUnitId(hazard.orgId > 0 ? std::optional<int64_t>(hazard.orgId) : std::nullopt);
    }
    m_ui->reportedByEdit->setText(QString::fromUtf8(hazard.reportedBy));
    m_ui->locationEdit->setText(QString::fromUtf8(hazard.location));
    m_ui->descriptionEdit->setPlainText(QString::fromUtf8(hazard.description));
    EnumText::select(m_ui->categoryCombo, hazard.category);
    EnumText::select(m_ui->gradeCombo, hazard.grade);
    EnumText::select(m_ui->riskCombo, hazard.riskColour);
    EnumText::select(m_ui->sourceCombo, hazard.source);
    const Date found = hazard.foundOn.isNull() ? m_today : hazard.foundOn;
    m_ui->foundEdit->setDate(toQDate(found));
    EnumText::select(m_ui->modeCombo, hazard.mode);
    m_ui->deadlineEdit->setDate(toQDate(hazard.deadline ? *hazard.deadline : found.addDays(7)));
    m_ui->measuresEdit->setPlainText(QString::fromUtf8(hazard.measures));
    m_ui->responsibleEdit->setText(QString::fromUtf8(hazard.responsible));
    m_ui->fundsSpin->setValue(static_cast<double>(hazard.fundsFen) / 100.0);
    m_ui->contingencyEdit->setText(QString::fromUtf8(hazard.contingency));
    EnumText::select(m_ui->supervisionCombo, hazard.supervision);
    updateModeFields();
}

Hazard HazardEditor::hazard() const
{
    Hazard h = m_hazard;
    if (m_registering) {
        h.orgId = m_ui->unitPicker->unitId().value_or(0);
    }
    h.reportedBy = m_ui->reportedByEdit->text().trimmed().toStdString();
    h.location = m_ui->locationEdit->text().trimmed().toStdString();
    h.description = m_ui->descriptionEdit->toPlainText().trimmed().toStdString();
    h.category = EnumText::current(m_ui->categoryCombo, HazardCategory::Other);
    h.grade = EnumText::current(m_ui->gradeCombo, HazardGrade::General);
    h.riskColour = EnumText::current(m_ui->riskCombo, RiskColour::None);
    h.source = EnumText::current(m_ui->sourceCombo, m_registering ? HazardSource::Other : HazardSource::Inspection);
    h.foundOn = fromQDate(m_ui->foundEdit->date());
    h.mode = EnumText::current(m_ui->modeCombo, RectificationMode::Deadline);
    if (h.mode == RectificationMode::OnSpot) {
        h.deadline.reset();
    } else {
        h.deadline = fromQDate(m_ui->deadlineEdit->date());
    }
    h.measures = m_ui->measuresEdit->toPlainText().trimmed().toStdString();
    h.responsible = m_ui->responsibleEdit->text().trimmed().toStdString();
    h.fundsFen = std::llround(m_ui->fundsSpin->value() * 100.0);
    h.contingency = m_ui->contingencyEdit->text().trimmed().toStdString();
    h.supervision = EnumText::current(m_ui->supervisionCombo, SupervisionLevel::None);
    return h;
}

void HazardEditor::updateModeFields()
{
    const bool onSpot = EnumText::current(m_ui->modeCombo, RectificationMode::Deadline) == RectificationMode::OnSpot;
    const bool fixed = onSpot || deadlineLocked();
    m_ui->deadlineEdit->setEnabled(!fixed);
    m_ui->workingDaysSpin->setEnabled(!fixed);
    m_ui->workingDaysLabel->setEnabled(!fixed);
    updateDeadlineNote();
}

void HazardEditor::accept()
{
    m_errors.clear();
    m_ui->generalErrorLabel->hide();
    Hazard h = hazard();
    try {
        // The unit is chosen elsewhere (the inspection, the hazard's record) and checked when saved,
        // unless the hazard is registered on its own.
        Hazard check = h;
        if (check.orgId == 0 && !m_registering) {
            check.orgId = -1;
        }
        HazardLifecycle::validate(check, m_today);
        if (m_save) {
            m_save(h);
        }
    } catch (const Error& e) {
        showError(e);
        return;
    }
    m_hazard = h;
    QDialog::accept();
}

void HazardEditor::showError(const Error& error)
{
    if (!m_errors.show(error)) {
        m_ui->generalErrorLabel->setText(FieldErrors::describe(error));
        m_ui->generalErrorLabel->show();
    }
}

} // namespace safeledger
