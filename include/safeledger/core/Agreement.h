#pragma once

#include "safeledger/core/Date.h"
#include "safeledger/core/Enums.h"
#include "safeledger/core/Record.h"

#include <optional>
#include <vector>

namespace safeledger {

// A yearly responsibility agreement (安全生产责任书) between party A (甲方, the superior) and
// party B (乙方). draft → signed → assessed.
struct Agreement : Record
{
    int year = 0;
    AgreementKind kind = AgreementKind::Responsibility;
    int64_t partyAId = 0;
    int64_t partyBId = 0;
    std::string signatoryA;
    std::string signatoryB;
    std::optional<Date> signedOn;
    std::optional<Date> validFrom;
    std::optional<Date> validTo;
    std::vector<std::string> targets; // 目标条款, e.g. 死亡事故为零
    AgreementStatus status = AgreementStatus::Draft;
    std::optional<double> assessmentScore;
    std::string assessmentResult;
    std::optional<Date> assessedOn;
};

void validate(const Agreement& agreement);

} // namespace safeledger
