// The figures of the records beside the hazards (docs/figures.md): verifications, accidents,
// penalties, enforcement documents and activities. Parameter numbering as in Statistics.cpp.
#include "safeledger/storage/Statistics.h"

namespace safeledger {

namespace {

// Every code of the vocabulary, at 0, so that reports keep a stable shape.
template <class E>
void zeroes(std::map<std::string, int64_t>& m)
{
    for (const auto& e : enumEntries<E>()) {
        m[e.code] = 0;
    }
}

} // namespace

void Statistics::verificationFigures(const Scope& scope, const Period& period, const Date& asOf, Figures& f)
{
    auto& conn = m_db.connection();
    // A hazard rectified on the spot is confirmed by a passed verification on the day it is found
    // (HazardService::registerHazard): that is no re-inspection (复查), so only deadline and
    // suspension hazards count.
    // Both conditions are the WHERE of a partial index of schema step 11, word for word.
    const char* const counted = "v.date >= ?1 AND v.date <= ?2 AND v.date <= ?3 AND v.voided_at = ''"
                                " AND h.mode IN ('deadline','suspension') AND h.status <> 'voided'";
    std::string sql;
    if (scope.access == Access::ByUnit && verificationsByUnit(scope, period)) {
        // The scope's hazards, then each one's verifications of the period. A verification is
        // never dated before its hazard was found (HazardLifecycle), which bounds the walk.
        sql = "SELECT count(*), sum(v.passed) FROM " + from(scope, Access::ByUnit, "hazard", "h") +
              " CROSS JOIN verification v INDEXED BY verification_hazard ON v.hazard_id = h.id"
              " WHERE h.found_on <= ?2 AND " +
              counted + scopeFilter(scope);
    } else {
        // The period's verifications by date, each one's hazard by id (and its unit when scoped),
        // both from covering partial indexes: no table row is read.
        sql = std::string("SELECT count(*), sum(v.passed) FROM verification v INDEXED BY verification_date"
                          " CROSS JOIN hazard h INDEXED BY hazard_reinspected ON h.id = v.hazard_id") +
              (scope.access == Access::Whole ? "" : " CROSS JOIN org o ON o.id = h.org_id") + " WHERE " + counted +
              scopeFilter(scope);
    }
    sql::Statement st(conn, sql);
    bindDates(st, period, asOf);
    bindScope(st, scope);
    st.step();
    f.verifications = st.int64(0);
    f.verificationsPassed = st.int64(1);
    f.verificationPassRate = ratio(f.verificationsPassed, f.verifications);
}

bool Statistics::verificationsByUnit(const Scope& scope, const Period& period) const
{
    // Compare the rows each way reads: the scope's hazards against the database's standing
    // verifications of the period, counted from verification_date alone.
    sql::Statement st(m_db.connection(), "SELECT count(*) FROM verification INDEXED BY verification_date"
                                         " WHERE date >= ?1 AND date <= ?2 AND voided_at = ''");
    bindPeriod(st, period);
    st.step();
    return hazardsInScope(scope) <= static_cast<double>(st.int64(0));
}

void Statistics::recordFigures(const Scope& scope, const Period& period, Figures& f)
{
    auto& conn = m_db.connection();
    const std::string filter = scopeFilter(scope);
    {
        // Accidents are a few a year: grouping them by type costs nothing.
        sql::Statement st(conn, "SELECT a.type, count(*), sum(a.deaths), sum(a.serious_injuries + a.minor_injuries),"
                                " sum(a.serious_injuries), sum(a.direct_loss_fen) FROM " +
                                    from(scope, scope.access, "accident", "a") +
                                    " WHERE a.occurred_on >= ?1 AND a.occurred_on <= ?2 AND a.voided_at = ''" + filter +
                                    " GROUP BY a.type");
        bindPeriod(st, period);
        bindScope(st, scope);
        zeroes<AccidentType>(f.accidentsByType);
        while (st.step()) {
            f.accidentsByType[st.text(0)] += st.int64(1);
            f.accidents += st.int64(1);
            f.deaths += st.int64(2);
            f.injuries += st.int64(3);
            f.seriousInjuries += st.int64(4);
            f.directLossFen += st.int64(5);
        }
    }
    {
        sql::Statement st(conn, "SELECT count(*), sum(p.amount_fen) FROM " + from(scope, scope.access, "penalty", "p") +
                                    " WHERE p.decided_on >= ?1 AND p.decided_on <= ?2 AND p.voided_at = ''" + filter);
        bindPeriod(st, period);
        bindScope(st, scope);
        st.step();
        f.penalties = st.int64(0);
        f.penaltyAmountFen = st.int64(1);
    }
    {
        sql::Statement st(conn, "SELECT d.kind, count(*) FROM " +
                                    from(scope, scope.access, "enforcement_document", "d") +
                                    " WHERE d.issued_on >= ?1 AND d.issued_on <= ?2 AND d.voided_at = ''" + filter +
                                    " GROUP BY d.kind");
        bindPeriod(st, period);
        bindScope(st, scope);
        zeroes<DocumentKind>(f.noticesByKind);
        while (st.step()) {
            f.noticesByKind[st.text(0)] += st.int64(1);
        }
    }
    {
        sql::Statement st(
            conn, "SELECT v.kind, count(*), sum(v.participants) FROM " + from(scope, scope.access, "activity", "v") +
                      " WHERE v.date >= ?1 AND v.date <= ?2 AND v.voided_at = ''" + filter + " GROUP BY v.kind");
        bindPeriod(st, period);
        bindScope(st, scope);
        zeroes<ActivityKind>(f.activitiesByKind);
        zeroes<ActivityKind>(f.participantsByActivityKind);
        while (st.step()) {
            f.activitiesByKind[st.text(0)] += st.int64(1);
            f.participantsByActivityKind[st.text(0)] += st.int64(2);
            f.activityParticipants += st.int64(2);
        }
    }
}

} // namespace safeledger
