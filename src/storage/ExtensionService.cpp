#include "safeledger/storage/ExtensionService.h"

#include "SignOff.h"
#include "Trimmed.h"
#include "safeledger/core/Error.h"
#include "safeledger/core/HazardLifecycle.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/Repository.h"
#include "safeledger/storage/Sqlite.h"

#include <nlohmann/json.hpp>

namespace safeledger {

namespace {

constexpr const char* kGeneralDaysKey = "escalation_general_days";
constexpr const char* kMajorKey = "escalation_major";

[[noreturn]] void decided(const ExtensionRequest& r)
{
    throw Error(Error::Kind::Lifecycle, MessageId::ExtensionDecided,
                {toCode(r.decision), toChinese(r.decision), r.decidedOn ? r.decidedOn->toString() : std::string()});
}

} // namespace

void validateExtension(const ExtensionRequest& r)
{
    if (trimmed(r.reason).empty()) {
        throwValidation("reason", MessageId::ExtensionNeedsReason);
    }
    if (r.requestedOn.isNull()) {
        throwValidation("requested_on", MessageId::DateRequired);
    }
    if (!(r.previousDeadline < r.requestedDeadline)) {
        throwValidation("requested_deadline", MessageId::ExtensionNotLater,
                        {r.requestedDeadline.toString(), r.previousDeadline.toString()});
    }
    if ((r.decision == ExtensionDecision::Pending) == r.decidedOn.has_value()) {
        throwValidation("decided_on", MessageId::DateRequired);
    }
    if (r.decidedOn && *r.decidedOn < r.requestedOn) {
        throwValidation("decided_on", MessageId::ExtensionDecisionBeforeRequest,
                        {r.decidedOn->toString(), r.requestedOn.toString()});
    }
    if (r.decision == ExtensionDecision::Approved && r.requestedDeadline < *r.decidedOn) {
        throwValidation("requested_deadline", MessageId::ExtensionDeadlineBeforeDecision,
                        {r.requestedDeadline.toString(), r.decidedOn->toString()});
    }
}

bool deadlineFixed(const Hazard& stored, const Date& today)
{
    return stored.id != 0 && stored.deadline && stored.mode != RectificationMode::OnSpot &&
           dayOfStoredTime(stored.createdAt) != today;
}

Date dayOfStoredTime(const std::string& iso)
{
    // "2026-12-06T17:30:00Z": Beijing is 8 hours ahead, so from 16:00 UTC it is the next day.
    const auto day = Date::parse(std::string_view(iso).substr(0, 10));
    if (!day) {
        return Date();
    }
    const int hour = iso.size() >= 13 ? std::atoi(iso.substr(11, 2).c_str()) : 0;
    return hour >= 16 ? day->addDays(1) : *day;
}

ExtensionRequest ExtensionService::get(int64_t requestId)
{
    return Repository<ExtensionRequest>(m_db).get(requestId);
}

ExtensionRequest ExtensionService::load(int64_t requestId, int64_t expectedVersion)
{
    ExtensionRequest r = get(requestId);
    if (expectedVersion != 0 && r.version != expectedVersion) {
        throw Error(Error::Kind::Conflict, MessageId::RecordChanged,
                    {"extension_request", r.modifiedAt, std::to_string(r.version), std::to_string(expectedVersion)});
    }
    return r;
}

ExtensionRequest ExtensionService::request(int64_t hazardId, ExtensionRequest r, int64_t expectedHazardVersion)
{
    m_db.require(Action::RequestExtensions);
    r.reason = trimmed(r.reason);
    r.requestedBy = trimmed(r.requestedBy);
    if (r.requestedBy.empty()) {
        r.requestedBy = m_db.operatorName();
    }
    if (r.requestedOn.isNull()) {
        r.requestedOn = m_db.today();
    }
    if (m_db.today() < r.requestedOn) {
        throwValidation("requested_on", MessageId::DateAfterToday, {r.requestedOn.toString(), m_db.today().toString()});
    }
    if (r.reason.empty()) {
        throwValidation("reason", MessageId::ExtensionNeedsReason);
    }
    m_db.write([&] {
        const Hazard h = Repository<Hazard>(m_db).get(hazardId);
        if (expectedHazardVersion != 0 && h.version != expectedHazardVersion) {
            throw Error(Error::Kind::Conflict, Message(MessageId::HazardChanged, {h.modifiedAt}));
        }
        if (!HazardLifecycle::isOpen(h.status)) {
            throw Error(Error::Kind::Lifecycle, MessageId::ExtensionHazardNotOpen,
                        {toCode(h.status), toChinese(h.status)});
        }
        if (!h.deadline) {
            throw Error(Error::Kind::Lifecycle, MessageId::ExtensionNoDeadline);
        }
        const auto open = Repository<ExtensionRequest>(m_db).where(
            "hazard_id = ? AND decision = 'pending' AND voided_at = ''", {std::to_string(h.id)});
        if (!open.empty()) {
            throw Error(Error::Kind::Lifecycle, MessageId::ExtensionAlreadyPending,
                        std::vector<std::string>{open.front().requestedOn.toString()});
        }
        if (r.requestedOn < h.foundOn) {
            throwValidation("requested_on", MessageId::BeforeFoundDate,
                            {r.requestedOn.toString(), h.foundOn.toString()});
        }
        if (!(*h.deadline < r.requestedDeadline)) {
            throwValidation("requested_deadline", MessageId::ExtensionNotLater,
                            {r.requestedDeadline.isNull() ? std::string() : r.requestedDeadline.toString(),
                             h.deadline->toString()});
        }
        r.id = 0;
        r.hazardId = h.id;
        r.previousDeadline = *h.deadline;
        r.decision = ExtensionDecision::Pending;
        r.decidedOn.reset();
        r.decidedBy.clear();
        r.decisionNote.clear();
        r.signedBy.clear();
        r.signedByName.clear();
        Repository<ExtensionRequest>(m_db).insert(r);
    });
    return r;
}

ExtensionRequest ExtensionService::decide(int64_t requestId, bool approve, const Date& on, const std::string& note,
                                          int64_t expectedVersion)
{
    m_db.require(Action::DecideExtensions);
    ExtensionRequest r;
    m_db.write([&] {
        r = load(requestId, expectedVersion);
        if (r.decision != ExtensionDecision::Pending) {
            decided(r);
        }
        if (r.isVoided()) {
            throw Error(Error::Kind::Lifecycle, MessageId::ExtensionDecided,
                        {"voided", "已作废", r.voidedAt.substr(0, 10)});
        }
        if (m_db.today() < on) {
            throwValidation("decided_on", MessageId::DateAfterToday, {on.toString(), m_db.today().toString()});
        }
        if (on < r.requestedOn) {
            throwValidation("decided_on", MessageId::ExtensionDecisionBeforeRequest,
                            {on.toString(), r.requestedOn.toString()});
        }
        Hazard h = Repository<Hazard>(m_db).get(r.hazardId);
        if (approve) {
            if (!HazardLifecycle::isOpen(h.status)) {
                throw Error(Error::Kind::Lifecycle, MessageId::ExtensionHazardNotOpen,
                            {toCode(h.status), toChinese(h.status)});
            }
            if (r.requestedDeadline < on) {
                throwValidation("requested_deadline", MessageId::ExtensionDeadlineBeforeDecision,
                                {r.requestedDeadline.toString(), on.toString()});
            }
            if (!h.deadline || !(*h.deadline < r.requestedDeadline)) {
                throwValidation("requested_deadline", MessageId::ExtensionNotLater,
                                {r.requestedDeadline.toString(), h.deadline ? h.deadline->toString() : std::string()});
            }
        }
        r.decision = approve ? ExtensionDecision::Approved : ExtensionDecision::Refused;
        r.decidedOn = on;
        r.decidedBy = m_db.operatorName();
        r.decisionNote = trimmed(note);
        signOff(m_db, r);
        Repository<ExtensionRequest>(m_db).update(r, approve ? "approve" : "refuse");
        if (approve) {
            h.deadline = r.requestedDeadline;
            Repository<Hazard>(m_db).update(h, "extend");
        }
    });
    return r;
}

ExtensionRequest ExtensionService::withdraw(int64_t requestId, const Date& on, int64_t expectedVersion)
{
    m_db.require(Action::RequestExtensions);
    ExtensionRequest r;
    m_db.write([&] {
        r = load(requestId, expectedVersion);
        if (r.decision != ExtensionDecision::Pending) {
            decided(r);
        }
        if (on < r.requestedOn) {
            throwValidation("decided_on", MessageId::ExtensionDecisionBeforeRequest,
                            {on.toString(), r.requestedOn.toString()});
        }
        if (m_db.today() < on) {
            throwValidation("decided_on", MessageId::DateAfterToday, {on.toString(), m_db.today().toString()});
        }
        r.decision = ExtensionDecision::Withdrawn;
        r.decidedOn = on;
        r.decidedBy = m_db.operatorName();
        Repository<ExtensionRequest>(m_db).update(r, "withdraw");
    });
    return r;
}

void ExtensionService::endPending(int64_t hazardId, const Date& on, const std::string& note)
{
    m_db.write([&] {
        for (ExtensionRequest r : Repository<ExtensionRequest>(m_db).where(
                 "hazard_id = ? AND decision = 'pending' AND voided_at = ''", {std::to_string(hazardId)})) {
            r.decision = ExtensionDecision::Withdrawn;
            r.decidedOn = std::max(on, r.requestedOn);
            r.decidedBy = m_db.operatorName();
            r.decisionNote = note;
            Repository<ExtensionRequest>(m_db).update(r, "withdraw");
        }
    });
}

std::vector<ExtensionRequest> ExtensionService::forHazard(int64_t hazardId)
{
    return Repository<ExtensionRequest>(m_db).where("hazard_id = ? ORDER BY requested_on, id",
                                                    {std::to_string(hazardId)});
}

namespace {

// The materialised-path bounds of a unit's subtree (OrgService::subtreeRange).
std::pair<std::string, std::string> subtree(Database& db, int64_t orgId)
{
    return OrgService::subtreeRange(OrgService(db).get(orgId).path);
}

} // namespace

std::vector<ExtensionRequest> ExtensionService::pending(int64_t orgId, int limit)
{
    std::string condition = "decision = 'pending' AND voided_at = ''";
    std::vector<std::string> args;
    if (orgId != 0) {
        const auto [low, high] = subtree(m_db, orgId);
        condition += " AND hazard_id IN (SELECT h.id FROM hazard h JOIN org o ON o.id = h.org_id"
                     " WHERE o.path >= ? AND o.path < ?)";
        args = {low, high};
    }
    condition += " ORDER BY requested_on, id LIMIT " + std::to_string(std::max(0, limit));
    return Repository<ExtensionRequest>(m_db).where(condition, args);
}

int64_t ExtensionService::pendingCount(int64_t orgId)
{
    std::string sql = "SELECT count(*) FROM extension_request e INDEXED BY extension_pending";
    if (orgId != 0) {
        sql += " JOIN hazard h ON h.id = e.hazard_id JOIN org o ON o.id = h.org_id"
               " WHERE e.decision = 'pending' AND e.voided_at = '' AND o.path >= ? AND o.path < ?";
    } else {
        sql += " WHERE e.decision = 'pending' AND e.voided_at = ''";
    }
    sql::Statement st(m_db.connection(), sql);
    if (orgId != 0) {
        const auto [low, high] = subtree(m_db, orgId);
        st.bindAll(low, high);
    }
    st.step();
    return st.int64(0);
}

std::vector<DeadlineInForce> ExtensionService::deadlines(const Hazard& h)
{
    std::vector<DeadlineInForce> out;
    if (!h.deadline) {
        return out;
    }
    sql::Statement st(m_db.connection(), "SELECT decided_on, previous_deadline, requested_deadline FROM "
                                         "extension_request WHERE hazard_id = ? AND decision = 'approved' "
                                         "ORDER BY decided_on, id");
    st.bind(1, h.id);
    Date from = h.foundOn;
    while (st.step()) {
        out.push_back({from, Date::parseOrThrow(st.text(1), "previous_deadline")});
        from = Date::parseOrThrow(st.text(0), "decided_on");
    }
    out.push_back({from, *h.deadline});
    return out;
}

std::vector<Escalation> ExtensionService::escalations(const Hazard& h, const Date& asOf)
{
    return safeledger::escalations(h.grade, h.supervision, deadlines(h), h.closedOn, h.isVoided(), asOf,
                                   escalationRules());
}

EscalationRules ExtensionService::escalationRules()
{
    EscalationRules rules;
    sql::Statement st(m_db.connection(), "SELECT key, value FROM ledger_setting WHERE key IN (?, ?)");
    st.bindAll(std::string(kGeneralDaysKey), std::string(kMajorKey));
    while (st.step()) {
        if (st.text(0) == kGeneralDaysKey) {
            rules.generalOverdueDays = std::atoi(st.text(1).c_str());
        } else {
            rules.majorRaisesSupervision = st.text(1) != "0";
        }
    }
    return rules;
}

void ExtensionService::setEscalationRules(const EscalationRules& rules)
{
    m_db.require(Action::ChangeSettings);
    if (rules.generalOverdueDays < 0 || rules.generalOverdueDays > 365) {
        throwValidation("escalation_general_days", MessageId::EscalationDaysOutOfRange,
                        {std::to_string(rules.generalOverdueDays)});
    }
    const EscalationRules before = escalationRules();
    if (before == rules) {
        return;
    }
    const auto json = [](const EscalationRules& r) {
        return nlohmann::json{{"general_overdue_days", r.generalOverdueDays},
                              {"major_raises_supervision", r.majorRaisesSupervision}}
            .dump();
    };
    m_db.write([&] {
        sql::Statement st(m_db.connection(), "INSERT INTO ledger_setting (key, value) VALUES (?, ?) "
                                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        st.bindAll(std::string(kGeneralDaysKey), std::to_string(rules.generalOverdueDays));
        st.execute();
        sql::Statement major(m_db.connection(), "INSERT INTO ledger_setting (key, value) VALUES (?, ?) "
                                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        major.bindAll(std::string(kMajorKey), std::string(rules.majorRaisesSupervision ? "1" : "0"));
        major.execute();
        m_db.audit("ledger_setting", "escalation", "update", json(before), json(rules));
    });
}

} // namespace safeledger
