// safeledger-cli: the headless face of SafeLedger. Every failure is one clear line on stderr and
// a non-zero exit code; nothing is written to a database the command refuses.
#include "Args.h"
#include "Commands.h"
#include "safeledger/core/Error.h"

#include <cstdio>
#include <functional>
#include <iostream>
#include <map>

using namespace safeledger;

namespace {

const char* kUsage = R"(usage: safeledger-cli COMMAND DB [options]

commands:
  init DB                         create a new, empty database
  demo DB                         create the demo database (a town, two years of records)
  generate DB [--orgs N] [--hazards N] [--years N] [--seed S] [--inspections N] [--quiet]
                                  create a database of synthetic data at scale
  stats DB --year Y [--quarter Q | --month M] [--org UUID|CREDIT-CODE|NAME] [--json]
                                  the figures of a period for a unit and everything below it,
                                  with the same period of the previous year
  check DB                        SQLite integrity and SafeLedger's invariants (exit 1 on problems)
  backup DB DEST                  a consistent copy of the database, made while it may be in use
  backups DB --folder DIR         the automatic backups of the database in DIR, newest first
  restore DB BACKUP               replace the database with a backup (the replaced file is kept)
  export DB --out F.json [--org UNIT] [--from DATE] [--to DATE] [--no-audit]
                                  a JSON exchange package: all, or a unit's subtree and a period
  import DB F.json [--dry-run] [--conflicts later|local|incoming]
                                  merge a package by UUID, all or nothing; conflicts kept for later
  conflicts DB [--resolve N --choose local|incoming]
                                  list or decide the conflicts imports kept for later
  checklists DB --import F.json | --export F.json | --install-built-in
                                  checklist templates as JSON files
  import-ledger DB F.xlsx|F.csv [--create-missing-units] [--parent UNIT] [--dry-run]
                                  a hazard ledger (台账), all rows or none; problems by row and column
  export-ledger DB --out F.xlsx|F.csv [--org UNIT] [--year Y] [--english]
                                  the hazards of a unit's subtree and a year as a ledger
  report DB --year Y [--org UNIT] [--lang zh|en] --out F.pdf|F.odt|F.html
                                  the annual safety summary (年度安全生产工作总结) of a unit's
                                  subtree or of everything, this year beside last year
  quarterly DB --year Y --quarter Q [--org UNIT] [--lang zh|en] --out F.pdf|F.odt|F.html
                                  the quarterly hazard statistics form by category
  notice DB --kind KIND --org UNIT --hazards UUID,... [--number N] [--date D] [--issued-by NAME]
            [--lang zh|en] --out F.pdf|F.odt|F.html
                                  an enforcement document (rectification_notice, rectification_order,
                                  suspension_notice, review_opinion) listing a unit's hazards
  notice DB --document UUID [--lang zh|en] --out F.pdf|F.odt|F.html
                                  a recorded enforcement document, as it was issued

options for every command:
  --operator NAME                 the name recorded in the audit trail
exit codes: 0 success, 1 check found problems, 2 wrong command line, 3 error
)";

} // namespace

int main(int argc, char** argv)
{
    const std::map<std::string, std::function<int(const cli::Args&)>> commands = {
        {"init", cli::runInit},
        {"demo", cli::runDemo},
        {"generate", cli::runGenerate},
        {"stats", cli::runStats},
        {"check", cli::runCheck},
        {"backup", cli::runBackup},
        {"backups", cli::runBackups},
        {"restore", cli::runRestore},
        {"export", cli::runExport},
        {"import", cli::runImport},
        {"conflicts", cli::runConflicts},
        {"checklists", cli::runChecklists},
        {"import-ledger", cli::runImportLedger},
        {"export-ledger", cli::runExportLedger},
        {"report", cli::runReport},
        {"quarterly", cli::runQuarterly},
        {"notice", cli::runNotice},
    };
    try {
        const cli::Args args = cli::Args::parse(argc, argv,
                                                {"--json", "--quiet", "--help", "--dry-run", "--no-audit",
                                                 "--create-missing-units", "--english", "--install-built-in"});
        if (args.command.empty() || args.command == "help" || args.has("--help")) {
            std::cout << kUsage;
            return args.command.empty() && !args.has("--help") ? 2 : 0;
        }
        const auto it = commands.find(args.command);
        if (it == commands.end()) {
            throw cli::UsageError{"unknown command \"" + args.command + "\" (see safeledger-cli --help)"};
        }
        return it->second(args);
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
