#pragma once

#include "safeledger/core/Campaign.h"
#include "safeledger/core/Date.h"
#include "safeledger/core/Enums.h"
#include "safeledger/core/Grid.h"
#include "safeledger/storage/Database.h"
#include "safeledger/storage/PlanFigures.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace safeledger {

// Every figure users report for one scope and one period. Each is defined once, in
// docs/figures.md, and computed only by Statistics; the CLI, the dashboard and the annual report
// read them from here. Rates are 0..1, or empty when their denominator is 0; money is in fen.
struct Figures
{
    int64_t hazardsFound = 0, hazardsRectified = 0;
    std::optional<double> rectificationRate;
    int64_t rectifiedOnSpot = 0, rectifiedWithDeadline = 0, overdue = 0;
    int64_t extended = 0; // hazards whose deadline an approved extension moved in the period (延期)
    int64_t majorHazards = 0, majorRectified = 0;
    int64_t majorListedProvince = 0, majorListedCity = 0, majorListedCounty = 0, majorListedTown = 0;
    std::optional<double> averageRectificationDays;
    // Re-inspections (复查): verifications dated in the period by asOf, of live hazards in scope
    // rectified with a deadline or a suspension; withdrawn ones (voided) and the confirmations of
    // on-the-spot rectifications do not count. The pass rate (复查合格率) is passed / all.
    int64_t verifications = 0, verificationsPassed = 0;
    std::optional<double> verificationPassRate;
    int64_t inspections = 0, inspectorPersonTimes = 0, unitsInspected = 0, unitsToInspect = 0;
    std::optional<double> inspectionCoverage;
    int64_t agreementsSigned = 0, agreementsNeeded = 0, agreementsCovered = 0;
    std::optional<double> agreementCoverage;
    int64_t accidents = 0, deaths = 0, injuries = 0, seriousInjuries = 0;
    int64_t directLossFen = 0;
    int64_t penalties = 0, penaltyAmountFen = 0;
    // Every code of the vocabulary is present (0 when none), so reports keep a stable shape.
    std::map<std::string, int64_t> noticesByKind;               // DocumentKind code -> count
    std::map<std::string, int64_t> agreementsByCounterpartKind; // OrgKind code of party B -> signed count
    std::map<std::string, int64_t> activitiesByKind;            // ActivityKind code -> count
    std::map<std::string, int64_t> participantsByActivityKind;  // ActivityKind code -> participants
    int64_t activityParticipants = 0;
    std::map<std::string, int64_t> hazardsBySource; // HazardSource code -> hazards found
    std::map<std::string, int64_t> accidentsByType; // AccidentType code -> accidents
};

// What last year's figures are taken over when this period runs past today (docs/figures.md):
// SameDay compares like with like, last year up to the same day (上年同期); WholePeriod takes
// last year's whole span. When the period has ended both are the same.
enum class Comparison { SameDay, WholePeriod };

// A period's figures with last year's beside them (the "较上年" of every summary).
struct FigureSet
{
    int64_t scopeOrgId = 0;
    Period period;
    Date asOf;
    Figures current;
    Period previousPeriod; // cut to the same day when comparison is SameDay and the period runs on
    Date previousAsOf;
    Figures previous;
    Comparison comparison = Comparison::SameDay;
    // True when last year's span was cut to the same day (this period runs past asOf).
    bool previousCut = false;
    // The scope unit as users and exchange files know it; empty for the whole database.
    std::string scopeUuid;
    std::string scopeName;
};

struct CategoryRow
{
    HazardCategory category;
    int64_t found, rectified, major, overdue;
    std::optional<double> rate;
    int64_t listed = 0; // of the major hazards found, those under listed supervision (挂牌督办) at any level
};

struct MonthRow
{
    int year, month;
    int64_t found, rectified;
};

struct SubUnitRow
{
    int64_t orgId;
    std::string name;
    std::string kind; // OrgKind code
    int64_t found, rectified, overdue;
    std::optional<double> rate;
};

// A unit to inspect that has no inspection in the period: the units behind
// `units_to_inspect − units_inspected` (docs/figures.md).
struct UninspectedRow
{
    int64_t orgId = 0;
    std::string uuid;
    std::string name;
    std::string kind;                  // OrgKind code
    std::string riskColour;            // RiskColour code, empty when not graded
    std::string parentName;            // the unit it belongs to (a village, a park), empty for a root
    std::optional<Date> lastInspected; // its latest inspection up to asOf; empty when never inspected
};

