// Special campaigns (专项行动) from the command line: record one, list a period's with figures.
#include "Commands.h"
#include "StatsPrinter.h"
#include "safeledger/core/Campaign.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/Database.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Statistics.h"

#include <iostream>

namespace safeledger::cli {

namespace {

std::vector<std::string> split(const std::string& text, char by)
{
    std::vector<std::string> parts;
    size_t start = 0;
    while (start <= text.size()) {
        const size_t end = std::min(text.find(by, start), text.size());
        parts.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

// "动员部署:2026-05-01:2026-05-10,排查整治:2026-05-11:2026-06-20"
std::vector<CampaignPhase> phasesOption(const Args& args)
{
    std::vector<CampaignPhase> phases;
    if (!args.has("--phases")) {
        return phases;
    }
    for (const std::string& item : split(args.get("--phases"), ',')) {
        const auto parts = split(item, ':');
        const auto from = parts.size() == 3 ? Date::parse(parts[1]) : std::nullopt;
        const auto to = parts.size() == 3 ? Date::parse(parts[2]) : std::nullopt;
        if (!from || !to) {
            throw UsageError{"--phases takes NAME:FROM:TO separated by commas, e.g. "
                             "动员部署:2026-05-01:2026-05-10; \"" +
                             item + "\" is not one"};
        }
        phases.push_back({parts[0], *from, *to});
    }
    return phases;
}

nlohmann::json rowJson(const CampaignRow& r)
{
    const Campaign& c = r.campaign;
    nlohmann::json phases = nlohmann::json::array();
    for (const auto& p : c.phases) {
        phases.push_back({{"name", p.name}, {"starts_on", p.startsOn.toString()}, {"ends_on", p.endsOn.toString()}});
    }
    return {{"uuid", c.uuid},
            {"name", c.name},
            {"document", c.document},
            {"lead", r.leadName},
            {"starts_on", c.startsOn.toString()},
            {"ends_on", c.endsOn.toString()},
            {"phases", phases},
            {"sectors", c.sectors},
            {"counted", r.counted
                            ? nlohmann::json{{"from", r.counted->from.toString()}, {"to", r.counted->to.toString()}}
                            : nlohmann::json(nullptr)},
            {"inspections", r.inspections},
            {"inspector_person_times", r.inspectorPersonTimes},
            {"units_inspected", r.unitsInspected},
            {"hazards_found", r.hazardsFound},
            {"hazards_rectified", r.hazardsRectified},
            {"rectification_rate", rateJson(r.rectificationRate)},
            {"major_hazards", r.majorHazards},
            {"documents", r.documents},
            {"units_suspended", r.unitsSuspended}};
}

} // namespace

int runCampaignAdd(const Args& args)
{
    databasePath(args); // a missing file is the first usage error
    Campaign c;
    c.name = requiredOption(args, "--name", "TEXT (the campaign's name, as inspections carry it)");
    requiredOption(args, "--lead", "UNIT (the unit that leads it: UUID, credit code or exact name)");
    const auto from = dateOption(args, "--from");
    const auto to = dateOption(args, "--to");
    if (!from || !to) {
        throw UsageError{"campaign-add needs --from DATE and --to DATE, the campaign's first and last day"};
    }
    c.startsOn = *from;
    c.endsOn = *to;
    c.document = args.get("--document");
    c.note = args.get("--note");
    c.phases = phasesOption(args);
    if (args.has("--sectors")) {
        c.sectors = split(args.get("--sectors"), ',');
    }
    auto db = openDatabase(args, false);
    Args lead = args;
    lead.options["--org"] = args.get("--lead");
    c.leadOrgId = resolveScope(*db, lead);
    RecordService(*db).add(c);
    std::cout << "recorded campaign " << c.uuid << " (" << c.name << ", " << c.startsOn.toString() << " to "
              << c.endsOn.toString() << ", led by " << OrgService(*db).get(c.leadOrgId).name << ")\n";
    return 0;
}

int runCampaigns(const Args& args)
{
    databasePath(args);
    const Period period = periodOption(args, "campaigns");
    auto db = openDatabase(args, true);
    const int64_t scope = resolveScope(*db, args);
    const Date asOf = std::min(db->today(), period.to);
    const auto rows = Statistics(*db).campaigns(scope, period, asOf);
    if (args.has("--json")) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& r : rows) {
            list.push_back(rowJson(r));
        }
        nlohmann::json j{{"period", {{"from", period.from.toString()}, {"to", period.to.toString()}}},
                         {"as_of", asOf.toString()},
                         {"campaigns", list}};
        std::cout << j.dump(2) << "\n";
        return 0;
    }
    std::cout << rows.size() << " campaign(s) from " << period.from.toString() << " to " << period.to.toString()
              << ", as of " << asOf.toString() << "\n";
    for (const auto& r : rows) {
        const Campaign& c = r.campaign;
        std::cout << "\n" << c.name << "  " << c.startsOn.toString() << " – " << c.endsOn.toString();
        if (!c.document.empty()) {
            std::cout << "  " << c.document;
        }
        std::cout << "\n  led by " << r.leadName << "\n";
        for (const auto& p : c.phases) {
            std::cout << "  phase " << p.name << ": " << p.startsOn.toString() << " – " << p.endsOn.toString() << "\n";
        }
        if (!r.counted) {
            std::cout << "  not begun by " << asOf.toString() << "\n";
            continue;
        }
        std::cout << "  inspections " << r.inspections << " (" << r.inspectorPersonTimes << " person-times, "
                  << r.unitsInspected << " units); hazards found " << r.hazardsFound << ", rectified "
                  << r.hazardsRectified << " (" << percent(r.rectificationRate) << "), major " << r.majorHazards
                  << "; documents " << r.documents << "; units suspended " << r.unitsSuspended << "\n";
    }
    return 0;
}

} // namespace safeledger::cli
