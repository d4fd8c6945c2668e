#include "Commands.h"

#include "StatsPrinter.h"
#include "safeledger/core/Error.h"
#include "safeledger/core/Uuid.h"
#include "safeledger/demo/DemoBuilder.h"
#include "safeledger/demo/Generator.h"
#include "safeledger/storage/Accounts.h"
#include "safeledger/storage/Backup.h"
#include "safeledger/storage/Checker.h"
#include "safeledger/storage/Database.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/Statistics.h"

#include <termios.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace safeledger::cli {

namespace {

// A database that a failed build would leave half-filled is removed, so that the user can
// simply run the command again.
template <class Work>
void buildNew(const std::string& path, OpenOptions opts, Work work)
{
    auto db = Database::create(path, std::move(opts));
    try {
        work(*db);
    } catch (...) {
        db.reset();
        std::error_code ec;
        for (const char* suffix : {"", "-wal", "-shm", "-writer"}) {
            std::filesystem::remove(path + suffix, ec);
        }
        throw;
    }
}

} // namespace

const std::string& databasePath(const Args& args)
{
    if (args.positional.empty()) {
        throw UsageError{args.command + " needs the database file: safeledger-cli " + args.command + " DB"};
    }
    return args.positional.front();
}

OpenOptions openOptions(const Args& args, bool readOnly)
{
    OpenOptions o;
    o.operatorName = args.get("--operator", "safeledger-cli");
    o.readOnly = readOnly;
    if (args.has("--user")) {
        const std::string name = args.get("--user");
        o.credentials = Credentials{name, readPassword("SAFELEDGER_PASSWORD", "Password for " + name + ": ", false)};
    }
    return o;
}

std::unique_ptr<Database> openDatabase(const Args& args, bool readOnly, bool readOnlyIfLocked)
{
    OpenOptions o = openOptions(args, readOnly);
    o.readOnlyIfLocked = readOnlyIfLocked;
    auto db = Database::open(databasePath(args), o);
    if (db->keepsAccounts() && !db->account()) {
        throw Error(Error::Kind::Permission, Message(MessageId::CliNeedsUser, {db->path()}));
    }
    return db;
}

std::string readPassword(const char* variable, const std::string& prompt, bool confirm)
{
    if (const char* given = std::getenv(variable)) {
        return given;
    }
    const auto ask = [](const std::string& text) {
        std::FILE* tty = std::fopen("/dev/tty", "r+");
        if (!tty) {
            throw Error(Error::Kind::Login, MessageId::CliNoPassword);
        }
        std::fputs(text.c_str(), tty);
        std::fflush(tty);
        termios saved{};
        const bool echoOff = ::tcgetattr(::fileno(tty), &saved) == 0;
        if (echoOff) {
            termios quiet = saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            ::tcsetattr(::fileno(tty), TCSAFLUSH, &quiet);
        }
        char line[1024];
        const bool read = std::fgets(line, sizeof line, tty) != nullptr;
        if (echoOff) {
            ::tcsetattr(::fileno(tty), TCSAFLUSH, &saved);
        }
        std::fputs("\n", tty);
        std::fclose(tty);
        if (!read) {
            throw Error(Error::Kind::Login, MessageId::CliNoPassword);
        }
        std::string password = line;
        while (!password.empty() && (password.back() == '\n' || password.back() == '\r')) {
            password.pop_back();
        }
        return password;
    };
    std::string password = ask(prompt);
    if (confirm && ask("Again: ") != password) {
        throw Error(Error::Kind::Validation, MessageId::CliPasswordsDiffer);
    }
    return password;
}

std::optional<Date> dateOption(const Args& args, const std::string& name)
{
    if (!args.has(name)) {
        return std::nullopt;
    }
    const auto d = Date::parse(args.get(name));
    if (!d) {
        throw UsageError{name + " must be a date such as 2026-03-31, not \"" + args.get(name) + "\""};
    }
    return d;
}

std::string requiredOption(const Args& args, const std::string& name, const char* what)
{
    if (!args.has(name) || args.get(name).empty()) {
        throw UsageError{args.command + " needs " + name + " " + what};
    }
    return args.get(name);
}

int64_t resolveScope(Database& db, const Args& args)
{
    if (!args.has("--org")) {
        return 0;
    }
    const std::string key = args.get("--org");
    OrgService orgs(db);
    if (UuidGenerator::isValid(key)) {
        if (auto org = orgs.findByUuid(key)) {
            return org->id;
        }
    } else if (auto byCode = orgs.findByCreditCode(key)) {
        return byCode->id;
    } else if (auto byName = orgs.findByName(key); byName.size() == 1) {
        return byName.front().id;
    }
    throw Error(Error::Kind::NotFound, MessageId::CliNoUnit, {key, db.path()});
}

int runInit(const Args& args)
{
    const std::string& path = databasePath(args);
    if (!args.has("--admin")) {
        Database::create(path, openOptions(args, false));
        std::cout << "created " << path << " (schema version " << Database::schemaVersion() << ")\n";
        return 0;
    }
    // The first account, an administrator: the database keeps accounts from its first moment.
    const std::string admin = args.get("--admin");
    const std::string password = readPassword("SAFELEDGER_PASSWORD", "Password for " + admin + ": ", true);
    buildNew(path, openOptions(args, false), [&](Database& db) {
        Accounts(db).createFirstAdministrator(admin, args.get("--display", admin), password);
    });
    std::cout << "created " << path << " (schema version " << Database::schemaVersion() << ") with the administrator "
              << admin << "\n";
    return 0;
}