struct UninspectedPage
{
    std::vector<UninspectedRow> rows;
    int64_t total = 0; // every unit of the list, not only this page's
};

// A campaign (专项行动) of the period with its figures in a scope (docs/figures.md, "Campaigns"):
// what the inspections carrying its name found and what came of it.
struct CampaignRow
{
    Campaign campaign;
    std::string leadName;
    // The campaign's days within the period and up to asOf; empty when it has not started by asOf.
    std::optional<Period> counted;
    int64_t inspections = 0, inspectorPersonTimes = 0, unitsInspected = 0;
    int64_t hazardsFound = 0, hazardsRectified = 0, majorHazards = 0;
    std::optional<double> rectificationRate;
    int64_t documents = 0;      // enforcement documents of those inspections or listing those hazards
    int64_t unitsSuspended = 0; // units with one of those hazards rectified by suspension (停产停业整改)
};

// A grid (网格) with its figures in a scope and period (docs/figures.md, "Grids"): who looks after
// it and how much of it they have seen.
struct GridRow
{
    Grid grid;
    std::string ownerName;             // the unit the grid belongs to
    std::vector<std::string> officers; // serving on the day read, by name
    int64_t units = 0;                 // units to inspect in the grid on the day read
    int64_t unitsInspected = 0;        // of those, inspected in the period
    std::optional<double> coverage;    // unitsInspected ÷ units
    // Of the units in scope while they were in the grid, dated in the period (hazards closed by asOf).
    int64_t inspections = 0, hazardsFound = 0, hazardsRectified = 0;
    std::optional<double> rectificationRate;
};

// An officer (网格员) serving on the day read, over the grids reaching the scope they serve in.
struct OfficerRow
{
    int64_t personId = 0;
    std::string name;
    std::vector<std::string> grids;
    int64_t units = 0, unitsInspected = 0; // sums over those grids (each unit is in one of them)
    std::optional<double> coverage;
    int64_t inspections = 0, hazardsFound = 0;
};

struct GridFigures
{
    Date day;                         // the day memberships are read: min(asOf, period end)
    std::vector<GridRow> rows;        // by owner, then name
    int64_t unitsOutsideGrids = 0;    // units to inspect in scope in no grid on that day
    std::vector<OfficerRow> officers; // by name
};

// The one place that computes the reported figures (docs/figures.md), for a scope (a unit and
// everything below it, or the whole database when scopeOrgId is 0) and a period. Read-only; all of
// its SQL lives in src/storage/Statistics*.cpp.
class Statistics final
{
public:
    explicit Statistics(Database& db);

    // Throws Error(NotFound) for an unknown unit and Error(Validation) for an empty or reversed period.
    Figures compute(int64_t scopeOrgId, const Period& period, const Date& asOf);
    // asOf = min(today, period.to); previous = the same span one year earlier, asOf = min(today,
    // previous.to). With SameDay (the default) a period that runs past asOf is compared with last
    // year's span up to the same day: [previous.from, asOf one year earlier].
    FigureSet forPeriod(int64_t scopeOrgId, const Period& period, Comparison comparison = Comparison::SameDay);
    // Every category, in the fixed enum order.
    std::vector<CategoryRow> byCategory(int64_t scopeOrgId, const Period& period, const Date& asOf);
    // Every month the period touches, in order.
    std::vector<MonthRow> byMonth(int64_t scopeOrgId, const Period& period, const Date& asOf);
    // The direct children of the scope unit (the roots when 0), worst rate first, no rate last, ties by name.
    std::vector<SubUnitRow> bySubUnit(int64_t scopeOrgId, const Period& period, const Date& asOf);
    // The units to inspect with no inspection in the period, those an officer should visit
    // first: by risk colour (red, orange, yellow, blue, none), then never inspected, then the
    // longest since their last inspection up to asOf, then by name. `limit` rows from `offset`.
    UninspectedPage uninspected(int64_t scopeOrgId, const Period& period, const Date& asOf, int limit, int offset = 0);

    // The live campaigns whose days meet the period and which reach the scope (led by a unit in it
    // or above it), in order of their start, with their figures counted in both the campaign's
    // lead subtree and the scope.
    std::vector<CampaignRow> campaigns(int64_t scopeOrgId, const Period& period, const Date& asOf);
    // The live grids reaching the scope (kept by a unit in it, or with a unit of it as a member on
    // the day read) with their figures over the units in scope, and how many units are in none.
    GridFigures grids(int64_t scopeOrgId, const Period& period, const Date& asOf);
    // A live plan's progress on asOf (docs/figures.md, "Plans"); Error(NotFound) for no such plan.
    PlanProgress planProgress(int64_t planId, const Date& asOf);
    // The live plans of `year` reaching the scope: those of the live grids kept by a unit of it or
    // holding one of its units at some time in the year, and of every officer who served in one of
    // them in the year; the grids' plans in the order of the grids (by their keeper in the tree),
    // then the officers' by name, a year's plan before its months'.
    std::vector<PlanProgress> plans(int64_t scopeOrgId, int year, const Date& asOf);

