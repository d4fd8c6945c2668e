#include "safeledger/storage/RecordSelection.h"

#include "safeledger/storage/OrgService.h"

#include <algorithm>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace safeledger {

namespace {

using IdSet = std::unordered_set<int64_t>;

class Selector final
{
public:
    Selector(Database& db, const RecordScope& o)
        : m_db(db)
    {
        m_from = o.from ? o.from->toString() : std::string();
        m_to = o.to ? o.to->toString() : std::string("9999-12-31");
        m_fromYear = o.from ? o.from->year() : 0;
        m_toYear = o.to ? o.to->year() : 9999;
        sql::Statement st(db.connection(), "SELECT id, parent_id, path FROM org");
        std::pair<std::string, std::string> range;
        if (o.orgId) {
            range = OrgService::subtreeRange(OrgService(db).get(*o.orgId).path);
        }
        while (st.step()) {
            const int64_t id = st.int64(0);
            m_parent[id] = st.optInt64(1);
            const std::string path = st.text(2);
            if (!o.orgId || (path >= range.first && path < range.second)) {
                m_scope.insert(id);
            }
        }
    }

    RecordSelection run()
    {
        IdSet& orgs = m_sets["org"];
        orgs.insert(m_scope.begin(), m_scope.end());
        scan(
            "SELECT id, org_id FROM person", [&](sql::Statement& st) { return unit(st.int64(1)); }, "person");
        const IdSet& persons = m_sets["person"];
        scan(
            "SELECT id, person_id FROM certificate", [&](sql::Statement& st) { return persons.count(st.int64(1)); },
            "certificate");
        scan(
            "SELECT id, party_a_id, party_b_id, year FROM agreement",
            [&](sql::Statement& st) {
                const int64_t year = st.int64(3);
                if (!(m_scope.count(st.int64(1)) || m_scope.count(st.int64(2))) || year < m_fromYear ||
                    year > m_toYear) {
                    return false;
                }
                orgs.insert(st.int64(1));
                orgs.insert(st.int64(2));
                return true;
            },
            "agreement");
        scan(
            "SELECT id FROM checklist_template", [](sql::Statement&) { return true; }, "checklist_template");
        scan(
            "SELECT id FROM template_item", [](sql::Statement&) { return true; }, "template_item");

        IdSet& inspections = m_sets["inspection"];
        IdSet& hazards = m_sets["hazard"];
        IdSet& documents = m_sets["enforcement_document"];
        std::set<int64_t> neededInspections;
        scan(
            "SELECT id, org_id, date FROM inspection", [&](sql::Statement& st) { return dated(st); }, "inspection");
        scan(
            "SELECT id, org_id, found_on, inspection_id FROM hazard",
            [&](sql::Statement& st) {
                if (!dated(st)) {
                    return false;
                }
                if (const auto i = st.optInt64(3)) {
                    neededInspections.insert(*i);
                }
                return true;
            },
            "hazard");
        scan(
            "SELECT id, org_id, issued_on, inspection_id FROM enforcement_document",
            [&](sql::Statement& st) {
                if (!dated(st)) {
                    return false;
                }
                if (const auto i = st.optInt64(3)) {
                    neededInspections.insert(*i);
                }
                return true;
            },
            "enforcement_document");
        // A document comes with the hazards it lists (and those with their unit and inspection).
        std::vector<std::pair<int64_t, int64_t>> allLinks;
        {
            sql::Statement st(m_db.connection(), "SELECT document_id, hazard_id FROM document_hazard ORDER BY 1, 2");
            sql::Statement hazard(m_db.connection(), "SELECT org_id, inspection_id FROM hazard WHERE id = ?");
            while (st.step()) {
                const int64_t doc = st.int64(0), h = st.int64(1);
                if (documents.count(doc) && hazards.insert(h).second) {
                    hazard.reset();
                    hazard.bind(1, h);
                    if (hazard.step()) {
                        orgs.insert(hazard.int64(0));
                        if (const auto i = hazard.optInt64(1)) {
                            neededInspections.insert(*i);
                        }
                    }
                    hazard.reset();
                }
                allLinks.emplace_back(doc, h);
            }
        }
        {
            sql::Statement st(m_db.connection(), "SELECT org_id FROM inspection WHERE id = ?");
            for (int64_t i : neededInspections) {
                if (inspections.insert(i).second) {
                    st.reset();
                    st.bind(1, i);
                    if (st.step()) {
                        orgs.insert(st.int64(0));
                    }
                    st.reset();
                }
            }
        }
        scan(
            "SELECT id, inspection_id FROM inspection_item",
            [&](sql::Statement& st) { return inspections.count(st.int64(1)) > 0; }, "inspection_item");
        scan(
            "SELECT id, hazard_id FROM rectification", [&](sql::Statement& st) { return hazards.count(st.int64(1)); },
            "rectification");
        scan(
            "SELECT id, hazard_id FROM verification", [&](sql::Statement& st) { return hazards.count(st.int64(1)); },
            "verification");
        scan(
            "SELECT id, hazard_id FROM extension_request",
            [&](sql::Statement& st) { return hazards.count(st.int64(1)); }, "extension_request");
        scan(
            "SELECT id, org_id, decided_on FROM penalty", [&](sql::Statement& st) { return dated(st); }, "penalty");
        scan(
            "SELECT id, org_id, occurred_on FROM accident", [&](sql::Statement& st) { return dated(st); }, "accident");
        scan(
            "SELECT id, org_id, date FROM activity", [&](sql::Statement& st) { return dated(st); }, "activity");
        // A campaign that runs in the period and is led by a unit in scope or above it: a town's
        // laptop gets the county's campaigns its inspections are counted in.
        scan(
            "SELECT id, lead_org_id, starts_on, ends_on FROM campaign",
            [&](sql::Statement& st) {
                const int64_t lead = st.int64(1);
                if (st.text(2) > m_to || st.text(3) < m_from || !(unit(lead) || aboveScope(lead))) {
                    return false;
                }
                orgs.insert(lead);
                return true;
            },
            "campaign");
        // Grids of a unit in scope, and those a unit in scope is or was in (a village's laptop gets
        // the town's grids it belongs to), with the units keeping them; of their members, the units
        // in scope and every officer (with the officer's unit).
        std::unordered_set<int64_t> gridsOfScope;
        {
            sql::Statement st(m_db.connection(), "SELECT grid_id, org_id FROM grid_member WHERE org_id IS NOT NULL");
            while (st.step()) {
                if (unit(st.int64(1))) {
                    gridsOfScope.insert(st.int64(0));
                }
            }
        }
        scan(
            "SELECT id, org_id FROM grid",
            [&](sql::Statement& st) {
                if (!unit(st.int64(1)) && !gridsOfScope.count(st.int64(0))) {
                    return false;
                }
                orgs.insert(st.int64(1));
                return true;
            },
            "grid");
        const IdSet& grids = m_sets["grid"];
        IdSet& officers = m_sets["person"];
        scan(
            "SELECT m.id, m.grid_id, m.org_id, m.person_id, p.org_id FROM grid_member m"
            " LEFT JOIN person p ON p.id = m.person_id",
            [&](sql::Statement& st) {
                if (!grids.count(st.int64(1))) {
                    return false;
                }
                if (const auto org = st.optInt64(2)) {
                    return unit(*org);
                }
                officers.insert(st.int64(3));
                orgs.insert(st.int64(4));
                return true;
            },
            "grid_member");
        // The plans of those grids and officers for a year of the period.
        scan(
            "SELECT id, grid_id, person_id, year FROM inspection_plan",
            [&](sql::Statement& st) {
                const int64_t year = st.int64(3);
                if (year < m_fromYear || year > m_toYear) {
                    return false;
                }
                const auto grid = st.optInt64(1);
                return grid ? grids.count(*grid) > 0 : officers.count(st.int64(2)) > 0;
            },
            "inspection_plan");
        scan(
            "SELECT id, owner_table, owner_id FROM attachment",
            [&](sql::Statement& st) {
                const auto it = m_sets.find(st.text(1));
                return it != m_sets.end() && it->second.count(st.int64(2)) > 0;
            },
            "attachment");

        // Every unit above an exported unit, so that the tree can be rebuilt.
        std::vector<int64_t> pending(orgs.begin(), orgs.end());
        while (!pending.empty()) {
            const int64_t id = pending.back();
            pending.pop_back();
            const auto it = m_parent.find(id);
            if (it != m_parent.end() && it->second && orgs.insert(*it->second).second) {
                pending.push_back(*it->second);
            }
        }

        RecordSelection out;
        for (auto& [table, set] : m_sets) {
            std::vector<int64_t> ids(set.begin(), set.end());
            std::sort(ids.begin(), ids.end());
            out.ids[table] = std::move(ids);
        }
        for (const auto& link : allLinks) {
            if (documents.count(link.first) && hazards.count(link.second)) {
                out.links.push_back(link);
            }
        }
        return out;
    }

private:
    // A record of a unit in scope (column 1) dated in the period (column 2).
    bool dated(sql::Statement& st)
    {
        const std::string date = st.text(2);
        if (!m_scope.count(st.int64(1)) || date < m_from || date > m_to) {
            return false;
        }
        m_sets["org"].insert(st.int64(1));
        return true;
    }

