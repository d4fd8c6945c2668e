#include "StatsPrinter.h"

#include "safeledger/core/FigureFormat.h"
#include <cstdio>
#include <string>

namespace safeledger::cli {

namespace {

// Terminal columns taken by UTF-8 text: CJK characters take two.
size_t displayWidth(const std::string& s)
{
    size_t width = 0;
    for (size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        width += len >= 3 ? 2 : 1;
        i += len;
    }
    return width;
}

std::string pad(const std::string& s, size_t width)
{
    const size_t w = displayWidth(s);
    return w >= width ? s : s + std::string(width - w, ' ');
}

std::string count(int64_t v)
{
    return std::to_string(v);
}

std::string yuan(int64_t fen)
{
    char buf[48];
    std::snprintf(buf, sizeof buf, "%lld.%02lld", static_cast<long long>(fen / 100),
                  static_cast<long long>((fen < 0 ? -fen : fen) % 100));
    return buf;
}

std::string days(const std::optional<double>& v)
{
    if (!v) {
        return "—";
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", *v);
    return buf;
}

void line(std::ostream& out, const std::string& label, const std::string& now, const std::string& before,
          const std::string& note = {})
{
    out << pad(label, 44) << pad(now, 14) << pad(before, 14) << note << "\n";
}

std::string pointsChange(const std::optional<double>& now, const std::optional<double>& before)
{
    const auto tenths = FigureFormat::pointChangeTenths(now, before);
    return tenths ? FigureFormat::signedTenthsText(*tenths) + " 个百分点 points" : std::string();
}

std::string percentChange(int64_t now, int64_t before)
{
    const auto tenths = FigureFormat::countChangeTenths(now, before);
    return tenths ? FigureFormat::signedTenthsText(*tenths) + "%" : std::string();
}

} // namespace

std::string percent(const std::optional<double>& v)
{
    const auto tenths = FigureFormat::percentTenths(v);
    return tenths ? FigureFormat::tenthsText(*tenths) + "%" : "—";
}

nlohmann::json rateJson(const std::optional<double>& v)
{
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

void printFigures(std::ostream& out, const FigureSet& s)
{
    const Figures& c = s.current;
    const Figures& p = s.previous;
    out << "期间 period " << s.period.from.toString() << " – " << s.period.to.toString() << " (截至 as of "
        << s.asOf.toString() << ")\n";
    out << (s.previousCut ? "上年同期 last year to the same day " : "上年 last year ")
        << s.previousPeriod.from.toString() << " – " << s.previousPeriod.to.toString() << " (截至 as of "
        << s.previousAsOf.toString() << ")\n";
    line(out, "", "本期 this", "上年 last year");
    line(out, "查出隐患 hazards found", count(c.hazardsFound), count(p.hazardsFound));
    for (const auto& e : enumEntries<HazardSource>()) {
        const int64_t now = c.hazardsBySource.at(e.code), before = p.hazardsBySource.at(e.code);
        if (now != 0 || before != 0) {
            line(out, std::string("  ") + e.zh + " " + e.en, count(now), count(before));
        }
    }
    line(out, "已整改 rectified", count(c.hazardsRectified), count(p.hazardsRectified));
    line(out, "整改率 rectification rate", percent(c.rectificationRate), percent(p.rectificationRate),
         pointsChange(c.rectificationRate, p.rectificationRate));
    line(out, "现场整改 rectified on the spot", count(c.rectifiedOnSpot), count(p.rectifiedOnSpot));
    line(out, "限期整改完成 rectified by deadline", count(c.rectifiedWithDeadline), count(p.rectifiedWithDeadline));
    line(out, "逾期未改 overdue", count(c.overdue), count(p.overdue));
    line(out, "延期 extended", count(c.extended), count(p.extended));
    line(out, "重大隐患 major hazards", count(c.majorHazards), count(p.majorHazards));
    line(out, "重大隐患已整改 major rectified", count(c.majorRectified), count(p.majorRectified));
    line(out, "挂牌督办 省/市/县/镇 listed",
         std::to_string(c.majorListedProvince) + "/" + std::to_string(c.majorListedCity) + "/" +
             std::to_string(c.majorListedCounty) + "/" + std::to_string(c.majorListedTown),
         std::to_string(p.majorListedProvince) + "/" + std::to_string(p.majorListedCity) + "/" +
             std::to_string(p.majorListedCounty) + "/" + std::to_string(p.majorListedTown));
    line(out, "平均整改天数 average days to rectify", days(c.averageRectificationDays),
         days(p.averageRectificationDays));
    line(out, "复查 re-inspections (passed)", count(c.verifications) + " (" + count(c.verificationsPassed) + ")",
         count(p.verifications) + " (" + count(p.verificationsPassed) + ")");
    line(out, "复查合格率 re-inspection pass rate", percent(c.verificationPassRate), percent(p.verificationPassRate),
         pointsChange(c.verificationPassRate, p.verificationPassRate));
    line(out, "安全检查 inspections", count(c.inspections), count(p.inspections));
    line(out, "检查人次 inspector person-times", count(c.inspectorPersonTimes), count(p.inspectorPersonTimes));
    line(out, "检查覆盖 units inspected", count(c.unitsInspected) + "/" + count(c.unitsToInspect),
         count(p.unitsInspected) + "/" + count(p.unitsToInspect));
    line(out, "检查覆盖率 inspection coverage", percent(c.inspectionCoverage), percent(p.inspectionCoverage));
    line(out, "签订责任书 agreements signed", count(c.agreementsSigned), count(p.agreementsSigned));
    line(out, "责任书覆盖 units covered", count(c.agreementsCovered) + "/" + count(c.agreementsNeeded),
         count(p.agreementsCovered) + "/" + count(p.agreementsNeeded));
    line(out, "生产安全事故 accidents", count(c.accidents), count(p.accidents),
         percentChange(c.accidents, p.accidents));
    for (const auto& e : enumEntries<AccidentType>()) {
        const int64_t now = c.accidentsByType.at(e.code), before = p.accidentsByType.at(e.code);
        if (now != 0 || before != 0) {
            line(out, std::string("  ") + e.zh + " " + e.en, count(now), count(before));
        }
    }
    line(out, "死亡 deaths", count(c.deaths), count(p.deaths), percentChange(c.deaths, p.deaths));
    line(out, "受伤 injuries", count(c.injuries), count(p.injuries));
    line(out, "直接经济损失 direct loss (元 yuan)", yuan(c.directLossFen), yuan(p.directLossFen));
    line(out, "行政处罚 penalties", count(c.penalties), count(p.penalties));
    line(out, "罚款 fines (元 yuan)", yuan(c.penaltyAmountFen), yuan(p.penaltyAmountFen));
    for (const auto kind : {ActivityKind::Training, ActivityKind::Drill}) {
        const char* code = toCode(kind);
        line(out, std::string(toChinese(kind)) + " " + toEnglish(kind),
             count(c.activitiesByKind.at(code)) + " (" + count(c.participantsByActivityKind.at(code)) + " 人次)",
             count(p.activitiesByKind.at(code)) + " (" + count(p.participantsByActivityKind.at(code)) + " 人次)");
    }
}

void printUninspected(std::ostream& out, const UninspectedPage& page, const Period& period, const Date& asOf)
{
    out << "未检查单位 units not inspected " << period.from.toString() << " – " << period.to.toString()
        << " (截至 as of " << asOf.toString() << "): " << page.total << "\n";
    if (page.rows.empty()) {
        return;
    }
    out << pad("风险 risk", 12) << pad("单位 unit", 36) << pad("所属 belongs to", 24) << "上次检查 last inspected\n";
    for (const UninspectedRow& r : page.rows) {
        const auto colour = enumFromText<RiskColour>(r.riskColour);
        const std::string risk = colour && *colour != RiskColour::None
                                     ? std::string(toChinese(*colour)) + " " + r.riskColour
                                     : std::string("—");
        const std::string last = r.lastInspected
                                     ? r.lastInspected->toString() + " (" +
                                           std::to_string(asOf.dayNumber() - r.lastInspected->dayNumber()) + " 天 days)"
                                     : std::string("从未 never");
        out << pad(risk, 12) << pad(r.name, 36) << pad(r.parentName, 24) << last << "\n";
    }
    if (static_cast<int64_t>(page.rows.size()) < page.total) {
        out << "… " << page.total - static_cast<int64_t>(page.rows.size()) << " more (--limit N lists more)\n";
    }
}

} // namespace safeledger::cli
