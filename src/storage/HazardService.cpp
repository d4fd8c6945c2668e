#include "safeledger/storage/HazardService.h"

#include "SignOff.h"

#include "safeledger/core/Error.h"
#include "safeledger/core/Inspection.h"
#include "safeledger/core/Organisation.h"
#include "safeledger/storage/ExtensionService.h"
#include "safeledger/storage/Repository.h"

#include <algorithm>

namespace safeledger {

Hazard HazardService::get(int64_t hazardId)
{
    return Repository<Hazard>(m_db).get(hazardId);
}

Hazard HazardService::load(int64_t hazardId, int64_t expectedVersion)
{
    Hazard h = get(hazardId);
    if (expectedVersion != 0 && h.version != expectedVersion) {
        throw Error(Error::Kind::Conflict, Message(MessageId::HazardChanged, {h.modifiedAt}));
    }
    return h;
}

void HazardService::checkReferences(const Hazard& h)
{
    const auto org = Repository<Organisation>(m_db).find(h.orgId);
    if (!org) {
        throwValidation("org", MessageId::NoRecordWithId, {"unit", std::to_string(h.orgId)});
    }
    if (org->isVoided()) {
        throwValidation("org", MessageId::UnitVoided, {org->name});
    }
    if (h.inspectionId && !Repository<Inspection>(m_db).find(*h.inspectionId)) {
        throwValidation("inspection", MessageId::NoRecordWithId, {"inspection", std::to_string(*h.inspectionId)});
    }
}

void HazardService::registerHazard(Hazard& h, const std::string& verifier)
{
    m_db.require(Action::RegisterHazards);
    h.status = HazardStatus::Registered;
    h.closedOn.reset();
    h.closedBy.clear();
    if (h.mode == RectificationMode::OnSpot && !h.deadline) {
        h.deadline = h.foundOn; // its time limit (时限) is the day it was found
    }
    HazardLifecycle::validate(h, m_db.today());
    m_db.write([&] {
        checkReferences(h);
        h.id = 0;
        Repository<Hazard>(m_db).insert(h);
        if (h.mode == RectificationMode::OnSpot) {
            submitForVerification(h.id);
            Verification v;
            v.date = h.foundOn;
            v.inspector = verifier.empty() ? m_db.operatorName() : verifier;
            v.passed = true;
            v.note = "现场整改";
            // Confirmed on site by the officer who found it (docs/accounts-and-audit.md, Roles).
            recordVerification(h.id, v, 0, std::nullopt);
            h = get(h.id);
        }
    });
}

void HazardService::edit(Hazard& h)
{
    m_db.require(Action::RegisterHazards);
    m_db.write([&] {
        const Hazard stored = load(h.id, h.version);
        if (stored.status == HazardStatus::Voided) {
            // No field: what() stays the sentence alone.
            throw Error(Error::Kind::Lifecycle, MessageId::VoidedHazardNotEditable);
        }
        // A deadline once set moves only through an approved extension request (ExtensionService),
        // or as the correction of a mistake on the day the hazard was registered.
        if (h.deadline != stored.deadline && deadlineFixed(stored, m_db.today())) {
            throw Error(Error::Kind::Lifecycle,
                        Message(MessageId::DeadlineNeedsExtension, {stored.deadline->toString()}), "deadline");
        }
        h.status = stored.status;
        h.closedOn = stored.closedOn;
        h.closedBy = stored.closedBy;
        h.voidReason = stored.voidReason;
        h.voidedAt = stored.voidedAt;
        HazardLifecycle::validate(h, m_db.today());
        checkReferences(h);
        Repository<Hazard>(m_db).update(h);
    });
}

Rectification HazardService::recordProgress(int64_t hazardId, Rectification entry, int64_t expectedVersion)
{
    m_db.require(Action::RecordProgress);
    m_db.write([&] {
        Hazard h = load(hazardId, expectedVersion);
        const HazardStatus next = HazardLifecycle::next(h.status, HazardAction::RecordProgress);
        entry.hazardId = h.id;
        entry.id = 0;
        HazardLifecycle::validateProgress(h, entry, m_db.today());
        Repository<Rectification>(m_db).insert(entry);
        if (next != h.status) {
            h.status = next;
            Repository<Hazard>(m_db).update(h, actionCode(HazardAction::RecordProgress));
        }
    });
    return entry;
}

void HazardService::submitForVerification(int64_t hazardId, int64_t expectedVersion)
{
    m_db.require(Action::RecordProgress);
    m_db.write([&] {
        Hazard h = load(hazardId, expectedVersion);
        h.status = HazardLifecycle::next(h.status, HazardAction::SubmitForVerification);
        Repository<Hazard>(m_db).update(h, actionCode(HazardAction::SubmitForVerification));
    });
}

Verification HazardService::verify(int64_t hazardId, Verification v, int64_t expectedVersion,
                                   const std::optional<Date>& newDeadline)
{
    m_db.require(Action::VerifyHazards);
    return recordVerification(hazardId, std::move(v), expectedVersion, newDeadline);
}

Verification HazardService::recordVerification(int64_t hazardId, Verification v, int64_t expectedVersion,
                                               const std::optional<Date>& newDeadline)
{
    m_db.write([&] {
        Hazard h = load(hazardId, expectedVersion);
        const HazardAction action = v.passed ? HazardAction::VerifyPass : HazardAction::VerifyFail;
        h.status = HazardLifecycle::next(h.status, action);
        v.hazardId = h.id;
        v.id = 0;
        HazardLifecycle::validateVerification(h, v, m_db.today());
        HazardLifecycle::validateVerificationDecision(v, newDeadline);
        signOff(m_db, v);
        Repository<Verification>(m_db).insert(v);
        if (v.passed) {
            h.closedOn = v.date;
            h.closedBy = v.inspector;
            ExtensionService(m_db).endPending(h.id, v.date, "隐患已销号 closed");
        }
        if (newDeadline) {
            h.deadline = newDeadline;
        }
        Repository<Hazard>(m_db).update(h, actionCode(action));
    });
    return v;
}

void HazardService::voidHazard(int64_t hazardId, const std::string& reason, int64_t expectedVersion)
{
    m_db.require(Action::VoidRecords);
    m_db.write([&] {
        Hazard h = load(hazardId, expectedVersion);
        h.status = HazardLifecycle::next(h.status, HazardAction::Void);
        Repository<Hazard>(m_db).voidRecord(h, reason);
        ExtensionService(m_db).endPending(h.id, m_db.today(), "隐患已作废 voided");
    });
}

void HazardService::withdrawVerification(int64_t verificationId, const std::string& reason, int64_t expectedVersion)
{
    m_db.require(Action::VerifyHazards);
    m_db.require(Action::VoidRecords);
    m_db.write([&] {
        Verification v = Repository<Verification>(m_db).get(verificationId);
        if (v.isVoided()) {
            throw Error(Error::Kind::Lifecycle, Message(MessageId::RecordAlreadyVoided, {"verification"}));
        }
        Hazard h = load(v.hazardId, expectedVersion);
        for (const Verification& other : verifications(h.id)) { // by date, then as recorded
            const bool later = other.date > v.date || (other.date == v.date && other.id > v.id);
            if (!other.isVoided() && later) {
                throw Error(Error::Kind::Lifecycle, Message(MessageId::VerificationNotLatest, {other.date.toString()}));
            }
        }
        h.status = HazardLifecycle::statusAfterWithdrawal(h.status, v.passed);
        Repository<Verification>(m_db).voidRecord(v, reason);
        h.closedOn.reset();
        h.closedBy.clear();
        Repository<Hazard>(m_db).update(h, "withdraw_verification");
    });
}

void HazardService::correctProgress(Rectification& entry)
{
    m_db.require(Action::RecordProgress);
    m_db.write([&] {
        const Rectification stored = Repository<Rectification>(m_db).get(entry.id);
        const Hazard h = get(stored.hazardId);
        if (h.isVoided()) {
            throw Error(Error::Kind::Lifecycle, MessageId::VoidedHazardNotEditable);
        }
        if (stored.isVoided()) {
            throw Error(Error::Kind::Lifecycle, Message(MessageId::RecordAlreadyVoided, {"rectification"}));
        }
        entry.hazardId = stored.hazardId; // an entry stays with its hazard
        entry.voidReason = stored.voidReason;
        entry.voidedAt = stored.voidedAt;
        HazardLifecycle::validateProgress(h, entry, m_db.today());
        Repository<Rectification>(m_db).update(entry);
    });
}

void HazardService::voidProgress(int64_t entryId, const std::string& reason)
{
    m_db.require(Action::VoidRecords);
    m_db.write([&] {
        Rectification entry = Repository<Rectification>(m_db).get(entryId);
        Hazard h = get(entry.hazardId);
        if (h.isVoided()) {
            throw Error(Error::Kind::Lifecycle, MessageId::VoidedHazardNotEditable);
        }
        Repository<Rectification>(m_db).voidRecord(entry, reason);
        const auto stands = [](const auto& records) {
            return std::any_of(records.begin(), records.end(), [](const auto& r) { return !r.isVoided(); });
        };
        if (h.status == HazardStatus::Rectifying && !stands(progress(h.id)) && !stands(verifications(h.id))) {
            h.status = HazardStatus::Registered;
            Repository<Hazard>(m_db).update(h, "progress_voided");
        }
    });
}

std::vector<Rectification> HazardService::progress(int64_t hazardId)
{
    return Repository<Rectification>(m_db).where("hazard_id = ? ORDER BY date, id", {std::to_string(hazardId)});
}

std::vector<Verification> HazardService::verifications(int64_t hazardId)
{
    return Repository<Verification>(m_db).where("hazard_id = ? ORDER BY date, id", {std::to_string(hazardId)});
}

} // namespace safeledger
