// The hazard list's pages and rows, and the public API; how the rows are reached is in
// HazardQueryPlan.cpp.
#include "HazardQueryImpl.h"

#include "safeledger/core/Error.h"
#include "safeledger/core/HazardLifecycle.h"
#include "safeledger/storage/OrgService.h"

#include <algorithm>

namespace safeledger {

using detail::Driver;
using detail::Sql;

namespace {

const char* driverName(Driver d)
{
    switch (d) {
    case Driver::Sort:
        return "sort";
    case Driver::Text:
        return "text";
    case Driver::Open:
        return "open";
    case Driver::Units:
        return "units";
    case Driver::Status:
        return "status";
    case Driver::Major:
        return "major";
    case Driver::Period:
        return "period";
    }
    return "sort";
}

size_t utf8Length(const std::string& s)
{
    return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// An FTS5 phrase: the text in double quotes, its own quotes doubled. A phrase of trigrams matches
// the text as a substring, whatever characters it holds.
std::string ftsPhrase(const std::string& text)
{
    std::string out = "\"";
    for (char c : text) {
        out += c;
        if (c == '"') {
            out += '"';
        }
    }
    return out + "\"";
}

} // namespace

HazardPage HazardQuery::Impl::read(bool desc, const HazardRow* pos, bool inclusive, int limit, int64_t offset)
{
    HazardPage page;
    choose();
    if (nothing || limit <= 0) {
        page.atEnd = true;
        return page;
    }
    const std::string k = key();
    Sql keyset;
    if (pos) {
        const std::string op = std::string(desc ? "<" : ">") + (inclusive ? "=" : "");
        if (sort == HazardSort::Id) {
            keyset.add(" AND h.id " + op + " ?", pos->id);
        } else {
            keyset.add(" AND (" + k + ", h.id) " + op + " (?", pos->sortKey).add(", ?)", pos->id);
        }
    }
    Sql q = select(driver, keyset);
    const char* dir = desc ? " DESC" : " ASC";
    q.add(" ORDER BY ");
    if (sort != HazardSort::Id) {
        q.add(k + dir + ", ");
    }
    q.add(std::string("h.id") + dir + " LIMIT ?", int64_t{limit} + 1);
    if (offset > 0) {
        q.add(" OFFSET ?", offset);
    }
    auto st = q.prepare(db.connection());
    while (st.step()) {
        if (static_cast<int>(page.rows.size()) == limit) {
            return page; // the extra row only says that more follow
        }
        page.rows.push_back(readRow(st));
    }
    page.atEnd = true;
    return page;
}

HazardRow HazardQuery::Impl::readRow(const sql::Statement& st) const
{
    HazardRow r;
    r.id = st.int64(0);
    r.uuid = st.text(1);
    r.orgId = st.int64(2);
    r.unitName = st.text(3);
    r.foundOn = Date::parseOrThrow(st.text(4), "found_on");
    r.category = enumFromText<HazardCategory>(st.text(5)).value_or(HazardCategory::Other);
    r.grade = enumFromText<HazardGrade>(st.text(6)).value_or(HazardGrade::General);
    r.status = enumFromText<HazardStatus>(st.text(7)).value_or(HazardStatus::Registered);
    if (auto d = st.optText(8)) {
        r.deadline = Date::parse(*d);
    }
    if (auto d = st.optText(9)) {
        r.closedOn = Date::parse(*d);
    }
    r.location = st.text(10);
    r.excerpt = st.text(11);
    r.supervision = enumFromText<SupervisionLevel>(st.text(12)).value_or(SupervisionLevel::None);
    r.sortKey = st.text(13);
    // Overdue is the core's rule, applied to the row as stored.
    Hazard h;
    h.status = r.status;
    h.deadline = r.deadline;
    h.closedOn = r.closedOn;
    r.daysOverdue = HazardLifecycle::daysOverdue(h, asOf);
    return r;
}

HazardQuery::HazardQuery(Database& db, HazardFilter filter, HazardSort sort, bool descending)
    : m_impl(std::make_unique<Impl>(db, std::move(filter), sort, descending))
{
    Impl& q = *m_impl;
    m_asOf = q.filter.overdueAsOf ? *q.filter.overdueAsOf : db.today();
    q.asOf = m_asOf;
    if (q.filter.found && q.filter.found->to < q.filter.found->from) {
        throwValidation("found", MessageId::PeriodReversed,
                        {q.filter.found->to.toString(), q.filter.found->from.toString()});
    }
    if (q.filter.closed && q.filter.closed->to < q.filter.closed->from) {
        throwValidation("closed", MessageId::PeriodReversed,
                        {q.filter.closed->to.toString(), q.filter.closed->from.toString()});
    }
    // Words of three or more characters go to the trigram index, all of them required.
    std::string word;
    const auto flush = [&] {
        if (word.empty()) {
            return;
        }
        if (utf8Length(word) >= 3) {
            q.ftsQuery += (q.ftsQuery.empty() ? "" : " ") + ftsPhrase(word);
        } else {
            q.shortWords.push_back(word);
        }
        word.clear();
    };
    for (char c : q.filter.text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            flush();
        } else {
            word += c;
        }
    }
    flush();
    if (q.filter.orgId) {
        sql::Statement st(db.connection(), "SELECT path FROM org WHERE id = ?");
        st.bind(1, *q.filter.orgId);
        if (st.step()) {
            std::tie(q.orgLow, q.orgHigh) = OrgService::subtreeRange(st.text(0));
        } else {
            q.nothing = true;
        }
    }
    // Closures are dated by their verification, never after the day it is recorded: as of today
    // or later, the overdue hazards are all open (the same argument as Statistics' overdue).
    q.overdueOpenOnly = q.filter.overdueAsOf && !(*q.filter.overdueAsOf < db.today());
}

HazardQuery::~HazardQuery() = default;

HazardPage HazardQuery::first(int limit)
{
    return m_impl->read(m_impl->descending, nullptr, false, limit);
}

HazardPage HazardQuery::last(int limit)
{
    HazardPage page = m_impl->read(!m_impl->descending, nullptr, false, limit);
    std::reverse(page.rows.begin(), page.rows.end());
    return page;
}

HazardPage HazardQuery::after(const HazardRow& row, int limit)
{
    return m_impl->read(m_impl->descending, &row, false, limit);
}

HazardPage HazardQuery::before(const HazardRow& row, int limit)
{
    HazardPage page = m_impl->read(!m_impl->descending, &row, false, limit);
    std::reverse(page.rows.begin(), page.rows.end());
    return page;
}

HazardPage HazardQuery::at(int64_t row, int limit)
{
    Impl& q = *m_impl;
    if (row <= 0) {
        return first(limit);
    }
    q.choose();
    const bool indexOnly = q.driver == Driver::Sort && q.filter.statuses.empty() && !q.filter.overdueAsOf &&
                           !q.filter.grade && !q.filter.category && !q.filter.listedOnly && !q.filter.closed &&
                           !q.filter.deadline && !q.needsOrg() && q.ftsQuery.empty() && q.shortWords.empty() &&
                           (!q.filter.found || q.sort == HazardSort::FoundOn);
    if (!indexOnly) {
        // Over a rare filter's few rows, or (slow) through the table for a common one.
        return q.read(q.descending, nullptr, false, limit, row);
    }
    // The row's position from the sort index alone (it holds the key and the id, and nothing
    // else is asked), then a keyset read from there.
    const char* dir = q.descending ? " DESC" : " ASC";
    Sql find;
    const std::string from =
        q.sort == HazardSort::Id ? " FROM hazard h INDEXED BY hazard_id" : q.from(Driver::Sort, false);
    find.add("SELECT " + q.key() + ", h.id" + from).add(Impl::where(q.conditions(Driver::Sort)));
    find.add(" ORDER BY " + q.key() + dir + ", h.id" + dir + " LIMIT 1 OFFSET ?", row);
    auto st = find.prepare(q.db.connection());
    if (!st.step()) {
        return {{}, true};
    }
    HazardRow pos;
    pos.sortKey = st.text(0);
    pos.id = st.int64(1);
    return q.read(q.descending, &pos, true, limit);
}

int64_t HazardQuery::count()
{
    Impl& q = *m_impl;
    if (q.counted) {
        return *q.counted;
    }
    if (q.nothing) {
        q.counted = 0;
        return 0;
    }
    // Counting reads every matching row whatever the order: the driver reading the fewest rows
    // wins (compared up to a cap that bounds the cost of comparing), else the whole table.
    const auto candidates = q.candidates();
    const Driver d = candidates.size() == 1 ? candidates.front() : q.smallest(50000, true).first;
    Sql c;
    if (d == Driver::Sort) {
        // For no filter at all, SQLite counts the narrowest index.
        c.add(std::string("SELECT count(*) FROM hazard h") +
              (q.needsOrg() ? " CROSS JOIN org o ON o.id = h.org_id" : ""));
    } else if (d == Driver::Text && q.conditions(Driver::Text).text == " AND hazard_fts MATCH ?") {
        // Text alone: the text index counts its matches without reading a hazard.
        c.add("SELECT count(*) FROM hazard_fts");
    } else {
        c.add("SELECT count(*)" + q.from(d, q.needsOrg()));
    }
    c.add(Impl::where(q.conditions(d)));
    auto st = c.prepare(q.db.connection());
    st.step();
    q.counted = st.int64(0);
    return *q.counted;
}

std::string HazardQuery::plan() const
{
    m_impl->choose();
    return driverName(m_impl->driver);
}

} // namespace safeledger
