// The campaigns of a period and their figures (docs/figures.md, "Campaigns"). An inspection belongs
// to a campaign when it carries the campaign's name, is dated within its days and is of a unit
// under its lead unit; the hazards those inspections found, and the documents issued with them,
// are the campaign's.
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/Repository.h"
#include "safeledger/storage/Statistics.h"

#include <algorithm>

namespace safeledger {

namespace {
// ?1 the name, ?2 ?3 the days, ?4 ?5 the org.path range, ?6 asOf. A document of an inspection is
// found through enforcement_document_inspection: through the unit's documents (org_id, issued_on)
// it read twenty years of them per inspection, three times the time on the county.
constexpr const char* kCampaignFigures =
    "WITH ci AS (SELECT i.id, i.org_id, i.inspectors FROM inspection i JOIN org o ON o.id = i.org_id"
    "   WHERE i.campaign = ?1 AND i.campaign <> '' AND i.date >= ?2 AND i.date <= ?3 AND i.voided_at = ''"
    "   AND o.path >= ?4 AND o.path < ?5),"
    " ch AS (SELECT h.id, h.org_id, h.closed_on, h.grade, h.mode FROM ci JOIN hazard h ON h.inspection_id = ci.id"
    "   WHERE h.voided_at = ''),"
    " cd AS (SELECT d.id FROM ci JOIN enforcement_document d ON d.inspection_id = ci.id"
    "   WHERE d.voided_at = '' AND d.issued_on <= ?6"
    "   UNION SELECT d.id FROM ch JOIN document_hazard dh ON dh.hazard_id = ch.id"
    "   JOIN enforcement_document d ON d.id = dh.document_id WHERE d.voided_at = '' AND d.issued_on <= ?6)"
    " SELECT (SELECT count(*) FROM ci), (SELECT ifnull(sum(json_array_length(inspectors)), 0) FROM ci),"
    " (SELECT count(DISTINCT org_id) FROM ci), (SELECT count(*) FROM ch),"
    " (SELECT count(*) FROM ch WHERE closed_on <= ?6), (SELECT count(*) FROM ch WHERE grade = 'major'),"
    " (SELECT count(*) FROM cd), (SELECT count(DISTINCT org_id) FROM ch WHERE mode = 'suspension')";
} // namespace

std::vector<CampaignRow> Statistics::campaigns(int64_t scopeOrgId, const Period& period, const Date& asOf)
{
    checkPeriod(period, asOf);
    const Scope scope = resolve(scopeOrgId);
    auto& conn = m_db.connection();
    sql::Statement list(conn, "SELECT c.id, o.path, o.name FROM campaign c JOIN org o ON o.id = c.lead_org_id"
                              " WHERE c.voided_at = '' AND c.starts_on <= ?2 AND c.ends_on >= ?1"
                              " ORDER BY c.starts_on, c.name, c.id");
    bindPeriod(list, period);
    std::vector<CampaignRow> rows;
    std::vector<std::pair<std::string, std::string>> ranges;
    while (list.step()) {
        const std::string leadPath = list.text(1);
        // The units counted: the deeper of the lead's subtree and the scope's, when one holds the other.
        std::pair<std::string, std::string> range;
        if (scope.rootId == 0 || OrgService::isWithin(leadPath, scope.rootPath)) {
            range = OrgService::subtreeRange(leadPath);
        } else if (OrgService::isWithin(scope.rootPath, leadPath)) {
            range = {scope.low, scope.high};
        } else {
            continue; // led by a unit beside the scope: it does not reach it
        }
        CampaignRow row;
        row.campaign.id = list.int64(0);
        row.leadName = list.text(2);
        rows.push_back(std::move(row));
        ranges.push_back(std::move(range));
    }
    sql::Statement figures(conn, kCampaignFigures);
    for (size_t k = 0; k < rows.size(); ++k) {
        auto& row = rows[k];
        row.campaign = Repository<Campaign>(m_db).get(row.campaign.id);
        const Date from = std::max(row.campaign.startsOn, period.from);
        const Date to = std::min({row.campaign.endsOn, period.to, asOf});
        if (to < from) {
            continue; // not begun by asOf: listed, nothing counted yet
        }
        row.counted = Period{from, to};
        figures.reset();
        figures.bindAll(row.campaign.name, from.toString(), to.toString(), ranges[k].first, ranges[k].second,
                        asOf.toString());
        figures.step();
        row.inspections = figures.int64(0);
        row.inspectorPersonTimes = figures.int64(1);
        row.unitsInspected = figures.int64(2);
        row.hazardsFound = figures.int64(3);
        row.hazardsRectified = figures.int64(4);
        row.majorHazards = figures.int64(5);
        row.documents = figures.int64(6);
        row.unitsSuspended = figures.int64(7);
        row.rectificationRate = ratio(row.hazardsRectified, row.hazardsFound);
    }
    return rows;
}

} // namespace safeledger
