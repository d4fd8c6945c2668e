#pragma once
// Shared helpers of the exchange tests: temporary folders, the demo database (built once per
// run and copied), a small database with one record of every kind, and a dump of a table's rows
// to compare databases value by value.

#include "safeledger/core/Clock.h"
#include "safeledger/exchange/LedgerImporter.h"
#include "safeledger/storage/Database.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace safeledger::test {

// A fresh folder under the system's temporary folder, removed at exit.
class TempDir final
{
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    std::string path(const std::string& name) const { return (m_dir / name).string(); }

private:
    std::filesystem::path m_dir;
};

// An empty in-memory database whose "today" is the demo's (2026-11-20).
std::unique_ptr<Database> emptyDatabase(const std::string& operatorName = "导入员", uint64_t seed = 7);

// The demo database, built once per test run in a temporary file; each call opens a fresh copy
// at `copyPath`.
std::unique_ptr<Database> demoCopy(const std::string& copyPath);

// A small database: 青山镇 → 东村 → 青山机械厂 / 东村小卖部, a person with a certificate, an
// agreement, a checklist, an inspection with two items and two hazards (one closed with progress,
// verification and a photo, one open), a document listing both, a penalty, an accident and an
// activity. Built through the services on the demo's date.
std::unique_ptr<Database> smallDatabase(uint64_t seed = 11);

// Every row of `table` ordered by its first column, each value as "type:text" (blobs in hex).
std::vector<std::vector<std::string>> rows(Database& db, const std::string& table);

// A sheet of text cells, as a reader would give it: rows by number, cells from column A.
Sheet textSheet(const std::string& name, const std::vector<std::pair<int, std::vector<std::string>>>& rows);

// A ledger's or a roster's preview's errors (or warnings) as LedgerProblem::describe() words them,
// in order.
std::vector<std::string> describedProblems(const std::vector<LedgerProblem>& problems, bool errors);

// A ZIP archive written by hand, so that the tests control every field.
struct ZipEntry
{
    std::string name;
    std::string content;
    uint16_t method = 8; // 8 deflated, 0 stored
    uint16_t flags = 0;
    int crcDelta = 0; // a wrong checksum
};
std::string makeZip(const std::vector<ZipEntry>& entries);

// Reads a whole file.
std::string readFile(const std::string& path);
void writeFile(const std::string& path, const std::string& content);

} // namespace safeledger::test
