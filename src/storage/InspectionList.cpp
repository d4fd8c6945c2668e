#include "safeledger/storage/InspectionList.h"

#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/Repository.h"

#include <algorithm>

namespace safeledger {

namespace {

// The filter as a condition on inspection's columns, with its arguments.
std::string condition(Database& db, const InspectionFilter& f, bool withVoided, std::vector<std::string>& args)
{
    std::string c = "date >= ? AND date <= ?";
    args = {std::to_string(f.year) + "-01-01", std::to_string(f.year) + "-12-31"};
    if (!withVoided) {
        c += " AND voided_at = ''";
    }
    if (f.kind) {
        c += " AND kind = ?";
        args.emplace_back(toCode(*f.kind));
    }
    if (f.unit) {
        const auto [from, to] = OrgService::subtreeRange(OrgService(db).get(*f.unit).path);
        c += " AND org_id IN (SELECT id FROM org WHERE path >= ? AND path < ?)";
        args.push_back(from);
        args.push_back(to);
    }
    if (!f.text.empty()) {
        c += " AND (instr(campaign, ?) > 0 OR instr(inspectors, ?) > 0)";
        args.push_back(f.text);
        args.push_back(f.text);
    }
    return c;
}

} // namespace

std::vector<InspectionRow> InspectionList::rows(const InspectionFilter& filter, int limit,
                                                const std::optional<InspectionCursor>& after)
{
    std::vector<std::string> args;
    std::string c = condition(m_db, filter, filter.withVoided, args);
    if (after) {
        // The year's upper bound moves down to the cursor's day, so the walk down inspection_date
        // starts there; on that day only the rows below the cursor's id follow.
        if (after->date.toString() < args[1]) {
            args[1] = after->date.toString();
        }
        c += " AND (date < ? OR id < ?)";
        args.push_back(after->date.toString());
        args.push_back(std::to_string(after->id));
    }
    c += " ORDER BY date DESC, id DESC LIMIT " + std::to_string(std::max(limit, 1));
    std::vector<InspectionRow> out;
    sql::Statement unit(m_db.connection(), "SELECT name FROM org WHERE id = ?");
    sql::Statement found(m_db.connection(), "SELECT count(*) FROM hazard WHERE inspection_id = ? AND voided_at = ''");
    for (Inspection& i : Repository<Inspection>(m_db).where(c, args)) {
        InspectionRow row;
        unit.reset();
        unit.bind(1, i.orgId);
        row.unitName = unit.step() ? unit.text(0) : std::string();
        found.reset();
        found.bind(1, i.id);
        row.hazards = found.step() ? found.int64(0) : 0;
        row.inspection = std::move(i);
        out.push_back(std::move(row));
    }
    return out;
}

InspectionTotals InspectionList::totals(const InspectionFilter& filter)
{
    std::vector<std::string> args;
    const std::string c = condition(m_db, filter, false, args);
    sql::Statement st(m_db.connection(),
                      "SELECT count(*), coalesce(sum(json_array_length(inspectors)), 0) FROM inspection WHERE " + c);
    for (size_t i = 0; i < args.size(); ++i) {
        st.bind(static_cast<int>(i + 1), args[i]);
    }
    st.step();
    return {st.int64(0), st.int64(1)};
}

} // namespace safeledger
