#pragma once
// The fixed tables behind the demo database (and the names the generator draws from): places,
// units, checklists, hazard texts, campaigns. Chinese text lives here, code elsewhere.

#include "safeledger/core/Enums.h"

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace safeledger::demo {

// Where a unit of the demo sits: one of the ten villages/communities (0..9) or the park.
constexpr int kPark = 10;

struct PlaceSpec
{
    const char* name;
    OrgKind kind;
    const char* principal;  // 村（社区）党组织书记、主任
    const char* road;       // a road used in addresses
    const char* gridKeeper; // 网格员
};

struct DepartmentSpec
{
    const char* name;
    const char* principal;
    const char* officer; // a second officer who joins inspections
};

struct SchoolSpec
{
    const char* name;
    int employees;
};

struct UnitSpec
{
    const char* name;
    OrgKind kind;
    Sector sector;
    Scale scale;
    int employees;
    int place;
};

struct WorkshopSpec
{
    const char* parent;
    const char* name;
    int employees;
};

struct HazardText
{
    HazardCategory category;
    Sector sector; // Sector::None: any unit
    bool quick;    // usually put right on the spot (现场整改)
    const char* location;
    const char* description;
    const char* measures;
};

struct CampaignSpec
{
    const char* name;
    InspectionKind kind;
    int fromMonth, fromDay, toMonth, toDay;
    std::span<const Sector> sectors; // empty: every sector
    int sharePercent;                // of the matching units
    const char* checklist;           // "" : the unit's own sector checklist, if any
    bool schools;                    // schools take part too
};

// A hazard the demo tells a story with: a major hazard (重大隐患) and what happened to it.
struct ScriptStep
{
    char action; // 'p' progress, 's' submit for verification, 'f' failed verification, 'v' passed verification
    int year, month, day;
    const char* text;
};

struct MajorScript
{
    const char* unit;
    int year, month, day; // found, in an inspection of `kind` on that day
    InspectionKind kind;
    const char* campaign;
    HazardCategory category;
    const char* location;
    const char* description;
    const char* measures;
    const char* contingency;
    RectificationMode mode;
    int deadlineYear, deadlineMonth, deadlineDay;
    SupervisionLevel supervision;
    int64_t fundsYuan;
    DocumentKind document;
    std::span<const ScriptStep> steps;
};

struct AccidentSpec
{
    const char* unit;
    int year, month, day;
    const char* time;
    AccidentType type;
    int deaths, serious, minor;
    int64_t lossYuan;
    const char* reportedAt;
    bool investigationClosed;
    const char* description;
};

struct PenaltySpec
{
    const char* unit;
    int year, month, day;
    const char* legalBasis;
    int64_t fineYuan;
    const char* description;
};

struct ActivitySpec
{
    const char* unit; // "" : the town
    int month, day;   // every year; skipped when after the demo's today
    ActivityKind kind;
    const char* title;
    int participants;
    const char* note;
};

std::span<const MajorScript> majorScripts();
std::span<const AccidentSpec> accidentSpecs();
std::span<const PenaltySpec> penaltySpecs();
std::span<const ActivitySpec> activitySpecs();

// The town and its people.
extern const char* const kTownName;
extern const char* const kTownPrincipal; // 镇长
extern const char* const kTownDeputy;    // 分管安全的副镇长
extern const char* const kParkName;
extern const char* const kParkPrincipal;
extern const char* const kSafetyOfficeName; // 安监办, the issuing office
extern const char* const kDivisionCode;     // 6-digit administrative division for credit codes

std::span<const PlaceSpec> places();           // ten villages and communities
std::span<const DepartmentSpec> departments(); // departments; the first is the safety office
std::span<const char* const> safetyOfficers(); // 安监办 officers who supervise the grids
std::span<const SchoolSpec> schools();
std::span<const UnitSpec> units(); // enterprises and small businesses
std::span<const WorkshopSpec> workshops();
std::span<const HazardText> hazardTexts();
// How often each HazardCategory (in enum order) turns up at a unit of this kind and sector.
std::array<int, 13> categoryWeights(OrgKind kind, Sector sector, RiskColour risk);
std::span<const CampaignSpec> campaigns();

// Names for people and synthetic units.
std::span<const char* const> surnames();
std::span<const char* const> givenNames();
std::span<const char* const> tradeNames();     // 字号 such as 华达, 鑫源
std::span<const char* const> placeSyllables(); // for synthetic village and town names
// A company-name suffix for a sector, e.g. "机械制造有限公司"; `variant` picks among several.
const char* companySuffix(Sector sector, uint64_t variant);
const char* businessSuffix(Sector sector, uint64_t variant);

// Texts for records.
std::span<const char* const> rectificationSteps(); // what was done, for progress entries
std::span<const char* const> failNotes();          // why a re-inspection failed
std::span<const char* const> contingencyPlans();   // 预案 of deadline hazards
std::span<const char* const> specialOperations();  // 特种作业 kinds

} // namespace safeledger::demo
