// Single records from the command line: register a hazard that no inspection found, void any
// record, show any record.
#include "Commands.h"
#include "safeledger/core/Error.h"
#include "safeledger/core/Hazard.h"
#include "safeledger/core/WorkingCalendar.h"
#include "safeledger/storage/CalendarStore.h"
#include "safeledger/storage/Database.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/RecordService.h"

#include <iostream>

namespace safeledger::cli {

namespace {

// The option as a value of E, by code or by its Chinese or English name; a usage error lists the
// codes otherwise.
template <class E>
E enumOption(const Args& args, const std::string& name, E fallback)
{
    if (!args.has(name)) {
        return fallback;
    }
    const auto e = enumFromText<E>(args.get(name));
    if (!e) {
        std::string codes;
        for (const auto& entry : enumEntries<E>()) {
            codes += (codes.empty() ? "" : ", ") + std::string(entry.code);
        }
        throw UsageError{name + " must be one of " + codes + ", not \"" + args.get(name) + "\""};
    }
    return *e;
}

HazardSource sourceOption(const Args& args)
{
    const std::string text = args.get("--source");
    if (text == "report") {
        return HazardSource::PublicReport;
    }
    if (text == "photo") {
        return HazardSource::Snapshot;
    }
    const auto e = enumFromText<HazardSource>(text);
    if (e && *e != HazardSource::Inspection) {
        return *e;
    }
    throw UsageError{"--source must be report, photo, self_check, supervision or other, not \"" + text +
                     "\" (a hazard an inspection found is saved with its inspection)"};
}

} // namespace

int runHazardAdd(const Args& args)
{
    databasePath(args); // a missing file is the first usage error
    requiredOption(args, "--org", "UNIT (its UUID, credit code or exact name)");
    Hazard h;
    h.source = sourceOption(args);
    h.description = requiredOption(args, "--description", "TEXT");
    const auto found = dateOption(args, "--found");
    if (!found) {
        throw UsageError{"hazard-add needs --found DATE, the day the hazard was reported or found"};
    }
    h.foundOn = *found;
    h.location = args.get("--location");
    h.category = enumOption(args, "--category", HazardCategory::Other);
    h.grade = enumOption(args, "--grade", HazardGrade::General);
    // A date, or a time limit counted from the found date: "10个工作日" on the working calendar.
    const std::string deadlineText = args.get("--deadline");
    if (args.has("--deadline") && !Date::parse(deadlineText) && !parseDeadlineTerm(deadlineText)) {
        throw UsageError{"--deadline must be a date such as 2026-03-31 or a time limit such as \"10个工作日\" or "
                         "\"7天\", not \"" +
                         deadlineText + "\""};
    }
    h.mode =
        enumOption(args, "--mode", args.has("--deadline") ? RectificationMode::Deadline : RectificationMode::OnSpot);
    if (h.mode != RectificationMode::OnSpot && !args.has("--deadline")) {
        throw UsageError{"give --deadline DATE for a hazard to be rectified within a time limit"};
    }
    h.measures = args.get("--measures");
    h.responsible = args.get("--responsible");
    h.reportedBy = args.get("--reported-by");
    auto db = openDatabase(args, false);
    h.orgId = resolveScope(*db, args);
    const WorkingCalendar calendar = CalendarStore(*db).calendar();
    if (args.has("--deadline")) {
        h.deadline = resolveDeadline(deadlineText, h.foundOn, calendar);
    }
    HazardService(*db).registerHazard(h);
    std::cout << "registered hazard " << h.uuid << " (" << OrgService(*db).get(h.orgId).name << ", " << toCode(h.source)
              << ", found " << h.foundOn.toString();
    if (h.deadline && h.mode != RectificationMode::OnSpot) {
        std::cout << ", deadline " << h.deadline->toString();
        if (!calendar.isWorkingDay(*h.deadline)) {
            const CalendarDay* day = calendar.special(*h.deadline);
            std::cout << ", not a working day: " << (day ? day->name : std::string("weekend"));
        }
    }
    std::cout << ")\n";
    return 0;
}

int runVoid(const Args& args)
{
    databasePath(args); // a missing file is the first usage error
    const std::string uuid = requiredOption(args, "--uuid", "UUID");
    const std::string reason = requiredOption(args, "--reason", "TEXT (why the record is voided)");
    auto db = openDatabase(args, false);
    const std::string table = RecordService(*db).voidByUuid(uuid, reason);
    std::cout << "voided " << table << " " << uuid
              << (table == "verification" ? " (withdrawn: its hazard awaits verification again)" : "") << "\n";
    return 0;
}

int runShow(const Args& args)
{
    databasePath(args); // a missing file is the first usage error
    const std::string uuid = requiredOption(args, "--uuid", "UUID");
    auto db = openDatabase(args, true);
    const auto found = RecordService(*db).findByUuid(uuid);
    if (!found) {
        throw Error(Error::Kind::NotFound, MessageId::NoRecordWithUuid, {uuid, db->path()});
    }
    if (args.has("--json")) {
        nlohmann::json j = found->record;
        j["id"] = found->id;
        std::cout << nlohmann::json{{"table", found->table}, {"record", j}}.dump(2) << "\n";
        return 0;
    }
    std::cout << found->table << " " << uuid << " (id " << found->id << ")\n";
    for (const auto& [key, value] : found->record.items()) {
        std::cout << "  " << key << ": " << (value.is_string() ? value.get<std::string>() : value.dump()) << "\n";
    }
    return 0;
}

} // namespace safeledger::cli
