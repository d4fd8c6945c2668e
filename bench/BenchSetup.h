#pragma once
// Shared state of safeledger-bench: the database under test, opened once through the product
// (Database) and once as a plain sqlite3 connection for the hand-written SQL it is compared with.

#include "safeledger/storage/Database.h"

#include <sqlite3.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace safeledger::bench {

struct BenchDb
{
    std::string path;
    std::unique_ptr<Database> db; // read-only, through the product
    sqlite3* raw = nullptr;       // read-only, plain SQLite
    Date today;
    int year = 0;       // today's year: "the year's figures" so far
    int64_t townId = 0; // the town with the most units
    std::string townName, townLow, townHigh;
    int64_t hazards = 0;
};

BenchDb& benchDb();

// Opens `path` for both sides, or throws.
void openBenchDb(const std::string& path);

// A plain sqlite3 statement for the raw side: prepared, values bound, finalized on scope exit.
class Raw final
{
public:
    Raw(sqlite3* db, const char* sql);
    ~Raw();
    Raw(const Raw&) = delete;
    Raw& operator=(const Raw&) = delete;
    Raw& bind(int i, const std::string& v);
    Raw& bind(int i, int64_t v);
    bool step();
    int64_t integer(int col) const { return sqlite3_column_int64(m_st, col); }
    double real(int col) const { return sqlite3_column_double(m_st, col); }
    std::string text(int col) const;
    sqlite3_stmt* handle() const { return m_st; }

private:
    sqlite3_stmt* m_st = nullptr;
};

sqlite3* openRaw(const std::string& path);

// Side by side: each question is registered twice, "<question>/product" and "<question>/raw SQL",
// and the summary table at the end pairs them.
struct Question
{
    std::string name;
    std::string target;  // e.g. "< 50 ms", "≤ 1.5× raw, < 150 ms"
    double limitMs = 0;  // 0: no absolute target
    double maxRatio = 0; // 0: no ratio target
};
void registerPair(const Question& q, std::function<void()> product, std::function<void()> raw);
const std::vector<Question>& questions();

// Registered by BenchFigures.cpp and BenchList.cpp; they also check that both sides agree.
// Later issues add theirs the same way, one file and one call in BenchMain.cpp each: the annual
// report (product: the report pipeline; raw: its figures' SQL), JSON export and import, and ledger
// import (raw: the same rows through prepared INSERTs).
void registerFigures();
void registerList();
void registerRecords();   // BenchRecords.cpp: the Inspections page's list, a hazard's documents
void registerCampaigns(); // BenchCampaigns.cpp: the year's campaigns with their figures
void registerGrids();     // BenchGrids.cpp: the year's grids with their figures
void registerPlans();     // BenchPlans.cpp: a town's inspection plans with their progress
void registerDue();       // BenchDue.cpp: the to-do list and `due` (issue 14)
// BenchExchange.cpp: the JSON package's export and import and the ledger's import at 100,000
// hazards, on its own source database; registered only when $SAFELEDGER_BENCH_EXCHANGE_DB is set.
void registerExchange();
// BenchReport.cpp: the annual summary's PDF for the county and for one town, beside the Statistics
// calls it makes (its "raw" side).
void registerReport();

} // namespace safeledger::bench
