// The year's campaigns (专项行动) and their figures, for the county and for one town:
// Statistics::campaigns against the same question asked of SQLite by hand. Both sides must agree
// before either is timed.
#include "BenchSetup.h"

#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/Statistics.h"

#include <algorithm>
#include <stdexcept>

namespace safeledger::bench {

namespace {

struct RawCampaign
{
    int64_t id = 0;
    int64_t inspections = 0, personTimes = 0, units = 0, found = 0, rectified = 0, major = 0, documents = 0,
            suspended = 0;
};

// As an expert would ask: the campaigns meeting the year, then per campaign its inspections by
// name and days under the deeper of the lead's and the scope's subtree, their hazards and documents.
std::vector<RawCampaign> rawCampaigns(sqlite3* db, const std::string& scopePath, int year, const std::string& asOf)
{
    const std::string from = std::to_string(year) + "-01-01";
    const std::string to = std::to_string(year) + "-12-31";
    Raw list(db,
             "SELECT c.id, c.name, c.starts_on, c.ends_on, o.path FROM campaign c JOIN org o ON o.id = c.lead_org_id"
             " WHERE c.voided_at = '' AND c.starts_on <= ?2 AND c.ends_on >= ?1 ORDER BY c.starts_on, c.name, c.id");
    list.bind(1, from).bind(2, to);
    std::vector<RawCampaign> out;
    while (list.step()) {
        const std::string lead = list.text(4);
        std::string path;
        if (scopePath.empty() || lead.compare(0, scopePath.size(), scopePath) == 0) {
            path = lead;
        } else if (scopePath.compare(0, lead.size(), lead) == 0) {
            path = scopePath;
        } else {
            continue;
        }
        const auto [low, high] = OrgService::subtreeRange(path);
        const std::string first = std::max(list.text(2), from);
        const std::string last = std::min({list.text(3), to, asOf});
        RawCampaign c;
        c.id = list.integer(0);
        if (first <= last) {
            const std::string ci = "SELECT i.id, i.org_id, i.inspectors FROM inspection i JOIN org o ON o.id = i.org_id"
                                   " WHERE i.campaign = ?1 AND i.campaign <> '' AND i.date BETWEEN ?2 AND ?3"
                                   " AND i.voided_at = '' AND o.path >= ?4 AND o.path < ?5";
            const auto bound = [&](Raw& r) {
                r.bind(1, list.text(1)).bind(2, first).bind(3, last).bind(4, low).bind(5, high).bind(6, asOf);
                r.step();
            };
            Raw a(db, ("SELECT count(*), ifnull(sum(json_array_length(inspectors)), 0), count(DISTINCT org_id) FROM (" +
                       ci + ")")
                          .c_str());
            bound(a);
            c.inspections = a.integer(0);
            c.personTimes = a.integer(1);
            c.units = a.integer(2);
            Raw h(db, ("SELECT count(*), ifnull(sum(h.closed_on <= ?6), 0), ifnull(sum(h.grade = 'major'), 0),"
                       " count(DISTINCT CASE WHEN h.mode = 'suspension' THEN h.org_id END) FROM (" +
                       ci + ") x JOIN hazard h ON h.inspection_id = x.id WHERE h.voided_at = ''")
                          .c_str());
            bound(h);
            c.found = h.integer(0);
            c.rectified = h.integer(1);
            c.major = h.integer(2);
            c.suspended = h.integer(3);
            Raw d(db, ("SELECT count(*) FROM (SELECT d.id FROM (" + ci +
                       ") x JOIN enforcement_document d ON d.inspection_id = x.id WHERE d.voided_at = ''"
                       " AND d.issued_on <= ?6 UNION SELECT dh.document_id FROM (" +
                       ci +
                       ") x JOIN hazard h ON h.inspection_id = x.id AND h.voided_at = '' JOIN document_hazard dh"
                       " ON dh.hazard_id = h.id JOIN enforcement_document d ON d.id = dh.document_id"
                       " WHERE d.voided_at = '' AND d.issued_on <= ?6)")
                          .c_str());
            bound(d);
            c.documents = d.integer(0);
        }
        out.push_back(c);
    }
    return out;
}

void requireSame(const std::string& what, const std::vector<CampaignRow>& p, const std::vector<RawCampaign>& r)
{
    if (p.size() != r.size() || p.empty()) {
        throw std::runtime_error(what + ": the product lists " + std::to_string(p.size()) + " campaigns, the raw SQL " +
                                 std::to_string(r.size()));
    }
    for (size_t k = 0; k < p.size(); ++k) {
        const auto& a = p[k];
        const auto& b = r[k];
        if (a.campaign.id != b.id || a.inspections != b.inspections || a.inspectorPersonTimes != b.personTimes ||
            a.unitsInspected != b.units || a.hazardsFound != b.found || a.hazardsRectified != b.rectified ||
            a.majorHazards != b.major || a.documents != b.documents || a.unitsSuspended != b.suspended) {
            throw std::runtime_error(what + ": campaign " + a.campaign.name + " differs from the raw SQL");
        }
    }
}

} // namespace

void registerCampaigns()
{
    BenchDb& b = benchDb();
    const Period year = Period::year(b.year);
    const std::string asOf = b.today.toString();
    const std::string townPath = OrgService(*b.db).get(b.townId).path;
    Statistics stats(*b.db);
    requireSame("county", stats.campaigns(0, year, b.today), rawCampaigns(b.raw, "", b.year, asOf));
    requireSame("town", stats.campaigns(b.townId, year, b.today), rawCampaigns(b.raw, townPath, b.year, asOf));
    for (const auto& [name, scope, path] :
         {std::tuple<const char*, int64_t, std::string>{"county", 0, ""}, {"town", b.townId, townPath}}) {
        const Question q{std::string("the year's campaigns with their figures, ") + name, "<= 1.5x raw, < 200 ms", 200,
                         1.5};
        registerPair(
            q, [&b, year, scope = scope] { Statistics(*b.db).campaigns(scope, year, b.today); },
            [&b, asOf, path = path] { rawCampaigns(b.raw, path, b.year, asOf); });
    }
}

} // namespace safeledger::bench