int runDemo(const Args& args)
{
    const std::string& path = databasePath(args);
    OpenOptions o;
    o.clock = FixedClock::at(demoToday());
    o.operatorName = "演示数据";
    o.uuidSeed = demoSeed();
    buildNew(path, o, [](Database& db) { buildDemo(db); });
    std::cout << "created the demo database " << path << " (its data runs to " << demoToday().toString() << ")\n";
    return 0;
}

int runGenerate(const Args& args)
{
    const std::string& path = databasePath(args);
    GenerateOptions g;
    g.orgs = args.integer("--orgs", g.orgs, 2, 10'000'000);
    g.hazards = args.integer("--hazards", g.hazards, 0, 100'000'000);
    g.years = static_cast<int>(args.integer("--years", g.years, 1, 50));
    g.seed = static_cast<uint64_t>(args.integer("--seed", static_cast<long long>(g.seed), 0, 1LL << 62));
    g.inspections = args.integer("--inspections", g.inspections, -1, 100'000'000);
    OpenOptions o = openOptions(args, false);
    o.uuidSeed = g.seed;
    const auto start = std::chrono::steady_clock::now();
    const bool quiet = args.has("--quiet");
    buildNew(path, o, [&](Database& db) {
        generate(db, g, [&](const std::string& stage, int percent) {
            if (!quiet) {
                std::fprintf(stderr, "\r%-24s %3d%%", stage.c_str(), percent);
            }
        });
    });
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!quiet) {
        std::fprintf(stderr, "\n");
    }
    std::printf("generated %s: %lld units, %lld hazards over %d years in %.1f s\n", path.c_str(),
                static_cast<long long>(g.orgs), static_cast<long long>(g.hazards), g.years, seconds);
    return 0;
}

Period periodOption(const Args& args, const char* command)
{
    if (!args.has("--year")) {
        throw UsageError{std::string(command) + " needs --year YYYY"};
    }
    const int year = static_cast<int>(args.integer("--year", 0, 1990, 2999));
    if (args.has("--quarter") && args.has("--month")) {
        throw UsageError{"give either --quarter or --month, not both"};
    }
    if (args.has("--quarter")) {
        return Period::quarter(year, static_cast<int>(args.integer("--quarter", 1, 1, 4)));
    }
    if (args.has("--month")) {
        return Period::month(year, static_cast<int>(args.integer("--month", 1, 1, 12)));
    }
    return Period::year(year);
}

int runStats(const Args& args)
{
    databasePath(args); // a missing file is the first usage error
    const Period period = periodOption(args, "stats");
    auto db = openDatabase(args, true);
    const int64_t scope = resolveScope(*db, args);
    Statistics stats(*db);
    const FigureSet figures = stats.forPeriod(scope, period);
    if (args.has("--json")) {
        std::cout << toJson(figures).dump(2) << "\n";
    } else {
        printFigures(std::cout, figures);
    }
    return 0;
}

int runUninspected(const Args& args)
{
    databasePath(args);
    const Period period = periodOption(args, "uninspected");
    const int limit = static_cast<int>(args.integer("--limit", 50, 1, 1000000));
    auto db = openDatabase(args, true);
    const int64_t scope = resolveScope(*db, args);
    // As the figures take it: up to today, or to the period's end when it is over.
    const Date asOf = std::min(db->today(), period.to);
    const UninspectedPage page = Statistics(*db).uninspected(scope, period, asOf, limit);
    if (!args.has("--json")) {
        printUninspected(std::cout, page, period, asOf);
        return 0;
    }
    nlohmann::json units = nlohmann::json::array();
    for (const UninspectedRow& r : page.rows) {
        units.push_back({{"uuid", r.uuid},
                         {"name", r.name},
                         {"kind", r.kind},
                         {"risk_colour", r.riskColour},
                         {"belongs_to", r.parentName},
                         {"last_inspected", r.lastInspected ? nlohmann::json(r.lastInspected->toString()) : nullptr}});
    }
    nlohmann::json j{{"period", {{"from", period.from.toString()}, {"to", period.to.toString()}}},
                     {"as_of", asOf.toString()},
                     {"total", page.total},
                     {"units", units}};
    std::cout << j.dump(2) << "\n";
    return 0;
}

int runCheck(const Args& args)
{
    const std::string& path = databasePath(args);
    auto db = openDatabase(args, true);
    // Chain heads saved elsewhere: typed (from a printed report) and those of the backups.
    std::vector<AuditHead> heads;
    if (args.has("--head")) {
        std::string list = args.get("--head");
        for (size_t start = 0; start <= list.size();) {
            const size_t comma = std::min(list.find(',', start), list.size());
            heads.push_back(parseAuditHead(list.substr(start, comma - start)));
            start = comma + 1;
        }
    }
    if (args.has("--backups")) {
        for (const BackupInfo& backup : Backup::list(path, args.get("--backups"))) {
            const AuditHead head = Backup::auditHead(backup.path);
            if (head.id > 0) {
                heads.push_back(head);
            }
        }
    }
    const CheckReport report = checkDatabase(*db, heads);
    for (const auto& p : report.problems) {
        std::cout << "problem: " << p << "\n";
    }
    if (report.ok()) {
        std::cout << path << ": ok (" << report.checksRun << " checks)\n";
        return 0;
    }
    std::cout << path << ": " << report.problems.size() << " problem(s) found\n";
    return 1;
}

} // namespace safeledger::cli
