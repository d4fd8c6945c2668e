#pragma once

#include "PackagePlanData.h"
#include "safeledger/storage/Database.h"

namespace safeledger::package {

// Checks a well-formed package against the database and decides what happens to each record:
// references resolve (in the package or here), every record to be written obeys the core's rules,
// the unit tree stays a tree, a closed hazard has its passing verification, and each record is
// new, the same, older, newer or in conflict. Writes nothing.
void checkAgainstDatabase(Database& db, PackagePlan::Data& d);

} // namespace safeledger::package
