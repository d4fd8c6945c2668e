// backup, backups and restore: the online backup API from the command line (docs/crash-safety.md).
#include "Commands.h"
#include "safeledger/core/Clock.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/Backup.h"
#include "safeledger/storage/Database.h"

#include <cstdio>
#include <filesystem>
#include <iostream>

namespace safeledger::cli {

namespace {

// The two files a command needs, in order, with the usage line naming them.
std::pair<std::string, std::string> twoFiles(const Args& args, const char* usage)
{
    if (args.positional.size() != 2) {
        throw UsageError{args.command + " needs two files: safeledger-cli " + usage};
    }
    return {args.positional[0], args.positional[1]};
}

} // namespace

int runBackup(const Args& args)
{
    const auto [database, destination] = twoFiles(args, "backup DB DEST");
    if (std::filesystem::is_directory(destination)) {
        throw UsageError{"backup writes a file: give the backup's file name, not the folder " + destination};
    }
    openDatabase(args, true); // refuses what is not a SafeLedger database, in words
    Backup::copy(database, destination);
    std::cout << "backed up " << database << " to " << destination << "\n";
    return 0;
}

int runBackups(const Args& args)
{
    if (args.positional.size() != 1 || !args.has("--folder")) {
        throw UsageError{"backups needs the database and its backup folder: safeledger-cli backups DB --folder DIR"};
    }
    const auto list = Backup::list(args.positional[0], args.get("--folder"));
    for (const auto& b : list) {
        std::printf("%s UTC  %10.1f MB  %s\n", b.takenAt.c_str(), static_cast<double>(b.bytes) / 1e6, b.path.c_str());
    }
    if (list.empty()) {
        std::cout << "no backups of " << args.positional[0] << " in " << args.get("--folder") << "\n";
    }
    return 0;
}

int runRestore(const Args& args)
{
    const auto [database, backup] = twoFiles(args, "restore DB BACKUP");
    SystemClock clock;
    // Only an administrator of the database being replaced may replace it.
    auto current = openDatabase(args, true);
    const std::string kept = Backup::restore(backup, database, clock, *current);
    std::cout << "restored " << database << " from " << backup << "\n";
    if (!kept.empty()) {
        std::cout << "the replaced database was kept as " << kept << "\n";
    }
    return 0;
}

} // namespace safeledger::cli
