#pragma once

#ifndef Q_MOC_RUN // moc cannot parse the C++20 standard headers the core includes
#include "FieldErrors.h"
#include "safeledger/core/Hazard.h"
#include "safeledger/core/WorkingCalendar.h"
#endif

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class HazardEditor;
}

namespace safeledger {

class Database;

// The hazard form: (when registered on its own, the unit,) location, description, category, grade, source, dates,
// rectification mode and the five implementations (五落实). OK checks the core's rules (HazardLifecycle::validate) and
// then runs the optional save function; any Error is shown at its field and the dialog stays open with everything as
// typed.
class HazardEditor final : public QDialog
{
    Q_OBJECT

public:
    explicit HazardEditor(QWidget* parent = nullptr);
    ~HazardEditor() override;

    void setToday(const Date& today);
    // The working calendar the "N working days" box counts on and the deadline is checked against
    // (a deadline on a holiday or weekend is pointed out); the shipped calendar until set.
    void setCalendar(const WorkingCalendar& calendar);
    // Registering a hazard that no inspection found: the form asks for the unit (from `db`) and
    // offers every source but "inspection".
    void setRegistration(Database* db);
    void setHazard(const Hazard& hazard);
    // The hazard as edited: the record passed to setHazard with the form's values.
    Hazard hazard() const;
    // Called by OK after validation; throw Error to keep the dialog open with the error shown.
    void setSaveFunction(std::function<void(Hazard&)> save) { m_save = std::move(save); }

    void accept() override;
    // Shows an error at its field (or under the form); the dialog keeps every value.
    void showError(const Error& error);

private:
    void updateModeFields();
    // The note beside the deadline (a day off, a year without a holiday calendar) and the
    // working-days box, from the dates as they stand.
    void updateDeadlineNote();
    // Once set, a deadline moves only through an extension request, except on the day the
    // hazard was registered (ExtensionService, HazardService::edit).
    bool deadlineLocked() const;

    std::unique_ptr<Ui::HazardEditor> m_ui;
    FieldErrors m_errors;
    Hazard m_hazard;
    Date m_today;
    WorkingCalendar m_calendar = WorkingCalendar::builtIn();
    bool m_registering = false;
    std::function<void(Hazard&)> m_save;
};

} // namespace safeledger
