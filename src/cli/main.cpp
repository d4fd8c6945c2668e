// safeledger-cli: the headless face of SafeLedger. Every failure is one clear line on stderr and
// a non-zero exit code; nothing is written to a database the command refuses.
#include "Args.h"
#include "Commands.h"
#include "safeledger/core/Error.h"

#include <cstdio>
#include <functional>
#include <iostream>
#include <map>
#include <vector>

using namespace safeledger;

namespace {

const char* kUsage = R"(usage: safeledger-cli COMMAND DB [options]

commands:
  init DB [--admin NAME [--display NAME]]
                                  create a new, empty database; with --admin its first account,
                                  an administrator (the password from SAFELEDGER_PASSWORD or asked)
  demo DB                         create the demo database (a town, two years of records)
  generate DB [--orgs N] [--hazards N] [--years N] [--seed S] [--inspections N] [--quiet]
                                  create a database of synthetic data at scale
  stats DB --year Y [--quarter Q | --month M] [--org UUID|CREDIT-CODE|NAME] [--json]
                                  the figures of a period for a unit and everything below it,
                                  with the same period of the previous year
  campaign-add DB --name TEXT --lead UNIT --from DATE --to DATE [--document TEXT]
                 [--phases "NAME:FROM:TO,…"] [--sectors CODE,…] [--note TEXT]
                                  record a special campaign (专项行动): inspections carrying its
                                  name within its days, of units under the lead unit, are its own
  campaigns DB --year Y [--quarter Q | --month M] [--org UNIT] [--json]
                                  the campaigns of a period with their figures in the unit's scope
  grid-add DB --name TEXT --org UNIT [--note TEXT]
                                  record a grid (网格) kept by a unit (a town, a park)
  grid-assign DB --grid GRID --unit UNIT --from DATE
                                  move a unit into a grid from a day; the grid it was in ends the
                                  day before (a unit is in one grid at a time)
  grid-officer DB --grid GRID --person PERSON --from DATE [--to DATE]
                                  an officer (网格员) serving in a grid
  grids DB --year Y [--quarter Q | --month M] [--org UNIT] [--json]
                                  the grids reaching the unit's scope with their officers, units,
                                  coverage, inspections and hazards in the period
  plan-add DB (--grid GRID | --person PERSON) --year Y [--month M] [--inspections N] [--units N]
           [--red M] [--orange M] [--yellow M] [--blue M] [--others M] [--note TEXT]
                                  an inspection plan (检查计划) of a grid or an officer: at least N
                                  inspections (家次) and N units each month, and/or each unit
                                  inspected every M months (1, 2, 3, 4, 6, 12) by its risk colour
  plans DB --year Y [--org UNIT] [--json]
                                  the year's plans reaching the unit's scope with their progress:
                                  months met, units due, done and overdue
  uninspected DB --year Y [--quarter Q | --month M] [--org UNIT] [--limit N] [--json]
                                  the units to inspect with no inspection in the period, the
                                  riskiest and the longest unseen first (first 50 unless --limit)
  check DB [--head ID:HASH,...] [--backups DIR]
                                  SQLite integrity, SafeLedger's invariants and the audit trail's
                                  hash chain, also against chain heads saved elsewhere: printed on
                                  a report, or held by the backups in DIR (exit 1 on problems)
  backup DB DEST                  a consistent copy of the database, made while it may be in use
  backups DB --folder DIR         the automatic backups of the database in DIR, newest first
  restore DB BACKUP               replace the database with a backup (the replaced file is kept)
  export DB --out F.json [--org UNIT] [--from DATE] [--to DATE] [--no-audit]
                                  a JSON exchange package: all, or a unit's subtree and a period
  import DB F.json [--dry-run] [--conflicts later|local|incoming] [--accept-unverified]
                                  merge a package by UUID, all or nothing; conflicts kept for later.
                                  Says who signed it; a ledger with accounts refuses a package
                                  unsigned or signed by a key it does not trust, and every ledger
                                  one changed after signing, unless --accept-unverified
  conflicts DB [--resolve N --choose local|incoming]
                                  list or decide the conflicts imports kept for later
  checklists DB --import F.json | --export F.json | --install-built-in
                                  checklist templates as JSON files
  import-ledger DB F.xlsx|F.csv [--create-missing-units] [--parent UNIT] [--sheet NAME,...] [--dry-run]
                                  a hazard ledger (台账), all rows or none; problems by row and column.
                                  Of a workbook with several sheets (one per month, village…), every
                                  sheet with the first ledger sheet's columns, or those named
  import-roster DB F.xlsx|F.csv [--parent UNIT] [--dry-run]
                                  a roster of units (企业名册), all rows or none: each with its parent
                                  unit (上级单位 column, or the sheet it is on), credit code, kind,
                                  sector, scale, headcount, address, grid and contacts; units
                                  already in the database are recognised and skipped
  import-people DB F.xlsx|F.csv [--org UNIT] [--dry-run]
                                  a register of people and their certificates (特种作业人员台账),
                                  all rows or none: name, ID number, phone, unit (or --org for a
                                  register kept by one unit), certificate kind, number, issue and
                                  expiry; people and certificates already there are recognised
  export-roster DB --out F.xlsx|F.csv [--org UNIT]
                                  the units of a unit's subtree (or all) as a roster that
                                  import-roster reads back
  export-ledger DB --out F.xlsx|F.csv [--org UNIT] [--year Y] [--english]
                                  the hazards of a unit's subtree and a year as a ledger
  report DB --year Y [--org UNIT] [--lang zh|en] --out F.pdf|F.odt|F.html
                                  the annual safety summary (年度安全生产工作总结) of a unit's
                                  subtree or of everything, this year beside last year
  quarterly DB --year Y --quarter Q [--org UNIT] [--lang zh|en] --out F.pdf|F.odt|F.html
                                  the quarterly hazard statistics form by category
  notice DB --kind KIND --org UNIT --hazards UUID,... [--number N] [--date D] [--issued-by NAME]
            [--lang zh|en] --out F.pdf|F.odt|F.html
                                  issue an enforcement document (rectification_notice,
                                  rectification_order, suspension_notice, review_opinion) listing a
                                  unit's hazards: it is recorded with its number (automatic unless
                                  --number), which is printed, and written to F
  notice DB --document UUID [--lang zh|en] --out F.pdf|F.odt|F.html
                                  a recorded enforcement document, as it was issued
  inspection-record DB --uuid UUID [--lang zh|en] --out F.pdf|F.odt|F.html
                                  a saved inspection as its 安全检查记录, with signature lines
  hazard-add DB --org UNIT --source report|photo|self_check|supervision|other --found DATE
            --description TEXT [--location TEXT] [--category CODE] [--grade general|major]
            [--deadline DATE|"N个工作日"|"N天"] [--mode on_spot|deadline|suspension] [--measures TEXT]
            [--responsible NAME] [--reported-by "NAME, PHONE"]
                                  register a hazard that no inspection found (群众举报, 随手拍,
                                  企业自查, 上级督查); no inspection is recorded
  void DB --uuid UUID --reason TEXT
                                  void any record (a unit, an inspection, a hazard, a document…)
                                  with the reason; it leaves every figure, list and report
  show DB --uuid UUID [--json]    any record's stored values
  accounts DB                     the database's accounts and their roles
  account-add DB --name NAME --role viewer|officer|manager|administrator [--display NAME]
                                  add an account (its password from SAFELEDGER_NEW_PASSWORD or asked)
  account-set DB --name NAME [--role ROLE] [--display NAME] [--disable|--enable] [--reset-password]
            [--signature F.png|--no-signature]
                                  change an account (administrators only; anyone may set the image
                                  of their own handwritten signature, printed on what they issue)
  passwd DB                       change the password of the account given with --user
  key DB                          this ledger's public key (made now if it has none), which signs
                                  its packages, and the keys it trusts
  trust DB --key KEY|--package F.json --label TEXT
                                  accept packages signed with KEY, or with the key that signed F
  distrust DB --key KEY           no longer accept packages signed with KEY
  due DB [--org UNIT] [--within N] [--as-of DATE] [--limit N] [--json | --ics F.ics]
                                  what falls due (待办): open hazards overdue or due within N
                                  working days (default 5) of today (or of --as-of), and those
                                  awaiting verification; --ics
                                  writes their deadlines as a calendar to subscribe to (one event
                                  per hazard, its UID the hazard's; 250 working days ahead)
  extend DB --hazard UUID --to DATE|"N个工作日" --reason TEXT [--on DATE]
                                  request a later deadline (延期申请); a time limit counts from
                                  the deadline in force. The hazard stays due on it until approved
  decide DB --request UUID --approve|--refuse [--note TEXT] [--on DATE]
                                  decide an extension request (managers); an approval moves the
                                  deadline, the earlier one stays on record
  extensions DB [--org UNIT | --hazard UUID]
                                  the requests awaiting a decision, or all of one hazard's
  escalation DB [--general-days N] [--major on|off]
                                  the escalation rules (逾期升级督办): a general hazard overdue more
                                  than N days (default 30; 0 never) goes to its unit's parent unit,
                                  an overdue major hazard one listed-supervision level up
  settings DB [--document-pattern PATTERN]
                                  the ledger's settings: the document number pattern (e.g.
                                  "青安监{kind}〔{year}〕第{n:3}号"), the escalation rules and the
                                  calendar's years; administrators set the pattern
  calendar DB [--year Y]          the working calendar: shipped and imported years with the
                                  notices they follow, and the unit's local days
  calendar DB --import F.txt | --remove-year Y | --day DATE --name TEXT [--working] | --remove-day DATE
                                  import a year's holiday file (docs/calendar.md), or set a local
                                  day off (or worked, with --working); administrators only

