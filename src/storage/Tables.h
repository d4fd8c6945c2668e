#pragma once
// The column table of every record type: one place that says which member is stored in which
// column. Repository<T> builds its SQL, its row reading and its JSON from these.

#include "safeledger/core/Agreement.h"
#include "safeledger/core/Campaign.h"
#include "safeledger/core/Grid.h"
#include "safeledger/core/Hazard.h"
#include "safeledger/core/Inspection.h"
#include "safeledger/core/InspectionPlan.h"
#include "safeledger/core/Organisation.h"
#include "safeledger/core/Records.h"
#include "safeledger/storage/ReportNotes.h"

#include <nlohmann/json.hpp>

#include <string_view>
#include <tuple>

namespace safeledger {
// A campaign's phases as its column keeps them: [{"name", "starts_on", "ends_on"}].
inline void to_json(nlohmann::json& j, const CampaignPhase& p)
{
    j = {{"name", p.name}, {"starts_on", p.startsOn.toString()}, {"ends_on", p.endsOn.toString()}};
}
inline void from_json(const nlohmann::json& j, CampaignPhase& p)
{
    p.name = j.at("name").get<std::string>();
    p.startsOn = Date::parseOrThrow(j.at("starts_on").get<std::string>(), "phases");
    p.endsOn = Date::parseOrThrow(j.at("ends_on").get<std::string>(), "phases");
}
} // namespace safeledger

