// safeledger-cli extend, decide, extensions, escalation: extension requests (延期申请) and the
// escalation rules (逾期升级督办) from the command line.
#include "Commands.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/CalendarStore.h"
#include "safeledger/storage/Database.h"
#include "safeledger/storage/ExtensionService.h"
#include "safeledger/storage/HazardService.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/Repository.h"

#include <iostream>

namespace safeledger::cli {

namespace {

template <class T>
T byUuid(Database& db, const std::string& uuid, MessageId notFound)
{
    if (auto found = Repository<T>(db).findByUuid(uuid)) {
        return *found;
    }
    throw Error(Error::Kind::NotFound, notFound, std::vector<std::string>{uuid, db.path()});
}

void print(Database& db, const ExtensionRequest& r)
{
    const Hazard h = HazardService(db).get(r.hazardId);
    std::cout << r.uuid << "  " << toCode(r.decision) << "  requested " << r.requestedOn.toString() << " by "
              << r.requestedBy << ": " << r.previousDeadline.toString() << " → " << r.requestedDeadline.toString()
              << "  " << OrgService(db).get(h.orgId).name << "  " << h.description.substr(0, 90) << "\n"
              << "    reason: " << r.reason << "\n";
    if (r.decidedOn) {
        std::cout << "    " << toCode(r.decision) << " on " << r.decidedOn->toString() << " by " << r.decidedBy
                  << (r.decisionNote.empty() ? std::string() : ": " + r.decisionNote) << "\n";
    }
}

} // namespace

int runExtend(const Args& args)
{
    databasePath(args); // a missing file is the first usage error
    const std::string hazardUuid = requiredOption(args, "--hazard", "UUID");
    const std::string to =
        requiredOption(args, "--to", "DATE or a time limit such as \"10个工作日\" (after the deadline)");
    const std::string reason = requiredOption(args, "--reason", "TEXT (why the deadline cannot be met)");
    if (!Date::parse(to) && !parseDeadlineTerm(to)) {
        throw UsageError{"--to must be a date such as 2026-03-31 or a time limit such as \"10个工作日\", not \"" + to +
                         "\""};
    }
    auto db = openDatabase(args, false);
    const Hazard h = byUuid<Hazard>(*db, hazardUuid, MessageId::CliNoHazard);
    ExtensionRequest r;
    r.reason = reason;
    r.requestedOn = dateOption(args, "--on").value_or(db->today());
    // A time limit counts from the deadline in force: "延期10个工作日".
    r.requestedDeadline = resolveDeadline(to, h.deadline.value_or(h.foundOn), CalendarStore(*db).calendar(), "--to");
    r = ExtensionService(*db).request(h.id, r);
    std::cout << "requested extension " << r.uuid << " of hazard " << h.uuid << ": " << r.previousDeadline.toString()
              << " → " << r.requestedDeadline.toString() << " (pending)\n";
    return 0;
}

int runDecide(const Args& args)
{
    databasePath(args); // a missing file is the first usage error
    const std::string uuid = requiredOption(args, "--request", "UUID (of the extension request)");
    const bool approve = args.has("--approve");
    if (approve == args.has("--refuse")) {
        throw UsageError{"decide needs either --approve or --refuse"};
    }
    auto db = openDatabase(args, false);
    const auto r0 = Repository<ExtensionRequest>(*db).findByUuid(uuid);
    if (!r0) {
        throw Error(Error::Kind::NotFound, MessageId::NoRecordWithUuid, std::vector<std::string>{uuid, db->path()});
    }
    const auto r = ExtensionService(*db).decide(r0->id, approve, dateOption(args, "--on").value_or(db->today()),
                                                args.get("--note"));
    std::cout << (approve ? "approved" : "refused") << " extension " << r.uuid << " on " << r.decidedOn->toString();
    if (approve) {
        std::cout << ": the deadline is now " << r.requestedDeadline.toString();
    }
    std::cout << "\n";
    return 0;
}

int runExtensions(const Args& args)
{
    databasePath(args); // a missing file is the first usage error
    auto db = openDatabase(args, true);
    ExtensionService ext(*db);
    if (args.has("--hazard")) {
        const Hazard h = byUuid<Hazard>(*db, args.get("--hazard"), MessageId::CliNoHazard);
        const auto all = ext.forHazard(h.id);
        std::cout << all.size() << " extension request(s) of hazard " << h.uuid << "\n";
        for (const auto& r : all) {
            print(*db, r);
        }
        return 0;
    }
    const int64_t scope = resolveScope(*db, args);
    const int64_t count = ext.pendingCount(scope);
    std::cout << count << " extension request(s) awaiting a decision\n";
    constexpr int kShown = 50;
    for (const auto& r : ext.pending(scope, kShown)) {
        print(*db, r);
    }
    if (count > kShown) {
        std::cout << "… and " << (count - kShown) << " more\n";
    }
    return 0;
}

int runEscalation(const Args& args)
{
    databasePath(args); // a missing file is the first usage error
    const bool change = args.has("--general-days") || args.has("--major");
    auto db = openDatabase(args, !change);
    ExtensionService ext(*db);
    EscalationRules rules = ext.escalationRules();
    if (args.has("--general-days")) {
        rules.generalOverdueDays = static_cast<int>(args.integer("--general-days", 30, 0, 365));
    }
    if (args.has("--major")) {
        const std::string v = args.get("--major");
        if (v != "on" && v != "off") {
            throw UsageError{"--major must be on or off, not \"" + v + "\""};
        }
        rules.majorRaisesSupervision = v == "on";
    }
    if (change) {
        ext.setEscalationRules(rules);
    }
    if (rules.generalOverdueDays > 0) {
        std::cout << "a general hazard overdue more than " << rules.generalOverdueDays
                  << " days is escalated to its unit's parent unit\n";
    } else {
        std::cout << "general hazards are not escalated\n";
    }
    std::cout << (rules.majorRaisesSupervision ? "an overdue major hazard is raised one listed-supervision level\n"
                                               : "major hazards are not raised when overdue\n");
    return 0;
}

} // namespace safeledger::cli
