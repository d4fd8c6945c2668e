// libFuzzer target: a JSON exchange package, planned against a database that holds records, and
// applied to an empty one whenever it is accepted. Refusals are expected (Error of kind
// Validation/NotFound/Conflict); a crash, a sanitizer report, any other exception, or a write
// that fails after the plan accepted the package is a finding.
#include "FuzzDatabase.h"
#include "safeledger/core/Error.h"
#include "safeledger/exchange/PackageImporter.h"

#include <cstdio>
#include <cstdlib>
#include <string_view>

using namespace safeledger;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static auto base = fuzz::smallDatabase();
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const PackagePlan plan = PackageImporter(*base).planText(text);
    if (!plan.ok()) {
        return 0;
    }
    // One empty database for all runs: each run's import is undone through a savepoint, which
    // Database::write joins as the caller's transaction.
    static auto empty = fuzz::emptyDatabase();
    empty->connection().exec("SAVEPOINT fuzz");
    PackageImporter importer(*empty);
    const PackagePlan fresh = importer.planText(text);
    if (fresh.ok()) { // not when it refers to records only the base database has
        try {
            ConflictChoices choices;
            choices.all = ConflictChoice::TakeIncoming;
            choices.acceptUnverified = true; // a mutated package no longer matches its signature
            importer.apply(fresh, choices);
        } catch (const Error& e) {
            std::fprintf(stderr, "an accepted package failed to apply: %s\n", e.what());
            std::abort();
        }
    }
    empty->connection().exec("ROLLBACK TO fuzz");
    empty->connection().exec("RELEASE fuzz");
    return 0;
}
