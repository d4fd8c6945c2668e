#pragma once
// The state shared by the parts of the demo builder (DemoBuilder.cpp, DemoYear.cpp,
// DemoRecords.cpp): the services, the random source and what has been built so far.

#include "DemoData.h"
#include "DemoRandom.h"
#include "safeledger/storage/Database.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/RecordService.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace safeledger::demo {

// One unit of the demo as the builder knows it.
struct Unit
{
    int64_t id = 0;
    std::string name;
    OrgKind kind = OrgKind::Enterprise;
    Sector sector = Sector::None;
    Scale scale = Scale::None;
    RiskColour risk = RiskColour::None;
    int employees = 0;
    int place = -1; // village index, kPark, or -1 for units directly under the town
    int64_t parentId = 0;
    std::string principal;
    std::string safetyManager; // empty for the smallest units
    std::string supervisor;    // the grid's supervising officer
    std::string gridKeeper;    // the village's grid member
    bool key = false;          // signs its agreement with the town (重点企业)
    bool inspected = false;    // a target of inspections (enterprises, businesses, workshops, schools)
};

// A notice whose hazards were all closed: it gets its re-inspection and review opinion
// (整改复查意见书) once the years are built.
struct OpenDocument
{
    int64_t orgId = 0;
    std::string number;
    std::vector<int64_t> hazards;
    std::string inspector;
    Date reviewOn; // the last closure
};

class Context final
{
public:
    Context(Database& database, const std::function<void(int)>& progress);

    Database& db;
    OrgService orgs;
    RecordService records;
    HazardService hazards;
    Rng rng;
    Date today;

    int64_t townId = 0;
    std::vector<Unit> units; // every unit below the town that the builder works with
    std::map<std::string, size_t> unitIndex;
    std::map<std::string, int64_t> templateIds;
    std::vector<OpenDocument> notices; // documents waiting for their review opinion
    std::vector<int64_t> photoHazards; // hazards that get before/after photos
    std::vector<Agreement> agreements; // the agreements of the year being built

    void report(int percent);
    Unit& unit(const std::string& name);
    const Unit& unitOf(int64_t id) const;

    std::string personName();
    std::string phone();
    // The ISO UTC creation stamp of a record entered on `day` in the working hours (Beijing time).
    std::string stamp(const Date& day);
    static Date date(int y, int m, int d) { return Date::fromParts(y, m, d); }
    // Moves a weekend day to the nearest working day not after `limit`.
    static Date workday(Date day, const Date& limit);
    // The next number of an enforcement document of `kind` issued in `year`, e.g. 青应急限改〔2025〕第012号.
    std::string documentNumber(DocumentKind kind, int year);
    // A short person to sign or verify for a unit.
    std::string responsibleFor(const Unit& u) const { return u.safetyManager.empty() ? u.principal : u.safetyManager; }

private:
    std::function<void(int)> m_progress;
    int m_lastPercent = -1;
    std::map<std::pair<int, int>, int> m_documentCounters;
};

// The parts of the build, in order.
void buildUnits(Context& ctx);
void buildPeople(Context& ctx);
void buildTemplates(Context& ctx);
void buildAgreements(Context& ctx, int year);
void assessAgreements(Context& ctx, int year);
void buildYear(Context& ctx, int year, int percentFrom, int percentTo);
void buildReviews(Context& ctx);
void buildAccidentsAndPenalties(Context& ctx, int year);
void buildActivities(Context& ctx, int year);
void buildCampaigns(Context& ctx, int year);  // DemoCampaigns.cpp
void buildGrids(Context& ctx, int firstYear); // DemoGrids.cpp
void buildPlans(Context& ctx, int year);      // DemoGrids.cpp
void buildPhotos(Context& ctx);
void buildExtensions(Context& ctx); // DemoExtensions.cpp

// A small valid PNG (RGB, uncompressed deflate): a plain photo stand-in whose content differs
// with `variant`.
std::vector<uint8_t> tinyPng(int width, int height, uint8_t red, uint8_t green, uint8_t blue, uint32_t variant);

} // namespace safeledger::demo
