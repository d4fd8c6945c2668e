// The progress of a town's inspection plans (Statistics::plans) against the same question asked of
// SQLite by hand: for each grid's plan of the year, the (unit, period) pairs due by the day, those
// done and those overdue. Both sides must agree before either is timed.
#include "BenchSetup.h"

#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/Statistics.h"

#include <map>
#include <stdexcept>
#include <tuple>

namespace safeledger::bench {

namespace {

using Counts = std::tuple<int64_t, int64_t, int64_t>; // due, done, overdue

// As an expert would ask: the plans' units with the months of their rule, each period kept when it
// has begun by the day and the unit is in the grid on its last day (or the day), and an EXISTS probe
// of the unit's inspections in the period.
std::map<int64_t, Counts> rawPlans(sqlite3* db, const std::string& low, const std::string& high, int year,
                                   const std::string& day)
{
    const char* colour = "CASE o.risk_colour WHEN 'red' THEN p.every_red WHEN 'orange' THEN p.every_orange"
                         " WHEN 'yellow' THEN p.every_yellow WHEN 'blue' THEN p.every_blue ELSE 0 END";
    Raw st(db, (std::string("WITH RECURSIVE months(m) AS (SELECT 1 UNION ALL SELECT m + 1 FROM months WHERE m < 12),"
                            " unit AS (SELECT p.id AS plan, m.org_id AS org, m.starts_on,"
                            " ifnull(m.ends_on, '9999-12-31') AS ends_on, CASE WHEN ") +
                colour + " > 0 THEN " + colour +
                " ELSE p.every_other END AS every FROM inspection_plan p"
                " JOIN grid g ON g.id = p.grid_id AND g.voided_at = ''"
                " JOIN grid_member m ON m.grid_id = p.grid_id AND m.voided_at = '' AND m.org_id IS NOT NULL"
                " JOIN org o ON o.id = m.org_id AND o.voided_at = '' AND o.kind IN ('enterprise','business','school')"
                " WHERE p.year = ?1 AND p.month IS NULL AND p.voided_at = ''"
                " AND g.org_id IN (SELECT id FROM org WHERE path >= ?3 AND path < ?4)),"
                " pair AS (SELECT u.plan, u.org, u.starts_on, u.ends_on, printf('%04d-%02d-01', ?1, mo.m) AS pfrom,"
                " date(printf('%04d-%02d-01', ?1, mo.m), '+' || u.every || ' months', '-1 day') AS pto"
                " FROM unit u JOIN months mo ON u.every > 0 AND (mo.m - 1) % u.every = 0)"
                " SELECT plan, count(*), sum(done), sum(NOT done AND pto < ?2) FROM (SELECT plan, pto,"
                " EXISTS (SELECT 1 FROM inspection i WHERE i.org_id = pair.org AND i.voided_at = ''"
                " AND i.date >= pfrom AND i.date <= min(pto, ?2)) AS done FROM pair WHERE pfrom <= ?2"
                " AND starts_on <= min(pto, ?2) AND ends_on >= min(pto, ?2)) GROUP BY plan")
                   .c_str());
    st.bind(1, int64_t{year}).bind(2, day).bind(3, low).bind(4, high);
    std::map<int64_t, Counts> out;
    while (st.step()) {
        out[st.integer(0)] = {st.integer(1), st.integer(2), st.integer(3)};
    }
    return out;
}

void requireSame(const std::vector<PlanProgress>& plans, const std::map<int64_t, Counts>& raw)
{
    size_t rules = 0;
    for (const PlanProgress& p : plans) {
        if (!p.plan.hasRules() || p.plan.month) {
            continue;
        }
        ++rules;
        const auto it = raw.find(p.plan.id);
        if (it == raw.end() || it->second != Counts{p.due, p.done, p.overdue}) {
            throw std::runtime_error("town plans: plan " + std::to_string(p.plan.id) + " differs from the raw SQL");
        }
    }
    if (rules != raw.size() || raw.empty()) {
        throw std::runtime_error("town plans: the raw SQL has " + std::to_string(raw.size()) + " plans, the product " +
                                 std::to_string(rules));
    }
}

} // namespace

void registerPlans()
{
    BenchDb& b = benchDb();
    const std::string day = b.today.toString();
    const auto town = OrgService::subtreeRange(OrgService(*b.db).get(b.townId).path);
    requireSame(Statistics(*b.db).plans(b.townId, b.year, b.today),
                rawPlans(b.raw, town.first, town.second, b.year, day));
    const Question q{"a town's inspection plans with their progress", "<= 1.5x raw, < 200 ms", 200, 1.5};
    registerPair(
        q, [&b] { Statistics(*b.db).plans(b.townId, b.year, b.today); },
        [&b, day, low = town.first, high = town.second] { rawPlans(b.raw, low, high, b.year, day); });
}

} // namespace safeledger::bench
