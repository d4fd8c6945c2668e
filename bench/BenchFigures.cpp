// The year's figures (docs/figures.md) for the whole county and for one town: Statistics::compute
// against the same figures written by hand as SQL. Before timing, both sides must agree.
#include "BenchSetup.h"

#include "safeledger/storage/Statistics.h"

#include <stdexcept>

namespace safeledger::bench {

namespace {

// A scope for the hand-written SQL: empty bounds for the whole database.
struct RawScope
{
    int64_t rootId = 0;
    std::string low, high;
    bool whole() const { return low.empty(); }
};

// The figures as an expert would ask SQLite for them directly: one statement per table, the same
// indexes, no layers. `past`: asOf lies before today, so hazards closed since then were overdue too.
Figures rawFigures(sqlite3* db, const RawScope& s, int year, const std::string& asOf, bool past = false)
{
    const std::string from = std::to_string(year) + "-01-01";
    const std::string to = std::to_string(year) + "-12-31";
    Figures f;
    const auto bindCommon = [&](Raw& r) {
        r.bind(1, from).bind(2, to).bind(3, asOf);
        if (!s.whole()) {
            r.bind(8, s.low).bind(9, s.high);
        }
    };
    // Records of a table in scope: whole database, or the scope's units first, then their rows.
    const auto scoped = [&](const std::string& table, const std::string& index) {
        return s.whole() ? " FROM " + table + " x"
                         : " FROM org o CROSS JOIN " + table + " x INDEXED BY " + index +
                               " ON x.org_id = o.id AND o.path >= ?8 AND o.path < ?9";
    };
    {
        Raw r(db, ("SELECT count(*), sum(x.closed_on <= ?3), sum(x.closed_on <= ?3 AND x.mode = 'on_spot'),"
                   " sum(x.closed_on <= ?3 AND x.mode IN ('deadline','suspension')),"
                   " sum(x.grade = 'major'), sum(x.grade = 'major' AND x.closed_on <= ?3),"
                   " sum(x.supervision = 'province'), sum(x.supervision = 'city'), sum(x.supervision = 'county'),"
                   " sum(x.supervision = 'town'), sum(x.source = 'inspection'), sum(x.source = 'self_check'),"
                   " sum(x.source = 'public_report'), sum(x.source = 'snapshot'), sum(x.source = 'supervision'),"
                   " sum(x.source = 'other')" +
                   scoped("hazard", "hazard_org_found") +
                   " WHERE x.found_on >= ?1 AND x.found_on <= ?2 AND x.voided_at = ''")
                      .c_str());
        bindCommon(r);
        r.step();
        f.hazardsFound = r.integer(0);
        f.hazardsRectified = r.integer(1);
        f.rectifiedOnSpot = r.integer(2);
        f.rectifiedWithDeadline = r.integer(3);
        f.majorHazards = r.integer(4);
        f.majorRectified = r.integer(5);
        f.majorListedProvince = r.integer(6);
        f.majorListedCity = r.integer(7);
        f.majorListedCounty = r.integer(8);
        f.majorListedTown = r.integer(9);
        int column = 10;
        for (const char* source : {"inspection", "self_check", "public_report", "snapshot", "supervision", "other"}) {
            f.hazardsBySource[source] = r.integer(column++);
        }
    }
    {
        // Re-inspections: the year's verifications by date, each one's hazard (and unit) by id.
        const std::string sql =
            std::string("SELECT count(*), sum(v.passed) FROM verification v INDEXED BY verification_date"
                        " CROSS JOIN hazard h INDEXED BY hazard_reinspected ON h.id = v.hazard_id") +
            (s.whole() ? "" : " CROSS JOIN org o ON o.id = h.org_id AND o.path >= ?8 AND o.path < ?9") +
            " WHERE v.date >= ?1 AND v.date <= ?2 AND v.date <= ?3 AND v.voided_at = ''"
            " AND h.mode IN ('deadline','suspension') AND h.status <> 'voided'";
        Raw r(db, sql.c_str());
        bindCommon(r);
        r.step();
        f.verifications = r.integer(0);
        f.verificationsPassed = r.integer(1);
    }
    {
        // Open now and past the deadline then; for a past day also those closed since then.
        const std::string scope =
            s.whole() ? "" : " CROSS JOIN org o ON o.id = x.org_id AND o.path >= ?8 AND o.path < ?9";
        std::string sql = "SELECT count(*) FROM (SELECT 1 FROM hazard x INDEXED BY hazard_open_deadline" + scope +
                          " WHERE x.status IN ('registered','rectifying','awaiting_verification') AND x.deadline < ?3";
        if (past) {
            sql += " UNION ALL SELECT 1 FROM hazard x INDEXED BY hazard_closed" + scope +
                   " WHERE x.status = 'closed' AND x.closed_on > ?3 AND x.deadline < ?3";
        }
        Raw r(db, (sql + ")").c_str());
        bindCommon(r);
        r.step();
        f.overdue = r.integer(0);
    }
    {
        Raw r(db,
              ("SELECT count(*), sum(json_array_length(x.inspectors))" + scoped("inspection", "inspection_org_date") +
               " WHERE x.date >= ?1 AND x.date <= ?2 AND x.voided_at = ''")
                  .c_str());
        bindCommon(r);
        r.step();
        f.inspections = r.integer(0);
        f.inspectorPersonTimes = r.integer(1);
    }
    const std::string signedAgreement = "g.year = ?4 AND g.status IN ('signed','assessed') AND g.signed_on <= ?3 "
                                        "AND g.voided_at = ''";
    {
        Raw r(db, ("SELECT sum(o.kind IN ('enterprise','business','school')),"
                   " sum(o.kind IN ('enterprise','business','school') AND EXISTS (SELECT 1 FROM inspection i"
                   " WHERE i.org_id = o.id AND i.date >= ?1 AND i.date <= ?2 AND i.voided_at = '')),"
                   " sum(o.kind <> 'workshop' AND o.id <> ?6 AND o.parent_id IS NOT NULL),"
                   " sum(o.kind <> 'workshop' AND o.id <> ?6 AND o.parent_id IS NOT NULL AND EXISTS (SELECT 1 FROM"
                   " agreement g WHERE g.party_b_id = o.id AND " +
                   signedAgreement + ")) FROM org o WHERE o.voided_at = ''" +
                   (s.whole() ? "" : " AND o.path >= ?8 AND o.path < ?9"))
                      .c_str());
        bindCommon(r);
        r.bind(4, int64_t{year}).bind(6, s.rootId);
        r.step();
        f.unitsToInspect = r.integer(0);
        f.unitsInspected = r.integer(1);
        f.agreementsNeeded = r.integer(2);
        f.agreementsCovered = r.integer(3);
    }
    {
        Raw r(db, (std::string("SELECT count(*) FROM agreement g") +
                   (s.whole() ? "" : " CROSS JOIN org o ON o.id = g.party_a_id AND o.path >= ?8 AND o.path < ?9") +
                   " JOIN org b ON b.id = g.party_b_id WHERE " + signedAgreement)
                      .c_str());
        bindCommon(r);
        r.bind(4, int64_t{year});
        r.step();
        f.agreementsSigned = r.integer(0);
    }
    {
        Raw r(db, ("SELECT x.type, count(*), sum(x.deaths), sum(x.serious_injuries + x.minor_injuries)" +
                   scoped("accident", "accident_org") +
                   " WHERE x.occurred_on >= ?1 AND x.occurred_on <= ?2 AND x.voided_at = '' GROUP BY x.type")
                      .c_str());
        bindCommon(r);
        while (r.step()) {
            f.accidentsByType[r.text(0)] = r.integer(1);
            f.accidents += r.integer(1);
            f.deaths += r.integer(2);
            f.injuries += r.integer(3);
        }
    }
    {
        Raw r(db, ("SELECT count(*), sum(x.amount_fen)" + scoped("penalty", "penalty_org") +
                   " WHERE x.decided_on >= ?1 AND x.decided_on <= ?2 AND x.voided_at = ''")
                      .c_str());
        bindCommon(r);
        r.step();
        f.penalties = r.integer(0);
        f.penaltyAmountFen = r.integer(1);
    }
    {
        Raw r(db, ("SELECT x.kind, count(*)" + scoped("enforcement_document", "enforcement_document_org") +
                   " WHERE x.issued_on >= ?1 AND x.issued_on <= ?2 AND x.voided_at = '' GROUP BY x.kind")
                      .c_str());
        bindCommon(r);
        while (r.step()) {
            f.noticesByKind[r.text(0)] = r.integer(1);
        }
    }
    {
        Raw r(db, ("SELECT x.kind, count(*), sum(x.participants)" + scoped("activity", "activity_org") +
                   " WHERE x.date >= ?1 AND x.date <= ?2 AND x.voided_at = '' GROUP BY x.kind")
                      .c_str());
        bindCommon(r);
        while (r.step()) {
            f.activitiesByKind[r.text(0)] = r.integer(1);
            f.participantsByActivityKind[r.text(0)] = r.integer(2);
            f.activityParticipants += r.integer(2);
        }
    }
    return f;
}

// The first page of the units not inspected in the period, as an expert would ask: the same
// ranking, the latest inspection of each unit left newest first, the count by a window.
std::vector<int64_t> rawUninspected(sqlite3* db, const RawScope& s, const Period& period, const std::string& asOf,
                                    int64_t& total)
{
    Raw r(db, (std::string("SELECT o.id, (SELECT i.date FROM inspection i WHERE i.org_id = o.id AND i.date <= ?3"
                           " AND i.voided_at = '' ORDER BY i.date DESC LIMIT 1) AS last, count(*) OVER ()"
                           " FROM org o WHERE o.voided_at = '' AND o.kind IN ('enterprise','business','school')") +
               (s.whole() ? "" : " AND o.path >= ?8 AND o.path < ?9") +
               " AND NOT EXISTS (SELECT 1 FROM inspection i WHERE i.org_id = o.id AND i.date >= ?1"
               " AND i.date <= ?2 AND i.voided_at = '') ORDER BY CASE o.risk_colour WHEN 'red' THEN 0"
               " WHEN 'orange' THEN 1 WHEN 'yellow' THEN 2 WHEN 'blue' THEN 3 ELSE 4 END, last IS NOT NULL,"
               " last, o.name, o.id LIMIT 50")
                  .c_str());
    r.bind(1, period.from.toString()).bind(2, period.to.toString()).bind(3, asOf);
    if (!s.whole()) {
        r.bind(8, s.low).bind(9, s.high);
    }
    std::vector<int64_t> ids;
    total = 0;
    while (r.step()) {
        ids.push_back(r.integer(0));
        total = r.integer(2);
    }
    return ids;
}

int64_t sum(const std::map<std::string, int64_t>& m)
{
    int64_t n = 0;
    for (const auto& [k, v] : m) {
        n += v;
    }
    return n;
}

void requireSame(const std::string& what, const Figures& p, const Figures& r)
{
    const std::vector<std::pair<const char*, std::pair<int64_t, int64_t>>> pairs = {
        {"found", {p.hazardsFound, r.hazardsFound}},
        {"rectified", {p.hazardsRectified, r.hazardsRectified}},
        {"on spot", {p.rectifiedOnSpot, r.rectifiedOnSpot}},
        {"with deadline", {p.rectifiedWithDeadline, r.rectifiedWithDeadline}},
        {"overdue", {p.overdue, r.overdue}},
        {"major", {p.majorHazards, r.majorHazards}},
        {"major rectified", {p.majorRectified, r.majorRectified}},
        {"listed county", {p.majorListedCounty, r.majorListedCounty}},
        {"inspections", {p.inspections, r.inspections}},
        {"person-times", {p.inspectorPersonTimes, r.inspectorPersonTimes}},
        {"units inspected", {p.unitsInspected, r.unitsInspected}},
        {"units to inspect", {p.unitsToInspect, r.unitsToInspect}},
        {"agreements needed", {p.agreementsNeeded, r.agreementsNeeded}},
        {"agreements covered", {p.agreementsCovered, r.agreementsCovered}},
        {"agreements signed", {p.agreementsSigned, r.agreementsSigned}},
        {"accidents", {p.accidents, r.accidents}},
        {"deaths", {p.deaths, r.deaths}},
        {"penalties", {p.penalties, r.penalties}},
        {"fines", {p.penaltyAmountFen, r.penaltyAmountFen}},
        {"notices", {sum(p.noticesByKind), sum(r.noticesByKind)}},
        {"activities", {sum(p.activitiesByKind), sum(r.activitiesByKind)}},
        {"participants", {p.activityParticipants, r.activityParticipants}},
        {"re-inspections", {p.verifications, r.verifications}},
        {"re-inspections passed", {p.verificationsPassed, r.verificationsPassed}},
    };
    // The breakdowns, code by code (the raw side lists only the codes it met).
    const auto sameMap = [&](const char* name, const std::map<std::string, int64_t>& product,
                             const std::map<std::string, int64_t>& raw) {
        for (const auto& [code, n] : product) {
            const auto it = raw.find(code);
            if (n != (it == raw.end() ? 0 : it->second)) {
                throw std::runtime_error(what + ": " + name + " differ at " + code);
            }
        }
    };
    sameMap("hazards by source", p.hazardsBySource, r.hazardsBySource);
    sameMap("accidents by type", p.accidentsByType, r.accidentsByType);
    sameMap("participants by kind", p.participantsByActivityKind, r.participantsByActivityKind);
    for (const auto& [name, v] : pairs) {
        if (v.first != v.second) {
            throw std::runtime_error(what + ": the product says " + name + " = " + std::to_string(v.first) +
                                     ", the raw SQL " + std::to_string(v.second));
        }
    }
}

} // namespace

void registerFigures()
{
    BenchDb& b = benchDb();
    const Period year = Period::year(b.year);
    const std::string asOf = b.today.toString();
    const RawScope county;
    const RawScope town{b.townId, b.townLow, b.townHigh};

    // Both sides must give the same numbers before their speed means anything.
    Statistics stats(*b.db);
    requireSame("county", stats.compute(0, year, b.today), rawFigures(b.raw, county, b.year, asOf));
    requireSame("town", stats.compute(b.townId, year, b.today), rawFigures(b.raw, town, b.year, asOf));

    const Question open{"open the database", "", 0, 0};
    registerPair(
        open,
        [path = b.path] {
            OpenOptions o;
            o.readOnly = true;
            auto db = Database::open(path, o);
            (void)db;
        },
        [path = b.path] {
            sqlite3* db = openRaw(path);
            Raw(db, "SELECT count(*) FROM sqlite_schema").step();
            sqlite3_close(db);
        });

    const Question countyQ{"year's figures, county", "<= 1.5x raw, < 150 ms", 150, 1.5};
    registerPair(
        countyQ, [&b, year] { Statistics(*b.db).compute(0, year, b.today); },
        [&b, asOf, county] { rawFigures(b.raw, county, b.year, asOf); });
    const Question townQ{"year's figures, one town", "<= 1.5x raw, < 150 ms", 150, 1.5};
    registerPair(
        townQ, [&b, year] { Statistics(*b.db).compute(b.townId, year, b.today); },
        [&b, asOf, town] { rawFigures(b.raw, town, b.year, asOf); });

    // Last year's figures, as of its last day: the annual summary's numbers (a past asOf).
    const Period lastYear = Period::year(b.year - 1);
    const std::string yearEnd = lastYear.to.toString();
    requireSame("county, last year", stats.compute(0, lastYear, lastYear.to),
                rawFigures(b.raw, county, b.year - 1, yearEnd, true));
    requireSame("town, last year", stats.compute(b.townId, lastYear, lastYear.to),
                rawFigures(b.raw, town, b.year - 1, yearEnd, true));
    const Question lastCounty{"last year's figures, county", "<= 1.5x raw, < 150 ms", 150, 1.5};
    registerPair(
        lastCounty, [&b, lastYear] { Statistics(*b.db).compute(0, lastYear, lastYear.to); },
        [&b, yearEnd, county] { rawFigures(b.raw, county, b.year - 1, yearEnd, true); });
    const Question lastTown{"last year's figures, one town", "<= 1.5x raw, < 150 ms", 150, 1.5};
    registerPair(
        lastTown, [&b, lastYear] { Statistics(*b.db).compute(b.townId, lastYear, lastYear.to); },
        [&b, yearEnd, town] { rawFigures(b.raw, town, b.year - 1, yearEnd, true); });

    // The units to visit: this month's list (most units are not yet inspected in a month).
    const Period month{Date::fromParts(b.year, b.today.month(), 1), b.today};
    for (const auto& [name, scope] : {std::pair<const char*, RawScope>{"county", county}, {"town", town}}) {
        int64_t rawTotal = 0;
        const auto product = stats.uninspected(scope.rootId, month, b.today, 50);
        std::vector<int64_t> ids;
        for (const auto& row : product.rows) {
            ids.push_back(row.orgId);
        }
        if (ids != rawUninspected(b.raw, scope, month, asOf, rawTotal) || product.total != rawTotal) {
            throw std::runtime_error(std::string("uninspected, ") + name + ": the product and the raw SQL differ");
        }
        const Question q{std::string("not yet inspected this month, first page (50), ") + name, "< 200 ms", 200, 0};
        registerPair(
            q, [&b, month, scope] { Statistics(*b.db).uninspected(scope.rootId, month, b.today, 50); },
            [&b, month, asOf, scope] {
                int64_t n = 0;
                rawUninspected(b.raw, scope, month, asOf, n);
            });
    }

    // What a user waits for when the program starts: a fresh connection (its page cache empty,
    // the operating system's warm), then the county's figures.
    const Question openCounty{"open + year's figures, county", "< 150 ms", 150, 0};
    registerPair(
        openCounty,
        [&b, year] {
            OpenOptions o;
            o.readOnly = true;
            auto db = Database::open(b.path, o);
            Statistics(*db).compute(0, year, b.today);
        },
        [&b, asOf, county] {
            sqlite3* db = openRaw(b.path);
            rawFigures(db, county, b.year, asOf);
            sqlite3_close(db);
        });
}

} // namespace safeledger::bench
