#include "safeledger/storage/ExchangeQueries.h"

#include "AuditChain.h"

#include "safeledger/storage/OrgService.h"

namespace safeledger {

namespace {
enum Slot : size_t { LiveHazard, ParentUuid, PassedVerification, ListsHazard, LinkHazard, HasAudit };
}

ExchangeQueries::ExchangeQueries(Database& db)
    : m_db(db)
    , m_statements(db.connection())
{
}

ExchangeQueries::~ExchangeQueries() = default;

int64_t ExchangeQueries::eachLedgerHazard(std::optional<int64_t> orgId, const std::string& from, const std::string& to,
                                          const std::function<void(const LedgerHazardRow&)>& row)
{
    std::pair<std::string, std::string> range{"", "~"};
    if (orgId) {
        range = OrgService::subtreeRange(OrgService(m_db).get(*orgId).path);
    }
    sql::Statement st(m_db.connection(),
                      "SELECT o.name, o.credit_code, h.found_on, h.location, h.description, h.category, h.grade, "
                      "h.measures, h.responsible, h.deadline, h.funds_fen, h.status, h.closed_on, h.closed_by, "
                      "(SELECT max(r.date) FROM rectification r WHERE r.hazard_id = h.id AND r.voided_at = '') "
                      "FROM hazard h JOIN org o ON o.id = h.org_id WHERE h.status <> 'voided' AND o.path >= ? "
                      "AND o.path < ? AND h.found_on BETWEEN ? AND ? ORDER BY h.found_on, h.id");
    st.bindAll(range.first, range.second, from.empty() ? std::string("0000-00-00") : from,
               to.empty() ? std::string("9999-99-99") : to);
    int64_t n = 0;
    while (st.step()) {
        LedgerHazardRow r;
        r.unitName = st.text(0);
        r.creditCode = st.text(1);
        r.foundOn = st.text(2);
        r.location = st.text(3);
        r.description = st.text(4);
        r.category = st.text(5);
        r.grade = st.text(6);
        r.measures = st.text(7);
        r.responsible = st.text(8);
        r.deadline = st.optText(9);
        r.fundsFen = st.int64(10);
        r.status = st.text(11);
        r.closedOn = st.text(12);
        r.closedBy = st.text(13);
        r.lastProgress = st.optText(14);
        row(r);
        ++n;
    }
    return n;
}

std::vector<UnitName> ExchangeQueries::liveUnits()
{
    sql::Statement st(m_db.connection(), "SELECT id, name, credit_code FROM org WHERE voided_at = ''");
    std::vector<UnitName> out;
    while (st.step()) {
        out.push_back({st.int64(0), st.text(1), st.text(2)});
    }
    return out;
}

bool ExchangeQueries::hasLiveHazard(int64_t orgId, const std::string& foundOn, const std::string& description,
                                    const std::string& location)
{
    auto& st = m_statements.get(LiveHazard, "SELECT 1 FROM hazard WHERE org_id = ? AND found_on = ? AND "
                                            "description = ? AND location = ? AND voided_at = '' LIMIT 1");
    st.bindAll(orgId, foundOn, description, location);
    const bool found = st.step();
    st.reset();
    return found;
}

std::string ExchangeQueries::parentUuid(const std::string& orgUuid)
{
    auto& st =
        m_statements.get(ParentUuid, "SELECT p.uuid FROM org o JOIN org p ON p.id = o.parent_id WHERE o.uuid = ?");
    st.bind(1, orgUuid);
    std::string parent = st.step() ? st.text(0) : std::string();
    st.reset();
    return parent;
}

bool ExchangeQueries::hasPassedVerification(const std::string& hazardUuid, const std::string& date)
{
    auto& st = m_statements.get(PassedVerification,
                                "SELECT 1 FROM verification v JOIN hazard h ON h.id = v.hazard_id WHERE h.uuid = ? "
                                "AND v.passed = 1 AND v.date = ? AND v.voided_at = ''");
    st.bindAll(hazardUuid, date);
    const bool found = st.step();
    st.reset();
    return found;
}

bool ExchangeQueries::documentListsHazard(int64_t documentId, int64_t hazardId)
{
    auto& st = m_statements.get(ListsHazard, "SELECT 1 FROM document_hazard WHERE document_id = ? AND hazard_id = ?");
    st.bindAll(documentId, hazardId);
    const bool found = st.step();
    st.reset();
    return found;
}

bool ExchangeQueries::linkDocumentHazard(int64_t documentId, int64_t hazardId)
{
    auto& st =
        m_statements.get(LinkHazard, "INSERT OR IGNORE INTO document_hazard (document_id, hazard_id) VALUES (?, ?)");
    st.bindAll(documentId, hazardId);
    st.execute();
    return m_db.connection().changes() > 0;
}

bool ExchangeQueries::hasAuditEntry(const AuditEntry& e)
{
    auto& st = m_statements.get(HasAudit, "SELECT 1 FROM audit WHERE entity_uuid = ? AND at = ? AND action = ? "
                                          "AND operator = ? AND entity = ? AND before = ? AND after = ? LIMIT 1");
    st.bindAll(e.entityUuid, e.at, e.action, e.operatorName, e.entity, e.before, e.after);
    const bool found = st.step();
    st.reset();
    return found;
}

void ExchangeQueries::appendAuditEntry(const AuditEntry& e)
{
    m_db.appendAuditRow(e.at, e.operatorName, e.account, e.entity, e.entityUuid, e.action, e.before, e.after);
}

void ExchangeQueries::eachAuditEntry(const std::function<void(const AuditEntry&)>& entry)
{
    sql::Statement st(m_db.connection(), std::string("SELECT ") + kAuditColumns + " FROM audit ORDER BY id");
    while (st.step()) {
        entry(readAuditEntry(st));
    }
}

} // namespace safeledger