    bool unit(int64_t orgId) { return m_scope.count(orgId) > 0; }

    // Whether the unit is an ancestor of a unit in scope (found once, walking up from each).
    bool aboveScope(int64_t orgId)
    {
        if (!m_above) {
            m_above.emplace();
            for (const int64_t id : m_scope) {
                auto it = m_parent.find(id);
                while (it != m_parent.end() && it->second && !m_scope.count(*it->second) &&
                       m_above->insert(*it->second).second) {
                    it = m_parent.find(*it->second);
                }
            }
        }
        return m_above->count(orgId) > 0;
    }

    template <class Keep>
    void scan(const char* sqlText, Keep keep, const char* table)
    {
        IdSet& set = m_sets[table];
        sql::Statement st(m_db.connection(), sqlText);
        while (st.step()) {
            if (keep(st)) {
                set.insert(st.int64(0));
            }
        }
    }

    Database& m_db;
    std::string m_from, m_to;
    int m_fromYear = 0, m_toYear = 9999;
    std::unordered_map<int64_t, std::optional<int64_t>> m_parent;
    IdSet m_scope;
    std::optional<IdSet> m_above;
    std::map<std::string, IdSet> m_sets;
};

} // namespace

RecordSelection selectRecords(Database& db, const RecordScope& scope)
{
    return Selector(db, scope).run();
}

} // namespace safeledger
