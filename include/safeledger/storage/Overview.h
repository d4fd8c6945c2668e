#pragma once

#include "safeledger/storage/Database.h"

#include <cstdint>

namespace safeledger {

// What a database holds at a glance: live (not voided) units, inspections and hazards, the
// hazards still open (registered, rectifying or awaiting verification) and of those the overdue
// ones as of the database clock's today.
struct Overview
{
    int64_t units = 0;
    int64_t inspections = 0;
    int64_t hazards = 0;
    int64_t openHazards = 0;
    int64_t overdue = 0;
};

Overview loadOverview(Database& db);

} // namespace safeledger
