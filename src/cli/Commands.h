#pragma once

#include "Args.h"

namespace safeledger::cli {

// Each returns the process exit code: 0 done, 1 `check` found problems; errors are thrown
// (UsageError → 2, safeledger::Error → 3) and printed by main as one line on stderr.
int runInit(const Args& args);
int runDemo(const Args& args);
int runGenerate(const Args& args);
int runStats(const Args& args);
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
int runExportLedger(const Args& args);

} // namespace safeledger::cli
