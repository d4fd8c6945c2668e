#pragma once

#include "safeledger/exchange/PackageImporter.h"
#include "safeledger/storage/Database.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace safeledger {

// A conflict an import kept for later: our version stayed in force, the package's is kept here
// until the user decides (docs/exchange-format.md, "Merging").
struct PendingConflict
{
    int64_t id = 0;
    std::string entity;
    std::string uuid;
    std::string packageId;
    std::string detectedAt;
    nlohmann::json local;            // our version now (null if it is gone)
    nlohmann::json incoming;         // the package's version
    std::vector<std::string> fields; // the keys whose values differ
};

std::vector<PendingConflict> pendingConflicts(Database& db);

// Decides a pending conflict (KeepLocal or TakeIncoming; Defer does nothing). Taking the package's
// version checks it again as an import would, and writes it in one transaction. Throws
// Error(NotFound) for an unknown or already decided conflict, Error(Validation) when the kept
// version can no longer be taken (its problems are in the message).
void resolveConflict(Database& db, int64_t conflictId, ConflictChoice choice);

} // namespace safeledger
