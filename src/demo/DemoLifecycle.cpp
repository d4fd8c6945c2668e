// The demo's hazards on their way through the lifecycle: progress entries, submissions, failed
// and passed verifications, up to the demo's today.
#include "DemoYear.h"

#include <algorithm>

namespace safeledger::demo {

namespace {
// What became of a hazard with a deadline, as of the demo's today.
enum class Fate { Closed, ClosedAfterFail, Rectifying, RectifyingAfterFail, Awaiting, Registered };
} // namespace

void YearBuilder::progress(int64_t hazardId, const Date& on, const Unit& u, int64_t costFen, const std::string& text)
{
    static const char* const evidence[] = {"整改前后照片", "发票及整改前后照片", "整改报告", "验收记录及照片"};
    Rectification r;
    r.date = on;
    r.description = text.empty() ? std::string(m_ctx.rng.pick(rectificationSteps())) : text;
    r.costFen = costFen;
    r.doneBy = m_ctx.responsibleFor(u);
    r.evidence = m_ctx.rng.pick(evidence);
    r.createdAt = m_ctx.stamp(on);
    m_ctx.hazards.recordProgress(hazardId, r);
}

void YearBuilder::verify(int64_t hazardId, const Date& on, const std::string& inspector, bool passed,
                         const std::string& note)
{
    Verification v;
    v.date = on;
    v.inspector = inspector;
    v.passed = passed;
    v.note = note;
    v.createdAt = m_ctx.stamp(on);
    m_ctx.hazards.verify(hazardId, v);
}

void YearBuilder::playScript(int64_t hazardId, const MajorScript& s, const std::string& inspector)
{
    const Unit& u = m_ctx.unit(s.unit);
    const auto steps = s.steps;
    const int64_t parts = std::max<int64_t>(
        1, std::count_if(steps.begin(), steps.end(), [](const ScriptStep& st) { return st.action == 'p'; }));
    for (const auto& st : steps) {
        const Date on = Context::date(st.year, st.month, st.day);
        switch (st.action) {
        case 'p':
            progress(hazardId, on, u, s.fundsYuan * 100 / parts, st.text);
            break;
        case 's':
            m_ctx.hazards.submitForVerification(hazardId);
            break;
        default:
            verify(hazardId, on, inspector, st.action == 'v', st.text);
            break;
        }
    }
}

std::optional<Date> YearBuilder::applyFate(const Hazard& h, const std::string& verifier)
{
    static const Fate fates[] = {Fate::Closed,   Fate::ClosedAfterFail, Fate::Rectifying, Fate::RectifyingAfterFail,
                                 Fate::Awaiting, Fate::Registered};
    auto& rng = m_ctx.rng;
    const Unit& u = m_ctx.unitOf(h.orgId);
    const long found = h.foundOn.dayNumber();
    const long due = h.deadline->dayNumber();
    const long today = m_ctx.today.dayNumber();
    Fate fate = Fate::Closed;
    if (due < today - 45) {
        if (rng.chance(h.foundOn.year() == 2025 ? 0.01 : 0.03)) {
            fate = rng.chance(0.6) ? Fate::Rectifying : Fate::Registered; // long overdue
        } else {
            fate = rng.chance(0.05) ? Fate::ClosedAfterFail : Fate::Closed;
        }
    } else if (due < today) {
        fate = fates[rng.weighted({62, 8, 15, 4, 6, 5})];
    } else if (today - found < 2) {
        fate = rng.chance(0.3) ? Fate::Rectifying : Fate::Registered;
    } else {
        fate = fates[rng.weighted({22, 3, 25, 8, 25, 17})];
    }
    const auto day = [](long n) { return Date::fromDayNumber(n); };
    const int64_t funds = h.fundsFen;
    switch (fate) {
    case Fate::Closed:
    case Fate::ClosedAfterFail: {
        long close = rng.chance(0.85) ? found + rng.between(1, std::max(1L, due - found)) : due + rng.between(1, 15);
        close = std::min(close, today);
        if (fate == Fate::ClosedAfterFail && close - found >= 2) {
            const long p1 = rng.between(found, close - 2);
            const long fail = rng.between(p1 + 1, close - 1);
            progress(h.id, day(p1), u, funds * 6 / 10);
            m_ctx.hazards.submitForVerification(h.id);
            verify(h.id, day(fail), verifier, false, rng.pick(failNotes()));
            progress(h.id, day(rng.between(fail, close)), u, funds - funds * 6 / 10);
        } else {
            const long p1 = rng.between(found, close);
            if (close - p1 >= 2 && rng.chance(0.3)) {
                progress(h.id, day(p1), u, funds / 2);
                progress(h.id, day(rng.between(p1 + 1, close)), u, funds - funds / 2);
            } else {
                progress(h.id, day(p1), u, funds);
            }
        }
        m_ctx.hazards.submitForVerification(h.id);
        verify(h.id, day(close), verifier, true, "整改到位，复查合格");
        return day(close);
    }
    case Fate::Rectifying:
        progress(h.id, day(rng.between(found, std::min(today, std::max(found, due)))), u, funds / 2);
        return std::nullopt;
    case Fate::RectifyingAfterFail: {
        if (today - found < 1) {
            progress(h.id, day(found), u, funds / 2);
            return std::nullopt;
        }
        const long p1 = rng.between(found, today - 1);
        const long fail = rng.between(p1 + 1, today);
        progress(h.id, day(p1), u, funds / 2);
        m_ctx.hazards.submitForVerification(h.id);
        verify(h.id, day(fail), verifier, false, rng.pick(failNotes()));
        if (rng.chance(0.5)) {
            progress(h.id, day(rng.between(fail, today)), u, funds / 4);
        }
        return std::nullopt;
    }
    case Fate::Awaiting:
        progress(h.id, day(rng.between(found, today)), u, funds);
        m_ctx.hazards.submitForVerification(h.id);
        return std::nullopt;
    case Fate::Registered:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace safeledger::demo
