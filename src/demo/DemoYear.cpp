// One year of the demo town's inspections: the yearly plan (routine checks per grid, campaigns,
// self-checks of high-risk units, supervision of villages, unannounced visits, public reports).
// DemoHazards.cpp carries each planned inspection out.
#include "DemoYear.h"

#include "DemoChecklists.h"

#include <algorithm>

namespace safeledger::demo {

namespace {

Date dayOfYear(int year, long offset)
{
    return Date::fromParts(year, 1, 1).addDays(offset);
}

} // namespace

YearBuilder::YearBuilder(Context& ctx, int year)
    : m_ctx(ctx)
    , m_year(year)
    , m_end(std::min(Context::date(year, 12, 31), ctx.today))
{
}

void YearBuilder::add(Plan p)
{
    p.date = Context::workday(p.date, m_end);
    if (p.date.year() == m_year && p.date <= m_end) {
        m_plans.push_back(std::move(p));
    }
}

std::vector<Plan> YearBuilder::plan()
{
    auto& rng = m_ctx.rng;
    const long days = m_end.dayNumber() - Context::date(m_year, 1, 1).dayNumber() + 1;
    for (size_t i = 0; i < m_ctx.units.size(); ++i) {
        const Unit& u = m_ctx.units[i];
        if (!u.inspected) {
            continue;
        }
        // Routine checks by the grid: high-risk units more often (seed 000: 高危企业每季度不少于1次).
        int n = 1;
        if (u.kind == OrgKind::Enterprise) {
            n = u.risk == RiskColour::Red ? 6 : u.risk == RiskColour::Orange ? 4 : u.risk == RiskColour::Yellow ? 3 : 2;
        } else if (u.kind == OrgKind::Business) {
            n = u.risk == RiskColour::Yellow ? 2 : 1 + static_cast<int>(rng.below(2));
        }
        for (int k = 0; k < n; ++k) {
            Plan p;
            p.date = dayOfYear(m_year, 365 * k / n + rng.below(365 / n));
            p.unit = i;
            p.kind = InspectionKind::Routine;
            const std::string key =
                u.place == kPark && u.kind != OrgKind::Workshop ? "park" : checklistFor(u.kind, u.sector, u.employees);
            p.checklist = rng.chance(0.7) ? key : "";
            add(p);
        }
        // Self-checks of the high-risk enterprises and their workshops.
        if (u.kind == OrgKind::Workshop ||
            (u.kind == OrgKind::Enterprise && (u.risk == RiskColour::Red || u.risk == RiskColour::Orange))) {
            const int months[] = {3, 6, 9, 12};
            for (int m : months) {
                if (u.kind == OrgKind::Enterprise && (m == 3 || m == 9)) {
                    continue;
                }
                Plan p;
                p.date = Context::date(m_year, m, static_cast<int>(rng.between(18, 28)));
                p.unit = i;
                p.kind = InspectionKind::SelfCheck;
                p.checklist = rng.chance(0.5) ? checklistFor(u.kind, u.sector, u.employees) : "";
                add(p);
            }
        }
    }
    for (const auto& c : campaigns()) {
        const Date from = Context::date(m_year, c.fromMonth, c.fromDay);
        const Date to = std::min(Context::date(m_year, c.toMonth, c.toDay), m_end);
        if (from > to) {
            continue;
        }
        for (size_t i = 0; i < m_ctx.units.size(); ++i) {
            const Unit& u = m_ctx.units[i];
            if (!u.inspected || u.kind == OrgKind::Workshop) {
                continue;
            }
            bool takesPart = false;
            if (u.kind == OrgKind::School) {
                takesPart = c.schools;
            } else {
                const bool matches =
                    c.sectors.empty() || std::find(c.sectors.begin(), c.sectors.end(), u.sector) != c.sectors.end();
                takesPart = matches && rng.below(100) < c.sharePercent;
            }
            if (!takesPart) {
                continue;
            }
            Plan p;
            p.date = from.addDays(rng.below(to.dayNumber() - from.dayNumber() + 1));
            p.unit = i;
            p.kind = c.kind;
            p.campaign = c.name;
            p.checklist =
                *c.checklist ? c.checklist : (rng.chance(0.5) ? checklistFor(u.kind, u.sector, u.employees) : "");
            add(p);
        }
    }
    for (size_t i = 0; i < m_ctx.units.size(); ++i) {
        const Unit& u = m_ctx.units[i];
        if (u.kind == OrgKind::Department) {
            // Seed 000: an office's self-check at the end of August.
            Plan p;
            p.date = Context::date(m_year, 8, static_cast<int>(rng.between(25, 29)));
            p.unit = i;
            p.kind = InspectionKind::SelfCheck;
            p.checklist = "office";
            add(p);
        } else if (u.kind == OrgKind::Village || u.kind == OrgKind::Community || u.kind == OrgKind::Park) {
            for (int m : {5, 11}) {
                Plan p;
                p.date = Context::date(m_year, m, static_cast<int>(rng.between(6, 24)));
                p.unit = i;
                p.kind = InspectionKind::Supervision;
                p.campaign = "安全生产工作督查";
                add(p);
            }
        }
    }
    std::vector<size_t> risky;
    for (size_t i = 0; i < m_ctx.units.size(); ++i) {
        const Unit& u = m_ctx.units[i];
        if (u.inspected && u.kind == OrgKind::Enterprise &&
            (u.risk == RiskColour::Red || u.risk == RiskColour::Orange)) {
            risky.push_back(i);
        }
    }
    for (int k = 0; k < 6; ++k) {
        Plan p;
        p.date = dayOfYear(m_year, rng.below(days));
        p.unit = rng.pick(risky);
        p.kind = InspectionKind::Unannounced;
        p.campaign = "“四不两直”暗查暗访";
        add(p);
    }
    for (int k = 0; k < 10; ++k) {
        Plan p;
        p.date = dayOfYear(m_year, rng.below(days));
        do {
            p.unit = static_cast<size_t>(rng.below(static_cast<int64_t>(m_ctx.units.size())));
        } while (!m_ctx.units[p.unit].inspected || m_ctx.units[p.unit].kind == OrgKind::Workshop);
        p.publicReport = true;
        add(p);
    }
    for (const auto& script : majorScripts()) {
        if (script.year == m_year) {
            Plan p;
            p.date = Context::date(script.year, script.month, script.day);
            p.unit = m_ctx.unitIndex.at(script.unit);
            p.kind = script.kind;
            p.campaign = script.campaign;
            p.checklist =
                checklistFor(m_ctx.units[p.unit].kind, m_ctx.units[p.unit].sector, m_ctx.units[p.unit].employees);
            p.major = &script;
            m_plans.push_back(p); // its date is fixed, weekday or not
        }
    }
    std::stable_sort(m_plans.begin(), m_plans.end(), [](const Plan& a, const Plan& b) { return a.date < b.date; });
    return m_plans;
}

void buildYear(Context& ctx, int year, int percentFrom, int percentTo)
{
    YearBuilder builder(ctx, year);
    const auto plans = builder.plan();
    for (size_t i = 0; i < plans.size(); ++i) {
        builder.run(plans[i]);
        ctx.report(percentFrom + static_cast<int>((percentTo - percentFrom) * static_cast<long>(i + 1) /
                                                  static_cast<long>(plans.size())));
    }
}

} // namespace safeledger::demo
