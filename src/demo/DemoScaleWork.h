#pragma once
// The generator's inspections and hazards (GeneratorWork.cpp decides them, GeneratorRows.cpp
// writes a hazard's rows and the enforcement documents).

#include "DemoScale.h"

#include <array>
#include <optional>
#include <tuple>

namespace safeledger::demo {

constexpr int kCategories = 13;
constexpr int kSectors = 17;

// Hazard texts by sector and category: the sector's own texts and the generic ones.
struct TextTable
{
    std::array<std::array<std::vector<const HazardText*>, kCategories>, kSectors> specific;
    std::array<std::vector<const HazardText*>, kCategories> generic;

    TextTable()
    {
        for (const auto& t : hazardTexts()) {
            const auto c = static_cast<size_t>(t.category);
            if (t.sector == Sector::None) {
                generic[c].push_back(&t);
            } else {
                specific[static_cast<size_t>(t.sector)][c].push_back(&t);
            }
        }
    }

    const HazardText& pick(Rng& rng, Sector sector, HazardCategory category) const
    {
        const auto c = static_cast<size_t>(category);
        const auto& own = specific[static_cast<size_t>(sector)][c];
        if (!own.empty() && (generic[c].empty() || rng.chance(0.6))) {
            return *rng.pick(own);
        }
        if (!generic[c].empty()) {
            return *rng.pick(generic[c]);
        }
        return pick(rng, sector, HazardCategory::Management);
    }
};

// One step of a hazard's history: 'p' progress, 's' submission (no row), 'f' failed and 'v'
// passed verification.
struct Step
{
    char action;
    long day;
};

struct GenHazard
{
    int64_t id = 0;
    int64_t orgId = 0;
    const HazardText* text = nullptr;
    HazardGrade grade = HazardGrade::General;
    RiskColour colour = RiskColour::None;
    HazardSource source = HazardSource::Inspection;
    RectificationMode mode = RectificationMode::OnSpot;
    SupervisionLevel supervision = SupervisionLevel::None;
    long found = 0;
    long due = 0;
    int64_t funds = 0;
    HazardStatus status = HazardStatus::Registered;
    long closed = -1;
    std::string verifier;
    std::vector<Step> steps;
};

class Work final
{
public:
    explicit Work(ScaleState& s);
    void run();

private:
    void inspection(long day);
    void looseHazard(long day);
    void makeHazard(GenHazard& h, int64_t orgId, long day, HazardSource source);
    void decideFate(GenHazard& h);
    void writeHazard(GenHazard& h, std::optional<int64_t> inspectionId);
    void documents(int64_t inspectionId, int64_t orgId, long day, InspectionKind kind, std::vector<GenHazard>& found);
    std::string inspectorsJson(const ScaleOrg& org, InspectionKind kind, std::string& first);

    ScaleState& m_s;
    Rng& m_rng;
    TextTable m_texts;
    sql::Statement m_inspection;
    sql::Statement m_item;
    sql::Statement m_hazard;
    sql::Statement m_rectification;
    sql::Statement m_verification;
    sql::Statement m_document;
    sql::Statement m_link;
    UuidPool m_inspectionUuids;
    UuidPool m_itemUuids;
    UuidPool m_hazardUuids;
    UuidPool m_rectificationUuids;
    UuidPool m_verificationUuids;
    UuidPool m_documentUuids;
    std::vector<int32_t> m_hazardsPerInspection;
    int64_t m_inspectionId = 0;
    int64_t m_hazardId = 0;
    int64_t m_documentId = 0;
    std::vector<GenHazard> m_found; // the current inspection's hazards, reused
    std::map<std::tuple<int, int, int>, int> m_numbers;
    std::array<std::vector<const CampaignSpec*>, 13> m_campaigns; // active campaigns by month
};

} // namespace safeledger::demo
