#include "HazardActionDialog.h"

#include "PhotoStrip.h"
#include "QtDates.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace safeledger {

HazardActionDialog::HazardActionDialog(Mode mode, const Date& today, QWidget* parent)
    : FormDialog(parent)
    , m_mode(mode)
    , m_today(today)
{
    setObjectName(QStringLiteral("hazardActionDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    auto addError = [&](const QString& field, QWidget* input) { bindField(form, field, input); };
    switch (mode) {
    case Progress:
        setWindowTitle(tr("Record rectification progress"));
        break;
    case VerifyPass:
        setWindowTitle(tr("Verification passed: close the hazard"));
        break;
    case VerifyFail:
        setWindowTitle(tr("Verification failed: back to rectification"));
        break;
    case Void:
        setWindowTitle(tr("Void the hazard"));
        break;
    }
    if (mode != Void) {
        m_date = new QDateEdit(toQDate(today), this);
        m_date->setObjectName(QStringLiteral("actionDate"));
        m_date->setCalendarPopup(true);
        m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        form->addRow(tr("&Date"), m_date);
        addError(QStringLiteral("date"), m_date);
        m_person = new QLineEdit(this);
        m_person->setObjectName(QStringLiteral("actionPerson"));
        form->addRow(mode == Progress ? tr("Done &by") : tr("&Inspector"), m_person);
        addError(mode == Progress ? QStringLiteral("done_by") : QStringLiteral("inspector"), m_person);
    }
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("actionText"));
    m_text->setMaximumHeight(90);
    form->addRow(mode == Progress     ? tr("What was &done")
                 : mode == Void       ? tr("&Reason")
                 : mode == VerifyFail ? tr("&Reason: what is still wrong")
                                      : tr("&Note"),
                 m_text);
    addError(mode == Progress ? QStringLiteral("description")
             : mode == Void   ? QStringLiteral("reason")
                              : QStringLiteral("note"),
             m_text);
    if (mode == VerifyFail) {
        m_newDeadlineCheck = new QCheckBox(tr("Give a &new deadline"), this);
        m_newDeadlineCheck->setObjectName(QStringLiteral("newDeadlineCheck"));
        m_newDeadline = new QDateEdit(toQDate(today.addDays(7)), this);
        m_newDeadline->setObjectName(QStringLiteral("newDeadlineEdit"));
        m_newDeadline->setCalendarPopup(true);
        m_newDeadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        m_newDeadline->setEnabled(false);
        connect(m_newDeadlineCheck, &QCheckBox::toggled, m_newDeadline, &QWidget::setEnabled);
        form->addRow(m_newDeadlineCheck, m_newDeadline);
        addError(QStringLiteral("deadline"), m_newDeadline);
    }
    if (mode == VerifyPass || mode == VerifyFail) {
        m_issueReview = new QCheckBox(tr("Issue the review opinion (整改复查意见书) after saving"), this);
        m_issueReview->setObjectName(QStringLiteral("issueReviewCheck"));
        m_issueReview->setToolTip(tr("The document that tells the unit the result of the re-inspection: recorded "
                                     "with its number and printed, as from Issue notice…"));
        form->addRow(m_issueReview);
    }
    if (mode == Progress) {
        m_cost = new QDoubleSpinBox(this);
        m_cost->setObjectName(QStringLiteral("actionCost"));
        m_cost->setMaximum(1e8);
        m_cost->setSuffix(tr(" yuan"));
        form->addRow(tr("&Cost"), m_cost);
        addError(QStringLiteral("cost"), m_cost);
        m_evidence = new QLineEdit(this);
        m_evidence->setObjectName(QStringLiteral("actionEvidence"));
        form->addRow(tr("&Evidence"), m_evidence);
    }
    if (mode != Void) {
        m_photos = new PhotoStrip(this);
        m_photos->setObjectName(QStringLiteral("actionPhotos"));
        auto* add = new QPushButton(tr("Add &photos (after rectification)…"), this);
        connect(add, &QPushButton::clicked, m_photos, &PhotoStrip::addFromDialog);
        form->addRow(add, m_photos);
    }
    addButtons(layout, QStringLiteral("actionError"));
}

void HazardActionDialog::setProgress(const Rectification& entry)
{
    if (m_mode != Progress) {
        return;
    }
    setWindowTitle(tr("Correct the progress entry"));
    m_date->setDate(toQDate(entry.date));
    m_text->setPlainText(QString::fromStdString(entry.description));
    m_person->setText(QString::fromStdString(entry.doneBy));
    m_cost->setValue(static_cast<double>(entry.costFen) / 100.0);
    m_evidence->setText(QString::fromStdString(entry.evidence));
}

void HazardActionDialog::readProgress(Rectification& entry) const
{
    entry.date = date();
    entry.description = text().toStdString();
    entry.costFen = costFen();
    entry.doneBy = person().toStdString();
    entry.evidence = evidence().toStdString();
}

Date HazardActionDialog::date() const
{
    return m_date ? fromQDate(m_date->date()) : Date();
}

bool HazardActionDialog::issueReview() const
{
    return m_issueReview && m_issueReview->isChecked();
}

QString HazardActionDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

QString HazardActionDialog::person() const
{
    return m_person ? m_person->text().trimmed() : QString();
}

qint64 HazardActionDialog::costFen() const
{
    return m_cost ? std::llround(m_cost->value() * 100.0) : 0;
}

QString HazardActionDialog::evidence() const
{
    return m_evidence ? m_evidence->text().trimmed() : QString();
}

std::optional<Date> HazardActionDialog::newDeadline() const
{
    if (!m_newDeadlineCheck || !m_newDeadlineCheck->isChecked()) {
        return std::nullopt;
    }
    return fromQDate(m_newDeadline->date());
}

void HazardActionDialog::setCurrentDeadline(const std::optional<Date>& deadline)
{
    if (!m_newDeadlineCheck) {
        return;
    }
    const bool ahead = deadline && !(*deadline < m_today);
    m_newDeadline->setDate(toQDate(ahead ? *deadline : m_today.addDays(7)));
    m_newDeadlineCheck->setChecked(!ahead);
}

void HazardActionDialog::setPerson(const QString& name)
{
    if (m_person) {
        m_person->setText(name);
    }
}

void HazardActionDialog::save()
{
    if (m_mode == Void && text().isEmpty()) {
        FieldErrors::fail("reason", tr("a voided hazard needs the reason"));
    }
    if (m_action) {
        m_action(*this);
    }
}

} // namespace safeledger
