#include "safeledger/core/HazardLifecycle.h"

#include "safeledger/core/Error.h"

namespace safeledger {

const char* actionCode(HazardAction action)
{
    switch (action) {
    case HazardAction::RecordProgress:
        return "progress";
    case HazardAction::SubmitForVerification:
        return "submit";
    case HazardAction::VerifyPass:
        return "verify_pass";
    case HazardAction::VerifyFail:
        return "verify_fail";
    case HazardAction::Void:
        return "void";
    }
    return "";
}

namespace HazardLifecycle {

namespace {
MessageId refusal(HazardAction action)
{
    switch (action) {
    case HazardAction::RecordProgress:
        return MessageId::CannotRecordProgress;
    case HazardAction::SubmitForVerification:
        return MessageId::CannotSubmit;
    case HazardAction::VerifyPass:
        return MessageId::CannotPass;
    case HazardAction::VerifyFail:
        return MessageId::CannotFail;
    case HazardAction::Void:
        break;
    }
    return MessageId::CannotVoid;
}
} // namespace

bool allows(HazardStatus from, HazardAction action)
{
    switch (action) {
    case HazardAction::RecordProgress:
        return from == HazardStatus::Registered || from == HazardStatus::Rectifying;
    case HazardAction::SubmitForVerification:
        return from == HazardStatus::Registered || from == HazardStatus::Rectifying;
    case HazardAction::VerifyPass:
    case HazardAction::VerifyFail:
        return from == HazardStatus::AwaitingVerification;
    case HazardAction::Void:
        return from != HazardStatus::Voided;
    }
    return false;
}

HazardStatus next(HazardStatus from, HazardAction action)
{
    if (!allows(from, action)) {
        throw Error(Error::Kind::Lifecycle, refusal(action), {toEnglish(from), toChinese(from)});
    }
    switch (action) {
    case HazardAction::RecordProgress:
        return HazardStatus::Rectifying;
    case HazardAction::SubmitForVerification:
        return HazardStatus::AwaitingVerification;
    case HazardAction::VerifyPass:
        return HazardStatus::Closed;
    case HazardAction::VerifyFail:
        return HazardStatus::Rectifying;
    case HazardAction::Void:
        return HazardStatus::Voided;
    }
    return from;
}

bool allowsWithdrawal(HazardStatus from, bool passed)
{
    return passed ? from == HazardStatus::Closed
                  : from == HazardStatus::Rectifying || from == HazardStatus::AwaitingVerification;
}

HazardStatus statusAfterWithdrawal(HazardStatus from, bool passed)
{
    if (!allowsWithdrawal(from, passed)) {
        throw Error(Error::Kind::Lifecycle, MessageId::CannotWithdrawVerification, {toEnglish(from), toChinese(from)});
    }
    return HazardStatus::AwaitingVerification;
}

std::vector<HazardAction> allowedActions(HazardStatus from)
{
    std::vector<HazardAction> out;
    for (auto a : {HazardAction::RecordProgress, HazardAction::SubmitForVerification, HazardAction::VerifyPass,
                   HazardAction::VerifyFail, HazardAction::Void}) {
        if (allows(from, a)) {
            out.push_back(a);
        }
    }
    return out;
}

void validate(const Hazard& h, const Date& today)
{
    if (h.orgId <= 0) {
        throwValidation("org", MessageId::HazardNeedsUnit);
    }
    if (h.description.find_first_not_of(" \t\r\n") == std::string::npos) {
        throwValidation("description", MessageId::HazardNeedsDescription);
    }
    if (h.foundOn.isNull()) {
        throwValidation("found_on", MessageId::FoundDateRequired);
    }
    if (h.foundOn > today) {
        throwValidation("found_on", MessageId::DateAfterToday, {h.foundOn.toString(), today.toString()});
    }
    if (h.mode != RectificationMode::OnSpot && !h.deadline) {
        throwValidation("deadline", MessageId::HazardNeedsDeadline, {toEnglish(h.mode), toChinese(h.mode)});
    }
    if (h.deadline && *h.deadline < h.foundOn) {
        throwValidation("deadline", MessageId::BeforeFoundDate, {h.deadline->toString(), h.foundOn.toString()});
    }
    if (h.fundsFen < 0) {
        throwValidation("funds", MessageId::NegativeYuan, {std::to_string(h.fundsFen / 100)});
    }
    if (h.supervision != SupervisionLevel::None && h.grade != HazardGrade::Major) {
        throwValidation("supervision", MessageId::SupervisionNeedsMajor);
    }
    if (h.closedOn && *h.closedOn < h.foundOn) {
        throwValidation("closed_on", MessageId::BeforeFoundDate, {h.closedOn->toString(), h.foundOn.toString()});
    }
}

void validateProgress(const Hazard& h, const Rectification& e, const Date& today)
{
    if (e.date.isNull()) {
        throwValidation("date", MessageId::ProgressDateRequired);
    }
    if (e.date < h.foundOn) {
        throwValidation("date", MessageId::ProgressBeforeFound, {e.date.toString(), h.foundOn.toString()});
    }
    if (e.date > today) {
        throwValidation("date", MessageId::DateAfterToday, {e.date.toString(), today.toString()});
    }
    if (e.description.find_first_not_of(" \t\r\n") == std::string::npos) {
        throwValidation("description", MessageId::ProgressNeedsText);
    }
    if (e.costFen < 0) {
        throwValidation("cost", MessageId::NegativeCost);
    }
}

void validateVerification(const Hazard& h, const Verification& v, const Date& today)
{
    if (v.date.isNull()) {
        throwValidation("date", MessageId::VerificationDateRequired);
    }
    if (v.date < h.foundOn) {
        throwValidation("date", MessageId::VerificationBeforeFound, {v.date.toString(), h.foundOn.toString()});
    }
    if (v.date > today) {
        throwValidation("date", MessageId::DateAfterToday, {v.date.toString(), today.toString()});
    }
    if (v.inspector.find_first_not_of(" \t\r\n") == std::string::npos) {
        throwValidation("inspector", MessageId::VerificationNeedsInspector);
    }
}

void validateVerificationDecision(const Verification& v, const std::optional<Date>& newDeadline)
{
    if (!v.passed && v.note.find_first_not_of(" \t\r\n") == std::string::npos) {
        throwValidation("note", MessageId::FailedVerificationNeedsReason);
    }
    if (newDeadline && v.passed) {
        throwValidation("deadline", MessageId::PassTakesNoDeadline);
    }
    if (newDeadline && *newDeadline < v.date) {
        throwValidation("deadline", MessageId::NewDeadlineBeforeVerification,
                        {newDeadline->toString(), v.date.toString()});
    }
}

bool isOpen(HazardStatus s)
{
    return s != HazardStatus::Closed && s != HazardStatus::Voided;
}

bool isOverdue(const Hazard& h, const Date& asOf)
{
    if (h.status == HazardStatus::Voided || !h.deadline || !(*h.deadline < asOf)) {
        return false;
    }
    return !h.closedOn || asOf < *h.closedOn;
}

long daysOverdue(const Hazard& h, const Date& asOf)
{
    return isOverdue(h, asOf) ? asOf.dayNumber() - h.deadline->dayNumber() : 0;
}

} // namespace HazardLifecycle
} // namespace safeledger
