#pragma once
// The databases the fuzz targets and their seed writer work with.

#include "safeledger/storage/Database.h"

#include <memory>

namespace safeledger::fuzz {

// In memory, on a fixed date (2026-11-20), no records.
std::unique_ptr<Database> emptyDatabase();
// In memory: a town, a village, an enterprise with a credit code, an inspection with a closed and
// an open hazard (progress, verification, photo), a document, a penalty.
std::unique_ptr<Database> smallDatabase();

} // namespace safeledger::fuzz
