#pragma once

#include "Args.h"
#include "safeledger/core/Date.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace safeledger {
class Database;
struct Grid;
struct OpenOptions;
struct Person;
} // namespace safeledger

namespace safeledger::cli {

// The database file, the first positional argument (a usage error names the command otherwise).
const std::string& databasePath(const Args& args);
// --operator for the audit trail (default "safeledger-cli"), read-only or not, and with --user the
// account's credentials (the password from SAFELEDGER_PASSWORD or asked on the terminal).
OpenOptions openOptions(const Args& args, bool readOnly);
// Opens the database named first; one that keeps accounts is refused without --user.
std::unique_ptr<Database> openDatabase(const Args& args, bool readOnly, bool readOnlyIfLocked = false);
// A password: from the environment variable `variable` when set, else asked on the terminal
// without echo (twice when `confirm`); Error(Login) when neither is possible.
std::string readPassword(const char* variable, const std::string& prompt, bool confirm);
// --org as a unit's UUID, credit code or exact name; 0 (everything) when absent. Throws
// Error(NotFound) naming the key when no single unit matches.
int64_t resolveScope(Database& db, const Args& args);

// The option as a date (YYYY-MM-DD), nullopt when absent; a usage error naming it otherwise.
std::optional<Date> dateOption(const Args& args, const std::string& name);
// --year Y [--quarter Q | --month M] of `command`: the period asked for; usage errors otherwise.
Period periodOption(const Args& args, const char* command);
// A live grid, or a live person, by UUID or exact name; a usage error when none or several match.
Grid findGrid(Database& db, const std::string& key);
Person findPerson(Database& db, const std::string& key);
// The option's value; a usage error "COMMAND needs NAME WHAT" when it is absent or empty.
std::string requiredOption(const Args& args, const std::string& name, const char* what);

// Each returns the process exit code: 0 done, 1 `check` found problems; errors are thrown
// (UsageError → 2, safeledger::Error → 3) and printed by main as one line on stderr.
int runInit(const Args& args);
int runCampaignAdd(const Args& args);
int runCampaigns(const Args& args);
int runGridAdd(const Args& args);
int runGridAssign(const Args& args);
int runGridOfficer(const Args& args);
int runGrids(const Args& args);
// PlanCommands.cpp
int runPlanAdd(const Args& args);
int runPlans(const Args& args);
int runDemo(const Args& args);
int runGenerate(const Args& args);
int runStats(const Args& args);
int runUninspected(const Args& args);
int runCheck(const Args& args);
// BackupCommands.cpp
int runBackup(const Args& args);
int runBackups(const Args& args);
int runRestore(const Args& args);
// ExchangeCommands.cpp
int runExport(const Args& args);
int runImport(const Args& args);
int runConflicts(const Args& args);
int runChecklists(const Args& args);
int runImportLedger(const Args& args);
int runImportRoster(const Args& args);
int runImportPeople(const Args& args);
int runExportRoster(const Args& args);
int runExportLedger(const Args& args);
// ReportCommands.cpp
int runReport(const Args& args);
int runQuarterly(const Args& args);
int runNotice(const Args& args);
int runInspectionRecord(const Args& args);
// RecordCommands.cpp
int runHazardAdd(const Args& args);
int runVoid(const Args& args);
int runShow(const Args& args);
// AccountCommands.cpp
int runAccounts(const Args& args);
int runAccountAdd(const Args& args);
int runAccountSet(const Args& args);
int runPasswd(const Args& args);
// ExtensionCommands.cpp
int runExtend(const Args& args);
int runDecide(const Args& args);
int runExtensions(const Args& args);
int runEscalation(const Args& args);
// SettingsCommands.cpp
int runSettings(const Args& args);
// DueCommands.cpp
int runDue(const Args& args);
int runCalendar(const Args& args);
// KeyCommands.cpp
int runKey(const Args& args);
int runTrust(const Args& args);
int runDistrust(const Args& args);

} // namespace safeledger::cli