    // The same span one year earlier: Period::previousYear (a month's last day maps to its last day).
    static Period previousYearOf(const Period& period);

private:
    // How the rows of a scope are reached; chosen per call from the size of the scope (see
    // Statistics.cpp). All three give the same numbers, only the speed differs.
    enum class Access {
        Whole,    // every unit is in scope: no join with org at all
        ByRecord, // a large share of units: walk the records by date, check each one's unit by id
        ByUnit,   // a small share: walk the scope's units by path, then each unit's records by date
    };
    struct Scope
    {
        int64_t rootId = 0;         // 0 for the whole database
        std::string rootPath = "/"; // "/" for the whole database
        std::string low, high;      // org.path range of the subtree
        std::string uuid, name;
        Access access = Access::Whole;
        int64_t units = 0, allUnits = 0; // org rows in the scope and in the database, voided included
    };

    // SQL pieces shared by the figures and the breakdowns (defined in Statistics.cpp).
    static const char* const kFoundInPeriod;
    static const char* const kRectifiedWithDeadline;
    static const char* const kToInspect;
    static const char* const kNeedsAgreement;
    static const char* const kSignedAgreement;
    static void checkPeriod(const Period& period, const Date& asOf);
    // Bind ?1 ?2 (the period) and ?3 (asOf); a statement must not be given a number it does not use.
    static void bindPeriod(sql::Statement& st, const Period& period);
    static void bindDates(sql::Statement& st, const Period& period, const Date& asOf);
    static void bindYears(sql::Statement& st, const Period& period);
    static std::optional<double> ratio(int64_t part, int64_t whole);

    Scope resolve(int64_t scopeOrgId);
    Figures computeIn(const Scope& scope, const Period& period, const Date& asOf);
    // FROM clause for `table` aliased `alias` under the scope; org is aliased o when joined.
    // `recordIndex` pins the index of a record-driven walk; a unit-driven walk always uses the
    // table's (org_id, date) index.
    static std::string from(const Scope& scope, Access access, const char* table, const char* alias,
                            const char* recordIndex = nullptr);
    // " AND o.path >= ?8 AND o.path < ?9" when the scope needs it, else empty.
    static std::string scopeFilter(const Scope& scope);
    static void bindScope(sql::Statement& st, const Scope& scope);
    // The overdue hazards as of ?3 (docs/figures.md), selecting `columns` of hazard h.
    std::string overdueSql(const Scope& scope, const Date& asOf, const std::string& columns) const;
    // Whether the overdue hazards of a ByUnit scope are found faster by walking its units' hazards
    // than by walking the database's open overdue ones.
    bool overdueByUnit(const Scope& scope, const Date& asOf) const;
    // The scope's hazards, estimated from its share of the units.
    double hazardsInScope(const Scope& scope) const;
    // Whether a ByUnit scope's verifications are found faster through its hazards than by date.
    bool verificationsByUnit(const Scope& scope, const Period& period) const;
    // The closed hazards meeting `condition`, selecting `columns`. Every hazard meeting it must have
    // been found by ?3 (true of "closed by ?3" and of "overdue on ?3"): the walk may rely on it.
    std::string closedSql(const Scope& scope, const std::string& columns, const std::string& condition) const;

    PlanProgress progressOf(const InspectionPlan& plan, const Date& asOf);
    void hazardFigures(const Scope& scope, const Period& period, const Date& asOf, Figures& f);
    void unitFigures(const Scope& scope, const Period& period, const Date& asOf, Figures& f);
    // Accidents, penalties, documents and activities (StatisticsRecords.cpp).
    void recordFigures(const Scope& scope, const Period& period, Figures& f);
    void verificationFigures(const Scope& scope, const Period& period, const Date& asOf, Figures& f);

    Database& m_db;
    bool m_closedIndex = false; // whether the schema has hazard_closed (see docs/figures.md)
};

nlohmann::json toJson(const Figures& f);
nlohmann::json toJson(const FigureSet& s);

} // namespace safeledger
