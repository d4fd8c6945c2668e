// The demo town's campaigns (专项行动) as records: each campaign of the yearly plan (DemoTexts.cpp)
// with its launching document, its days and, for the longer ones, the four phases the seeds name.
// The days are those the inspections were planned in, widened where the plan moved an inspection
// off a weekend (Context::workday), so every inspection carrying the name is the campaign's.
#include "DemoContext.h"
#include "DemoData.h"
#include "safeledger/core/Campaign.h"

#include <algorithm>

namespace safeledger::demo {

namespace {

// 动员部署, 排查整治, 督查检查, 总结提升 over a campaign of four weeks or more.
std::vector<CampaignPhase> phasesOf(const Date& from, const Date& to)
{
    const long days = to.dayNumber() - from.dayNumber() + 1;
    if (days < 28) {
        return {};
    }
    const Date mobilised = from.addDays(days * 15 / 100 - 1);
    const Date rectified = from.addDays(days * 70 / 100 - 1);
    const Date supervised = from.addDays(days * 90 / 100 - 1);
    return {{"动员部署", from, mobilised},
            {"排查整治", mobilised.addDays(1), rectified},
            {"督查检查", rectified.addDays(1), supervised},
            {"总结提升", supervised.addDays(1), to}};
}

} // namespace

void buildCampaigns(Context& ctx, int year)
{
    const Date end = std::min(Context::date(year, 12, 31), ctx.today);
    int number = 0;
    for (const auto& spec : campaigns()) {
        const Date from = Context::date(year, spec.fromMonth, spec.fromDay);
        const Date to = Context::date(year, spec.toMonth, spec.toDay);
        if (from > ctx.today) {
            continue; // not yet launched on the demo's today
        }
        Campaign c;
        c.name = spec.name;
        c.document = "青安委〔" + std::to_string(year) + "〕" + std::to_string(++number) + "号";
        c.leadOrgId = ctx.townId;
        c.startsOn = std::min(from, Context::workday(from, end));
        c.endsOn = std::max(to, Context::workday(std::min(to, end), end));
        c.phases = phasesOf(c.startsOn, c.endsOn);
        for (const Sector s : spec.sectors) {
            c.sectors.push_back(toCode(s));
        }
        if (spec.schools) {
            c.note = "各学校一并开展";
        }
        // 08:30 Beijing time, without a draw from the demo's generator: the rest stays as it was.
        c.createdAt = from.toString() + "T00:30:00Z";
        ctx.records.add(c);
    }
}

} // namespace safeledger::demo
