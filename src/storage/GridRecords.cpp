// Grids (网格) and their members: who is in which grid on which day (issue 17).
#include "safeledger/core/Error.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"

namespace safeledger {

namespace {

std::string whoIs(Database& db, const GridMember& m)
{
    if (m.orgId) {
        const auto org = Repository<Organisation>(db).find(*m.orgId);
        return org ? org->name : std::to_string(*m.orgId);
    }
    const auto person = Repository<Person>(db).find(*m.personId);
    return person ? person->name : std::to_string(*m.personId);
}

// The live memberships of the same unit (in any live grid) or of the same officer in the same
// grid that share a day with `m`.
std::vector<GridMember> overlapping(Database& db, const GridMember& m)
{
    const std::string last = m.endsOn ? m.endsOn->toString() : std::string("9999-12-31");
    const std::string days = " AND id <> ? AND voided_at = '' AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?)"
                             " AND grid_id IN (SELECT id FROM grid WHERE voided_at = '') ORDER BY starts_on";
    if (m.orgId) {
        return Repository<GridMember>(db).where(
            "org_id = ?" + days, {std::to_string(*m.orgId), std::to_string(m.id), last, m.startsOn.toString()});
    }
    return Repository<GridMember>(db).where(
        "person_id = ? AND grid_id = ?" + days,
        {std::to_string(*m.personId), std::to_string(m.gridId), std::to_string(m.id), last, m.startsOn.toString()});
}

} // namespace

template <>
void RecordService::check(const Grid& g)
{
    validate(g);
    requireUnit(g.orgId, "org");
}

// A unit is in one grid on any day, so that every figure by grid counts it once; an officer may
// serve in several grids, but not twice in one.
template <>
void RecordService::check(const GridMember& m)
{
    validate(m);
    const auto grid = Repository<Grid>(m_db).find(m.gridId);
    if (!grid) {
        throwValidation("grid", MessageId::NoRecordWithId, {"grid", std::to_string(m.gridId)});
    }
    if (grid->isVoided()) {
        throwValidation("grid", MessageId::GridVoided, {grid->name});
    }
    if (m.orgId) {
        requireUnit(*m.orgId, "org");
    } else if (!Repository<Person>(m_db).find(*m.personId)) {
        throwValidation("person", MessageId::NoRecordWithId, {"person", std::to_string(*m.personId)});
    }
    const auto clash = overlapping(m_db, m);
    if (!clash.empty()) {
        const auto other = Repository<Grid>(m_db).find(clash.front().gridId);
        throwValidation(m.orgId ? "org" : "person",
                        m.orgId ? MessageId::UnitInAnotherGrid : MessageId::OfficerAlreadyInGrid,
                        {whoIs(m_db, m), other ? other->name : std::string(), clash.front().startsOn.toString()});
    }
}

GridMember RecordService::moveToGrid(int64_t orgId, int64_t gridId, const Date& from)
{
    m_db.require(Action::PlanInspections);
    GridMember moved;
    moved.gridId = gridId;
    moved.orgId = orgId;
    moved.startsOn = from;
    m_db.write([&] {
        // The membership running on `from` (or starting after it) is where the unit is moved from.
        auto current = Repository<GridMember>(m_db).where(
            "org_id = ? AND voided_at = '' AND (ends_on IS NULL OR ends_on >= ?)"
            " AND grid_id IN (SELECT id FROM grid WHERE voided_at = '') ORDER BY starts_on",
            {std::to_string(orgId), from.toString()});
        if (!current.empty()) {
            GridMember& was = current.front();
            if (!(was.startsOn < from)) {
                const auto grid = Repository<Grid>(m_db).find(was.gridId);
                throwValidation("starts_on", MessageId::AssignmentStartsBefore,
                                {whoIs(m_db, was), grid ? grid->name : std::string(), was.startsOn.toString()});
            }
            if (was.gridId != gridId) {
                was.endsOn = from.addDays(-1);
                update(was);
            }
            // Otherwise check() below refuses the move into the grid it is in.
        }
        add(moved);
    });
    return moved;
}

} // namespace safeledger
