// The progress of inspection plans (docs/figures.md, "Plans"). A plan reaches a few grids of a few
// dozen units each, so its memberships and inspections are read once and counted here, month by
// month and period by period, rather than in one statement per figure.
#include "safeledger/core/Error.h"
#include "safeledger/core/Organisation.h"
#include "safeledger/storage/Repository.h"
#include "safeledger/storage/Statistics.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace safeledger {

namespace {

// A stretch of days in a grid: an officer's service in it, or a unit's membership of it.
struct Stretch
{
    int64_t grid = 0;
    Date from, to;
    bool covers(const Date& d) const { return from <= d && d <= to; }
};

struct PlanUnit
{
    std::string uuid, name, colour;
    std::vector<Stretch> stretches; // the unit's memberships of the plan's grids
    std::vector<Date> inspected;    // its live inspections in the plan's period up to the day read, in order
    std::optional<Date> last;
};

Date monthEnd(int year, int month)
{
    return Date::fromParts(year, month, Date::daysInMonth(year, month));
}

// A membership's last day; one still open lasts past `last`, the plan's last day.
Date endOf(const sql::Statement& st, int column, const Date& last)
{
    return st.isNull(column) ? last : std::min(last, Date::parseOrThrow(st.text(column), "ends_on"));
}

int colourRank(const std::string& code)
{
    static const char* const order[] = {"red", "orange", "yellow", "blue"};
    for (int i = 0; i < 4; ++i) {
        if (code == order[i]) {
            return i;
        }
    }
    return 4;
}

bool inspectedWithin(const PlanUnit& u, const Date& from, const Date& to)
{
    const auto it = std::lower_bound(u.inspected.begin(), u.inspected.end(), from);
    return it != u.inspected.end() && *it <= to;
}

} // namespace

PlanProgress Statistics::planProgress(int64_t planId, const Date& asOf)
{
    return progressOf(Repository<InspectionPlan>(m_db).get(planId), asOf);
}

