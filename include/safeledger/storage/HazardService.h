#pragma once

#include "safeledger/core/HazardLifecycle.h"
#include "safeledger/storage/Database.h"

#include <string>
#include <vector>

namespace safeledger {

// The hazard lifecycle as transactions: every operation checks the core's rules, changes the
// hazard and its progress/verification records together, and writes the audit trail, or changes
// nothing. `expectedVersion` (the version the user's screen showed) refuses to act on a hazard
// that someone changed in the meantime; pass 0 to skip that check (batch work).
class HazardService final
{
public:
    explicit HazardService(Database& db)
        : m_db(db)
    {
    }

    // Registers a new hazard (status registered). One rectified on the spot is verified and
    // closed at once by `verifier` (the operator when empty), still counted as found and rectified.
    void registerHazard(Hazard& hazard, const std::string& verifier = {});
    // Edits the descriptive fields; the status and closure cannot be edited, only transitioned.
    void edit(Hazard& hazard);

    Rectification recordProgress(int64_t hazardId, Rectification entry, int64_t expectedVersion = 0);
    void submitForVerification(int64_t hazardId, int64_t expectedVersion = 0);
    // A pass closes the hazard (销号) on the verification date; a fail, which must give its reason,
    // sends it back to rectifying, with `newDeadline` in force when given (the earlier deadline
    // stays in the audit trail's before-image).
    Verification verify(int64_t hazardId, Verification verification, int64_t expectedVersion = 0,
                        const std::optional<Date>& newDeadline = std::nullopt);
    void voidHazard(int64_t hazardId, const std::string& reason, int64_t expectedVersion = 0);
    // Withdraws (撤销) the hazard's latest verification, recorded in error, with the reason why: the
    // verification is voided (kept, with who, when and why) and the hazard awaits verification
    // again (HazardLifecycle::statusAfterWithdrawal); a closed hazard loses its closure. Needs the
    // rights to verify and to void. A deadline a failed verification set stays in force (edit it);
    // extension requests ended by the closure stay ended. `expectedVersion` is the hazard's.
    void withdrawVerification(int64_t verificationId, const std::string& reason, int64_t expectedVersion = 0);
    // Corrects a progress entry (整改进展) as typed wrong: its date, text, cost, who and evidence,
    // under the same rules as a new one; `entry.version` must be the stored one (a stale copy is
    // refused). Needs the right to record progress; a voided hazard's entries stand as they are.
    void correctProgress(Rectification& entry);
    // Voids a progress entry entered in error (on the wrong hazard, twice) with the reason why; it
    // stays listed, marked. A hazard rectifying only because of it (no other entry and no
    // verification stands) is registered again. Needs the right to void.
    void voidProgress(int64_t entryId, const std::string& reason);

    Hazard get(int64_t hazardId);
    std::vector<Rectification> progress(int64_t hazardId);
    std::vector<Verification> verifications(int64_t hazardId);

private:
    Hazard load(int64_t hazardId, int64_t expectedVersion);
    void checkReferences(const Hazard& hazard);
    // verify() once the right to is settled: a manager's, or the officer's who rectified on the spot.
    Verification recordVerification(int64_t hazardId, Verification verification, int64_t expectedVersion,
                                    const std::optional<Date>& newDeadline);
    Database& m_db;
};

} // namespace safeledger