options for every command:
  --user NAME                     the account to work as; needed where the database keeps
                                  accounts (the password from SAFELEDGER_PASSWORD or asked)
  --operator NAME                 the name recorded in the audit trail where it keeps none
exit codes: 0 success, 1 check found problems, 2 wrong command line, 3 error
)";

} // namespace

int main(int argc, char** argv)
{
    // Each command with the options it takes and how many files it names; anything else is
    // refused with exit code 2 before the command runs.
    struct Command
    {
        std::function<int(const cli::Args&)> run;
        std::vector<std::string> options;
        size_t files;
    };
    const std::vector<std::string> notice = {"--kind",      "--org",  "--hazards", "--number",  "--date",
                                             "--issued-by", "--lang", "--out",     "--document"};
    const std::map<std::string, Command> commands = {
        {"init", {cli::runInit, {"--admin", "--display"}, 1}},
        {"demo", {cli::runDemo, {}, 1}},
        {"generate", {cli::runGenerate, {"--orgs", "--hazards", "--years", "--seed", "--inspections", "--quiet"}, 1}},
        {"stats", {cli::runStats, {"--year", "--quarter", "--month", "--org", "--json"}, 1}},
        {"uninspected", {cli::runUninspected, {"--year", "--quarter", "--month", "--org", "--limit", "--json"}, 1}},
        {"check", {cli::runCheck, {"--head", "--backups"}, 1}},
        {"backup", {cli::runBackup, {}, 2}},
        {"backups", {cli::runBackups, {"--folder"}, 1}},
        {"restore", {cli::runRestore, {}, 2}},
        {"export", {cli::runExport, {"--out", "--org", "--from", "--to", "--no-audit"}, 1}},
        {"import", {cli::runImport, {"--dry-run", "--conflicts", "--accept-unverified"}, 2}},
        {"conflicts", {cli::runConflicts, {"--resolve", "--choose"}, 1}},
        {"checklists", {cli::runChecklists, {"--import", "--export", "--install-built-in"}, 1}},
        {"import-roster", {cli::runImportRoster, {"--parent", "--dry-run"}, 2}},
        {"export-roster", {cli::runExportRoster, {"--out", "--org"}, 1}},
        {"import-people", {cli::runImportPeople, {"--org", "--dry-run"}, 2}},
        {"import-ledger", {cli::runImportLedger, {"--create-missing-units", "--parent", "--sheet", "--dry-run"}, 2}},
        {"export-ledger", {cli::runExportLedger, {"--out", "--org", "--year", "--english"}, 1}},
        {"report", {cli::runReport, {"--year", "--org", "--lang", "--out"}, 1}},
        {"quarterly", {cli::runQuarterly, {"--year", "--quarter", "--org", "--lang", "--out"}, 1}},
        {"notice", {cli::runNotice, notice, 1}},
        {"inspection-record", {cli::runInspectionRecord, {"--uuid", "--lang", "--out"}, 1}},
        {"hazard-add",
         {cli::runHazardAdd,
          {"--org", "--source", "--found", "--description", "--location", "--category", "--grade", "--mode",
           "--deadline", "--measures", "--responsible", "--reported-by"},
          1}},
        {"campaign-add",
         {cli::runCampaignAdd,
          {"--name", "--lead", "--from", "--to", "--document", "--phases", "--sectors", "--note"},
          1}},
        {"campaigns", {cli::runCampaigns, {"--year", "--quarter", "--month", "--org", "--json"}, 1}},
        {"grid-add", {cli::runGridAdd, {"--name", "--org", "--note"}, 1}},
        {"grid-assign", {cli::runGridAssign, {"--grid", "--unit", "--from"}, 1}},
        {"grid-officer", {cli::runGridOfficer, {"--grid", "--person", "--from", "--to"}, 1}},
        {"grids", {cli::runGrids, {"--year", "--quarter", "--month", "--org", "--json"}, 1}},
        {"plan-add",
         {cli::runPlanAdd,
          {"--grid", "--person", "--year", "--month", "--inspections", "--units", "--red", "--orange", "--yellow",
           "--blue", "--others", "--note"},
          1}},
        {"plans", {cli::runPlans, {"--year", "--org", "--json"}, 1}},
        {"void", {cli::runVoid, {"--uuid", "--reason"}, 1}},
        {"show", {cli::runShow, {"--uuid", "--json"}, 1}},
        {"accounts", {cli::runAccounts, {}, 1}},
        {"account-add", {cli::runAccountAdd, {"--name", "--role", "--display"}, 1}},
        {"account-set",
         {cli::runAccountSet,
          {"--name", "--role", "--display", "--disable", "--enable", "--reset-password", "--signature",
           "--no-signature"},
          1}},
        {"passwd", {cli::runPasswd, {}, 1}},
        {"key", {cli::runKey, {}, 1}},
        {"trust", {cli::runTrust, {"--key", "--package", "--label"}, 1}},
        {"distrust", {cli::runDistrust, {"--key"}, 1}},
        {"extend", {cli::runExtend, {"--hazard", "--to", "--reason", "--on"}, 1}},
        {"decide", {cli::runDecide, {"--request", "--approve", "--refuse", "--note", "--on"}, 1}},
        {"extensions", {cli::runExtensions, {"--org", "--hazard"}, 1}},
        {"escalation", {cli::runEscalation, {"--general-days", "--major"}, 1}},
        {"settings", {cli::runSettings, {"--document-pattern"}, 1}},
        {"due", {cli::runDue, {"--org", "--within", "--as-of", "--limit", "--json", "--ics"}, 1}},
        {"calendar",
         {cli::runCalendar,
          {"--year", "--import", "--remove-year", "--day", "--name", "--working", "--remove-day"},
          1}},
    };
    try {
        const cli::Args args =
            cli::Args::parse(argc, argv,
                             {"--json", "--quiet", "--help", "--dry-run", "--no-audit", "--create-missing-units",
                              "--english", "--install-built-in", "--disable", "--enable", "--reset-password",
                              "--accept-unverified", "--no-signature", "--working", "--approve", "--refuse"});
        if (args.command.empty() || args.command == "help" || args.has("--help")) {
            std::cout << kUsage;
            return args.command.empty() && !args.has("--help") ? 2 : 0;
        }
        const auto it = commands.find(args.command);
        if (it == commands.end()) {
            throw cli::UsageError{"unknown command \"" + args.command + "\" (see safeledger-cli --help)"};
        }
        args.allow(it->second.options, it->second.files);
        return it->second.run(args);
    } catch (const cli::UsageError& e) {
        std::fprintf(stderr, "safeledger-cli: %s\n", e.message.c_str());
        return 2;
    } catch (const Error& e) {
        std::fprintf(stderr, "safeledger-cli: %s\n", e.what());
        return 3;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "safeledger-cli: unexpected error: %s\n", e.what());
        return 3;
    }
}
