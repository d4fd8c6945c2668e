#pragma once
// The hazard list's private parts, shared by HazardQuery.cpp (pages, rows, the public API) and
// HazardQueryPlan.cpp (how the rows are reached: the drivers, their SQL and the choice).

#include "safeledger/storage/HazardQuery.h"

#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace safeledger {

namespace detail {

enum class Driver { Sort, Text, Open, Units, Status, Major, Period };

using Value = std::variant<int64_t, std::string>;

// SQL text and its bound values, built together so that the ?s and the values cannot drift apart.
struct Sql
{
    std::string text;
    std::vector<Value> values;

    Sql& add(const std::string& part)
    {
        text += part;
        return *this;
    }
    Sql& add(const std::string& part, Value v)
    {
        text += part;
        values.push_back(std::move(v));
        return *this;
    }
    Sql& add(const Sql& other)
    {
        text += other.text;
        values.insert(values.end(), other.values.begin(), other.values.end());
        return *this;
    }
    sql::Statement prepare(sql::Connection& conn) const
    {
        sql::Statement st(conn, text);
        int i = 0;
        for (const auto& v : values) {
            ++i;
            if (const auto* n = std::get_if<int64_t>(&v)) {
                st.bind(i, *n);
            } else {
                st.bind(i, std::get<std::string>(v));
            }
        }
        return st;
    }
};

} // namespace detail

struct HazardQuery::Impl
{
    using Driver = detail::Driver;
    using Sql = detail::Sql;

    Database& db;
    HazardFilter filter;
    HazardSort sort;
    bool descending;
    Date asOf;
    Driver driver = Driver::Sort;
    std::string ftsQuery;                // the text's words of 3+ characters, as one FTS5 query
    std::vector<std::string> shortWords; // words of 1-2 characters
    std::string orgLow, orgHigh;         // the subtree's org.path range
    bool nothing = false;                // the filter names a unit that does not exist
    bool overdueOpenOnly = false;        // overdue as of today or later: open hazards only
    std::optional<int64_t> counted;
    bool chosen = false;

    Impl(Database& d, HazardFilter f, HazardSort s, bool desc)
        : db(d)
        , filter(std::move(f))
        , sort(s)
        , descending(desc)
    {
    }

    std::string key() const;

    const char* sortIndex() const { return sort == HazardSort::FoundOn ? "hazard_found" : "hazard_deadline"; }
    bool needsOrg() const { return filter.sector || filter.orgId; }

    // The conditions of the filter on hazard h and org o, except the one the driver applies itself.
    Sql conditions(Driver d) const;

    // Terms " AND a AND b" as " WHERE a AND b" (no WHERE at all when empty: SQLite counts a table
    // or index without reading its rows only for a count(*) without one).
    static Sql where(Sql terms);

    // FROM with the loop order and index of the driver; org o joined when `withOrg`.
    std::string from(Driver d, bool withOrg) const;

    // The rows `d` would read, counted up to `cap` from its index alone.
    int64_t estimate(Driver d, int64_t cap) const;

    std::vector<Driver> candidates() const;

    // The driver with the fewest rows and how many it reads, counted up to `cap`; Sort when there
    // is none. A page in sort order needs no driver for the period (the sort walk reads only the
    // period already); a count does.
    std::pair<Driver, int64_t> smallest(int64_t cap, bool forCount) const;

    // The plan is chosen on the first page read: a query built only for its count needs none.
    void choose();

    Sql select(Driver d, const Sql& moreTerms) const;

    // One page: rows beyond (or from, when `inclusive`) `pos` in the direction `desc`.
    HazardPage read(bool desc, const HazardRow* pos, bool inclusive, int limit, int64_t offset = 0);

    HazardRow readRow(const sql::Statement& st) const;
};

} // namespace safeledger
