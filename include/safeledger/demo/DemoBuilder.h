#pragma once

#include "safeledger/core/Date.h"
#include "safeledger/storage/Database.h"

#include <cstdint>
#include <functional>

namespace safeledger {

// The demo database: one town (青山镇) with its villages, industrial park, departments, schools
// and about 150 enterprises and small businesses, and two years of its safety work (all of 2025
// and 2026 up to demoToday()): agreements, inspections with checklists, hazards in every state,
// enforcement documents, accidents, penalties, activities and a few photos.

// The fixed "today" of the demo: 2026-11-20.
Date demoToday();
// The UUID seed the demo database is created with.
uint64_t demoSeed();

// Fills an EMPTY database created with
//   Database::create(path, {FixedClock::at(demoToday()), "演示数据", demoSeed()})
// through the services, so every rule and audit row applies. Deterministic: the same content,
// uuids included, on every run. All of it is one transaction. progress(percent), 0..100, may be
// empty. Throws Error(Validation) when the database already holds units.
void buildDemo(Database& db, const std::function<void(int)>& progress = {});

} // namespace safeledger
