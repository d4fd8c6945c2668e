// The figures as JSON for `safeledger-cli stats --json` and other programs: snake_case keys,
// money in yuan, rates 0..1 or null when there is nothing to divide by (docs/figures.md).
#include "safeledger/storage/Statistics.h"

namespace safeledger {

namespace {

using nlohmann::json;

json optional(const std::optional<double>& v)
{
    return v ? json(*v) : json(nullptr);
}

double yuan(int64_t fen)
{
    return static_cast<double>(fen) / 100.0;
}

json period(const Period& p)
{
    return {{"from", p.from.toString()}, {"to", p.to.toString()}};
}

} // namespace

json toJson(const Figures& f)
{
    json j;
    j["hazards_found"] = f.hazardsFound;
    j["hazards_rectified"] = f.hazardsRectified;
    j["rectification_rate"] = optional(f.rectificationRate);
    j["rectified_on_spot"] = f.rectifiedOnSpot;
    j["rectified_with_deadline"] = f.rectifiedWithDeadline;
    j["overdue"] = f.overdue;
    j["extended"] = f.extended;
    j["major_hazards"] = f.majorHazards;
    j["major_rectified"] = f.majorRectified;
    j["major_listed"] = {{"province", f.majorListedProvince},
                         {"city", f.majorListedCity},
                         {"county", f.majorListedCounty},
                         {"town", f.majorListedTown}};
    j["average_rectification_days"] = optional(f.averageRectificationDays);
    j["hazards_by_source"] = f.hazardsBySource;
    j["verifications"] = f.verifications;
    j["verifications_passed"] = f.verificationsPassed;
    j["verification_pass_rate"] = optional(f.verificationPassRate);
    j["inspections"] = f.inspections;
    j["inspector_person_times"] = f.inspectorPersonTimes;
    j["units_inspected"] = f.unitsInspected;
    j["units_to_inspect"] = f.unitsToInspect;
    j["inspection_coverage"] = optional(f.inspectionCoverage);
    j["agreements_signed"] = f.agreementsSigned;
    j["agreements_needed"] = f.agreementsNeeded;
    j["agreements_covered"] = f.agreementsCovered;
    j["agreement_coverage"] = optional(f.agreementCoverage);
    j["accidents"] = f.accidents;
    j["deaths"] = f.deaths;
    j["injuries"] = f.injuries;
    j["serious_injuries"] = f.seriousInjuries;
    j["direct_loss_yuan"] = yuan(f.directLossFen);
    j["accidents_by_type"] = f.accidentsByType;
    j["penalties"] = f.penalties;
    j["penalty_amount_yuan"] = yuan(f.penaltyAmountFen);
    j["notices_by_kind"] = f.noticesByKind;
    j["agreements_by_counterpart_kind"] = f.agreementsByCounterpartKind;
    j["activities_by_kind"] = f.activitiesByKind;
    j["participants_by_activity_kind"] = f.participantsByActivityKind;
    j["activity_participants"] = f.activityParticipants;
    return j;
}

json toJson(const FigureSet& s)
{
    json j = toJson(s.current);
    j["scope"] = s.scopeOrgId == 0 ? json(nullptr) : json{{"uuid", s.scopeUuid}, {"name", s.scopeName}};
    j["period"] = period(s.period);
    j["as_of"] = s.asOf.toString();
    json previous = toJson(s.previous);
    previous["period"] = period(s.previousPeriod);
    previous["as_of"] = s.previousAsOf.toString();
    // True when last year was taken only up to the same day, because this period runs past as_of.
    previous["cut_to_same_day"] = s.previousCut;
    j["previous_year"] = std::move(previous);
    return j;
}

} // namespace safeledger
