#pragma once

#include "FormDialog.h"

#ifndef Q_MOC_RUN // moc cannot parse the C++20 standard headers the core includes
#include "safeledger/core/Date.h"
#include "safeledger/core/Hazard.h"
#endif

#include <functional>
#include <optional>

class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;

namespace safeledger {

class PhotoStrip;

// The form of one lifecycle step: a progress entry (整改), a verification (复查, pass or fail) or
// voiding with a reason. OK runs the action (HazardService through the page); an Error keeps the
// dialog open with every value and shows the error at its field.
class HazardActionDialog final : public FormDialog
{
    Q_OBJECT

public:
    enum Mode { Progress, VerifyPass, VerifyFail, Void };

    HazardActionDialog(Mode mode, const Date& today, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    Date date() const;
    QString text() const;   // what was done / the note / the reason
    QString person() const; // done by / inspector
    qint64 costFen() const;
    QString evidence() const;
    PhotoStrip* photos() const { return m_photos; }
    // A failed verification's new deadline, when the officer gives one.
    std::optional<Date> newDeadline() const;
    // A verification: whether the review opinion (整改复查意见书) is to be issued once it is saved.
    bool issueReview() const;
    // Offers the hazard's deadline when still ahead, else a week on with "new deadline" ticked.
    void setCurrentDeadline(const std::optional<Date>& deadline);

    void setPerson(const QString& name);
    // A progress form filled with a stored entry, to correct it (titled so; photos can be added).
    void setProgress(const Rectification& entry);
    // What the progress form says, into `entry` (date, what was done, cost, who, evidence).
    void readProgress(Rectification& entry) const;
    void setAction(std::function<void(HazardActionDialog&)> action) { m_action = std::move(action); }

private:
    void save() override;

    Mode m_mode;
    QDateEdit* m_date = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLineEdit* m_person = nullptr;
    QDoubleSpinBox* m_cost = nullptr;
    QLineEdit* m_evidence = nullptr;
    QCheckBox* m_newDeadlineCheck = nullptr;
    QDateEdit* m_newDeadline = nullptr;
    QCheckBox* m_issueReview = nullptr;
    Date m_today;
    PhotoStrip* m_photos = nullptr;
    std::function<void(HazardActionDialog&)> m_action;
};

} // namespace safeledger
