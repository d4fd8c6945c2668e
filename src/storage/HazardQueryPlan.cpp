// How the hazard list reaches its rows (see HazardQuery.h). Every page is a keyset read: (sort key, id) beyond the last
// row shown, in the order of an index, LIMIT n. What differs per filter is how the rows are
// reached ("the driver"):
//   sort    walk the sort key's index in order and test each row against the filter; stops as
//           soon as the page is full, so it costs about n / (share of rows that match).
//   text, open, units, status, major, period
//           read only the rows one condition selects (the trigram index, the open-hazard partial
//           index, the units of a subtree or sector through hazard_org_found, ...), test the rest
//           and sort them; costs about the number of rows that condition selects.
// The choice compares the two: each driver's rows are counted up to a cap (an index-only count),
// and the smallest wins when the sort walk would read more rows than it, assuming the conditions
// are independent. Plans are pinned with INDEXED BY and CROSS JOIN: without ANALYZE statistics
// SQLite cannot know which condition is rare. All plans give the same rows in the same order.
#include "HazardQueryImpl.h"
#include "HazardSql.h"

#include <algorithm>
#include <cmath>

namespace safeledger {

using detail::Driver;
using detail::Sql;

namespace {

std::string likePattern(const std::string& text)
{
    std::string out = "%";
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    return out + "%";
}

} // namespace

std::string HazardQuery::Impl::key() const
{
    switch (sort) {
    case HazardSort::FoundOn:
        return "h.found_on";
    case HazardSort::Deadline:
        // Overdue hazards, and those with a deadline in a period (the due list), all have a
        // deadline, so the open-hazard index's own order (deadline, id) is the list's and the page
        // is read in index order; otherwise the expression of the hazard_deadline index. Both give
        // the same key for a hazard with a deadline.
        if (driver == Driver::Open && (filter.overdueAsOf || filter.deadline)) {
            return "h.deadline";
        }
        return "ifnull(h.deadline, '')";
    case HazardSort::Id:
        break;
    }
    return "h.id";
}

// The conditions of the filter on hazard h and org o, except the one the driver applies itself.
Sql HazardQuery::Impl::conditions(Driver d) const
{
    Sql w;
    if (!filter.statuses.empty()) {
        w.add(" AND h.status IN (");
        bool first = true;
        for (const auto s : filter.statuses) {
            w.add(first ? "?" : ", ?", std::string(toCode(s)));
            first = false;
        }
        w.add(")");
    }
    if (filter.overdueAsOf) {
        const std::string day = filter.overdueAsOf->toString();
        const bool past = *filter.overdueAsOf < db.today();
        w.add(" AND " + hazardsql::overdueAsOf("?", past), day);
        for (int i = 1; i < hazardsql::overdueAsOfUses(past); ++i) {
            w.values.push_back(day); // the day's other "?"s
        }
    }
    if (filter.grade) {
        w.add(" AND h.grade = ?", std::string(toCode(*filter.grade)));
    }
    if (filter.category) {
        w.add(" AND h.category = ?", std::string(toCode(*filter.category)));
    }
    if (filter.listedOnly) {
        w.add(" AND h.supervision <> ''");
    }
    if (filter.found && !(d == Driver::Period || (d == Driver::Sort && sort == HazardSort::FoundOn))) {
        w.add(" AND h.found_on >= ?", filter.found->from.toString())
            .add(" AND h.found_on <= ?", filter.found->to.toString());
    }
    if (filter.closed) {
        // Status 'closed' is exactly "closed_on set and not voided" (see Statistics' rectified).
        w.add(" AND h.status = 'closed' AND h.closed_on >= ?", filter.closed->from.toString())
            .add(" AND h.closed_on <= ?", filter.closed->to.toString());
    }
    if (filter.deadline) {
        w.add(" AND h.deadline >= ?", filter.deadline->from.toString())
            .add(" AND h.deadline <= ?", filter.deadline->to.toString());
    }
    if (filter.sector) {
        w.add(" AND o.sector = ?", std::string(toCode(*filter.sector)));
    }
    if (filter.orgId) {
        w.add(" AND o.path >= ?", orgLow).add(" AND o.path < ?", orgHigh);
    }
    if (!ftsQuery.empty() && d != Driver::Text) {
        w.add(" AND h.id IN (SELECT rowid FROM hazard_fts WHERE hazard_fts MATCH ?)", ftsQuery);
    }
    // A trigram index cannot look up fewer than three characters: such words are matched by
    // LIKE on each row the driver reads, which is quick when they are common (the page fills
    // early) and a scan of the table when they are rare.
    for (const auto& word : shortWords) {
        const std::string p = likePattern(word);
        w.add(" AND (h.description LIKE ? ESCAPE '\\'", p).add(" OR h.location LIKE ? ESCAPE '\\')", p);
    }
    // The driver's own condition, spelled the way its index needs.
    switch (d) {
    case Driver::Text:
        w.add(" AND hazard_fts MATCH ?", ftsQuery);
        break;
    case Driver::Open:
        w.add(" AND " + hazardsql::open());
        break;
    case Driver::Major:
        // Spelled as hazard_major's WHERE. Listed supervision implies a major hazard (a rule of
        // HazardLifecycle::validate that the checker holds the database to).
        w.add(" AND h.grade = 'major'");
        break;
    case Driver::Period:
    case Driver::Sort:
        if (filter.found && (d == Driver::Period || sort == HazardSort::FoundOn)) {
            w.add(" AND h.found_on >= ?", filter.found->from.toString())
                .add(" AND h.found_on <= ?", filter.found->to.toString());
        }
        break;
    default:
        break;
    }
    return w;
}

// One page: rows beyond (or from, when `inclusive`) `pos` in the direction `desc`.

// Terms " AND a AND b" as " WHERE a AND b" (no WHERE at all when empty: SQLite counts a table
// or index without reading its rows only for a count(*) without one).
Sql HazardQuery::Impl::where(Sql terms)
{
    if (!terms.text.empty()) {
        terms.text.replace(0, 5, " WHERE ");
    }
    return terms;
}

// FROM with the loop order and index of the driver; org o joined when `withOrg`.
std::string HazardQuery::Impl::from(Driver d, bool withOrg) const
{
    const std::string org = withOrg ? " CROSS JOIN org o ON o.id = h.org_id" : "";
    switch (d) {
    case Driver::Text:
        return " FROM hazard_fts CROSS JOIN hazard h ON h.id = hazard_fts.rowid" + org;
    case Driver::Open:
        return " FROM hazard h INDEXED BY hazard_open_deadline" + org;
    case Driver::Units:
        return " FROM org o CROSS JOIN hazard h INDEXED BY hazard_org_found ON h.org_id = o.id";
    case Driver::Status:
        return " FROM hazard h INDEXED BY hazard_status_found" + org;
    case Driver::Major:
        return " FROM hazard h INDEXED BY hazard_major" + org;
    case Driver::Period:
        return " FROM hazard h INDEXED BY hazard_found" + org;
    case Driver::Sort:
        break;
    }
    if (sort == HazardSort::Id) {
        return " FROM hazard h NOT INDEXED" + org; // the table itself is in id order
    }
    return std::string(" FROM hazard h INDEXED BY ") + sortIndex() + org;
}

// The rows `d` would read, counted up to `cap` from its index alone.
int64_t HazardQuery::Impl::estimate(Driver d, int64_t cap) const
{
    Sql q;
    q.add("SELECT count(*) FROM (SELECT 1");
    switch (d) {
    case Driver::Text:
        q.add(" FROM hazard_fts WHERE hazard_fts MATCH ?", ftsQuery);
        break;
    case Driver::Open:
        q.add(from(d, false)).add(" WHERE " + hazardsql::open());
        break;
    case Driver::Units:
        q.add(from(d, false)).add(" WHERE 1");
        if (filter.sector) {
            q.add(" AND o.sector = ?", std::string(toCode(*filter.sector)));
        }
        if (filter.orgId) {
            q.add(" AND o.path >= ?", orgLow).add(" AND o.path < ?", orgHigh);
        }
        break;
    case Driver::Status:
        q.add(from(d, false)).add(" WHERE h.status IN (");
        for (auto it = filter.statuses.begin(); it != filter.statuses.end(); ++it) {
            q.add(it == filter.statuses.begin() ? "?" : ", ?", std::string(toCode(*it)));
        }
        q.add(")");
        break;
    case Driver::Major:
        q.add(from(d, false)).add(" WHERE h.grade = 'major'");
        break;
    case Driver::Period:
        q.add(from(d, false))
            .add(" WHERE h.found_on >= ?", filter.found->from.toString())
            .add(" AND h.found_on <= ?", filter.found->to.toString());
        break;
    case Driver::Sort:
        return cap;
    }
    q.add(" LIMIT ?)", cap);
    auto st = q.prepare(db.connection());
    st.step();
    return st.int64(0);
}

std::vector<Driver> HazardQuery::Impl::candidates() const
{
    std::vector<Driver> out;
    if (!ftsQuery.empty()) {
        out.push_back(Driver::Text);
    }
    const bool openStatuses = !filter.statuses.empty() &&
                              std::all_of(filter.statuses.begin(), filter.statuses.end(), HazardLifecycle::isOpen);
    if (openStatuses || overdueOpenOnly) {
        out.push_back(Driver::Open);
    } else if (!filter.statuses.empty()) {
        out.push_back(Driver::Status);
    }
    if (needsOrg()) {
        out.push_back(Driver::Units);
    }
    if (filter.grade == HazardGrade::Major || filter.listedOnly) {
        out.push_back(Driver::Major);
    }
    if (filter.found) {
        out.push_back(Driver::Period);
    }
    return out;
}

// The driver with the fewest rows and how many it reads, counted up to `cap`; Sort when there
// is none. A page in sort order needs no driver for the period (the sort walk reads only the
// period already); a count does.
std::pair<Driver, int64_t> HazardQuery::Impl::smallest(int64_t cap, bool forCount) const
{
    std::pair<Driver, int64_t> best{Driver::Sort, cap + 1};
    for (const Driver d : candidates()) {
        if (d == Driver::Period && sort == HazardSort::FoundOn && !forCount) {
            continue;
        }
        const int64_t n = estimate(d, cap);
        if (n < best.second) {
            best = {d, n};
        }
    }
    return best;
}

// The plan is chosen on the first page read: a query built only for its count needs none.
void HazardQuery::Impl::choose()
{
    if (chosen) {
        return;
    }
    chosen = true;
    // A driver reading k of N rows beats walking the sort index for a page of ~100 rows when
    // k <= 100 * N / k (the walk's rows if the conditions are independent): k <= sqrt(100 N).
    const int64_t total = db.connection().scalarInt("SELECT max(id) FROM hazard");
    const auto threshold = std::max<int64_t>(2000, static_cast<int64_t>(std::sqrt(100.0 * static_cast<double>(total))));
    const auto [d, n] = smallest(threshold + 1, false);
    driver = n <= threshold ? d : Driver::Sort;
}

Sql HazardQuery::Impl::select(Driver d, const Sql& moreTerms) const
{
    Sql q;
    q.add("SELECT h.id, h.uuid, h.org_id, o.name, h.found_on, h.category, h.grade, h.status, h.deadline,"
          " h.closed_on, h.location, substr(h.description, 1, ?), h.supervision, " +
              key(),
          int64_t{kExcerptChars});
    Sql terms = conditions(d);
    terms.add(moreTerms);
    q.add(from(d, true)).add(where(std::move(terms)));
    return q;
}

} // namespace safeledger
