#pragma once

#include "safeledger/storage/Database.h"

#include <cstdint>
#include <functional>
#include <string>

namespace safeledger {

struct GenerateOptions
{
    int64_t orgs = 10000;
    int64_t hazards = 1000000;
    int years = 20;
    uint64_t seed = 1;
    int64_t inspections = -1; // -1: hazards * 3 / 10
};

// Synthetic data at county scale with the shape of the demo: a tree county → towns →
// villages/communities/parks/departments/schools → enterprises/businesses → workshops, yearly
// agreements, inspections with inspectors (and checklists for some), hazards in every state with
// their rectification and verification rows and enforcement documents, accidents, penalties and
// activities. Exactly options.orgs units, options.hazards hazards and the requested number of
// inspections; the last year ends at db.today(). Deterministic for a given seed (and the
// database's UUID seed).
//
// Into an EMPTY database. Bulk: prepared statements reused, commits every 100,000 rows, no audit
// row per record but one per table saying what was generated. Every row still satisfies the
// schema and the lifecycle invariants (closed ⇔ closed_on with a passed verification on that
// date, deadlines >= found_on, on-spot hazards closed on their found date, dates <= today, valid
// codes and org paths, unique uuids from db.newUuid()). For speed each table's uuids are drawn in
// large blocks and handed out in sorted order, so within a table uuid order follows id order.
//
// progress(stage, percent): stage names the current step ("units", "inspections", "hazards",
// "agreements", "records", "done"); percent is the overall progress 0..100, never decreasing.
// Throws Error(Validation) for nonsense options (orgs < 2, hazards < 0, years < 1 or > 50,
// inspections < -1) or a database that already holds units, Error(ReadOnly) for a read-only one.
// A failure part-way leaves the batches committed so far.
void generate(Database& db, const GenerateOptions& options,
              const std::function<void(const std::string& stage, int percent)>& progress = {});

} // namespace safeledger
