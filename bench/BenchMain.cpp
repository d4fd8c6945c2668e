// safeledger-bench: the product's questions at county scale, each asked twice in the same run —
// through the product's code, and as hand-written SQL on a plain sqlite3 connection (the physical
// limit of this schema) — and printed side by side against the targets.
//
//   safeledger-bench --db=/tmp/county.db [Google Benchmark flags]
//   SAFELEDGER_BENCH_DB=/tmp/county.db safeledger-bench
#include "BenchSetup.h"

#include "safeledger/core/Error.h"
#include "safeledger/storage/OrgService.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <set>
#include <stdexcept>

namespace safeledger::bench {

namespace {
std::vector<Question>& questionList()
{
    static std::vector<Question> all;
    return all;
}
} // namespace

BenchDb& benchDb()
{
    static BenchDb db;
    return db;
}

Raw::Raw(sqlite3* db, const char* sql)
{
    if (sqlite3_prepare_v2(db, sql, -1, &m_st, nullptr) != SQLITE_OK) {
        throw std::runtime_error(std::string("raw SQL: ") + sqlite3_errmsg(db) + " in: " + sql);
    }
}

Raw::~Raw()
{
    sqlite3_finalize(m_st);
}

Raw& Raw::bind(int i, const std::string& v)
{
    sqlite3_bind_text(m_st, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
}

Raw& Raw::bind(int i, int64_t v)
{
    sqlite3_bind_int64(m_st, i, v);
    return *this;
}

bool Raw::step()
{
    const int rc = sqlite3_step(m_st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        throw std::runtime_error(std::string("raw SQL: ") + sqlite3_errmsg(sqlite3_db_handle(m_st)));
    }
    return rc == SQLITE_ROW;
}

std::string Raw::text(int col) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_st, col));
    return p ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(m_st, col))) : std::string();
}

sqlite3* openRaw(const std::string& path)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        throw std::runtime_error("cannot open " + path);
    }
    return db;
}

void openBenchDb(const std::string& path)
{
    BenchDb& b = benchDb();
    b.path = path;
    OpenOptions o;
    o.readOnly = true;
    b.db = Database::open(path, o);
    b.raw = openRaw(path);
    // The same page cache as the product's connection (Database::configure): the same question.
    const std::string cache = "PRAGMA cache_size = -" + std::to_string(Database::kCacheMiB * 1024);
    sqlite3_exec(b.raw, cache.c_str(), nullptr, nullptr, nullptr);
    b.today = b.db->today();
    b.year = b.today.year();
    auto& conn = b.db->connection();
    b.hazards = conn.scalarInt("SELECT count(*) FROM hazard");
    sql::Statement town(conn, "SELECT t.id, t.name, t.path FROM org t WHERE t.kind = 'town' ORDER BY "
                              "(SELECT count(*) FROM org x WHERE x.path >= t.path AND x.path < "
                              "substr(t.path, 1, length(t.path) - 1) || '0') DESC, t.id LIMIT 1");
    if (!town.step()) {
        throw std::runtime_error(path + " holds no town; generate it with safeledger-cli generate");
    }
    b.townId = town.int64(0);
    b.townName = town.text(1);
    std::tie(b.townLow, b.townHigh) = OrgService::subtreeRange(town.text(2));
}

void registerPair(const Question& q, std::function<void()> product, std::function<void()> raw)
{
    questionList().push_back(q);
    const auto add = [&](const std::string& side, std::function<void()> fn) {
        benchmark::RegisterBenchmark((q.name + "/" + side).c_str(),
                                     [fn](benchmark::State& state) {
                                         for (auto _ : state) {
                                             fn();
                                         }
                                     })
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime();
    };
    add("product", std::move(product));
    add("raw SQL", std::move(raw));
}

const std::vector<Question>& questions()
{
    return questionList();
}

