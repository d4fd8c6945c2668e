#pragma once

#include "safeledger/core/Escalation.h"
#include "safeledger/core/Hazard.h"
#include "safeledger/storage/Database.h"

#include <optional>
#include <string>
#include <vector>

namespace safeledger {

// Extension requests (延期申请) and the escalation rules: the two ways a deadline acts after it
// is set. Every change is one transaction with its audit rows; `expectedVersion` refuses to act
// on a record someone changed meanwhile (0 skips the check).
class ExtensionService final
{
public:
    explicit ExtensionService(Database& db)
        : m_db(db)
    {
    }

    // Asks for `r.requestedDeadline` on hazard `hazardId` (Action::RequestExtensions). The hazard
    // must be open, have a deadline, and have no other request pending; the requested deadline
    // must be later than the one in force. requestedBy defaults to the operator.
    ExtensionRequest request(int64_t hazardId, ExtensionRequest r, int64_t expectedHazardVersion = 0);
    // Approves or refuses a pending request on day `on` (Action::DecideExtensions), signed off by
    // the signed-in account. An approval moves the hazard's deadline to the requested one.
    ExtensionRequest decide(int64_t requestId, bool approve, const Date& on, const std::string& note,
                            int64_t expectedVersion = 0);
    // The requester takes a pending request back (Action::RequestExtensions).
    ExtensionRequest withdraw(int64_t requestId, const Date& on, int64_t expectedVersion = 0);

    // Ends a hazard's pending request when the hazard itself ends (closed by a passed
    // verification, or voided), so that no request waits for a decision that can no longer
    // matter: withdrawn on `on` (not before the request) with `note`. Called by HazardService in
    // its own transaction; the caller's right to close or void is the right needed.
    void endPending(int64_t hazardId, const Date& on, const std::string& note);

    ExtensionRequest get(int64_t requestId);
    // A hazard's requests, oldest first.
    std::vector<ExtensionRequest> forHazard(int64_t hazardId);
    // Requests awaiting a decision in a unit's subtree (all units when orgId is 0), oldest first.
    std::vector<ExtensionRequest> pending(int64_t orgId, int limit);
    int64_t pendingCount(int64_t orgId);

    // The hazard's deadlines in force, oldest first (empty without a deadline); reads its id,
    // found date and deadline.
    std::vector<DeadlineInForce> deadlines(const Hazard& h);
    // The hazard's escalations as of `asOf` under this ledger's rules.
    std::vector<Escalation> escalations(const Hazard& h, const Date& asOf);

    // The ledger's rules (ledger_setting; the defaults of EscalationRules when unset). Setting
    // them needs Action::ChangeSettings and is audited.
    EscalationRules escalationRules();
    void setEscalationRules(const EscalationRules& rules);

private:
    ExtensionRequest load(int64_t requestId, int64_t expectedVersion);
    Database& m_db;
};

// The rules every stored request keeps, whoever wrote it (a package's, checked on import): a
// reason, a requested deadline later than the one it replaces, a decision day with every decision
// and none while pending, not before the request, and an approved deadline not before its
// decision. Throws Error(Validation) naming the field.
void validateExtension(const ExtensionRequest& r);

// Whether a stored hazard's deadline is fixed on `today`: set (with a time limit), and the hazard
// registered on another day. A fixed deadline moves only through an approved extension request;
// HazardService::edit refuses any other change and the hazard form locks the field by this rule.
bool deadlineFixed(const Hazard& stored, const Date& today);

// The day (Beijing time, as Clock::today) of an ISO UTC time such as a record's createdAt.
Date dayOfStoredTime(const std::string& iso);

} // namespace safeledger
