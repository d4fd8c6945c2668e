#pragma once

#include "safeledger/core/Escalation.h"
#include "safeledger/core/WorkingCalendar.h"
#include "safeledger/storage/HazardQuery.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace safeledger {

// Why a hazard is on the to-do list (待办).
enum class DueReason {
    Overdue,              // its deadline has passed and it is not closed (逾期)
    DueSoon,              // its deadline falls within the next N working days
    AwaitingVerification, // rectified and submitted: someone has to verify it (待复查)
};

struct DueItem
{
    HazardRow hazard;
    DueReason reason = DueReason::DueSoon;
    // Working days from the as-of day to the deadline: 0 due today; 0 when overdue.
    long workingDaysLeft = 0;
    // Calendar days past the deadline, as the hazard list and the escalation rules count them.
    long daysOverdue = 0;
    // The latest escalation as of the as-of day (ExtensionService's rules), and to whom: the
    // parent unit's name for GeneralOverdue.
    std::optional<Escalation> escalation;
    std::string escalatedTo;
    // Set when the deadline falls on a day that is not a working day (a holiday, a weekend),
    // with the calendar's name for that day ("国庆节"; empty for an ordinary weekend).
    bool deadlineOnDayOff = false;
    std::string deadlineDayName;
};

struct DueFilter
{
    std::optional<int64_t> orgId; // a unit and everything below it
    Date asOf;
    int withinWorkingDays = 5; // the horizon of DueSoon, in working days after asOf
};

// What falls due: the officer's start page and `safeledger-cli due`. Every hazard that is open
// with a deadline on or before the horizon (overdue first, then by deadline) and every hazard
// awaiting verification, in the filter's scope. The hazards are those open now; the as-of day
// (today unless asked otherwise) is what their days are counted from. Built on HazardQuery, so
// the first page of a county is as quick as the hazard list's.
class DueList final
{
public:
    DueList(Database& db, DueFilter filter, WorkingCalendar calendar);

    const DueFilter& filter() const { return m_filter; }
    const WorkingCalendar& calendar() const { return m_calendar; }
    // The last day DueSoon reaches: withinWorkingDays working days after asOf.
    Date horizon() const { return m_horizon; }

    // Up to `limit` hazards with a deadline on or before the horizon, earliest deadline first.
    std::vector<DueItem> due(int limit);
    // Hazards awaiting verification that due() does not list (no deadline, or one beyond the
    // horizon), earliest deadline first, from the first `limit` awaiting verification.
    std::vector<DueItem> awaitingVerification(int limit);
    // The years from the as-of day to the horizon the calendar has no holiday notice for (counted
    // Monday to Friday), for the interface to say so.
    std::vector<int> yearsWithoutCalendar() const;

    struct Counts
    {
        int64_t overdue = 0;
        int64_t dueToday = 0;    // deadline on the as-of day
        int64_t dueThisWeek = 0; // deadline from the as-of day to the Sunday of its week
        int64_t dueSoon = 0;     // deadline from the as-of day to the horizon
        int64_t awaitingVerification = 0;
    };
    Counts counts();

    DueItem item(const HazardRow& row, DueReason reason);

private:
    HazardFilter base() const;
    void escalate(DueItem& item);

    Database& m_db;
    DueFilter m_filter;
    WorkingCalendar m_calendar;
    Date m_horizon;
    EscalationRules m_rules;
    std::map<int64_t, std::string> m_parentNames; // unit id → its parent's name, for escalations
};

} // namespace safeledger
