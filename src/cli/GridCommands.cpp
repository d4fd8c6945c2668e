// Grids (网格) from the command line: record one, move units into it, name its officers, and list
// a period's grids with their figures.
#include "Commands.h"
#include "StatsPrinter.h"
#include "safeledger/core/Error.h"
#include "safeledger/core/Grid.h"
#include "safeledger/storage/ArchiveQueries.h"
#include "safeledger/storage/Database.h"
#include "safeledger/storage/OrgService.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Statistics.h"

#include <iostream>

namespace safeledger::cli {

namespace {

Date requiredDate(const Args& args, const char* option, const char* command)
{
    const auto day = dateOption(args, option);
    if (!day) {
        throw UsageError{std::string(command) + " needs " + option + " DATE (YYYY-MM-DD)"};
    }
    return *day;
}

nlohmann::json rowJson(const GridRow& r)
{
    return {{"uuid", r.grid.uuid},
            {"name", r.grid.name},
            {"owner", r.ownerName},
            {"officers", r.officers},
            {"units", r.units},
            {"units_inspected", r.unitsInspected},
            {"coverage", rateJson(r.coverage)},
            {"inspections", r.inspections},
            {"hazards_found", r.hazardsFound},
            {"hazards_rectified", r.hazardsRectified},
            {"rectification_rate", rateJson(r.rectificationRate)}};
}

int64_t unitOption(Database& db, const Args& args, const char* option)
{
    Args unit = args;
    unit.options["--org"] = args.get(option);
    return resolveScope(db, unit);
}

} // namespace

Grid findGrid(Database& db, const std::string& key)
{
    const auto found = ArchiveQueries(db).gridsByKey(key);
    if (found.empty()) {
        throw UsageError{"no grid \"" + key + "\": give its UUID or its exact name (safeledger-cli grids lists them)"};
    }
    if (found.size() > 1) {
        throw UsageError{std::to_string(found.size()) + " grids are named \"" + key + "\"; give the UUID of one"};
    }
    return found.front();
}

Person findPerson(Database& db, const std::string& key)
{
    const auto found = ArchiveQueries(db).personsByKey(key);
    if (found.empty()) {
        throw UsageError{"no person \"" + key + "\": give the UUID or the exact name of a person on the ledger"};
    }
    if (found.size() > 1) {
        throw UsageError{std::to_string(found.size()) + " persons are named \"" + key + "\"; give the UUID of one"};
    }
    return found.front();
}

int runGridAdd(const Args& args)
{
    databasePath(args);
    Grid g;
    g.name = requiredOption(args, "--name", "TEXT (the grid's name)");
    requiredOption(args, "--org", "UNIT (the unit the grid belongs to: UUID, credit code or exact name)");
    g.note = args.get("--note");
    auto db = openDatabase(args, false);
    g.orgId = resolveScope(*db, args);
    RecordService(*db).add(g);
    std::cout << "recorded grid " << g.uuid << " (" << g.name << ", of " << OrgService(*db).get(g.orgId).name << ")\n";
    return 0;
}

int runGridAssign(const Args& args)
{
    databasePath(args);
    const std::string gridKey = requiredOption(args, "--grid", "GRID (UUID or exact name)");
    requiredOption(args, "--unit", "UNIT (UUID, credit code or exact name)");
    const Date from = requiredDate(args, "--from", "grid-assign");
    auto db = openDatabase(args, false);
    const Grid grid = findGrid(*db, gridKey);
    const int64_t unit = unitOption(*db, args, "--unit");
    const GridMember m = RecordService(*db).moveToGrid(unit, grid.id, from);
    std::cout << OrgService(*db).get(unit).name << " is in grid " << grid.name << " from " << from.toString() << " ("
              << m.uuid << ")\n";
    return 0;
}

int runGridOfficer(const Args& args)
{
    databasePath(args);
    const std::string gridKey = requiredOption(args, "--grid", "GRID (UUID or exact name)");
    const std::string personKey = requiredOption(args, "--person", "PERSON (UUID or exact name)");
    GridMember m;
    m.startsOn = requiredDate(args, "--from", "grid-officer");
    m.endsOn = dateOption(args, "--to");
    auto db = openDatabase(args, false);
    const Grid grid = findGrid(*db, gridKey);
    const Person person = findPerson(*db, personKey);
    m.gridId = grid.id;
    m.personId = person.id;
    RecordService(*db).add(m);
    std::cout << person.name << " serves in grid " << grid.name << " from " << m.startsOn.toString() << " (" << m.uuid
              << ")\n";
    return 0;
}

int runGrids(const Args& args)
{
    databasePath(args);
    const Period period = periodOption(args, "grids");
    auto db = openDatabase(args, true);
    const int64_t scope = resolveScope(*db, args);
    const Date asOf = std::min(db->today(), period.to);
    const GridFigures figures = Statistics(*db).grids(scope, period, asOf);
    if (args.has("--json")) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& r : figures.rows) {
            list.push_back(rowJson(r));
        }
        nlohmann::json officers = nlohmann::json::array();
        for (const auto& o : figures.officers) {
            officers.push_back({{"name", o.name},
                                {"grids", o.grids},
                                {"units", o.units},
                                {"units_inspected", o.unitsInspected},
                                {"coverage", rateJson(o.coverage)},
                                {"inspections", o.inspections},
                                {"hazards_found", o.hazardsFound}});
        }
        nlohmann::json j{{"period", {{"from", period.from.toString()}, {"to", period.to.toString()}}},
                         {"as_of", asOf.toString()},
                         {"day", figures.day.toString()},
                         {"grids", list},
                         {"officers", officers},
                         {"units_outside_grids", figures.unitsOutsideGrids}};
        std::cout << j.dump(2) << "\n";
        return 0;
    }
    std::cout << figures.rows.size() << " grid(s) from " << period.from.toString() << " to " << period.to.toString()
              << ", members as of " << figures.day.toString() << "\n";
    for (const auto& r : figures.rows) {
        std::cout << "\n" << r.grid.name << "  (" << r.ownerName << ")\n  officers: ";
        for (size_t k = 0; k < r.officers.size(); ++k) {
            std::cout << (k ? ", " : "") << r.officers[k];
        }
        std::cout << (r.officers.empty() ? "none\n" : "\n");
        std::cout << "  units " << r.units << ", inspected " << r.unitsInspected << " (" << percent(r.coverage)
                  << "); inspections " << r.inspections << "; hazards found " << r.hazardsFound << ", rectified "
                  << r.hazardsRectified << " (" << percent(r.rectificationRate) << ")\n";
    }
    std::cout << "\nunits to inspect in no grid: " << figures.unitsOutsideGrids << "\n";
    if (!figures.officers.empty()) {
        std::cout << "\nby officer:\n";
    }
    for (const auto& o : figures.officers) {
        std::cout << "  " << o.name << ": units " << o.units << ", inspected " << o.unitsInspected << " ("
                  << percent(o.coverage) << "); inspections " << o.inspections << "; hazards found " << o.hazardsFound
                  << " (" << o.grids.size() << " grid(s))\n";
    }
    return 0;
}

} // namespace safeledger::cli
