#pragma once

#include "safeledger/storage/Sqlite.h"

namespace safeledger::schema {

// The ordered migration steps; step i takes a database from user_version i to i + 1.
int latestVersion();
// Applies every step above the database's user_version, each in its own transaction.
void migrate(sql::Connection& conn);

} // namespace safeledger::schema
