// The exchange commands: JSON packages between databases, conflicts, checklist files, and the
// hazard ledger in .xlsx/.csv.
#include "Commands.h"
#include "safeledger/core/Error.h"
#include "safeledger/core/Uuid.h"
#include "safeledger/exchange/Checklists.h"
#include "safeledger/exchange/LedgerExporter.h"
#include "safeledger/exchange/LedgerImporter.h"
#include "safeledger/exchange/PackageExporter.h"
#include "safeledger/exchange/PackageImporter.h"
#include "safeledger/exchange/People.h"
#include "safeledger/exchange/Roster.h"
#include "safeledger/exchange/SyncConflicts.h"
#include "safeledger/storage/OrgService.h"

#include <fstream>
#include <iostream>
#include <sstream>

namespace safeledger::cli {

namespace {

const std::string& positional(const Args& args, size_t i, const char* what)
{
    if (args.positional.size() <= i) {
        throw UsageError{args.command + " needs " + what + " (see safeledger-cli --help)"};
    }
    return args.positional[i];
}

const std::string& outPath(const Args& args)
{
    if (!args.has("--out")) {
        throw UsageError{args.command + " needs --out FILE"};
    }
    return args.options.at("--out");
}

// --org as a UUID, credit code or exact name (as `stats` takes it).
std::optional<int64_t> unitOption(Database& db, const Args& args, const char* name)
{
    if (!args.has(name)) {
        return std::nullopt;
    }
    const std::string key = args.get(name);
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

ConflictChoice choiceOption(const Args& args, const char* name, ConflictChoice fallback)
{
    if (!args.has(name)) {
        return fallback;
    }
    const std::string v = args.get(name);
    if (v == "local") {
        return ConflictChoice::KeepLocal;
    }
    if (v == "incoming") {
        return ConflictChoice::TakeIncoming;
    }
    if (v == "later") {
        return ConflictChoice::Defer;
    }
    throw UsageError{std::string(name) + " must be local, incoming or later, not \"" + v + "\""};
}

void printPlan(const PackagePlan& plan)
{
    const PackageInfo& info = plan.info();
    std::cout << "package " << info.packageId << " of " << info.createdAt << " by " << info.sourceOperator
              << (info.sourceAccount.empty() ? std::string() : " (account " + info.sourceAccount + ")") << " (database "
              << info.sourceDatabase << ", " << info.program << ")\n";
    if (!info.sourceAuditHead.empty()) {
        std::cout << "  its ledger's audit chain head when exported: " << info.sourceAuditHead << "\n";
    }
    switch (info.signature) {
    case PackageSignature::Unsigned:
        std::cout << "  NOT SIGNED: nothing shows which ledger made it\n";
        break;
    case PackageSignature::Altered:
        std::cout << "  CHANGED AFTER SIGNING: its signature (key " << info.signerKey << ") does not match it\n";
        break;
    case PackageSignature::Untrusted:
        std::cout << "  signed with the key " << info.signerKey << ", which this ledger does not trust "
                  << "(safeledger-cli trust)\n";
        break;
    case PackageSignature::Trusted:
        std::cout << "  signed by " << info.signerLabel << " (trusted key " << info.signerKey << ")\n";
        break;
    case PackageSignature::Own:
        std::cout << "  signed by this ledger itself\n";
        break;
    }
    if (!info.alreadyImportedAt.empty()) {
        std::cout << "  imported here before, on " << info.alreadyImportedAt << "\n";
    }
    for (const auto& [entity, actions] : plan.counts()) {
        std::cout << "  " << entity << ":";
        const char* sep = " ";
        for (const auto& [action, n] : actions) {
            std::cout << sep << n << " " << toCode(action);
            sep = ", ";
        }
        std::cout << "\n";
    }
    for (const auto& c : plan.conflicts()) {
        std::cout << "conflict: " << c.entity << " " << c.uuid << " (" << c.label << ") changed here and in the "
                  << "package:";
        for (const auto& f : c.fields) {
            std::cout << " " << f;
        }
        std::cout << (c.pending ? " [kept for later before]" : "") << "\n";
    }
}

} // namespace

int runExport(const Args& args)
{
    // An export writes only what it sent (sync_state); while the GUI writes the database, it
    // exports without remembering (docs/exchange-format.md).
    auto db = openDatabase(args, false, true);
    PackageExportOptions o;
    o.orgId = unitOption(*db, args, "--org");
    o.from = dateOption(args, "--from");
    o.to = dateOption(args, "--to");
    o.includeAudit = !args.has("--no-audit");
    const PackageExportSummary s = exportPackageFile(*db, outPath(args), o);
    int64_t records = 0;
    for (const auto& [table, n] : s.records) {
        records += n;
    }
    std::cout << "exported " << records << " records (" << s.records.at("hazard") << " hazards), " << s.links
              << " links and " << s.auditEntries << " history entries to " << outPath(args) << " (package "
              << s.packageId << ")\n";
    std::cout << (s.signedWith.empty() ? std::string("not signed: the ledger has no key yet and is open read-only")
                                       : "signed with this ledger's key " + s.signedWith)
              << "\n";
    if (!s.statesRecorded) {
        std::cout << "note: " << db->lockHolder() << " is writing the database, so it could not remember what "
                  << "it exported; a later import may report conflicts that are not\n";
    }
    return 0;
}

int runImport(const Args& args)
{
    const std::string& file = positional(args, 1, "the package file: safeledger-cli import DB FILE.json");
    const ConflictChoice choice = choiceOption(args, "--conflicts", ConflictChoice::Defer);
    auto db = openDatabase(args, args.has("--dry-run"));
    PackageImporter importer(*db);
    const PackagePlan plan = importer.planFile(file);
    for (const auto& p : plan.problems()) {
        std::cout << "problem: " << (p.pointer.empty() ? "(document)" : p.pointer) << ": " << p.message.english()
                  << "\n";
    }
    if (plan.problemsOmitted() > 0) {
        std::cout << "problem: … and " << plan.problemsOmitted() << " more\n";
    }
    if (!plan.ok()) {
        throw Error(Error::Kind::Validation, MessageId::CliPackageRefused,
                    {file, std::to_string(plan.problems().size() + plan.problemsOmitted())});
    }
    printPlan(plan);
    if (args.has("--dry-run")) {
        std::cout << "dry run: nothing was written\n";
        return 0;
    }
    ConflictChoices choices;
    choices.all = choice;
    choices.acceptUnverified = args.has("--accept-unverified");
    const PackageImportResult r = importer.apply(plan, choices);
    std::cout << "imported " << file << ": " << r.inserted << " new, " << r.updated << " updated, " << r.unchanged
              << " unchanged, " << r.links << " links, " << r.auditEntries << " history entries";
    if (r.conflictsKept + r.conflictsTaken > 0) {
        std::cout << "; conflicts: " << r.conflictsKept << " kept ours, " << r.conflictsTaken << " took theirs";
    }
    if (r.conflictsDeferred > 0) {
        std::cout << "; " << r.conflictsDeferred
                  << " conflict(s) kept for later (safeledger-cli conflicts DB, or import again with --conflicts)";
    }
    std::cout << "\n";
    return 0;
}

int runConflicts(const Args& args)
{
    auto db = openDatabase(args, !args.has("--resolve"));
    if (args.has("--resolve")) {
        const int64_t id = args.integer("--resolve", 0, 1, INT64_MAX);
        if (!args.has("--choose")) {
            throw UsageError{"--resolve needs --choose local|incoming"};
        }
        resolveConflict(*db, id, choiceOption(args, "--choose", ConflictChoice::Defer));
        std::cout << "conflict " << id << " decided\n";
        return 0;
    }
    const auto pending = pendingConflicts(*db);
    for (const auto& c : pending) {
        std::cout << c.id << ": " << c.entity << " " << c.uuid << " from package " << c.packageId << " ("
                  << c.detectedAt << ") differs in:";
        for (const auto& f : c.fields) {
            std::cout << " " << f;
        }
        std::cout << "\n";
    }
    std::cout << pending.size() << " undecided conflict(s)\n";
    return 0;
}

int runChecklists(const Args& args)
{
    const bool writes = args.has("--import") || args.has("--install-built-in");
    auto db = openDatabase(args, !writes);
    if (args.has("--export")) {
        std::ofstream out(args.get("--export"), std::ios::binary | std::ios::trunc);
        out << exportChecklists(*db);
        if (!out) {
            throw Error(Error::Kind::Storage, Message(MessageId::FileCannotWriteHere, {args.get("--export")}));
        }
        std::cout << "exported the checklists to " << args.get("--export") << "\n";
        return 0;
    }
    ChecklistImportResult r;
    if (args.has("--install-built-in")) {
        r = installBuiltInChecklists(*db);
    } else if (args.has("--import")) {
        std::ifstream in(args.get("--import"), std::ios::binary);
        if (!in) {
            throw Error(Error::Kind::NotFound, Message(MessageId::FileCannotOpen, {args.get("--import")}));
        }
        std::ostringstream text;
        text << in.rdbuf();
        r = importChecklists(*db, text.str());
    } else {
        throw UsageError{"checklists needs --import FILE, --export FILE or --install-built-in"};
    }
    for (const auto& note : r.notes) {
        std::cout << "skipped: " << note << "\n";
    }
    std::cout << r.added << " checklist(s) added, " << r.skipped << " skipped\n";
    return 0;
}

namespace {

// The first few places and the count: a unit of a big ledger may stand in thousands of rows.
std::string placesText(const LedgerPreview& p, const std::vector<LedgerPlace>& places)
{
    constexpr size_t kShown = 5;
    std::string text = places.size() == 1 ? "row" : "rows";
    for (size_t i = 0; i < std::min(kShown, places.size()); ++i) {
        text += (i == 0 ? " " : ", ") + p.place(places[i].sheet, places[i].row);
    }
    if (places.size() > kShown) {
        text += " … (" + std::to_string(places.size()) + " rows)";
    }
    return text;
}

// Every error (up to a screenful) before the warnings, which are counted beyond that.
// The first problems, errors first; `errorCount` and `total` count them all (a preview may keep
// only the first ones).
void printProblems(const std::vector<LedgerProblem>& problems, int64_t errorCount, int64_t total)
{
    constexpr size_t kShown = 40;
    size_t shown = 0;
    for (const bool errors : {true, false}) {
        for (const auto& problem : problems) {
            if (problem.error == errors && shown < kShown) {
                std::cout << (problem.error ? "error: " : "warning: ") << problem.describe() << "\n";
                ++shown;
            }
        }
    }
    if (static_cast<int64_t>(shown) < total) {
        std::cout << "… and " << total - static_cast<int64_t>(shown) << " more problem(s): " << errorCount
                  << " error(s) and " << total - errorCount << " warning(s) in all; the application's preview lists "
                  << (static_cast<int64_t>(problems.size()) < total ? "the first " + std::to_string(problems.size())
                                                                    : std::string("every one"))
                  << "\n";
    }
}

std::vector<std::string> sheetNames(const std::string& list)
{
    std::vector<std::string> names;
    size_t start = 0;
    while (start <= list.size()) {
        const size_t comma = std::min(list.find(',', start), list.size());
        if (comma > start) {
            names.push_back(list.substr(start, comma - start));
        }
        start = comma + 1;
    }
    if (names.empty()) {
        throw UsageError{"--sheet needs the names of sheets, separated by commas"};
    }
    return names;
}

// How a sheet import ends after its preview: refused when the preview found errors, nothing
// written on a dry run; true when the caller goes on to write.
bool writes(const Args& args, const std::string& file, bool ok, int64_t errors)
{
    if (!ok) {
        throw Error(Error::Kind::Validation, MessageId::CliLedgerRefused, {file, std::to_string(errors)});
    }
    if (args.has("--dry-run")) {
        std::cout << "dry run: nothing was written\n";
        return false;
    }
    return true;
}

} // namespace

int runImportLedger(const Args& args)
{
    const std::string& file = positional(args, 1, "the ledger file: safeledger-cli import-ledger DB FILE.xlsx");
    auto db = openDatabase(args, args.has("--dry-run"));
    LedgerImportOptions o;
    o.createMissingUnits = args.has("--create-missing-units");
    o.parentForNewUnits = unitOption(*db, args, "--parent");
    if (args.has("--sheet")) {
        o.sheets = sheetNames(args.get("--sheet"));
    }
    LedgerImporter importer(*db);
    const LedgerPreview p = importer.preview(file, o);
    if (p.sheets.size() > 1) {
        for (const LedgerSheet& sheet : p.sheets) {
            std::cout << "sheet " << sheet.name << ": ";
            if (sheet.headerRow == 0) {
                std::cout << "no ledger header";
            } else {
                std::cout << "header in row " << sheet.headerRow;
            }
            std::cout << (sheet.chosen ? ", imported: " + std::to_string(sheet.rows) + " hazard row(s)"
                                       : ", not imported")
                      << "\n";
        }
    }
    printProblems(p.problems, p.errors(), p.errors() + p.warningCount);
    constexpr size_t kUnitsShown = 20;
    for (size_t i = 0; i < std::min(kUnitsShown, p.missingUnits.size()); ++i) {
        const LedgerMissingUnit& u = p.missingUnits[i];
        std::cout << (o.createMissingUnits ? "new unit: " : "missing unit: ") << u.name
                  << (u.creditCode.empty() ? "" : " (" + u.creditCode + ")") << ", " << placesText(p, u.rows) << "\n";
    }
    if (p.missingUnits.size() > kUnitsShown) {
        std::cout << "… and " << p.missingUnits.size() - kUnitsShown << " more "
                  << (o.createMissingUnits ? "new" : "missing") << " unit(s), " << p.missingUnits.size() << " in all\n";
    }
    std::cout << p.rowCount() << " hazard row(s): " << p.count(LedgerRowState::Ready) << " to import, "
              << p.count(LedgerRowState::Duplicate) << " already in the database, " << p.count(LedgerRowState::Invalid)
              << " with errors\n";
    if (!writes(args, file, p.ok(), p.errors())) {
        return 0;
    }
    const LedgerImportResult r = importer.apply(p);
    std::cout << "imported " << r.hazards << " hazard(s) from " << file << " (" << r.unitsCreated
              << " unit(s) created, " << r.duplicatesSkipped << " already there)\n";
    return 0;
}

int runImportRoster(const Args& args)
{
    const std::string& file = positional(args, 1, "the roster file: safeledger-cli import-roster DB FILE.xlsx");
    auto db = openDatabase(args, args.has("--dry-run"));
    RosterImportOptions o;
    o.parent = unitOption(*db, args, "--parent");
    RosterImporter importer(*db);
    const RosterPreview p = importer.preview(file, o);
    printProblems(p.problems, p.errors(), static_cast<int64_t>(p.problems.size()));
    std::cout << p.rows.size() << " unit row(s): " << p.count(RosterRowState::Ready) << " to create, "
              << p.count(RosterRowState::Duplicate) << " already in the database, " << p.count(RosterRowState::Invalid)
              << " with errors\n";
    if (!writes(args, file, p.ok(), p.errors())) {
        return 0;
    }
    const RosterImportResult r = importer.apply(p);
    std::cout << "created " << r.created << " unit(s) from " << file << " (" << r.duplicatesSkipped
              << " already there)\n";
    return 0;
}

int runImportPeople(const Args& args)
{
    const std::string& file = positional(args, 1, "the register of people: safeledger-cli import-people DB FILE.xlsx");
    auto db = openDatabase(args, args.has("--dry-run"));
    PeopleImportOptions o;
    o.unit = unitOption(*db, args, "--org");
    PeopleImporter importer(*db);
    const PeoplePreview p = importer.preview(file, o);
    printProblems(p.problems, p.errors(), static_cast<int64_t>(p.problems.size()));
    std::cout << p.rows.size() << " row(s): " << p.count(PeopleRowState::NewPerson) << " new person(s), "
              << p.count(PeopleRowState::NewCertificate) << " new certificate(s) of people already there, "
              << p.count(PeopleRowState::Duplicate) << " already in the database, " << p.count(PeopleRowState::Invalid)
              << " with errors\n";
    if (!writes(args, file, p.ok(), p.errors())) {
        return 0;
    }
    const PeopleImportResult r = importer.apply(p);
    std::cout << "added " << r.people << " person(s) and " << r.certificates << " certificate(s) from " << file << " ("
              << r.duplicatesSkipped << " row(s) already there)\n";
    return 0;
}

int runExportRoster(const Args& args)
{
    auto db = openDatabase(args, true);
    const int64_t n = exportRoster(*db, outPath(args), unitOption(*db, args, "--org"));
    std::cout << "exported " << n << " unit(s) to " << outPath(args) << "\n";
    return 0;
}

int runExportLedger(const Args& args)
{
    auto db = openDatabase(args, true);
    LedgerExportOptions o;
    o.orgId = unitOption(*db, args, "--org");
    if (args.has("--year")) {
        o.period = Period::year(static_cast<int>(args.integer("--year", 0, 1990, 2999)));
    }
    o.language = args.has("--english") ? LedgerLanguage::English : LedgerLanguage::Chinese;
    const LedgerExportSummary s = exportLedger(*db, outPath(args), o);
    std::cout << "exported " << s.rows << " hazard(s) to " << outPath(args) << "\n";
    return 0;
}

} // namespace safeledger::cli