namespace {

// Keeps each benchmark's real and CPU time per iteration for the summary.
class Collector final : public benchmark::ConsoleReporter
{
public:
    struct Times
    {
        double real = 0, cpu = 0;
    };
    std::map<std::string, Times> ms;
    std::set<std::string> medians;
    void ReportRuns(const std::vector<Run>& runs) override
    {
        for (const auto& r : runs) {
            if (r.error_occurred) {
                continue;
            }
            // In the benchmark's unit, milliseconds. With --benchmark_repetitions, the median.
            const bool median = r.run_type == Run::RT_Aggregate && r.aggregate_name == "median";
            if (median || (r.run_type == Run::RT_Iteration && !medians.count(r.run_name.function_name))) {
                ms[r.run_name.function_name] = {r.GetAdjustedRealTime(), r.GetAdjustedCPUTime()};
            }
            if (median) {
                medians.insert(r.run_name.function_name);
            }
        }
        ConsoleReporter::ReportRuns(runs);
    }
};

// The table of docs/performance.md. Targets are judged on real (wall-clock) time; the process's
// CPU time is printed beside it because on a shared machine other processes stretch real time.
void printSummary(const Collector& c)
{
    std::printf("\n| question | product ms (cpu) | raw SQL ms (cpu) | product/raw | target | met |\n");
    std::printf("|---|---:|---:|---:|---|---|\n");
    for (const auto& q : questions()) {
        const auto p = c.ms.find(q.name + "/product");
        const auto r = c.ms.find(q.name + "/raw SQL");
        if (p == c.ms.end() || r == c.ms.end()) {
            continue;
        }
        const double ratio = r->second.real > 0 ? p->second.real / r->second.real : 0;
        bool met = true;
        if (q.limitMs > 0) {
            met = met && p->second.real < q.limitMs;
        }
        if (q.maxRatio > 0) {
            met = met && ratio <= q.maxRatio;
        }
        std::printf("| %s | %.2f (%.2f) | %.2f (%.2f) | %.2f | %s | %s |\n", q.name.c_str(), p->second.real,
                    p->second.cpu, r->second.real, r->second.cpu, ratio, q.target.c_str(),
                    q.target.empty() ? ""
                    : met            ? "yes"
                                     : "NO");
    }
}

} // namespace
} // namespace safeledger::bench

int main(int argc, char** argv)
{
    using namespace safeledger::bench;
    std::string path = std::getenv("SAFELEDGER_BENCH_DB") ? std::getenv("SAFELEDGER_BENCH_DB") : "";
    std::vector<char*> rest;
    for (int i = 0; i < argc; ++i) {
        if (std::strncmp(argv[i], "--db=", 5) == 0) {
            path = argv[i] + 5;
        } else {
            rest.push_back(argv[i]);
        }
    }
    if (path.empty()) {
        std::fprintf(stderr, "usage: safeledger-bench --db=PATH [benchmark flags]  (or SAFELEDGER_BENCH_DB=PATH)\n"
                             "  PATH: a database made by safeledger-cli generate PATH --orgs 10000 --hazards 1000000 "
                             "--years 20 --seed 1\n");
        return 2;
    }
    try {
        openBenchDb(path);
        registerFigures();
        registerList();
        registerRecords();
        registerCampaigns();
        registerGrids();
        registerPlans();
        registerDue();
        registerReport();
        if (std::getenv("SAFELEDGER_BENCH_EXCHANGE_DB")) {
            registerExchange();
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "safeledger-bench: %s\n", e.what());
        return 3;
    }
    const BenchDb& b = benchDb();
    std::printf("database %s: %lld hazards; today %s; town %s (id %lld); SQLite %s\n", path.c_str(),
                static_cast<long long>(b.hazards), b.today.toString().c_str(), b.townName.c_str(),
                static_cast<long long>(b.townId), sqlite3_libversion());
    int n = static_cast<int>(rest.size());
    benchmark::Initialize(&n, rest.data());
    Collector collector;
    benchmark::RunSpecifiedBenchmarks(&collector);
    printSummary(collector);
    benchmark::Shutdown();
    return 0;
}
