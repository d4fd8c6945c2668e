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
const char* actionLabel(HazardAction action)
{
    switch (action) {
    case HazardAction::RecordProgress:
        return "record rectification progress";
    case HazardAction::SubmitForVerification:
        return "submit for verification";
    case HazardAction::VerifyPass:
        return "pass verification and close";
    case HazardAction::VerifyFail:
        return "fail verification";
    case HazardAction::Void:
        return "void";
    }
    return "";
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
        throw Error(Error::Kind::Lifecycle,
                    std::string("cannot ") + actionLabel(action) + " a hazard whose status is " + toEnglish(from) +
                        " (" + toChinese(from) + ")",
                    "status");
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
        throwValidation("org", "a hazard must belong to a unit");
    }
    if (h.description.find_first_not_of(" \t\r\n") == std::string::npos) {
        throwValidation("description", "description: a hazard needs a description");
    }
    if (h.foundOn.isNull()) {
        throwValidation("found_on", "found_on: the date the hazard was found is required");
    }
    if (h.foundOn > today) {
        throwValidation("found_on", "found_on: " + h.foundOn.toString() + " is after today (" + today.toString() + ")");
    }
    if (h.mode != RectificationMode::OnSpot && !h.deadline) {
        throwValidation("deadline", std::string("deadline: a hazard rectified ") + toEnglish(h.mode) + " (" +
                                        toChinese(h.mode) + ") needs a deadline");
    }
    if (h.deadline && *h.deadline < h.foundOn) {
        throwValidation("deadline",
                        "deadline: " + h.deadline->toString() + " is before the found date " + h.foundOn.toString());
    }
    if (h.fundsFen < 0) {
        throwValidation("funds", "funds: " + std::to_string(h.fundsFen / 100) + " yuan cannot be negative");
    }
    if (h.supervision != SupervisionLevel::None && h.grade != HazardGrade::Major) {
        throwValidation("supervision", "supervision: only a major hazard (重大隐患) can be under listed supervision");
    }
    if (h.closedOn && *h.closedOn < h.foundOn) {
        throwValidation("closed_on",
                        "closed_on: " + h.closedOn->toString() + " is before the found date " + h.foundOn.toString());
    }
}

void validateProgress(const Hazard& h, const Rectification& e, const Date& today)
{
    if (e.date.isNull()) {
        throwValidation("date", "date: the date of the rectification progress is required");
    }
    if (e.date < h.foundOn) {
        throwValidation("date", "date: progress on " + e.date.toString() + " is before the hazard was found (" +
                                    h.foundOn.toString() + ")");
    }
    if (e.date > today) {
        throwValidation("date", "date: " + e.date.toString() + " is after today (" + today.toString() + ")");
    }
    if (e.description.find_first_not_of(" \t\r\n") == std::string::npos) {
        throwValidation("description", "description: say what was done");
    }
    if (e.costFen < 0) {
        throwValidation("cost", "cost: a cost cannot be negative");
    }
}

void validateVerification(const Hazard& h, const Verification& v, const Date& today)
{
    if (v.date.isNull()) {
        throwValidation("date", "date: the verification date is required");
    }
    if (v.date < h.foundOn) {
        throwValidation("date", "date: verification on " + v.date.toString() + " is before the hazard was found (" +
                                    h.foundOn.toString() + ")");
    }
    if (v.date > today) {
        throwValidation("date", "date: " + v.date.toString() + " is after today (" + today.toString() + ")");
    }
    if (v.inspector.find_first_not_of(" \t\r\n") == std::string::npos) {
        throwValidation("inspector", "inspector: a verification needs the name of who verified it");
    }
}

void validateVerificationDecision(const Verification& v, const std::optional<Date>& newDeadline)
{
    if (!v.passed && v.note.find_first_not_of(" \t\r\n") == std::string::npos) {
        throwValidation("note", "note: a failed verification needs the reason: what is still not rectified");
    }
    if (newDeadline && v.passed) {
        throwValidation("deadline", "deadline: a passed verification closes the hazard and takes no new deadline");
    }
    if (newDeadline && *newDeadline < v.date) {
        throwValidation("deadline", "deadline: the new deadline " + newDeadline->toString() +
                                        " is before the verification on " + v.date.toString());
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
