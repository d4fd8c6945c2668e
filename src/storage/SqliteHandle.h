#pragma once
// SQLite's own handle of a connection, for storage's classes that call the C API directly
// (backup, bulk loading, statement preparation) and for the crash tests. Not part of the
// storage library's public interface: the libraries above it never see SQLite.

#include "safeledger/storage/Sqlite.h"

#include <sqlite3.h>

namespace safeledger::sql {

sqlite3* rawHandle(const Connection& conn);

} // namespace safeledger::sql
