// The county's grids (网格) at scale: one per grid name the units carry (org.grid) in each town,
// kept by the town, with its units to inspect from the first day and, as officers, the town's
// officers who supervise them (org.supervisor, as generateUnits drew them); and each grid's plan
// for each year.
#include "DemoScale.h"

#include <algorithm>
#include <map>

namespace safeledger::demo {

void generateGrids(ScaleState& s)
{
    // The officers' person rows come first, town by town (generatePeople).
    std::vector<int64_t> firstOfficer;
    int64_t next = 1;
    for (const auto& names : s.officers) {
        firstOfficer.push_back(next);
        next += static_cast<int64_t>(names.size());
    }
    std::vector<int64_t> townIds(s.officers.size(), 0);
    for (size_t i = 0; i < s.orgs.size(); ++i) {
        if (s.orgs[i].kind == OrgKind::Town) {
            townIds[static_cast<size_t>(s.orgs[i].town)] = static_cast<int64_t>(i) + 1;
        }
    }

    struct Spec
    {
        std::vector<int64_t> units;
        std::vector<int64_t> officers;
    };
    std::map<std::pair<int, std::string>, Spec> grids; // (town, name)
    std::vector<const std::pair<const std::pair<int, std::string>, Spec>*> order;
    sql::Statement units(s.db.connection(), "SELECT id, grid FROM org WHERE kind IN ('enterprise','business','school')"
                                            " AND grid <> '' ORDER BY id");
    while (units.step()) {
        const int64_t id = units.int64(0);
        const int town = s.org(id).town;
        auto [it, added] = grids.try_emplace({town, units.text(1)});
        if (added) {
            order.push_back(&*it);
        }
        Spec& spec = it->second;
        spec.units.push_back(id);
        // generateUnits: the supervisor of unit `id` is its town's officer id % their number.
        const auto& names = s.officers[static_cast<size_t>(town)];
        const int64_t officer = firstOfficer[static_cast<size_t>(town)] + id % static_cast<int64_t>(names.size());
        if (std::find(spec.officers.begin(), spec.officers.end(), officer) == spec.officers.end()) {
            spec.officers.push_back(officer);
        }
    }

    sql::Statement grid = bulkInsert(s.db, "grid", {"id", "uuid", "created_at", "modified_at", "org_id", "name"});
    sql::Statement member = bulkInsert(
        s.db, "grid_member", {"uuid", "created_at", "modified_at", "grid_id", "org_id", "person_id", "starts_on"});
    const std::string& created = s.stamp(s.firstDay);
    const std::string& from = s.day(s.firstDay);
    UuidPool gridUuids(s.db, static_cast<int64_t>(order.size()));
    UuidPool memberUuids(s.db, static_cast<int64_t>(s.orgs.size()) + static_cast<int64_t>(order.size()) * 3);
    int64_t members = 0;
    int64_t gridId = 0;
    for (const auto* entry : order) {
        const auto& [key, spec] = *entry;
        grid.bindAll(++gridId, gridUuids.next(), created, created, townIds[static_cast<size_t>(key.first)], key.second);
        grid.execute();
        grid.reset();
        s.batch.row();
        for (const int64_t officer : spec.officers) {
            member.bindAll(memberUuids.next(), created, created, gridId, nullptr, officer, from);
            member.execute();
            member.reset();
            s.batch.row();
            ++members;
        }
        for (const int64_t unit : spec.units) {
            member.bindAll(memberUuids.next(), created, created, gridId, unit, nullptr, from);
            member.execute();
            member.reset();
            s.batch.row();
            ++members;
        }
    }
    s.rows["grid"] = gridId;
    s.rows["grid_member"] = members;

    // Each grid's plan for each year: red units every month, orange every quarter, the others
    // once a year (as the demo's), made on the year's first day.
    sql::Statement plan = bulkInsert(
        s.db, "inspection_plan",
        {"uuid", "created_at", "modified_at", "grid_id", "year", "every_red", "every_orange", "every_other"});
    const int firstYear = Date::fromDayNumber(s.firstDay).year();
    const int lastYear = Date::fromDayNumber(s.lastDay).year();
    UuidPool planUuids(s.db, gridId * (lastYear - firstYear + 1));
    int64_t plans = 0;
    for (int year = firstYear; year <= lastYear; ++year) {
        const std::string& made = s.stamp(Date::fromParts(year, 1, 1).dayNumber());
        for (int64_t id = 1; id <= gridId; ++id) {
            plan.bindAll(planUuids.next(), made, made, id, int64_t{year}, int64_t{1}, int64_t{3}, int64_t{12});
            plan.execute();
            plan.reset();
            s.batch.row();
            ++plans;
        }
    }
    s.rows["inspection_plan"] = plans;
}

} // namespace safeledger::demo
