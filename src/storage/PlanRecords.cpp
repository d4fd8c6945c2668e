// Inspection plans (检查计划): the rules that need the ledger (issue 17).
#include "safeledger/core/Error.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"

namespace safeledger {

// A plan names a live grid or a known officer, and is the only live plan of its grid or officer
// for its period (a year, or a month of it): two would ask two things of the same people.
template <>
void RecordService::check(const InspectionPlan& p)
{
    validate(p);
    std::string target;
    if (p.gridId) {
        const auto grid = Repository<Grid>(m_db).find(*p.gridId);
        if (!grid) {
            throwValidation("grid", MessageId::NoRecordWithId, {"grid", std::to_string(*p.gridId)});
        }
        if (grid->isVoided()) {
            throwValidation("grid", MessageId::GridVoided, {grid->name});
        }
        target = grid->name;
    } else {
        const auto person = Repository<Person>(m_db).find(*p.personId);
        if (!person) {
            throwValidation("person", MessageId::NoRecordWithId, {"person", std::to_string(*p.personId)});
        }
        target = person->name;
    }
    std::vector<std::string> args{std::to_string(p.gridId ? *p.gridId : *p.personId), std::to_string(p.year),
                                  std::to_string(p.id)};
    if (p.month) {
        args.push_back(std::to_string(*p.month));
    }
    const auto same = Repository<InspectionPlan>(m_db).where(
        std::string(p.gridId ? "grid_id" : "person_id") + " = ? AND year = ? AND id <> ? AND voided_at = '' AND " +
            (p.month ? "month = ?" : "month IS NULL"),
        args);
    if (!same.empty()) {
        throwValidation(p.month ? "month" : "year", MessageId::PlanExists, {target, p.periodText()});
    }
}

} // namespace safeledger
