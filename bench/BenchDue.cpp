// The to-do list (待办) and `safeledger-cli due` (DueList) against hand-written SQL for the same
// rows. The product adds the working calendar, the query planning and, for every overdue line, its
// escalation (the hazard's approved extensions and its unit's parent); the raw side reads the rows.
#include "BenchSetup.h"

#include "safeledger/storage/CalendarStore.h"
#include "safeledger/storage/DueList.h"

#include <stdexcept>

namespace safeledger::bench {

namespace {

constexpr const char* kOpen = "h.status IN ('registered','rectifying','awaiting_verification')";

std::vector<int64_t> rawDue(sqlite3* raw, const std::string& horizon, const BenchDb& b, bool town, int limit)
{
    std::string sql = "SELECT h.id, h.uuid, o.name, h.deadline, h.found_on, substr(h.description, 1, 60), h.location "
                      "FROM hazard h INDEXED BY hazard_open_deadline JOIN org o ON o.id = h.org_id WHERE " +
                      std::string(kOpen) + " AND h.deadline <= ?1";
    if (town) {
        sql += " AND o.path >= ?2 AND o.path < ?3";
    }
    sql += " ORDER BY h.deadline, h.id LIMIT " + std::to_string(limit);
    Raw r(raw, sql.c_str());
    r.bind(1, horizon);
    if (town) {
        r.bind(2, b.townLow).bind(3, b.townHigh);
    }
    std::vector<int64_t> ids;
    std::vector<std::string> texts;
    while (r.step()) {
        ids.push_back(r.integer(0));
        for (int c = 1; c <= 6; ++c) {
            texts.push_back(r.text(c));
        }
    }
    return ids;
}

// The counts `due` prints with its list, as plain SQL.
void rawCounts(sqlite3* raw, const std::string& today, const std::string& horizon, const BenchDb& b)
{
    const std::string scope = " AND o.path >= ?3 AND o.path < ?4";
    const std::string from = "SELECT count(*) FROM hazard h INDEXED BY hazard_open_deadline JOIN org o ON o.id = "
                             "h.org_id WHERE " +
                             std::string(kOpen);
    for (const std::string& where :
         {std::string(" AND h.deadline < ?1 AND ?2 = ?2"), std::string(" AND h.deadline >= ?1 AND h.deadline <= ?2")}) {
        Raw r(raw, (from + where + scope).c_str());
        r.bind(1, today).bind(2, horizon).bind(3, b.townLow).bind(4, b.townHigh);
        r.step();
    }
    Raw v(raw, "SELECT count(*) FROM hazard h INDEXED BY hazard_status_found JOIN org o ON o.id = h.org_id "
               "WHERE h.status = 'awaiting_verification' AND o.path >= ?1 AND o.path < ?2");
    v.bind(1, b.townLow).bind(2, b.townHigh);
    v.step();
}

std::vector<int64_t> ids(const std::vector<DueItem>& items)
{
    std::vector<int64_t> out;
    for (const auto& i : items) {
        out.push_back(i.hazard.id);
    }
    return out;
}

} // namespace

void registerDue()
{
    BenchDb& b = benchDb();
    Database& db = *b.db;
    sqlite3* raw = b.raw;
    const WorkingCalendar calendar = CalendarStore(db).calendar();
    DueFilter county;
    county.asOf = b.today;
    county.withinWorkingDays = 5;
    DueFilter town = county;
    town.orgId = b.townId;
    const std::string today = b.today.toString();
    const std::string horizon = calendar.addWorkingDays(b.today, 5).toString();

    const auto check = [](const std::string& name, const std::vector<int64_t>& p, const std::vector<int64_t>& r) {
        if (p != r) {
            throw std::runtime_error(name + ": the product and the raw SQL return different rows (" +
                                     std::to_string(p.size()) + " and " + std::to_string(r.size()) + ")");
        }
    };
    check("to-do, county", ids(DueList(db, county, calendar).due(50)), rawDue(raw, horizon, b, false, 50));
    check("to-do, town", ids(DueList(db, town, calendar).due(50)), rawDue(raw, horizon, b, true, 50));
    check("due, town", ids(DueList(db, town, calendar).due(100000)), rawDue(raw, horizon, b, true, 100000));

    registerPair(
        {"to-do first page (50 lines), county", "< 50 ms", 50, 0},
        [&db, county, calendar] { DueList(db, county, calendar).due(50); },
        [raw, horizon, &b] { rawDue(raw, horizon, b, false, 50); });
    registerPair(
        {"to-do first page (50 lines), town", "< 50 ms", 50, 0},
        [&db, town, calendar] { DueList(db, town, calendar).due(50); },
        [raw, horizon, &b] { rawDue(raw, horizon, b, true, 50); });
    // What `safeledger-cli due --org TOWN --json` reads: every line and the counts.
    registerPair(
        {"due --json, town (all lines and counts)", "< 1 s", 1000, 0},
        [&db, town, calendar] {
            DueList list(db, town, calendar);
            list.due(100000);
            list.awaitingVerification(100000);
            list.counts();
        },
        [raw, horizon, today, &b] {
            rawDue(raw, horizon, b, true, 100000);
            rawCounts(raw, today, horizon, b);
        });
}

} // namespace safeledger::bench