PlanProgress Statistics::progressOf(const InspectionPlan& plan, const Date& asOf)
{
    auto& conn = m_db.connection();
    PlanProgress out;
    out.plan = plan;
    const Date from = Date::fromParts(plan.year, plan.month.value_or(1), 1);
    const Date to = monthEnd(plan.year, plan.month.value_or(12));
    out.day = std::min(asOf, to);

    // The grids the plan reaches, and on which days: a grid plan its grid all through (a voided grid
    // holds no one); an officer's plan each grid while the officer serves in it.
    std::vector<Stretch> windows;
    if (plan.gridId) {
        const Grid grid = Repository<Grid>(m_db).get(*plan.gridId);
        out.target = grid.name;
        if (!grid.isVoided()) {
            windows.push_back({grid.id, from, to});
        }
    } else {
        out.target = Repository<Person>(m_db).get(plan.personId.value_or(0)).name;
        sql::Statement st(conn,
                          "SELECT m.grid_id, m.starts_on, m.ends_on FROM grid_member m"
                          " JOIN grid g ON g.id = m.grid_id AND g.voided_at = '' WHERE m.person_id = ?1"
                          " AND m.voided_at = '' AND m.starts_on <= ?3 AND (m.ends_on IS NULL OR m.ends_on >= ?2)");
        st.bind(1, *plan.personId).bind(2, from.toString()).bind(3, to.toString());
        while (st.step()) {
            windows.push_back({st.int64(0), Date::parseOrThrow(st.text(1), "starts_on"), endOf(st, 2, to)});
        }
    }
    if (out.day < from) {
        return out; // nothing has begun
    }

    // The units to inspect that were members of those grids in the period.
    std::map<int64_t, PlanUnit> units;
    {
        sql::Statement st(conn, std::string("SELECT m.org_id, m.starts_on, m.ends_on, o.uuid,"
                                            " o.name, o.risk_colour FROM grid_member m JOIN org o ON o.id = m.org_id"
                                            " WHERE m.grid_id = ?1 AND m.voided_at = '' AND o.voided_at = '' AND ") +
                                    kToInspect + " AND m.starts_on <= ?3 AND (m.ends_on IS NULL OR m.ends_on >= ?2)");
        std::set<int64_t> read;
        for (const Stretch& w : windows) {
            if (!read.insert(w.grid).second) {
                continue;
            }
            st.reset();
            st.bind(1, w.grid).bind(2, from.toString()).bind(3, to.toString());
            while (st.step()) {
                PlanUnit& u = units[st.int64(0)];
                u.stretches.push_back({w.grid, Date::parseOrThrow(st.text(1), "starts_on"), endOf(st, 2, to)});
                u.uuid = st.text(3);
                u.name = st.text(4);
                u.colour = st.text(5);
            }
        }
    }
    // Whether unit u counts in the plan on day d: a member of a grid the plan reaches on that day.
    const auto inPlan = [&](const PlanUnit& u, const Date& d) {
        return std::any_of(u.stretches.begin(), u.stretches.end(), [&](const Stretch& s) {
            return s.covers(d) && std::any_of(windows.begin(), windows.end(),
                                              [&](const Stretch& w) { return w.grid == s.grid && w.covers(d); });
        });
    };
    {
        sql::Statement dates(conn, "SELECT date FROM inspection WHERE org_id = ?1 AND date >= ?2 AND date <= ?3"
                                   " AND voided_at = '' ORDER BY date");
        // The latest inspection is the period's last one, or for a unit not inspected in it, one before it.
        sql::Statement last(conn, "SELECT max(date) FROM inspection WHERE org_id = ?1 AND date < ?2"
                                  " AND voided_at = ''");
        for (auto& [id, u] : units) {
            dates.reset();
            dates.bind(1, id).bind(2, from.toString()).bind(3, out.day.toString());
            while (dates.step()) {
                u.inspected.push_back(Date::parseOrThrow(dates.text(0), "date"));
            }
            if (!u.inspected.empty()) {
                u.last = u.inspected.back();
                continue;
            }
            last.reset();
            last.bind(1, id).bind(2, from.toString());
            if (last.step() && !last.isNull(0)) {
                u.last = Date::parseOrThrow(last.text(0), "date");
            }
        }
    }

    if (plan.hasQuota()) {
        for (int m = from.month(); m <= to.month() && Date::fromParts(plan.year, m, 1) <= out.day; ++m) {
            PlanMonthRow row;
            row.month = m;
            const Date first = Date::fromParts(plan.year, m, 1);
            const Date last = monthEnd(plan.year, m);
            for (const auto& [id, u] : units) {
                bool seen = false;
                for (auto it = std::lower_bound(u.inspected.begin(), u.inspected.end(), first);
                     it != u.inspected.end() && *it <= last; ++it) {
                    if (inPlan(u, *it)) {
                        ++row.inspections;
                        seen = true;
                    }
                }
                row.units += seen ? 1 : 0;
            }
            row.met = row.inspections >= plan.monthlyInspections && row.units >= plan.monthlyUnits;
            row.ended = last < asOf;
            out.monthsEnded += row.ended ? 1 : 0;
            out.monthsMet += row.ended && row.met ? 1 : 0;
            out.months.push_back(row);
        }
    }

    if (plan.hasRules()) {
        for (const auto& [id, u] : units) {
            const auto colour = enumFromText<RiskColour>(u.colour).value_or(RiskColour::None);
            const int every = plan.everyMonthsFor(colour);
            if (every == 0) {
                continue;
            }
            PlanUnitRow row;
            bool counted = false, previousMissed = false, lastMissed = false;
            int lastIndex = -2;
            for (int p = 0; p * every < 12; ++p) {
                const Date pFrom = Date::fromParts(plan.year, p * every + 1, 1);
                if (pFrom > out.day) {
                    break;
                }
                const Date pTo = monthEnd(plan.year, p * every + every);
                // Counted when the unit is in the plan on the period's last day, or on the day read.
                if (!inPlan(u, std::min(pTo, out.day))) {
                    continue;
                }
                const bool done = inspectedWithin(u, pFrom, std::min(pTo, out.day));
                const bool missed = !done && pTo < asOf;
                ++out.due;
                out.done += done ? 1 : 0;
                out.overdue += missed ? 1 : 0;
                out.open += !done && !missed ? 1 : 0;
                row.periodsMissed += missed ? 1 : 0;
                previousMissed = lastIndex == p - 1 && lastMissed;
                lastMissed = missed;
                lastIndex = p;
                counted = true;
                row.periodFrom = pFrom;
                row.periodTo = pTo;
                row.status = done ? PlanUnitStatus::Done
                                  : (missed || previousMissed ? PlanUnitStatus::Overdue : PlanUnitStatus::Due);
            }
            if (!counted) {
                continue;
            }
            row.orgId = id;
            row.uuid = u.uuid;
            row.name = u.name;
            row.riskColour = u.colour;
            row.everyMonths = every;
            row.lastInspected = u.last;
            out.units.push_back(std::move(row));
        }
        out.completion = ratio(out.done, out.due);
        std::sort(out.units.begin(), out.units.end(), [](const PlanUnitRow& a, const PlanUnitRow& b) {
            if (a.status != b.status) {
                return a.status < b.status;
            }
            if (colourRank(a.riskColour) != colourRank(b.riskColour)) {
                return colourRank(a.riskColour) < colourRank(b.riskColour);
            }
            if (a.lastInspected != b.lastInspected) {
                return !a.lastInspected || (b.lastInspected && *a.lastInspected < *b.lastInspected);
            }
            return a.name != b.name ? a.name < b.name : a.orgId < b.orgId;
        });
    }
    return out;
}

