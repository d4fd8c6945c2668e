#include "Commands.h"

#include "StatsPrinter.h"
#include "safeledger/core/Error.h"
#include "safeledger/core/Uuid.h"
#include "safeledger/demo/DemoBuilder.h"
#include "safeledger/demo/Generator.h"
#include "safeledger/storage/Checker.h"
#include "safeledger/storage/Database.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/Statistics.h"

#include <chrono>
#include <cstdio>
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
    return o;
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
    Database::create(path, openOptions(args, false));
    std::cout << "created " << path << " (schema version " << Database::schemaVersion() << ")\n";
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

int runStats(const Args& args)
{
    const std::string& path = databasePath(args);
    if (!args.has("--year")) {
        throw UsageError{"stats needs --year YYYY"};
    }
    const int year = static_cast<int>(args.integer("--year", 0, 1990, 2999));
    Period period = Period::year(year);
    if (args.has("--quarter") && args.has("--month")) {
        throw UsageError{"give either --quarter or --month, not both"};
    }
    if (args.has("--quarter")) {
        period = Period::quarter(year, static_cast<int>(args.integer("--quarter", 1, 1, 4)));
    } else if (args.has("--month")) {
        period = Period::month(year, static_cast<int>(args.integer("--month", 1, 1, 12)));
    }
    auto db = Database::open(path, openOptions(args, true));
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

int runCheck(const Args& args)
{
    const std::string& path = databasePath(args);
    auto db = Database::open(path, openOptions(args, true));
    const CheckReport report = checkDatabase(*db);
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
