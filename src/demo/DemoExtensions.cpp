// The demo's extension requests (延期申请): among the open hazards falling due around the demo's
// today, the first gets a request approved, the second one refused and the third one awaiting a
// decision, so the to-do page, the hazard page and the figures' 延期 show each case. Uses no
// random numbers: it runs last and changes nothing the rest of the build drew.
#include "DemoContext.h"

#include "safeledger/storage/CalendarStore.h"
#include "safeledger/storage/ExtensionService.h"
#include "safeledger/storage/HazardQuery.h"

#include <algorithm>

namespace safeledger::demo {

void buildExtensions(Context& ctx)
{
    HazardFilter f;
    f.statuses = {HazardStatus::Registered, HazardStatus::Rectifying};
    f.deadline = Period{ctx.today.addDays(-12), ctx.today.addDays(20)};
    const auto rows = HazardQuery(ctx.db, f, HazardSort::Deadline, false).first(3).rows;
    const WorkingCalendar calendar = CalendarStore(ctx.db).calendar();
    ExtensionService ext(ctx.db);
    static const char* const reasons[] = {
        "整改所需防爆电气设备已订购，厂家供货周期约两周，无法在原定时限内完成安装",
        "需停产检修方可整改，申请与月底计划停产检修同步实施",
        "整改方案需经专家论证，论证会定于下周召开",
    };
    for (size_t i = 0; i < rows.size(); ++i) {
        const HazardRow& h = rows[i];
        ExtensionRequest r;
        // Asked three working days before the deadline (or on the day it was found, if later).
        r.requestedOn = std::max(h.foundOn, std::min(ctx.today, h.deadline->addDays(-3)));
        r.requestedDeadline = calendar.addWorkingDays(std::max(*h.deadline, ctx.today), 10);
        r.reason = reasons[i];
        r.requestedBy = "企业安全管理员";
        r.createdAt = ctx.stamp(r.requestedOn);
        r = ext.request(h.id, r);
        const Date decidedOn = std::min(ctx.today, r.requestedOn.addDays(1));
        if (i == 0) {
            ext.decide(r.id, true, decidedOn, "理由充分，同意延期，逾期未完成将升级督办");
        } else if (i == 1) {
            ext.decide(r.id, false, decidedOn, "不属于不可抗力，请按原定时限完成整改");
        }
    }
}

} // namespace safeledger::demo
