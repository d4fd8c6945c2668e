#pragma once

#include <cstdint>
#include <memory>
#include <string>

class QThreadPool;

namespace safeledger {

class Database;

// Reading on a worker thread. The user's connection belongs to the UI thread, so work moved off it
// opens a second, read-only connection to the same file (WAL lets it read while the UI writes),
// whose clock stands where the user's stood when the work was asked for: both judge "overdue" on
// the same day.
namespace WorkerConnection {

// Database files of at least this size (a county's, not a town's) have their lists read in the
// background; a town's database answers in milliseconds and is read on the spot.
constexpr int64_t kBigFileBytes = int64_t(32) << 20;

// `db` is a file a second connection can open (not a private in-memory database).
bool hasFile(const Database& db);
// `db` is a file of bigFileBytes() or more.
bool isBig(const Database& db);
// The size from which a file counts as big: kBigFileBytes unless set (tests set 0 to send a small
// database's reads to the worker threads too).
int64_t bigFileBytes();
void setBigFileBytes(int64_t bytes);
// A read-only connection to the file at `path` with a clock fixed at `nowSeconds`. Throws Error.
std::unique_ptr<Database> open(const std::string& path, int64_t nowSeconds);

// The threads for the application's long work (reads, backups, exports, reports). Never Qt's global
// pool: Qt's raster painting borrows that pool's threads to fill big areas and waits for one, so
// long work there freezes the window's painting until it ends (measured: 300-900 ms at opening a
// county database while its pages read).
QThreadPool* pool();

} // namespace WorkerConnection
} // namespace safeledger
