#include "safeledger/storage/DueList.h"

#include "safeledger/core/HazardLifecycle.h"
#include "safeledger/storage/ExtensionService.h"
#include "safeledger/storage/OrgService.h"

namespace safeledger {

DueList::DueList(Database& db, DueFilter filter, WorkingCalendar calendar)
    : m_db(db)
    , m_filter(filter)
    , m_calendar(std::move(calendar))
{
    if (m_filter.asOf.isNull()) {
        m_filter.asOf = db.today();
    }
    m_horizon = m_calendar.addWorkingDays(m_filter.asOf, std::max(0, m_filter.withinWorkingDays));
    m_rules = ExtensionService(db).escalationRules();
}

void DueList::escalate(DueItem& item)
{
    const HazardRow& h = item.hazard;
    Hazard hazard;
    hazard.id = h.id;
    hazard.foundOn = h.foundOn;
    hazard.deadline = h.deadline;
    const auto found = safeledger::escalations(h.grade, h.supervision, ExtensionService(m_db).deadlines(hazard),
                                               h.closedOn, h.status == HazardStatus::Voided, m_filter.asOf, m_rules);
    if (found.empty()) {
        return;
    }
    item.escalation = found.back();
    if (item.escalation->rule == EscalationRule::GeneralOverdue) {
        auto it = m_parentNames.find(h.orgId);
        if (it == m_parentNames.end()) {
            OrgService orgs(m_db);
            const auto parent = orgs.get(h.orgId).parentId;
            it = m_parentNames.emplace(h.orgId, parent ? orgs.get(*parent).name : std::string()).first;
        }
        item.escalatedTo = it->second;
    }
}

HazardFilter DueList::base() const
{
    HazardFilter f;
    f.orgId = m_filter.orgId;
    return f;
}

DueItem DueList::item(const HazardRow& row, DueReason reason)
{
    DueItem out;
    out.hazard = row;
    out.reason = reason;
    if (row.deadline) {
        if (*row.deadline < m_filter.asOf) {
            out.daysOverdue = m_filter.asOf.dayNumber() - row.deadline->dayNumber();
            escalate(out);
        } else {
            out.workingDaysLeft = m_calendar.workingDaysBetween(m_filter.asOf, *row.deadline);
        }
        out.deadlineOnDayOff = !m_calendar.isWorkingDay(*row.deadline);
        if (const CalendarDay* day = m_calendar.special(*row.deadline); day && out.deadlineOnDayOff) {
            out.deadlineDayName = day->name;
        }
    }
    return out;
}

std::vector<DueItem> DueList::due(int limit)
{
    HazardFilter f = base();
    f.statuses = {HazardStatus::Registered, HazardStatus::Rectifying, HazardStatus::AwaitingVerification};
    f.deadline = Period{Date::fromParts(1900, 1, 1), m_horizon};
    HazardQuery q(m_db, f, HazardSort::Deadline, false);
    std::vector<DueItem> out;
    for (const auto& row : q.first(limit).rows) {
        out.push_back(item(row, *row.deadline < m_filter.asOf ? DueReason::Overdue : DueReason::DueSoon));
    }
    return out;
}

std::vector<DueItem> DueList::awaitingVerification(int limit)
{
    HazardFilter f = base();
    f.statuses = {HazardStatus::AwaitingVerification};
    HazardQuery q(m_db, f, HazardSort::Deadline, false);
    std::vector<DueItem> out;
    for (const auto& row : q.first(limit).rows) {
        if (!row.deadline || m_horizon < *row.deadline) { // the others are among due()'s lines
            out.push_back(item(row, DueReason::AwaitingVerification));
        }
    }
    return out;
}

std::vector<int> DueList::yearsWithoutCalendar() const
{
    std::vector<int> out;
    for (int y = m_filter.asOf.year(); y <= m_horizon.year(); ++y) {
        if (!m_calendar.covers(y)) {
            out.push_back(y);
        }
    }
    return out;
}

DueList::Counts DueList::counts()
{
    const auto openWithin = [&](const Date& from, const Date& to) {
        HazardFilter f = base();
        f.statuses = {HazardStatus::Registered, HazardStatus::Rectifying, HazardStatus::AwaitingVerification};
        f.deadline = Period{from, to};
        return HazardQuery(m_db, f).count();
    };
    Counts c;
    const Date& today = m_filter.asOf;
    // Overdue as the lines are: open now, the deadline before the as-of day (for today exactly
    // HazardLifecycle::isOverdue; for another day the lines and the count still agree).
    c.overdue = openWithin(Date::fromParts(1900, 1, 1), today.addDays(-1));
    c.dueToday = openWithin(today, today);
    c.dueThisWeek = openWithin(today, today.addDays(7 - WorkingCalendar::weekday(today)));
    c.dueSoon = openWithin(today, m_horizon);
    {
        HazardFilter f = base();
        f.statuses = {HazardStatus::AwaitingVerification};
        c.awaitingVerification = HazardQuery(m_db, f).count();
    }
    return c;
}

} // namespace safeledger
