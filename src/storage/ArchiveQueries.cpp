#include "safeledger/storage/ArchiveQueries.h"
#include "safeledger/storage/OrgService.h"

#include "AuditChain.h"

#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"

#include <set>

namespace safeledger {

namespace {

std::string str(int64_t v)
{
    return std::to_string(v);
}

// "org_id = ? AND" plus "substr(date,1,4) = ? AND" as needed, with their arguments.
// "voided_at = ''" (unless withVoided), then "AND org_id = ?" and a range on the year's dates as needed.
std::string unitAndYear(const char* dateColumn, std::optional<int64_t> orgId, std::optional<int> year,
                        std::vector<std::string>& args, bool withVoided = false)
{
    std::string condition = withVoided ? "1 = 1" : "voided_at = ''";
    if (orgId) {
        condition += " AND org_id = ?";
        args.push_back(str(*orgId));
    }
    if (year) {
        // A range on the ISO date keeps the date indexes usable.
        condition += std::string(" AND ") + dateColumn + " >= ? AND " + dateColumn + " <= ?";
        args.push_back(std::to_string(*year) + "-01-01");
        args.push_back(std::to_string(*year) + "-12-31");
    }
    return condition;
}

template <class T>
std::vector<T> byUnitAndYear(Database& db, const char* dateColumn, std::optional<int64_t> orgId,
                             std::optional<int> year, int limit, bool withVoided = false)
{
    std::vector<std::string> args;
    const std::string condition = unitAndYear(dateColumn, orgId, year, args, withVoided) + " ORDER BY " + dateColumn +
                                  " DESC, id DESC LIMIT " + std::to_string(limit);
    return Repository<T>(db).where(condition, args);
}

// The count and the total of `sumColumn` ("0" for none) of the records under a list's conditions.
template <class T>
std::pair<int64_t, int64_t> totalsByUnitAndYear(Database& db, const char* dateColumn, const char* sumColumn,
                                                std::optional<int64_t> orgId, std::optional<int> year)
{
    std::vector<std::string> args;
    const std::string condition = unitAndYear(dateColumn, orgId, year, args);
    sql::Statement st(db.connection(), std::string("SELECT count(*), coalesce(sum(") + sumColumn + "), 0) FROM " +
                                           Repository<T>::table() + " WHERE " + condition);
    for (size_t i = 0; i < args.size(); ++i) {
        st.bind(static_cast<int>(i + 1), args[i]);
    }
    return st.step() ? std::pair{st.int64(0), st.int64(1)} : std::pair<int64_t, int64_t>{0, 0};
}

template <class T>
int64_t countByUnitAndYear(Database& db, const char* dateColumn, std::optional<int64_t> orgId, std::optional<int> year)
{
    return totalsByUnitAndYear<T>(db, dateColumn, "0", orgId, year).first;
}

} // namespace

std::vector<Organisation> ArchiveQueries::searchUnits(const std::string& text, int limit)
{
    if (text.empty()) {
        return Repository<Organisation>(m_db).where("voided_at = '' ORDER BY path LIMIT " + std::to_string(limit));
    }
    return Repository<Organisation>(m_db).where(
        "voided_at = '' AND (instr(name, ?1) > 0 OR credit_code LIKE ?2 ESCAPE '\\') "
        "ORDER BY name <> ?1, length(name), name LIMIT " +
            std::to_string(limit),
        {text, [&] {
             std::string escaped;
             for (char c : text) {
                 if (c == '%' || c == '_' || c == '\\') {
                     escaped += '\\';
                 }
                 escaped += c;
             }
             return escaped + "%";
         }()});
}

std::string ArchiveQueries::unitName(int64_t orgId)
{
    sql::Statement st(m_db.connection(), "SELECT name FROM org WHERE id = ?");
    st.bind(1, orgId);
    return st.step() ? st.text(0) : std::string();
}

std::vector<ChecklistTemplate> ArchiveQueries::templates()
{
    return Repository<ChecklistTemplate>(m_db).where("voided_at = '' ORDER BY built_in DESC, name, id");
}

std::vector<Campaign> ArchiveQueries::campaignsOn(const Date& day)
{
    return Repository<Campaign>(m_db).where("voided_at = '' AND starts_on <= ? AND ends_on >= ? ORDER BY name, id",
                                            {day.toString(), day.toString()});
}

std::vector<Inspection> ArchiveQueries::inspections(int64_t orgId, int limit)
{
    return byUnitAndYear<Inspection>(m_db, "date", orgId, std::nullopt, limit);
}

std::vector<InspectionItem> ArchiveQueries::inspectionItems(int64_t inspectionId)
{
    return Repository<InspectionItem>(m_db).where("inspection_id = ? ORDER BY seq", {str(inspectionId)});
}

std::vector<Hazard> ArchiveQueries::inspectionHazards(int64_t inspectionId)
{
    return Repository<Hazard>(m_db).where("inspection_id = ? ORDER BY id", {str(inspectionId)});
}

std::vector<EnforcementDocument> ArchiveQueries::inspectionDocuments(int64_t inspectionId)
{
    return Repository<EnforcementDocument>(m_db).where("inspection_id = ? ORDER BY issued_on, id", {str(inspectionId)});
}

std::vector<Hazard> ArchiveQueries::hazards(int64_t orgId, int limit)
{
    return Repository<Hazard>(m_db).where("org_id = ? AND status <> 'voided' ORDER BY found_on DESC, id DESC LIMIT " +
                                              std::to_string(limit),
                                          {str(orgId)});
}

std::vector<Agreement> ArchiveQueries::agreements(int64_t orgId, int limit)
{
    return Repository<Agreement>(m_db).where("voided_at = '' AND (party_a_id = ?1 OR party_b_id = ?1) "
                                             "ORDER BY year DESC, id DESC LIMIT " +
                                                 std::to_string(limit),
                                             {str(orgId)});
}

std::vector<Person> ArchiveQueries::persons(int64_t orgId)
{
    return Repository<Person>(m_db).where("org_id = ? AND voided_at = '' ORDER BY id", {str(orgId)});
}

std::vector<Grid> ArchiveQueries::gridsByKey(const std::string& uuidOrName)
{
    return Repository<Grid>(m_db).where("(uuid = ? OR name = ?) AND voided_at = '' ORDER BY id",
                                        {uuidOrName, uuidOrName});
}

std::vector<Person> ArchiveQueries::personsByKey(const std::string& uuidOrName)
{
    return Repository<Person>(m_db).where("(uuid = ? OR name = ?) AND voided_at = '' ORDER BY id",
                                          {uuidOrName, uuidOrName});
}

std::vector<Grid> ArchiveQueries::liveGrids()
{
    return Repository<Grid>(m_db).where("voided_at = '' ORDER BY name, id");
}

std::vector<Person> ArchiveQueries::gridOfficers()
{
    return Repository<Person>(m_db).where(
        "voided_at = '' AND id IN (SELECT m.person_id FROM grid_member m JOIN grid g ON g.id = m.grid_id"
        " WHERE m.person_id IS NOT NULL AND m.voided_at = '' AND g.voided_at = '') ORDER BY name, id");
}

std::vector<Person> ArchiveQueries::personsUnder(int64_t orgId)
{
    const auto [low, high] = OrgService::subtreeRange(OrgService(m_db).get(orgId).path);
    return Repository<Person>(m_db).where(
        "voided_at = '' AND org_id IN (SELECT id FROM org WHERE path >= ? AND path < ?) ORDER BY name, id",
        {low, high});
}

std::vector<Certificate> ArchiveQueries::certificates(int64_t orgId)
{
    return Repository<Certificate>(m_db).where(
        "voided_at = '' AND person_id IN (SELECT id FROM person WHERE org_id = ? AND voided_at = '') "
        "ORDER BY expires_on, id",
        {str(orgId)});
}

std::vector<Accident> ArchiveQueries::accidents(std::optional<int64_t> orgId, std::optional<int> year, int limit,
                                                bool withVoided)
{
    return byUnitAndYear<Accident>(m_db, "occurred_on", orgId, year, limit, withVoided);
}

std::vector<Penalty> ArchiveQueries::penalties(std::optional<int64_t> orgId, std::optional<int> year, int limit,
                                               bool withVoided)
{
    return byUnitAndYear<Penalty>(m_db, "decided_on", orgId, year, limit, withVoided);
}

std::vector<EnforcementDocument> ArchiveQueries::documents(std::optional<int64_t> orgId, std::optional<int> year,
                                                           int limit, bool withVoided)
{
    return byUnitAndYear<EnforcementDocument>(m_db, "issued_on", orgId, year, limit, withVoided);
}

std::vector<Activity> ArchiveQueries::activities(std::optional<int64_t> orgId, std::optional<int> year, int limit,
                                                 bool withVoided)
{
    return byUnitAndYear<Activity>(m_db, "date", orgId, year, limit, withVoided);
}

RecordTotals ArchiveQueries::accidentTotals(std::optional<int64_t> orgId, std::optional<int> year)
{
    const auto [count, deaths] = totalsByUnitAndYear<Accident>(m_db, "occurred_on", "deaths", orgId, year);
    return {count, deaths, 0};
}

RecordTotals ArchiveQueries::penaltyTotals(std::optional<int64_t> orgId, std::optional<int> year)
{
    const auto [count, amount] = totalsByUnitAndYear<Penalty>(m_db, "decided_on", "amount_fen", orgId, year);
    return {count, 0, amount};
}

int64_t ArchiveQueries::documentCount(std::optional<int64_t> orgId, std::optional<int> year)
{
    return countByUnitAndYear<EnforcementDocument>(m_db, "issued_on", orgId, year);
}

int64_t ArchiveQueries::activityCount(std::optional<int64_t> orgId, std::optional<int> year)
{
    return countByUnitAndYear<Activity>(m_db, "date", orgId, year);
}

std::vector<Agreement> ArchiveQueries::agreementsOfYear(int year, std::optional<int64_t> partyId,
                                                        std::optional<AgreementStatus> status, int limit)
{
    std::string condition = "voided_at = '' AND year = ?";
    std::vector<std::string> args{std::to_string(year)};
    if (partyId) {
        condition += " AND (party_a_id = ? OR party_b_id = ?)";
        args.push_back(str(*partyId));
        args.push_back(str(*partyId));
    }
    if (status) {
        condition += " AND status = ?";
        args.emplace_back(toCode(*status));
    }
    condition += " ORDER BY party_a_id, party_b_id, id LIMIT " + std::to_string(limit);
    return Repository<Agreement>(m_db).where(condition, args);
}

std::vector<Organisation> ArchiveQueries::lackingAgreement(int year, int64_t partyAId)
{
    return Repository<Organisation>(m_db).where(
        "voided_at = '' AND parent_id = ?1 AND kind <> 'workshop' AND NOT EXISTS (SELECT 1 FROM agreement g "
        "WHERE g.party_b_id = org.id AND g.year = ?2 AND g.status IN ('signed','assessed') AND g.voided_at = '') "
        "ORDER BY name",
        {str(partyAId), std::to_string(year)});
}

std::vector<Attachment> ArchiveQueries::attachments(const std::string& ownerTable, int64_t ownerId)
{
    return Repository<Attachment>(m_db).where("owner_table = ? AND owner_id = ? AND voided_at = '' ORDER BY id",
                                              {ownerTable, str(ownerId)});
}

std::vector<AuditEntry> ArchiveQueries::auditTrail(const std::string& entityUuid)
{
    sql::Statement st(m_db.connection(),
                      std::string("SELECT ") + kAuditColumns + " FROM audit WHERE entity_uuid = ? ORDER BY id");
    st.bind(1, entityUuid);
    std::vector<AuditEntry> out;
    while (st.step()) {
        out.push_back(readAuditEntry(st));
    }
    return out;
}

} // namespace safeledger
