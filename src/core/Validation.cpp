// Field rules of the records other than hazards (those live in HazardLifecycle.cpp).
#include "safeledger/core/Agreement.h"
#include "safeledger/core/Campaign.h"
#include "safeledger/core/CreditCode.h"
#include "safeledger/core/Error.h"
#include "safeledger/core/Grid.h"
#include "safeledger/core/IdNumber.h"
#include "safeledger/core/Inspection.h"
#include "safeledger/core/Organisation.h"
#include "safeledger/core/Records.h"

#include <cstdlib>

namespace safeledger {

namespace {
bool blank(const std::string& s)
{
    return s.find_first_not_of(" \t\r\n") == std::string::npos;
}

void requireText(const std::string& value, const char* field, MessageId required)
{
    if (blank(value)) {
        throwValidation(field, required);
    }
}

void requireDate(const Date& d, const char* field)
{
    if (d.isNull()) {
        throwValidation(field, MessageId::DateRequired);
    }
}

void notAfterToday(const Date& d, const Date& today, const char* field)
{
    if (d > today) {
        throwValidation(field, MessageId::DateAfterToday, {d.toString(), today.toString()});
    }
}

void notNegative(int64_t v, const char* field)
{
    if (v < 0) {
        throwValidation(field, MessageId::NegativeNumber, {std::to_string(v)});
    }
}
} // namespace

void validate(const Organisation& org)
{
    requireText(org.name, "name", MessageId::UnitNameRequired);
    if (!org.creditCode.empty()) {
        if (auto why = CreditCode::check(org.creditCode)) {
            throw Error(Error::Kind::Validation, std::move(*why), "credit_code");
        }
    }
    notNegative(org.employees, "employees");
    if (org.parentId && *org.parentId == org.id && org.id != 0) {
        throwValidation("parent", MessageId::UnitOwnParent);
    }
}

void validate(const Person& person)
{
    requireText(person.name, "name", MessageId::PersonNameRequired);
    if (person.orgId <= 0) {
        throwValidation("org", MessageId::PersonNeedsUnit);
    }
    if (!person.idNumber.empty()) {
        if (auto wrong = IdNumber::check(person.idNumber)) {
            throw Error(Error::Kind::Validation, std::move(*wrong), "id_number");
        }
    }
}

void validate(const Certificate& c)
{
    requireText(c.number, "number", MessageId::CertificateNumberRequired);
    if (c.issuedOn && c.expiresOn && *c.expiresOn < *c.issuedOn) {
        throwValidation("expires_on", MessageId::ExpiresBeforeIssue, {c.expiresOn->toString(), c.issuedOn->toString()});
    }
}

bool isExpired(const Certificate& c, const Date& asOf)
{
    return c.expiresOn && *c.expiresOn < asOf;
}

void validate(const Agreement& a)
{
    if (a.year < 1990 || a.year > 2999) {
        throwValidation("year", MessageId::AgreementYearImplausible, {std::to_string(a.year)});
    }
    if (a.partyAId <= 0 || a.partyBId <= 0) {
        throwValidation("party", MessageId::AgreementNeedsParties);
    }
    if (a.partyAId == a.partyBId) {
        throwValidation("party_b", MessageId::AgreementWithItself);
    }
    if (a.status != AgreementStatus::Draft && !a.signedOn) {
        throwValidation("signed_on", MessageId::AgreementNeedsSigningDate);
    }
    if (a.validFrom && a.validTo && *a.validTo < *a.validFrom) {
        throwValidation("valid_to", MessageId::ValidToBeforeValidFrom,
                        {a.validTo->toString(), a.validFrom->toString()});
    }
    if (a.status == AgreementStatus::Assessed) {
        if (!a.assessedOn) {
            throwValidation("assessed_on", MessageId::AgreementNeedsAssessmentDate);
        }
        if (a.signedOn && *a.assessedOn < *a.signedOn) {
            throwValidation("assessed_on", MessageId::AssessedBeforeSigning,
                            {a.assessedOn->toString(), a.signedOn->toString()});
        }
    }
    if (a.assessmentScore && (*a.assessmentScore < 0 || *a.assessmentScore > 100)) {
        throwValidation("assessment_score", MessageId::ScoreOutOfRange, {std::to_string(*a.assessmentScore)});
    }
}

void validate(const ChecklistTemplate& t)
{
    requireText(t.name, "name", MessageId::ChecklistNameRequired);
}

void validate(const TemplateItem& item)
{
    requireText(item.text, "text", MessageId::ItemTextRequired);
}

void validate(const Inspection& i, const Date& today)
{
    if (i.orgId <= 0) {
        throwValidation("org", MessageId::InspectionNeedsUnit);
    }
    requireDate(i.date, "date");
    notAfterToday(i.date, today, "date");
    if (i.inspectors.empty()) {
        throwValidation("inspectors", MessageId::InspectionNeedsInspector);
    }
    for (const auto& name : i.inspectors) {
        requireText(name, "inspectors", MessageId::InspectorNameRequired);
    }
}

void validate(const InspectionItem& item)
{
    requireText(item.text, "text", MessageId::ChecklistItemTextRequired);
}

void validate(const EnforcementDocument& d)
{
    if (d.orgId <= 0) {
        throwValidation("org", MessageId::DocumentNeedsUnit);
    }
    requireText(d.number, "number", MessageId::DocumentNumberRequired);
    requireDate(d.issuedOn, "issued_on");
    if (d.deadline && *d.deadline < d.issuedOn) {
        throwValidation("deadline", MessageId::ExpiresBeforeIssue, {d.deadline->toString(), d.issuedOn.toString()});
    }
}

void validate(const Penalty& p, const Date& today)
{
    if (p.orgId <= 0) {
        throwValidation("org", MessageId::PenaltyNeedsUnit);
    }
    requireText(p.decisionNumber, "decision_number", MessageId::DecisionNumberRequired);
    requireDate(p.decidedOn, "decided_on");
    notAfterToday(p.decidedOn, today, "decided_on");
    notNegative(p.amountFen, "amount");
}

void validate(const Accident& a, const Date& today)
{
    if (a.orgId <= 0) {
        throwValidation("org", MessageId::AccidentNeedsUnit);
    }
    requireDate(a.occurredOn, "occurred_on");
    notAfterToday(a.occurredOn, today, "occurred_on");
    notNegative(a.deaths, "deaths");
    notNegative(a.seriousInjuries, "serious_injuries");
    notNegative(a.minorInjuries, "minor_injuries");
    notNegative(a.directLossFen, "direct_loss");
    if (!a.reportedAt.empty()) {
        const auto reported = Date::parse(a.reportedAt.substr(0, 10));
        if (!reported) {
            throwValidation("reported_at", MessageId::InvalidDateTime, {a.reportedAt});
        }
        if (*reported < a.occurredOn) {
            throwValidation("reported_at", MessageId::ReportedBeforeAccident, {a.reportedAt, a.occurredOn.toString()});
        }
    }
}

bool reportedInTime(const Accident& a)
{
    if (a.reportedAt.size() < 10) {
        return false;
    }
    const auto reported = Date::parse(a.reportedAt.substr(0, 10));
    if (!reported) {
        return false;
    }
    auto minutes = [](const std::string& hhmm) {
        if (hhmm.size() < 5) {
            return 0;
        }
        return std::atoi(hhmm.substr(0, 2).c_str()) * 60 + std::atoi(hhmm.substr(3, 2).c_str());
    };
    const long occurred = a.occurredOn.dayNumber() * 1440 + minutes(a.occurredTime);
    const long at = reported->dayNumber() * 1440 + (a.reportedAt.size() >= 16 ? minutes(a.reportedAt.substr(11)) : 0);
    return at - occurred <= 24 * 60;
}

void validate(const Activity& a, const Date& today)
{
    if (a.orgId <= 0) {
        throwValidation("org", MessageId::ActivityNeedsUnit);
    }
    requireDate(a.date, "date");
    notAfterToday(a.date, today, "date");
    requireText(a.title, "title", MessageId::ActivityTitleRequired);
    notNegative(a.participants, "participants");
}

void validate(const Campaign& c)
{
    requireText(c.name, "name", MessageId::CampaignNameRequired);
    if (c.leadOrgId <= 0) {
        throwValidation("lead_org", MessageId::CampaignNeedsLead);
    }
    requireDate(c.startsOn, "starts_on");
    requireDate(c.endsOn, "ends_on");
    if (c.endsOn < c.startsOn) {
        throwValidation("ends_on", MessageId::CampaignEndsBeforeStart, {c.endsOn.toString(), c.startsOn.toString()});
    }
    const CampaignPhase* previous = nullptr;
    for (const auto& p : c.phases) {
        requireText(p.name, "phases", MessageId::PhaseNameRequired);
        requireDate(p.startsOn, "phases");
        requireDate(p.endsOn, "phases");
        if (p.endsOn < p.startsOn) {
            throwValidation("phases", MessageId::PhaseEndsBeforeStart,
                            {p.name, p.endsOn.toString(), p.startsOn.toString()});
        }
        if (p.startsOn < c.startsOn || p.endsOn > c.endsOn) {
            throwValidation("phases", MessageId::PhaseOutsideCampaign,
                            {p.name, p.startsOn.toString(), p.endsOn.toString()});
        }
        if (previous && p.startsOn < previous->startsOn) {
            throwValidation("phases", MessageId::PhaseOutOfOrder, {p.name});
        }
        previous = &p;
    }
    for (const auto& code : c.sectors) {
        // The code itself (as stored and exchanged), not a sector's Chinese or English name.
        const auto sector = enumFromText<Sector>(code);
        if (!sector || *sector == Sector::None || toCode(*sector) != code) {
            throwValidation("sectors", MessageId::UnknownValue, {code});
        }
    }
}

void validate(const Grid& g)
{
    requireText(g.name, "name", MessageId::GridNameRequired);
    if (g.orgId <= 0) {
        throwValidation("org", MessageId::GridNeedsUnit);
    }
}

void validate(const GridMember& m)
{
    if (m.gridId <= 0) {
        throwValidation("grid", MessageId::GridMemberNeedsGrid);
    }
    if (m.orgId.has_value() == m.personId.has_value() || (m.orgId && *m.orgId <= 0) ||
        (m.personId && *m.personId <= 0)) {
        throwValidation(m.personId ? "person" : "org", MessageId::GridMemberUnitOrOfficer);
    }
    requireDate(m.startsOn, "starts_on");
    if (m.endsOn && *m.endsOn < m.startsOn) {
        throwValidation("ends_on", MessageId::GridMemberEndsBeforeStart, {m.endsOn->toString(), m.startsOn.toString()});
    }
}

const CampaignPhase* phaseOn(const Campaign& campaign, const Date& day)
{
    const CampaignPhase* found = nullptr;
    for (const auto& p : campaign.phases) {
        if (p.startsOn <= day && day <= p.endsOn) {
            found = &p;
        }
    }
    return found;
}

void validate(const Attachment& a)
{
    requireText(a.fileName, "file_name", MessageId::FileNameRequired);
    if (a.ownerId <= 0) {
        throwValidation("owner", MessageId::AttachmentNeedsOwner);
    }
}

} // namespace safeledger
