#pragma once

#include "safeledger/core/Hazard.h"

#include <optional>
#include <vector>

namespace safeledger {

// What a user can do to a hazard. The lifecycle (DOMAIN.md):
//   registered ─progress→ rectifying ─submit→ awaiting verification ─pass→ closed (销号)
//   registered ─submit→ awaiting verification        awaiting verification ─fail→ rectifying
//   any state but voided ─void (with a reason)→ voided
// A hazard rectified on the spot is registered, submitted and passed at once.
enum class HazardAction { RecordProgress, SubmitForVerification, VerifyPass, VerifyFail, Void };

const char* actionCode(HazardAction action);

namespace HazardLifecycle {

bool allows(HazardStatus from, HazardAction action);
// Throws Error(Lifecycle) naming both the state and the action when not allowed.
HazardStatus next(HazardStatus from, HazardAction action);
std::vector<HazardAction> allowedActions(HazardStatus from);

// Rules for a new or edited hazard: required fields, a real deadline for deadline/suspension
// modes, no deadline before the found date, no found date after today, supervision only for
// major hazards.
void validate(const Hazard& hazard, const Date& today);
void validateProgress(const Hazard& hazard, const Rectification& entry, const Date& today);
void validateVerification(const Hazard& hazard, const Verification& verification, const Date& today);
// Rules for a verification decided now (not history carried in by a package or a ledger, which
// stands as it was written): a failed one says what is still wrong, and may give a new deadline
// on or after the verification day; a passed one closes the hazard and takes no new deadline.
void validateVerificationDecision(const Verification& verification, const std::optional<Date>& newDeadline);

// Withdrawing (撤销) a verification recorded in error, the hazard's latest: the hazard stands again
// as it did when the verification was made, awaiting verification (a closed hazard is reopened).
// A pass can be withdrawn only from a closed hazard, a fail from one rectifying or awaiting
// verification again; never from a voided one (Error(Lifecycle) naming the state).
bool allowsWithdrawal(HazardStatus from, bool passed);
HazardStatus statusAfterWithdrawal(HazardStatus from, bool passed);

// Open (未整改): found and not yet closed or voided; what the figures call open hazards.
bool isOpen(HazardStatus status);
// Overdue (逾期) is derived, never stored: the deadline has passed as of `asOf` and the hazard
// was not closed by then (and is not voided).
bool isOverdue(const Hazard& hazard, const Date& asOf);
long daysOverdue(const Hazard& hazard, const Date& asOf); // 0 when not overdue

} // namespace HazardLifecycle
} // namespace safeledger