namespace safeledger::tables {

template <class C, class M>
struct Field
{
    const char* column;
    M C::*member;
};

template <class C, class M>
constexpr Field<C, M> f(const char* column, M C::*member)
{
    return {column, member};
}

template <class T>
struct Def;

#define SAFELEDGER_TABLE(T, NAME, ...)                                                                                 \
    template <>                                                                                                        \
    struct Def<T>                                                                                                      \
    {                                                                                                                  \
        static constexpr const char* name = NAME;                                                                      \
        static auto fields() { return std::make_tuple(__VA_ARGS__); }                                                  \
    };

SAFELEDGER_TABLE(Organisation, "org", f("parent_id", &Organisation::parentId), f("name", &Organisation::name),
                 f("kind", &Organisation::kind), f("sector", &Organisation::sector), f("scale", &Organisation::scale),
                 f("employees", &Organisation::employees), f("credit_code", &Organisation::creditCode),
                 f("address", &Organisation::address), f("grid", &Organisation::grid),
                 f("supervisor", &Organisation::supervisor), f("principal", &Organisation::principal),
                 f("phone", &Organisation::phone), f("risk_colour", &Organisation::riskColour),
                 f("standard_grade", &Organisation::standardGrade), f("path", &Organisation::path))
SAFELEDGER_TABLE(Person, "person", f("org_id", &Person::orgId), f("name", &Person::name), f("role", &Person::role),
                 f("phone", &Person::phone), f("id_number", &Person::idNumber))
SAFELEDGER_TABLE(Certificate, "certificate", f("person_id", &Certificate::personId), f("kind", &Certificate::kind),
                 f("number", &Certificate::number), f("issued_on", &Certificate::issuedOn),
                 f("expires_on", &Certificate::expiresOn))
SAFELEDGER_TABLE(Agreement, "agreement", f("year", &Agreement::year), f("kind", &Agreement::kind),
                 f("party_a_id", &Agreement::partyAId), f("party_b_id", &Agreement::partyBId),
                 f("signatory_a", &Agreement::signatoryA), f("signatory_b", &Agreement::signatoryB),
                 f("signed_on", &Agreement::signedOn), f("valid_from", &Agreement::validFrom),
                 f("valid_to", &Agreement::validTo), f("targets", &Agreement::targets), f("status", &Agreement::status),
                 f("assessment_score", &Agreement::assessmentScore),
                 f("assessment_result", &Agreement::assessmentResult), f("assessed_on", &Agreement::assessedOn))
SAFELEDGER_TABLE(ChecklistTemplate, "checklist_template", f("name", &ChecklistTemplate::name),
                 f("sector", &ChecklistTemplate::sector), f("campaign", &ChecklistTemplate::campaign),
                 f("built_in", &ChecklistTemplate::builtIn))
SAFELEDGER_TABLE(TemplateItem, "template_item", f("template_id", &TemplateItem::templateId),
                 f("seq", &TemplateItem::seq), f("category", &TemplateItem::category), f("text", &TemplateItem::text))
SAFELEDGER_TABLE(Inspection, "inspection", f("org_id", &Inspection::orgId), f("date", &Inspection::date),
                 f("kind", &Inspection::kind), f("campaign", &Inspection::campaign),
                 f("template_id", &Inspection::templateId), f("inspectors", &Inspection::inspectors),
                 f("note", &Inspection::note))
SAFELEDGER_TABLE(InspectionItem, "inspection_item", f("inspection_id", &InspectionItem::inspectionId),
                 f("seq", &InspectionItem::seq), f("category", &InspectionItem::category),
                 f("text", &InspectionItem::text), f("result", &InspectionItem::result),
                 f("note", &InspectionItem::note))
SAFELEDGER_TABLE(Hazard, "hazard", f("org_id", &Hazard::orgId), f("inspection_id", &Hazard::inspectionId),
                 f("location", &Hazard::location), f("description", &Hazard::description),
                 f("category", &Hazard::category), f("grade", &Hazard::grade), f("risk_colour", &Hazard::riskColour),
                 f("source", &Hazard::source), f("found_on", &Hazard::foundOn), f("mode", &Hazard::mode),
                 f("deadline", &Hazard::deadline), f("measures", &Hazard::measures),
                 f("responsible", &Hazard::responsible), f("funds_fen", &Hazard::fundsFen),
                 f("contingency", &Hazard::contingency), f("supervision", &Hazard::supervision),
                 f("status", &Hazard::status), f("closed_on", &Hazard::closedOn), f("closed_by", &Hazard::closedBy),
                 f("reported_by", &Hazard::reportedBy))
SAFELEDGER_TABLE(Rectification, "rectification", f("hazard_id", &Rectification::hazardId),
                 f("date", &Rectification::date), f("description", &Rectification::description),
                 f("cost_fen", &Rectification::costFen), f("done_by", &Rectification::doneBy),
                 f("evidence", &Rectification::evidence))
SAFELEDGER_TABLE(Verification, "verification", f("hazard_id", &Verification::hazardId), f("date", &Verification::date),
                 f("inspector", &Verification::inspector), f("passed", &Verification::passed),
                 f("note", &Verification::note), f("signed_by", &Verification::signedBy),
                 f("signed_by_name", &Verification::signedByName))
SAFELEDGER_TABLE(ExtensionRequest, "extension_request", f("hazard_id", &ExtensionRequest::hazardId),
                 f("requested_on", &ExtensionRequest::requestedOn),
                 f("previous_deadline", &ExtensionRequest::previousDeadline),
                 f("requested_deadline", &ExtensionRequest::requestedDeadline), f("reason", &ExtensionRequest::reason),
                 f("requested_by", &ExtensionRequest::requestedBy), f("decision", &ExtensionRequest::decision),
                 f("decided_on", &ExtensionRequest::decidedOn), f("decided_by", &ExtensionRequest::decidedBy),
                 f("decision_note", &ExtensionRequest::decisionNote), f("signed_by", &ExtensionRequest::signedBy),
                 f("signed_by_name", &ExtensionRequest::signedByName))
SAFELEDGER_TABLE(EnforcementDocument, "enforcement_document", f("org_id", &EnforcementDocument::orgId),
                 f("inspection_id", &EnforcementDocument::inspectionId), f("kind", &EnforcementDocument::kind),
                 f("number", &EnforcementDocument::number), f("issued_on", &EnforcementDocument::issuedOn),
                 f("deadline", &EnforcementDocument::deadline), f("issued_by", &EnforcementDocument::issuedBy),
                 f("note", &EnforcementDocument::note), f("signed_by", &EnforcementDocument::signedBy),
                 f("signed_by_name", &EnforcementDocument::signedByName))
SAFELEDGER_TABLE(Penalty, "penalty", f("org_id", &Penalty::orgId), f("decision_number", &Penalty::decisionNumber),
                 f("decided_on", &Penalty::decidedOn), f("legal_basis", &Penalty::legalBasis),
                 f("amount_fen", &Penalty::amountFen), f("description", &Penalty::description))
SAFELEDGER_TABLE(Accident, "accident", f("org_id", &Accident::orgId), f("occurred_on", &Accident::occurredOn),
                 f("occurred_time", &Accident::occurredTime), f("type", &Accident::type),
                 f("deaths", &Accident::deaths), f("serious_injuries", &Accident::seriousInjuries),
                 f("minor_injuries", &Accident::minorInjuries), f("direct_loss_fen", &Accident::directLossFen),
                 f("reported_at", &Accident::reportedAt), f("investigation_closed", &Accident::investigationClosed),
                 f("description", &Accident::description))
SAFELEDGER_TABLE(Activity, "activity", f("org_id", &Activity::orgId), f("kind", &Activity::kind),
                 f("date", &Activity::date), f("title", &Activity::title), f("participants", &Activity::participants),
                 f("note", &Activity::note))
SAFELEDGER_TABLE(Campaign, "campaign", f("name", &Campaign::name), f("document", &Campaign::document),
                 f("lead_org_id", &Campaign::leadOrgId), f("starts_on", &Campaign::startsOn),
                 f("ends_on", &Campaign::endsOn), f("phases", &Campaign::phases), f("sectors", &Campaign::sectors),
                 f("note", &Campaign::note))
SAFELEDGER_TABLE(Grid, "grid", f("org_id", &Grid::orgId), f("name", &Grid::name), f("note", &Grid::note))
SAFELEDGER_TABLE(GridMember, "grid_member", f("grid_id", &GridMember::gridId), f("org_id", &GridMember::orgId),
                 f("person_id", &GridMember::personId), f("starts_on", &GridMember::startsOn),
                 f("ends_on", &GridMember::endsOn))
SAFELEDGER_TABLE(InspectionPlan, "inspection_plan", f("grid_id", &InspectionPlan::gridId),
                 f("person_id", &InspectionPlan::personId), f("year", &InspectionPlan::year),
                 f("month", &InspectionPlan::month), f("monthly_inspections", &InspectionPlan::monthlyInspections),
                 f("monthly_units", &InspectionPlan::monthlyUnits), f("every_red", &InspectionPlan::everyRed),
                 f("every_orange", &InspectionPlan::everyOrange), f("every_yellow", &InspectionPlan::everyYellow),
                 f("every_blue", &InspectionPlan::everyBlue), f("every_other", &InspectionPlan::everyOther),
                 f("note", &InspectionPlan::note))
SAFELEDGER_TABLE(Attachment, "attachment", f("owner_table", &Attachment::ownerTable),
                 f("owner_id", &Attachment::ownerId), f("role", &Attachment::role),
                 f("file_name", &Attachment::fileName), f("mime_type", &Attachment::mimeType),
                 f("sha256", &Attachment::sha256), f("data", &Attachment::data))
SAFELEDGER_TABLE(ReportNote, "report_note", f("org_id", &ReportNote::orgId), f("year", &ReportNote::year),
                 f("section", &ReportNote::section), f("body", &ReportNote::body))

#undef SAFELEDGER_TABLE

// Whether `name` is the table of one of the record types above.
inline bool isRecordTable(std::string_view name)
{
    const auto is = [&](auto... tag) { return ((name == Def<decltype(tag)>::name) || ...); };
    return std::apply(
        is,
        std::tuple<Organisation, Person, Certificate, Agreement, ChecklistTemplate, TemplateItem, Inspection,
                   InspectionItem, Hazard, Rectification, Verification, ExtensionRequest, EnforcementDocument, Penalty,
                   Accident, Activity, Campaign, Grid, GridMember, InspectionPlan, Attachment, ReportNote>{});
}

} // namespace safeledger::tables
