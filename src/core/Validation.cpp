// Field rules of the records other than hazards (those live in HazardLifecycle.cpp).
#include "safeledger/core/Agreement.h"
#include "safeledger/core/CreditCode.h"
#include "safeledger/core/Error.h"
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

void requireText(const std::string& value, const char* field, const char* what)
{
    if (blank(value)) {
        throwValidation(field, std::string(field) + ": " + what + " is required");
    }
}

void requireDate(const Date& d, const char* field)
{
    if (d.isNull()) {
        throwValidation(field, std::string(field) + ": a date is required");
    }
}

void notAfterToday(const Date& d, const Date& today, const char* field)
{
    if (d > today) {
        throwValidation(field, std::string(field) + ": " + d.toString() + " is after today (" + today.toString() + ")");
    }
}

void notNegative(int64_t v, const char* field)
{
    if (v < 0) {
        throwValidation(field, std::string(field) + ": " + std::to_string(v) + " cannot be negative");
    }
}
} // namespace

void validate(const Organisation& org)
{
    requireText(org.name, "name", "the unit's name");
    if (!org.creditCode.empty()) {
        const std::string why = CreditCode::explain(org.creditCode);
        if (!why.empty()) {
            throwValidation("credit_code", "credit_code: " + why);
        }
    }
    notNegative(org.employees, "employees");
    if (org.parentId && *org.parentId == org.id && org.id != 0) {
        throwValidation("parent", "parent: a unit cannot be its own parent");
    }
}

void validate(const Person& person)
{
    requireText(person.name, "name", "the person's name");
    if (person.orgId <= 0) {
        throwValidation("org", "org: a person must belong to a unit");
    }
}

void validate(const Certificate& c)
{
    requireText(c.number, "number", "the certificate number");
    if (c.issuedOn && c.expiresOn && *c.expiresOn < *c.issuedOn) {
        throwValidation("expires_on", "expires_on: " + c.expiresOn->toString() + " is before the issue date " +
                                          c.issuedOn->toString());
    }
}

bool isExpired(const Certificate& c, const Date& asOf)
{
    return c.expiresOn && *c.expiresOn < asOf;
}

void validate(const Agreement& a)
{
    if (a.year < 1990 || a.year > 2999) {
        throwValidation("year", "year: " + std::to_string(a.year) + " is not a plausible agreement year");
    }
    if (a.partyAId <= 0 || a.partyBId <= 0) {
        throwValidation("party", "party: an agreement needs both parties (甲方 and 乙方)");
    }
    if (a.partyAId == a.partyBId) {
        throwValidation("party_b", "party_b: a unit cannot sign an agreement with itself");
    }
    if (a.status != AgreementStatus::Draft && !a.signedOn) {
        throwValidation("signed_on", "signed_on: a signed agreement needs its signing date");
    }
    if (a.validFrom && a.validTo && *a.validTo < *a.validFrom) {
        throwValidation("valid_to",
                        "valid_to: " + a.validTo->toString() + " is before valid_from " + a.validFrom->toString());
    }
    if (a.status == AgreementStatus::Assessed) {
        if (!a.assessedOn) {
            throwValidation("assessed_on", "assessed_on: an assessed agreement needs its assessment date");
        }
        if (a.signedOn && *a.assessedOn < *a.signedOn) {
            throwValidation("assessed_on", "assessed_on: " + a.assessedOn->toString() + " is before signing on " +
                                               a.signedOn->toString());
        }
    }
    if (a.assessmentScore && (*a.assessmentScore < 0 || *a.assessmentScore > 100)) {
        throwValidation("assessment_score",
                        "assessment_score: " + std::to_string(*a.assessmentScore) + " is not between 0 and 100");
    }
}

void validate(const ChecklistTemplate& t)
{
    requireText(t.name, "name", "the checklist's name");
}

void validate(const TemplateItem& item)
{
    requireText(item.text, "text", "the item's text");
}

void validate(const Inspection& i, const Date& today)
{
    if (i.orgId <= 0) {
        throwValidation("org", "org: an inspection needs the unit inspected");
    }
    requireDate(i.date, "date");
    notAfterToday(i.date, today, "date");
    if (i.inspectors.empty()) {
        throwValidation("inspectors", "inspectors: name at least one inspector");
    }
    for (const auto& name : i.inspectors) {
        requireText(name, "inspectors", "every inspector's name");
    }
}

void validate(const InspectionItem& item)
{
    requireText(item.text, "text", "the checklist item's text");
}

void validate(const EnforcementDocument& d)
{
    if (d.orgId <= 0) {
        throwValidation("org", "org: a document must be addressed to a unit");
    }
    requireText(d.number, "number", "the document number");
    requireDate(d.issuedOn, "issued_on");
    if (d.deadline && *d.deadline < d.issuedOn) {
        throwValidation("deadline",
                        "deadline: " + d.deadline->toString() + " is before the issue date " + d.issuedOn.toString());
    }
}

void validate(const Penalty& p, const Date& today)
{
    if (p.orgId <= 0) {
        throwValidation("org", "org: a penalty must name the unit");
    }
    requireText(p.decisionNumber, "decision_number", "the decision number");
    requireDate(p.decidedOn, "decided_on");
    notAfterToday(p.decidedOn, today, "decided_on");
    notNegative(p.amountFen, "amount");
}

void validate(const Accident& a, const Date& today)
{
    if (a.orgId <= 0) {
        throwValidation("org", "org: an accident must name the unit");
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
            throwValidation("reported_at", "reported_at: \"" + a.reportedAt + "\" is not a valid date and time");
        }
        if (*reported < a.occurredOn) {
            throwValidation("reported_at", "reported_at: " + a.reportedAt + " is before the accident (" +
                                               a.occurredOn.toString() + ")");
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
        throwValidation("org", "org: an activity must name the unit");
    }
    requireDate(a.date, "date");
    notAfterToday(a.date, today, "date");
    requireText(a.title, "title", "the activity's title");
    notNegative(a.participants, "participants");
}

void validate(const Attachment& a)
{
    requireText(a.fileName, "file_name", "the file name");
    if (a.ownerId <= 0) {
        throwValidation("owner", "owner: an attachment must belong to a record");
    }
}

} // namespace safeledger
