#pragma once

#include "safeledger/core/WorkingCalendar.h"
#include "safeledger/storage/Database.h"

#include <string>
#include <string_view>
#include <vector>

namespace safeledger {

// A holiday file an administrator imported into this ledger (schema step 9).
struct ImportedCalendarYear
{
    int year = 0;
    std::string source;
    std::string importedAt;
    std::string importedBy;
};

// The ledger's working calendar: the shipped years (WorkingCalendar::builtIn), the years an
// administrator imported (each replacing the shipped file of its year) and the unit's local
// days on top. Changing it needs Action::ChangeSettings and is written to the audit trail.
class CalendarStore final
{
public:
    explicit CalendarStore(Database& db)
        : m_db(db)
    {
    }

    WorkingCalendar calendar() const;
    std::vector<ImportedCalendarYear> importedYears() const;

    // Reads a year file (parseCalendarYear's errors) and keeps it, replacing an earlier import
    // of the same year.
    CalendarYear importYear(std::string_view text);
    // Forgets an imported year: the shipped file (or Monday to Friday) applies again. Returns
    // false when no such year was imported.
    bool removeImportedYear(int year);
    // A local day off (working = false) or day worked; replaces the local day of that date.
    void setLocalDay(const CalendarDay& day);
    // Returns false when the date had no local day.
    bool removeLocalDay(const Date& date);

private:
    Database& m_db;
};

} // namespace safeledger
