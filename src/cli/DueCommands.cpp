// safeledger-cli due and calendar: what falls due, and the working calendar deadlines count on.
#include "Commands.h"
#include "safeledger/core/Error.h"
#include "safeledger/exchange/DueCalendar.h"
#include "safeledger/storage/CalendarStore.h"
#include "safeledger/storage/Database.h"
#include "safeledger/storage/DueList.h"
#include "safeledger/storage/OrgService.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

namespace safeledger::cli {

namespace {

const char* reasonCode(DueReason r)
{
    switch (r) {
    case DueReason::Overdue:
        return "overdue";
    case DueReason::DueSoon:
        return "due";
    case DueReason::AwaitingVerification:
        return "awaiting_verification";
    }
    return "";
}

nlohmann::json itemJson(const DueItem& item)
{
    const HazardRow& h = item.hazard;
    nlohmann::json j = {{"reason", reasonCode(item.reason)},
                        {"uuid", h.uuid},
                        {"unit", h.unitName},
                        {"found_on", h.foundOn.toString()},
                        {"deadline", h.deadline ? nlohmann::json(h.deadline->toString()) : nlohmann::json(nullptr)},
                        {"working_days_left", item.workingDaysLeft},
                        {"status", toCode(h.status)},
                        {"grade", toCode(h.grade)},
                        {"location", h.location},
                        {"description", h.excerpt}};
    if (item.reason == DueReason::Overdue) {
        j["days_overdue"] = item.daysOverdue;
    }
    if (item.deadlineOnDayOff) {
        j["deadline_not_working_day"] = item.deadlineDayName.empty() ? std::string("weekend") : item.deadlineDayName;
    }
    if (item.escalation) {
        const Escalation& e = *item.escalation;
        j["escalation"] = {{"on", e.on.toString()},
                           {"rule", e.rule == EscalationRule::GeneralOverdue ? "general_overdue" : "major_overdue"},
                           {"missed_deadline", e.missed.toString()}};
        if (e.rule == EscalationRule::GeneralOverdue) {
            j["escalation"]["to_unit"] = item.escalatedTo;
        } else {
            j["escalation"]["supervision"] = toCode(e.raisedTo);
        }
    }
    return j;
}

// "逾期 3 个工作日" / "今天到期" / "还有 2 个工作日" beside its English.
std::string whenText(const DueItem& item)
{
    if (item.reason == DueReason::AwaitingVerification && !item.hazard.deadline) {
        return "";
    }
    const long n = item.workingDaysLeft;
    if (item.hazard.deadline && item.reason == DueReason::Overdue) {
        std::string text = "overdue " + std::to_string(item.daysOverdue) + " day(s)";
        if (item.escalation) {
            text +=
                item.escalation->rule == EscalationRule::GeneralOverdue
                    ? ", escalated to " + (item.escalatedTo.empty() ? std::string("the parent unit") : item.escalatedTo)
                    : std::string(", raised to ") + toEnglish(item.escalation->raisedTo) + " listed supervision";
            text += " on " + item.escalation->on.toString();
        }
        return text;
    }
    if (n == 0) {
        return "due today";
    }
    return "due in " + std::to_string(n) + " working day(s)";
}

} // namespace

int runDue(const Args& args)
{
    databasePath(args); // a missing file is the first usage error
    if (args.has("--json") && args.has("--ics")) {
        throw UsageError{"give either --json or --ics FILE, not both"};
    }
    // The calendar file reaches a year ahead unless told otherwise; the list a working week.
    const int within = static_cast<int>(args.integer("--within", args.has("--ics") ? 250 : 5, 0, 500));
    const int limit = static_cast<int>(args.integer("--limit", args.has("--ics") ? 100000 : 1000, 1, 1000000));
    auto db = openDatabase(args, true);
    DueFilter filter;
    if (const int64_t scope = resolveScope(*db, args); scope != 0) {
        filter.orgId = scope;
    }
    filter.asOf = dateOption(args, "--as-of").value_or(db->today());
    filter.withinWorkingDays = within;
    DueList list(*db, filter, CalendarStore(*db).calendar());
    std::vector<DueItem> items = list.due(limit);
    const std::vector<DueItem> verify = list.awaitingVerification(limit);
    const DueList::Counts counts = list.counts();
    const std::string scopeName = filter.orgId ? OrgService(*db).get(*filter.orgId).name : std::string();
    const std::vector<int> uncovered = list.yearsWithoutCalendar();

    if (args.has("--ics")) {
        const std::string path = args.get("--ics");
        std::ostringstream text;
        writeDueCalendar(text, items, db->now(), "安全隐患整改时限" + (scopeName.empty() ? "" : " · " + scopeName));
        // Written beside and renamed over, so that a calendar program reading the file meanwhile
        // sees the old one or the new one, never half of one.
        const std::string part = path + ".part";
        std::ofstream out(part, std::ios::binary | std::ios::trunc);
        out << text.str();
        out.close();
        if (!out || std::rename(part.c_str(), path.c_str()) != 0) {
            std::remove(part.c_str());
            throw Error(Error::Kind::Storage, MessageId::FileCannotWriteHere, std::vector<std::string>{path});
        }
        std::cout << "wrote " << items.size() << " deadline(s) to " << path << " (to " << list.horizon().toString()
                  << ")\n";
        return 0;
    }
    if (args.has("--json")) {
        nlohmann::json j = {{"as_of", filter.asOf.toString()},
                            {"within_working_days", within},
                            {"horizon", list.horizon().toString()},
                            {"unit", scopeName},
                            {"counts",
                             {{"overdue", counts.overdue},
                              {"due_today", counts.dueToday},
                              {"due_this_week", counts.dueThisWeek},
                              {"due_within", counts.dueSoon},
                              {"awaiting_verification", counts.awaitingVerification}}},
                            {"calendar_missing_years", uncovered},
                            {"items", nlohmann::json::array()}};
        for (const auto& item : items) {
            j["items"].push_back(itemJson(item));
        }
        for (const auto& item : verify) {
            j["items"].push_back(itemJson(item));
        }
        j["truncated"] = static_cast<int64_t>(items.size()) < counts.overdue + counts.dueSoon;
        std::cout << j.dump(2) << "\n";
        return 0;
    }
    std::cout << "as of " << filter.asOf.toString() << (scopeName.empty() ? "" : ", " + scopeName) << ": "
              << counts.overdue << " overdue, " << counts.dueToday << " due today, " << counts.dueThisWeek
              << " due this week, " << counts.dueSoon << " due within " << within << " working day(s) (to "
              << list.horizon().toString() << "), " << counts.awaitingVerification << " awaiting verification\n";
    for (const auto& y : uncovered) {
        std::cout << "note: no holiday calendar for " << y << "; Monday to Friday assumed (see `calendar`)\n";
    }
    const auto print = [](const DueItem& item) {
        const HazardRow& h = item.hazard;
        std::cout << "  " << (h.deadline ? h.deadline->toString() : std::string("          ")) << "  "
                  << reasonCode(item.reason) << "  " << whenText(item) << "  " << h.unitName << "  " << h.excerpt;
        if (item.deadlineOnDayOff) {
            std::cout << "  [deadline on a day off: "
                      << (item.deadlineDayName.empty() ? std::string("weekend") : item.deadlineDayName) << "]";
        }
        std::cout << "  " << h.uuid << "\n";
    };
    // A person reads the first screenful; --json gives the rest.
    constexpr size_t kShown = 50;
    for (size_t i = 0; i < items.size() && i < kShown; ++i) {
        print(items[i]);
    }
    if (items.size() > kShown) {
        std::cout << "  … and " << (counts.overdue + counts.dueSoon - static_cast<int64_t>(kShown))
                  << " more (--json lists them)\n";
    }
    for (size_t i = 0; i < verify.size() && i < kShown; ++i) {
        print(verify[i]);
    }
    return 0;
}

int runCalendar(const Args& args)
{
    databasePath(args); // a missing file is the first usage error
    const bool changes =
        args.has("--import") || args.has("--day") || args.has("--remove-day") || args.has("--remove-year");
    if ((args.has("--name") || args.has("--working")) && !args.has("--day")) {
        throw UsageError{"--name and --working go with --day DATE"};
    }
    auto db = openDatabase(args, !changes);
    CalendarStore store(*db);
    if (args.has("--import")) {
        const std::string path = args.get("--import");
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            throw Error(Error::Kind::NotFound, MessageId::FileCannotOpen, std::vector<std::string>{path});
        }
        std::ostringstream text;
        text << in.rdbuf();
        const CalendarYear y = store.importYear(text.str());
        std::cout << "imported " << y.year << " (" << y.days.size() << " days) following " << y.source << "\n";
    }
    if (args.has("--remove-year")) {
        const int year = static_cast<int>(args.integer("--remove-year", 0, 1900, 2999));
        std::cout << (store.removeImportedYear(year) ? "removed the imported calendar of " : "nothing imported for ")
                  << year << "\n";
    }
    if (args.has("--day")) {
        const auto day = dateOption(args, "--day");
        if (!args.has("--name")) {
            throw UsageError{"--day needs --name TEXT: why the day is off (or worked, with --working)"};
        }
        store.setLocalDay(CalendarDay{*day, args.has("--working"), args.get("--name")});
        std::cout << "set " << day->toString() << " as a local " << (args.has("--working") ? "working day" : "day off")
                  << "\n";
    }
    if (args.has("--remove-day")) {
        const auto day = dateOption(args, "--remove-day");
        std::cout << (store.removeLocalDay(*day) ? "removed the local day " : "no local day on ") << day->toString()
                  << "\n";
    }
    if (changes) {
        return 0;
    }
    const WorkingCalendar c = store.calendar();
    if (args.has("--year")) {
        const int year = static_cast<int>(args.integer("--year", 0, 1900, 2999));
        if (!c.covers(year)) {
            std::cout << "# no holiday calendar for " << year << ": Monday to Friday are working days\n";
        } else {
            std::cout << formatCalendarYear(CalendarYear{year, c.source(year), c.noticeDays(year)});
        }
        for (const auto& [date, day] : c.localDays()) {
            if (date.year() == year) {
                std::cout << "# local: " << (day.working ? "workday " : "holiday ") << date.toString() << " "
                          << day.name << "\n";
            }
        }
        return 0;
    }
    std::vector<int> imported;
    for (const auto& y : store.importedYears()) {
        imported.push_back(y.year);
    }
    for (const int y : c.years()) {
        const bool own = std::find(imported.begin(), imported.end(), y) != imported.end();
        std::cout << y << "  " << (own ? "imported" : "shipped ") << "  "
                  << c.workingDaysBetween(Date::fromParts(y - 1, 12, 31), Date::fromParts(y, 12, 31))
                  << " working days  " << c.source(y) << "\n";
    }
    std::cout << "other years: Monday to Friday (import a year's notice with --import FILE)\n";
    if (!c.localDays().empty()) {
        std::cout << "local days:\n";
        for (const auto& [date, day] : c.localDays()) {
            std::cout << "  " << date.toString() << "  " << (day.working ? "worked " : "day off") << "  " << day.name
                      << "\n";
        }
    }
    return 0;
}

} // namespace safeledger::cli
