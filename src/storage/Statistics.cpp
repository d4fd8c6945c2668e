// The reported figures (docs/figures.md). Every definition there is computed here exactly once;
// the breakdowns (StatisticsBreakdowns.cpp) reuse the same SQL pieces.
//
// Parameter numbering is shared by all statements so that the SQL pieces compose:
//   ?1 period.from  ?2 period.to  ?3 asOf  ?4 first year  ?5 last year  ?6 scope root id
//   ?8, ?9 the scope's org.path range (only present when the scope needs a join with org).
#include "safeledger/storage/Statistics.h"

#include "HazardSql.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/OrgService.h"

#include <algorithm>
#include <map>

namespace safeledger {

// The definitions of docs/figures.md as SQL conditions on hazard h, org o and agreement g.
// Must match the WHERE of the hazard_open_deadline partial index word for word.
const char* const Statistics::kFoundInPeriod = "h.found_on >= ?1 AND h.found_on <= ?2 AND h.voided_at = ''";
const char* const Statistics::kRectifiedWithDeadline = "h.closed_on <= ?3 AND h.mode IN ('deadline','suspension')";
const char* const Statistics::kToInspect = "o.kind IN ('enterprise','business','school')";
// Needs an agreement: not the scope root (?6, 0 for the whole database), not a root, not a workshop.
const char* const Statistics::kNeedsAgreement = "o.kind <> 'workshop' AND o.id <> ?6 AND o.parent_id IS NOT NULL";
const char* const Statistics::kSignedAgreement =
    "g.year >= ?4 AND g.year <= ?5 AND g.status IN ('signed','assessed') AND g.signed_on <= ?3 AND g.voided_at = ''";

void Statistics::bindPeriod(sql::Statement& st, const Period& period)
{
    st.bind(1, period.from.toString()).bind(2, period.to.toString());
}

void Statistics::bindDates(sql::Statement& st, const Period& period, const Date& asOf)
{
    bindPeriod(st, period);
    st.bind(3, asOf.toString());
}

void Statistics::bindYears(sql::Statement& st, const Period& period)
{
    st.bind(4, period.from.year()).bind(5, period.to.year());
}

std::optional<double> Statistics::ratio(int64_t part, int64_t whole)
{
    if (whole == 0) {
        return std::nullopt;
    }
    return static_cast<double>(part) / static_cast<double>(whole);
}

void Statistics::checkPeriod(const Period& period, const Date& asOf)
{
    if (period.from.isNull() || period.to.isNull()) {
        throwValidation("period", MessageId::PeriodIncomplete);
    }
    if (period.to < period.from) {
        throwValidation("period", MessageId::PeriodReversed, {period.to.toString(), period.from.toString()});
    }
    if (asOf.isNull()) {
        throwValidation("as_of", MessageId::AsOfRequired);
    }
}

Statistics::Statistics(Database& db)
    : m_db(db)
{
    sql::Statement st(db.connection(), "SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = 'hazard_closed'");
    m_closedIndex = st.step();
}

Statistics::Scope Statistics::resolve(int64_t scopeOrgId)
{
    Scope s;
    auto& conn = m_db.connection();
    if (scopeOrgId == 0) {
        return s;
    }
    sql::Statement unit(conn, "SELECT path, uuid, name FROM org WHERE id = ?1");
    unit.bind(1, scopeOrgId);
    if (!unit.step()) {
        throw Error(Error::Kind::NotFound, MessageId::NoRecordWithId, {"unit", std::to_string(scopeOrgId)});
    }
    s.rootId = scopeOrgId;
    s.rootPath = unit.text(0);
    s.uuid = unit.text(1);
    s.name = unit.text(2);
    std::tie(s.low, s.high) = OrgService::subtreeRange(s.rootPath);

    // Voided units stay in the tree (their history counts), so they count here too.
    sql::Statement inScope(conn, "SELECT count(*) FROM org WHERE path >= ?1 AND path < ?2");
    inScope.bindAll(s.low, s.high);
    inScope.step();
    s.units = inScope.int64(0);
    s.allUnits = conn.scalarInt("SELECT count(*) FROM org");
    // A county database is usually one tree: then its root's scope is every row, and the join
    // with org is pure cost. Otherwise a scope holding a large share of the units is cheapest read
    // record by record in date order (sequential pages), a small one unit by unit through the
    // (org_id, date) indexes, which touches only its own rows (but in random order). A quarter is
    // roughly where the two met on a generated county of 10,000 units and 1,000,000 hazards.
    if (s.units >= s.allUnits) {
        s.access = Access::Whole;
    } else if (s.units * 4 >= s.allUnits) {
        s.access = Access::ByRecord;
    } else {
        s.access = Access::ByUnit;
    }
    return s;
}

std::string Statistics::from(const Scope& scope, Access access, const char* table, const char* alias,
                             const char* recordIndex)
{
    // The (org_id, date) index of each table: without it pinned, SQLite (which has no statistics
    // unless ANALYZE ran) may prefer (status, found_on) inside the loop over units and read every
    // closed hazard once per unit.
    static const std::map<std::string, const char*> unitIndex = {
        {"hazard", "hazard_org_found"},
        {"inspection", "inspection_org_date"},
        {"accident", "accident_org"},
        {"penalty", "penalty_org"},
        {"enforcement_document", "enforcement_document_org"},
        {"activity", "activity_org"},
    };
    std::string t = std::string(table) + " " + alias;
    if (scope.access != Access::Whole && access == Access::ByUnit) {
        // CROSS JOIN fixes the loop order: SQLite keeps the left table outermost.
        return "org o CROSS JOIN " + t + " INDEXED BY " + unitIndex.at(table) + " ON " + alias + ".org_id = o.id";
    }
    if (recordIndex) {
        t += std::string(" INDEXED BY ") + recordIndex;
    }
    if (scope.access == Access::Whole) {
        return t;
    }
    return t + " CROSS JOIN org o ON o.id = " + alias + ".org_id";
}

std::string Statistics::scopeFilter(const Scope& scope)
{
    return scope.access == Access::Whole ? std::string() : std::string(" AND o.path >= ?8 AND o.path < ?9");
}

void Statistics::bindScope(sql::Statement& st, const Scope& scope)
{
    if (scope.access != Access::Whole) {
        st.bind(8, scope.low).bind(9, scope.high);
    }
}

std::string Statistics::overdueSql(const Scope& scope, const Date& asOf, const std::string& columns) const
{
    // Overdue as of ?3: deadline before asOf, and open then. By the lifecycle (and the checker)
    // an open status means never closed and not voided, 'closed' means closed_on is set and not
    // voided; found_on <= deadline is a CHECK of the schema. So the definition needs only status,
    // deadline and closed_on, which lets the open part be counted from an index alone.
    const char* const closedAfter = "h.closed_on > ?3 AND h.deadline < ?3";
    // A past asOf also counts the hazards whose deadline in force then was later extended: read
    // from the approvals decided since, a few rows (extension_approved).
    const std::string extended =
        asOf < m_db.today()
            ? " UNION ALL SELECT " + columns +
                  " FROM extension_request e INDEXED BY extension_approved CROSS JOIN hazard h ON h.id = e.hazard_id" +
                  (scope.access == Access::Whole ? "" : " CROSS JOIN org o ON o.id = h.org_id") + " WHERE " +
                  hazardsql::overdueBeforeExtension() + scopeFilter(scope)
            : std::string();
    if (scope.access == Access::ByUnit && overdueByUnit(scope, asOf)) {
        // One walk over the scope's hazards found by asOf finds both parts.
        return "SELECT " + columns + " FROM " + from(scope, Access::ByUnit, "hazard", "h") +
               " WHERE h.found_on <= ?3 AND h.deadline < ?3 AND (" + hazardsql::open() +
               " OR (h.status = 'closed' AND " + closedAfter + "))" + scopeFilter(scope) + extended;
    }
    // Open hazards by deadline from the hazard_open_deadline partial index, which holds only
    // them. SQLite would rather take (status, found_on) for the IN list and read every open
    // hazard, hence the pin.
    std::string sql = "SELECT " + columns + " FROM " +
                      from(scope, Access::ByRecord, "hazard", "h", "hazard_open_deadline") + " WHERE " +
                      hazardsql::overdueNow("?3") + scopeFilter(scope);
    // A hazard closed after asOf was still open then, but it is no longer in that index. A closure
    // is dated by its passed verification, which cannot lie after the day it was recorded, so no
    // closure lies after today and this part is empty unless asOf is in the past.
    if (asOf < m_db.today()) {
        if (scope.access == Access::ByUnit && m_closedIndex) {
            // overdueByUnit found the hazards closed since asOf fewer than the scope's own: read
            // them from hazard_closed and keep those in scope, as the open part does.
            sql += " UNION ALL SELECT " + columns + " FROM " +
                   from(scope, Access::ByRecord, "hazard", "h", "hazard_closed") + " WHERE h.status = 'closed' AND " +
                   closedAfter + scopeFilter(scope);
        } else {
            sql += std::string(" UNION ALL ") + closedSql(scope, columns, closedAfter);
        }
    }
    return sql + extended;
}

bool Statistics::overdueByUnit(const Scope& scope, const Date& asOf) const
{
    // Without hazard_closed, the closed part of a past asOf walks the scope's hazards anyway
    // (closedSql), so one walk does both parts. Otherwise compare the rows each way reads: the
    // scope's hazards, estimated from its share of the units (ids are never reused, so max(id)
    // counts every hazard ever stored), against the database's overdue ones (the open ones past
    // their deadline, and for a past asOf those closed since), counted from the indexes alone.
    // With hazard_closed (schema step 2), a past asOf adds only the hazards closed since then,
    // counted from that index alone: last year's figures of a town of 70,000 hazards in a county
    // of a million take 35 ms of CPU instead of 110 ms (docs/performance.md).
    const bool past = asOf < m_db.today();
    if (past && !m_closedIndex) {
        return true;
    }
    auto& conn = m_db.connection();
    sql::Statement open(conn, "SELECT count(*) FROM hazard h INDEXED BY hazard_open_deadline WHERE " +
                                  hazardsql::overdueNow("?1"));
    open.bind(1, asOf.toString());
    open.step();
    double database = static_cast<double>(open.int64(0));
    if (past) {
        sql::Statement closed(conn, "SELECT count(*) FROM hazard h INDEXED BY hazard_closed WHERE h.status = 'closed' "
                                    "AND h.closed_on > ?1");
        closed.bind(1, asOf.toString());
        closed.step();
        database += static_cast<double>(closed.int64(0));
    }
    return hazardsInScope(scope) <= database;
}

double Statistics::hazardsInScope(const Scope& scope) const
{
    // Ids are never reused, so max(id) counts every hazard ever stored.
    const int64_t hazards = m_db.connection().scalarInt("SELECT max(id) FROM hazard");
    return static_cast<double>(hazards) * static_cast<double>(scope.units) /
           static_cast<double>(std::max<int64_t>(scope.allUnits, 1));
}

std::string Statistics::closedSql(const Scope& scope, const std::string& columns, const std::string& condition) const
{
    // status 'closed' is exactly "closed_on set and not voided": the checker holds status to
    // closed_on and voided_at, and this form is what a partial index on closed hazards serves.
    const bool viaClosedIndex = m_closedIndex && scope.access != Access::ByUnit;
    std::string sql = "SELECT " + columns + " FROM " +
                      from(scope, scope.access, "hazard", "h", viaClosedIndex ? "hazard_closed" : nullptr) +
                      " WHERE h.status = 'closed' AND " + condition;
    if (!viaClosedIndex) {
        // Implied (a hazard is closed on or after the day it was found), but it bounds the walk
        // through (status, found_on) or (org_id, found_on).
        sql += " AND h.found_on <= ?3";
    }
    return sql + scopeFilter(scope);
}

void Statistics::hazardFigures(const Scope& scope, const Period& period, const Date& asOf, Figures& f)
{
    auto& conn = m_db.connection();
    {
        // The flow: hazards found in the period, one pass over their rows. The sources are a
        // conditional sum each (the codes are the vocabulary's own): cheaper than a GROUP BY,
        // which would sort every row of the year.
        std::string bySource;
        for (const auto& e : enumEntries<HazardSource>()) {
            bySource += std::string(", sum(h.source = '") + e.code + "')";
        }
        sql::Statement st(conn, std::string("SELECT count(*), sum(h.closed_on <= ?3),") +
                                    " sum(h.closed_on <= ?3 AND h.mode = 'on_spot'), sum(" + kRectifiedWithDeadline +
                                    "), sum(CASE WHEN " + kRectifiedWithDeadline +
                                    " THEN julianday(h.closed_on) - julianday(h.found_on) END)" + bySource + " FROM " +
                                    from(scope, scope.access, "hazard", "h") + " WHERE " + kFoundInPeriod +
                                    scopeFilter(scope));
        bindDates(st, period, asOf);
        bindScope(st, scope);
        st.step();
        f.hazardsFound = st.int64(0);
        f.hazardsRectified = st.int64(1);
        f.rectifiedOnSpot = st.int64(2);
        f.rectifiedWithDeadline = st.int64(3);
        if (f.rectifiedWithDeadline > 0) {
            f.averageRectificationDays = st.real(4) / static_cast<double>(f.rectifiedWithDeadline);
        }
        f.rectificationRate = ratio(f.hazardsRectified, f.hazardsFound);
        int column = 5;
        for (const auto& e : enumEntries<HazardSource>()) {
            f.hazardsBySource[e.code] = st.int64(column++);
        }
    }
    {
        // Major hazards are a few per hundred: the hazard_major partial index reads only them,
        // which is cheaper than six more conditional sums over every row of the pass above.
        sql::Statement st(conn, "SELECT h.supervision, count(*), sum(h.closed_on <= ?3) FROM " +
                                    from(scope, Access::ByRecord, "hazard", "h") + " WHERE h.grade = 'major' AND " +
                                    kFoundInPeriod + scopeFilter(scope) + " GROUP BY h.supervision");
        bindDates(st, period, asOf);
        bindScope(st, scope);
        while (st.step()) {
            const std::string level = st.text(0);
            const int64_t n = st.int64(1);
            f.majorHazards += n;
            f.majorRectified += st.int64(2);
            if (level == toCode(SupervisionLevel::Province)) {
                f.majorListedProvince += n;
            } else if (level == toCode(SupervisionLevel::City)) {
                f.majorListedCity += n;
            } else if (level == toCode(SupervisionLevel::County)) {
                f.majorListedCounty += n;
            } else if (level == toCode(SupervisionLevel::Town)) {
                f.majorListedTown += n;
            }
        }
    }
    {
        sql::Statement st(conn, "SELECT count(*) FROM (" + overdueSql(scope, asOf, "h.id") + ")");
        bindDates(st, period, asOf);
        bindScope(st, scope);
        st.step();
        f.overdue = st.int64(0);
    }
    {
        // Hazards whose deadline an approved extension moved during the period (延期), up to asOf.
        sql::Statement st(conn,
                          "SELECT count(DISTINCT e.hazard_id) FROM extension_request e INDEXED BY "
                          "extension_approved CROSS JOIN hazard h ON h.id = e.hazard_id" +
                              std::string(scope.access == Access::Whole ? "" : " CROSS JOIN org o ON o.id = h.org_id") +
                              " WHERE e.decision = 'approved' AND e.decided_on >= ?1 AND e.decided_on <= ?2"
                              " AND e.decided_on <= ?3 AND h.status <> 'voided'" +
                              scopeFilter(scope));
        bindDates(st, period, asOf);
        bindScope(st, scope);
        st.step();
        f.extended = st.int64(0);
    }
}

void Statistics::unitFigures(const Scope& scope, const Period& period, const Date& asOf, Figures& f)
{
    auto& conn = m_db.connection();
    {
        // One pass over the scope's live units answers both coverage questions; each EXISTS is
        // one probe of inspection_org_date or agreement_b_year, made only for the units it concerns.
        sql::Statement st(conn, std::string("SELECT sum(") + kToInspect + "), sum(CASE WHEN " + kToInspect +
                                    " THEN EXISTS (SELECT 1 FROM inspection i WHERE i.org_id = o.id"
                                    " AND i.date >= ?1 AND i.date <= ?2 AND i.voided_at = '') ELSE 0 END), sum(" +
                                    kNeedsAgreement + "), sum(CASE WHEN " + kNeedsAgreement +
                                    " THEN EXISTS (SELECT 1 FROM agreement g WHERE g.party_b_id = o.id AND " +
                                    kSignedAgreement + ") ELSE 0 END) FROM org o WHERE o.voided_at = ''" +
                                    scopeFilter(scope));
        bindDates(st, period, asOf);
        bindYears(st, period);
        st.bind(6, scope.rootId);
        bindScope(st, scope);
        st.step();
        f.unitsToInspect = st.int64(0);
        f.unitsInspected = st.int64(1);
        f.agreementsNeeded = st.int64(2);
        f.agreementsCovered = st.int64(3);
        f.inspectionCoverage = ratio(f.unitsInspected, f.unitsToInspect);
        f.agreementCoverage = ratio(f.agreementsCovered, f.agreementsNeeded);
    }
    {
        sql::Statement st(conn, "SELECT count(*), sum(json_array_length(i.inspectors)) FROM " +
                                    from(scope, scope.access, "inspection", "i") +
                                    " WHERE i.date >= ?1 AND i.date <= ?2 AND i.voided_at = ''" + scopeFilter(scope));
        bindPeriod(st, period);
        bindScope(st, scope);
        st.step();
        f.inspections = st.int64(0);
        f.inspectorPersonTimes = st.int64(1);
    }
    {
        // Party A must be in scope; party B's kind is the counterpart the summaries group by.
        const std::string partyA = scope.access == Access::Whole ? "" : " CROSS JOIN org o ON o.id = g.party_a_id";
        sql::Statement st(conn, "SELECT b.kind, count(*) FROM agreement g" + partyA +
                                    " JOIN org b ON b.id = g.party_b_id WHERE " + kSignedAgreement +
                                    scopeFilter(scope) + " GROUP BY b.kind");
        bindDates(st, period, asOf);
        bindYears(st, period);
        bindScope(st, scope);
        for (const auto& e : enumEntries<OrgKind>()) {
            f.agreementsByCounterpartKind[e.code] = 0;
        }
        while (st.step()) {
            const int64_t n = st.int64(1);
            f.agreementsByCounterpartKind[st.text(0)] += n;
            f.agreementsSigned += n;
        }
    }
}

Figures Statistics::computeIn(const Scope& scope, const Period& period, const Date& asOf)
{
    checkPeriod(period, asOf);
    Figures f;
    hazardFigures(scope, period, asOf, f);
    unitFigures(scope, period, asOf, f);
    verificationFigures(scope, period, asOf, f);
    recordFigures(scope, period, f);
    return f;
}

Figures Statistics::compute(int64_t scopeOrgId, const Period& period, const Date& asOf)
{
    return computeIn(resolve(scopeOrgId), period, asOf);
}

Period Statistics::previousYearOf(const Period& period)
{
    return period.previousYear();
}

FigureSet Statistics::forPeriod(int64_t scopeOrgId, const Period& period, Comparison comparison)
{
    checkPeriod(period, period.to);
    const Scope scope = resolve(scopeOrgId);
    const Date today = m_db.today();
    FigureSet s;
    s.scopeOrgId = scopeOrgId;
    s.scopeUuid = scope.uuid;
    s.scopeName = scope.name;
    s.period = period;
    s.asOf = std::min(today, period.to);
    s.current = computeIn(scope, period, s.asOf);
    s.comparison = comparison;
    s.previousCut = comparison == Comparison::SameDay && s.asOf < period.to && !(s.asOf < period.from);
    s.previousPeriod = previousYearOf(s.previousCut ? Period{period.from, s.asOf} : period);
    s.previousAsOf = std::min(today, s.previousPeriod.to);
    s.previous = computeIn(scope, s.previousPeriod, s.previousAsOf);
    return s;
}

} // namespace safeledger
