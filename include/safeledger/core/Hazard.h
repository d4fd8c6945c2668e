#pragma once

#include "safeledger/core/Date.h"
#include "safeledger/core/Enums.h"
#include "safeledger/core/Record.h"

#include <optional>

namespace safeledger {

// The central record: an accident hazard (事故隐患) and its rectification. Its status moves only
// through HazardLifecycle; storage never sets it any other way.
struct Hazard : Record
{
    int64_t orgId = 0;
    std::optional<int64_t> inspectionId;
    std::string location;    // 部位
    std::string description; // 隐患描述
    HazardCategory category = HazardCategory::Other;
    HazardGrade grade = HazardGrade::General;
    RiskColour riskColour = RiskColour::None;
    HazardSource source = HazardSource::Inspection;
    // Who reported it and how to reach them (举报人及联系方式), for a hazard that no inspection
    // found: a public report, a photo sent in, a supervision visit.
    std::string reportedBy;
    Date foundOn;
    RectificationMode mode = RectificationMode::Deadline;
    std::optional<Date> deadline; // 时限
    // 五落实: measures, responsibility, funds, time limit (deadline above), contingency plan.
    std::string measures;
    std::string responsible;
    int64_t fundsFen = 0; // money is kept in fen (0.01 yuan) to stay exact
    std::string contingency;
    SupervisionLevel supervision = SupervisionLevel::None; // 挂牌督办
    HazardStatus status = HazardStatus::Registered;
    std::optional<Date> closedOn; // 销号 date, set by a passed verification
    std::string closedBy;
};

// 整改 progress entry.
struct Rectification : Record
{
    int64_t hazardId = 0;
    Date date;
    std::string description;
    int64_t costFen = 0;
    std::string doneBy;
    std::string evidence;
};

// 复查/验收.
struct Verification : Record
{
    int64_t hazardId = 0;
    Date date;
    std::string inspector;
    bool passed = false;
    std::string note;
    // Sign-off (issue 13): the account that recorded it, and its full name then; empty where the
    // ledger keeps no accounts. Set by the services from the signed-in account, never by callers.
    std::string signedBy;
    std::string signedByName;
};

// 延期申请: a request to move a hazard's deadline, and its decision. While pending the hazard
// stays due on its deadline in force; an approval moves the deadline from the decision day on
// (every earlier deadline stays in these records); a refusal keeps it. Decided requests never
// change again.
struct ExtensionRequest : Record
{
    int64_t hazardId = 0;
    Date requestedOn;
    Date previousDeadline;  // the deadline in force when the request was made
    Date requestedDeadline; // later than previousDeadline
    std::string reason;
    std::string requestedBy;
    ExtensionDecision decision = ExtensionDecision::Pending;
    std::optional<Date> decidedOn; // set with any decision, a withdrawal included
    std::string decidedBy;
    std::string decisionNote;
    // Sign-off of the decision (issue 13): the account that decided, and its full name then.
    std::string signedBy;
    std::string signedByName;
};

} // namespace safeledger
