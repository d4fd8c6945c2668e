#pragma once
// The generator's shared state (Generator.cpp, GeneratorWork.cpp, GeneratorRows.cpp,
// GeneratorRecords.cpp): data at county scale in the shape of the demo, written in bulk with
// reused prepared statements.

#include "DemoData.h"
#include "DemoRandom.h"
#include "safeledger/demo/Generator.h"
#include "safeledger/storage/BulkLoad.h"
#include "safeledger/storage/Database.h"

#include <algorithm>
#include <array>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace safeledger::demo {

struct ScaleOrg
{
    int64_t parent = 0; // 0 for the root
    OrgKind kind = OrgKind::Enterprise;
    Sector sector = Sector::None;
    RiskColour risk = RiskColour::None;
    int town = 0; // index into ScaleState::officers
    int64_t employees = 0;
    std::string name;
    std::string principal;
};

// UUIDs from Database::newUuid(), drawn a block at a time and handed out in sorted order: the
// uuid indexes then grow at their right edge instead of being rewritten all over on every commit,
// which roughly halves the work of a large run. Block sizes are estimates of the table's rows.
class UuidPool final
{
public:
    UuidPool(Database& db, int64_t block)
        : m_db(db)
        , m_block(std::clamp<int64_t>(block, 64, 1 << 22))
    {
    }
    std::string_view next()
    {
        if (m_next == m_ids.size()) {
            refill();
        }
        return std::string_view(m_ids[m_next++].data(), 36);
    }

private:
    void refill();
    Database& m_db;
    int64_t m_block;
    std::vector<std::array<char, 36>> m_ids;
    size_t m_next = 0;
};

struct ScaleState
{
    ScaleState(Database& database, const GenerateOptions& opts,
               const std::function<void(const std::string&, int)>& progressFn);

    Database& db;
    GenerateOptions options;
    Rng rng;
    BulkBatch batch;
    std::function<void(const std::string&, int)> progress;
    int lastPercent = -1;

    long firstDay = 0; // day numbers of Jan 1 of the first year and of today
    long lastDay = 0;
    std::vector<std::string> dayText;   // "YYYY-MM-DD" per day from firstDay
    std::vector<std::string> stampText; // "YYYY-MM-DDT02:00:00Z" per day

    std::vector<ScaleOrg> orgs;                     // org id - 1
    std::vector<int64_t> targets;                   // ids of the units inspected most (leaves, schools)
    std::vector<int64_t> overseen;                  // villages, communities, parks, departments
    std::vector<std::vector<std::string>> officers; // per town: its inspectors
    std::map<std::string, int64_t> templateIds;     // by BuiltInChecklist::key
    std::map<std::string, int64_t> rows;            // rows written per table, for the audit

    const std::string& day(long dayNumber) const { return dayText[static_cast<size_t>(dayNumber - firstDay)]; }
    // Any day, also after the last one (deadlines in the future).
    std::string dayOf(long dayNumber) const
    {
        return dayNumber >= firstDay && dayNumber <= lastDay ? day(dayNumber)
                                                             : Date::fromDayNumber(dayNumber).toString();
    }
    const std::string& stamp(long dayNumber) const { return stampText[static_cast<size_t>(dayNumber - firstDay)]; }
    const ScaleOrg& org(int64_t id) const { return orgs[static_cast<size_t>(id - 1)]; }
    void report(const std::string& stage, int percent);
    std::string personName();
};

void generateUnits(ScaleState& s);     // the tree
void generatePeople(ScaleState& s);    // officers and principals, with certificates
void generateTemplates(ScaleState& s); // the built-in checklists
void generateWork(ScaleState& s);      // inspections, hazards and their rows, documents
void generateAgreements(ScaleState& s);
void generateRecords(ScaleState& s); // accidents, penalties, activities, then campaigns
void generateCampaigns(ScaleState& s, int firstYear, int lastYear);
void generateGrids(ScaleState& s); // GeneratorGrids.cpp, after the people

} // namespace safeledger::demo