std::vector<PlanProgress> Statistics::plans(int64_t scopeOrgId, int year, const Date& asOf)
{
    // The grids reaching the scope in the year: kept by a unit of it, or holding one of its units at
    // some time in the year; and every officer who served in one of them during the year (a plan
    // stays listed after its officer has left).
    const Period period = Period::year(year);
    const Scope scope = resolve(scopeOrgId);
    auto& conn = m_db.connection();
    std::map<int64_t, size_t> gridRank;
    std::string ids;
    {
        const std::string reaching = scope.rootId == 0
                                         ? std::string()
                                         : " AND ((o.path >= ?8 AND o.path < ?9) OR EXISTS (SELECT 1 FROM grid_member m"
                                           " JOIN org u ON u.id = m.org_id WHERE m.grid_id = g.id AND m.voided_at = ''"
                                           " AND u.path >= ?8 AND u.path < ?9 AND m.starts_on <= ?2"
                                           " AND (m.ends_on IS NULL OR m.ends_on >= ?1)))";
        sql::Statement st(conn, "SELECT g.id FROM grid g JOIN org o ON o.id = g.org_id WHERE g.voided_at = ''" +
                                    reaching + " ORDER BY o.path, g.id");
        if (scope.rootId != 0) {
            st.bind(1, period.from.toString()).bind(2, period.to.toString());
            st.bind(8, scope.low).bind(9, scope.high);
        }
        while (st.step()) {
            gridRank.emplace(st.int64(0), gridRank.size());
            ids += (ids.empty() ? "" : ",") + std::to_string(st.int64(0));
        }
    }
    std::set<int64_t> officers;
    if (!ids.empty()) {
        sql::Statement st(conn, "SELECT DISTINCT person_id FROM grid_member WHERE person_id IS NOT NULL"
                                " AND voided_at = '' AND grid_id IN (" +
                                    ids + ") AND starts_on <= ?2 AND (ends_on IS NULL OR ends_on >= ?1)");
        st.bind(1, period.from.toString()).bind(2, period.to.toString());
        while (st.step()) {
            officers.insert(st.int64(0));
        }
    }
    std::vector<PlanProgress> out;
    for (const InspectionPlan& plan :
         Repository<InspectionPlan>(m_db).where("year = ? AND voided_at = ''", {std::to_string(year)})) {
        if (plan.gridId ? gridRank.count(*plan.gridId) > 0 : officers.count(plan.personId.value_or(0)) > 0) {
            out.push_back(progressOf(plan, asOf));
        }
    }
    // The grids' plans in the order of the grids, then the officers' by name; a year's plan before
    // its months' plans.
    const auto key = [&](const PlanProgress& p) {
        const bool officer = !p.plan.gridId;
        return std::make_tuple(officer, officer ? 0 : gridRank.at(*p.plan.gridId), officer ? p.target : std::string(),
                               p.plan.personId.value_or(0), p.plan.month.value_or(0), p.plan.id);
    };
    std::sort(out.begin(), out.end(), [&](const PlanProgress& a, const PlanProgress& b) { return key(a) < key(b); });
    return out;
}

} // namespace safeledger
