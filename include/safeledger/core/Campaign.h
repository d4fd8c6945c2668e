#pragma once

#include "safeledger/core/Date.h"
#include "safeledger/core/Enums.h"
#include "safeledger/core/Record.h"

#include <optional>
#include <vector>

namespace safeledger {

// One phase of a campaign (动员部署, 排查整治, 督查检查, 总结提升) and its days.
struct CampaignPhase
{
    std::string name;
    Date startsOn;
    Date endsOn;

    bool operator==(const CampaignPhase&) const = default;
};

// A special campaign (专项行动) as a record: its name, the document that launched it, its days,
// its phases, the sectors it targets and the unit that leads it. A record names its campaign
// (inspection.campaign): an inspection belongs to this campaign when it carries the name, falls
// within the days and is of a unit in the lead unit's subtree (docs/figures.md). So an inspection
// logged offline before the campaign was recorded belongs to it as soon as it is.
struct Campaign : Record
{
    std::string name;
    std::string document; // issuing document, e.g. 青安委〔2026〕5号
    int64_t leadOrgId = 0;
    Date startsOn;
    Date endsOn;
    std::vector<CampaignPhase> phases; // in order of their start
    std::vector<std::string> sectors;  // Sector codes; empty: every sector
    std::string note;
};

// A name, a lead unit, starts_on ≤ ends_on, and each phase named, inside the campaign's days,
// with its own start ≤ end and starting no earlier than the phase before it; sectors known codes.
void validate(const Campaign& campaign);

// The phase running on `day`, if any (the last that started, when phases overlap).
const CampaignPhase* phaseOn(const Campaign& campaign, const Date& day);

} // namespace safeledger
