// The exchange at 100,000 hazards: the JSON package's export and import and the ledger's (.xlsx)
// import, each beside its raw-SQL equivalent in the same run:
//   - export: the product's exportPackage against every row of the same tables read with plain
//     SELECTs and written as one JSON object per line (nlohmann::json, as the product uses);
//   - imports: the product's plan + apply (preview + apply for the ledger) into an empty database
//     against plain prepared INSERTs, in one transaction, of exactly the rows the product wrote
//     (records, their audit and sync rows), into an empty database of the same schema.
// Both import sides include creating the empty database (a few milliseconds).
//
// The source is its own database (the county's million hazards are ten times the question):
// $SAFELEDGER_BENCH_EXCHANGE_DB, by default /tmp/safeledger-bench-exchange.db, generated when
// missing with 2,000 units, 100,000 hazards over 5 years, seed 3 (as docs/performance.md's CLI
// measurements). Its files go to the folder beside it, "<db>.work".
#include "BenchSetup.h"

#include "safeledger/demo/Generator.h"
#include "safeledger/exchange/LedgerExporter.h"
#include "safeledger/exchange/LedgerImporter.h"
#include "safeledger/exchange/PackageExporter.h"
#include "safeledger/exchange/PackageImporter.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace safeledger::bench {

namespace {

namespace fs = std::filesystem;

struct Value
{
    int type = SQLITE_NULL;
    int64_t integer = 0;
    double real = 0;
    std::string text; // text or blob bytes
};

// Every row of the tables a product import wrote, to be inserted again by plain SQL.
struct TableRows
{
    std::string name;
    int columns = 0;
    std::vector<std::vector<Value>> rows;
};

struct ExchangeFixture
{
    std::string source;  // the generated database
    std::string work;    // its folder of files
    std::string package; // the source as one package
    std::string ledger;  // the source's hazards as an .xlsx ledger
    int64_t hazards = 0;
    std::vector<TableRows> afterPackage, afterLedger;
    int64_t packageHazards = 0, ledgerHazards = 0;
};

ExchangeFixture& fixture()
{
    static ExchangeFixture f;
    return f;
}

void removeDatabase(const std::string& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        fs::remove(path + suffix);
    }
    fs::remove(WriterLock::lockPathFor(path));
}

std::unique_ptr<Database> emptyDatabase(const std::string& path)
{
    removeDatabase(path);
    OpenOptions o;
    o.operatorName = "bench";
    return Database::create(path, o);
}

sqlite3* openWritable(const std::string& path)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        throw std::runtime_error("cannot open " + path);
    }
    return db;
}

void exec(sqlite3* db, const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const std::string text = message ? message : "?";
        sqlite3_free(message);
        throw std::runtime_error(std::string("raw SQL: ") + text + " in: " + sql);
    }
}

// The ordinary tables that hold rows (not SQLite's own, not the text index's shadow tables,
// which its triggers fill).
std::vector<std::string> dataTables(sqlite3* db)
{
    std::vector<std::string> names;
    Raw r(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
              "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' ORDER BY rowid");
    while (r.step()) {
        names.push_back(r.text(0));
    }
    return names;
}

std::vector<TableRows> readAllRows(const std::string& path)
{
    sqlite3* db = openRaw(path);
    std::vector<TableRows> out;
    for (const std::string& table : dataTables(db)) {
        Raw r(db, ("SELECT * FROM \"" + table + "\"").c_str());
        TableRows t;
        t.name = table;
        t.columns = sqlite3_column_count(r.handle());
        while (r.step()) {
            std::vector<Value> row(static_cast<size_t>(t.columns));
            for (int c = 0; c < t.columns; ++c) {
                Value& v = row[static_cast<size_t>(c)];
                v.type = sqlite3_column_type(r.handle(), c);
                if (v.type == SQLITE_INTEGER) {
                    v.integer = r.integer(c);
                } else if (v.type == SQLITE_FLOAT) {
                    v.real = r.real(c);
                } else if (v.type != SQLITE_NULL) {
                    const auto* p = static_cast<const char*>(sqlite3_column_blob(r.handle(), c));
                    v.text.assign(p ? p : "", static_cast<size_t>(sqlite3_column_bytes(r.handle(), c)));
                }
            }
            t.rows.push_back(std::move(row));
        }
        if (!t.rows.empty()) {
            out.push_back(std::move(t));
        }
    }
    sqlite3_close(db);
    return out;
}

// The raw side of an import: an empty database of the same schema, then every row through a
// prepared INSERT in one transaction. Returns the hazards it holds afterwards.
int64_t rawInsert(const std::vector<TableRows>& tables, const std::string& path)
{
    emptyDatabase(path).reset();
    sqlite3* db = openWritable(path);
    // As the product's imports do (src/exchange/LargeCache.h): a 256 MiB page cache while writing.
    exec(db, "PRAGMA synchronous = FULL");
    exec(db, "PRAGMA cache_size = -262144");
    exec(db, "BEGIN IMMEDIATE");
    for (const TableRows& t : tables) {
        std::string sql = "INSERT OR REPLACE INTO \"" + t.name + "\" VALUES (";
        for (int c = 0; c < t.columns; ++c) {
            sql += c ? ",?" : "?";
        }
        sql += ")";
        Raw insert(db, sql.c_str());
        for (const auto& row : t.rows) {
            for (int c = 0; c < t.columns; ++c) {
                const Value& v = row[static_cast<size_t>(c)];
                switch (v.type) {
                case SQLITE_INTEGER:
                    sqlite3_bind_int64(insert.handle(), c + 1, v.integer);
                    break;
                case SQLITE_FLOAT:
                    sqlite3_bind_double(insert.handle(), c + 1, v.real);
                    break;
                case SQLITE_TEXT:
                    sqlite3_bind_text(insert.handle(), c + 1, v.text.data(), static_cast<int>(v.text.size()),
                                      SQLITE_STATIC);
                    break;
                case SQLITE_BLOB:
                    sqlite3_bind_blob(insert.handle(), c + 1, v.text.data(), static_cast<int>(v.text.size()),
                                      SQLITE_STATIC);
                    break;
                default:
                    sqlite3_bind_null(insert.handle(), c + 1);
                }
            }
            insert.step();
            sqlite3_reset(insert.handle());
        }
    }
    exec(db, "COMMIT");
    int64_t hazards = 0;
    {
        Raw count(db, "SELECT count(*) FROM hazard");
        count.step();
        hazards = count.integer(0);
    }
    sqlite3_close(db);
    return hazards;
}

// The product's package import into an empty database; returns the hazards it holds.
int64_t productPackageImport(const std::string& package, const std::string& path)
{
    auto db = emptyDatabase(path);
    PackageImporter importer(*db);
    const PackagePlan plan = importer.planFile(package);
    if (!plan.ok()) {
        throw std::runtime_error(package + ": " + plan.problems().front().pointer + ": " +
                                 plan.problems().front().message.english());
    }
    importer.apply(plan);
    return db->connection().scalarInt("SELECT count(*) FROM hazard");
}

int64_t productLedgerImport(const std::string& ledger, const std::string& path)
{
    auto db = emptyDatabase(path);
    LedgerImporter importer(*db);
    LedgerImportOptions o;
    o.createMissingUnits = true;
    const LedgerPreview preview = importer.preview(ledger, o);
    if (!preview.ok()) {
        throw std::runtime_error(ledger + ": " + std::to_string(preview.errors()) + " errors");
    }
    importer.apply(preview);
    return db->connection().scalarInt("SELECT count(*) FROM hazard");
}

// The raw side of the export: the same tables' rows as JSON, one object per line.
int64_t rawExport(sqlite3* db, const std::vector<std::string>& tables, const std::string& path)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    int64_t rows = 0;
    for (const std::string& table : tables) {
        Raw r(db, ("SELECT * FROM \"" + table + "\"").c_str());
        const int columns = sqlite3_column_count(r.handle());
        std::vector<std::string> names;
        for (int c = 0; c < columns; ++c) {
            names.emplace_back(sqlite3_column_name(r.handle(), c));
        }
        while (r.step()) {
            nlohmann::json row = nlohmann::json::object();
            for (int c = 0; c < columns; ++c) {
                switch (sqlite3_column_type(r.handle(), c)) {
                case SQLITE_INTEGER:
                    row[names[static_cast<size_t>(c)]] = r.integer(c);
                    break;
                case SQLITE_FLOAT:
                    row[names[static_cast<size_t>(c)]] = r.real(c);
                    break;
                case SQLITE_NULL:
                    row[names[static_cast<size_t>(c)]] = nullptr;
                    break;
                default: // text (blobs would be base64 in a package; the generator writes none)
                    row[names[static_cast<size_t>(c)]] = r.text(c);
                }
            }
            out << "{\"" << table << "\":" << row.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                << "}\n";
            ++rows;
        }
    }
    return rows;
}

void prepare()
{
    ExchangeFixture& f = fixture();
    const char* env = std::getenv("SAFELEDGER_BENCH_EXCHANGE_DB");
    f.source = env && *env ? env : "/tmp/safeledger-bench-exchange.db";
    f.work = f.source + ".work";
    fs::create_directories(f.work);
    if (!fs::exists(f.source)) {
        std::fprintf(stderr, "generating %s (2,000 units, 100,000 hazards, 5 years)…\n", f.source.c_str());
        OpenOptions o;
        o.operatorName = "bench";
        auto db = Database::create(f.source, o);
        GenerateOptions g;
        g.orgs = 2000;
        g.hazards = 100000;
        g.years = 5;
        g.seed = 3;
        generate(*db, g);
    }
    f.package = f.work + "/source.json";
    f.ledger = f.work + "/source.xlsx";
    {
        OpenOptions o;
        o.readOnly = true;
        auto db = Database::open(f.source, o);
        f.hazards = db->connection().scalarInt("SELECT count(*) FROM hazard");
        exportPackageFile(*db, f.package);
        exportLedger(*db, f.ledger);
    }
    // What the product writes, once, for the raw side to write again.
    const std::string reference = f.work + "/reference.db";
    f.packageHazards = productPackageImport(f.package, reference);
    f.afterPackage = readAllRows(reference);
    f.ledgerHazards = productLedgerImport(f.ledger, reference);
    f.afterLedger = readAllRows(reference);
    removeDatabase(reference);
    if (rawInsert(f.afterPackage, f.work + "/raw.db") != f.packageHazards ||
        rawInsert(f.afterLedger, f.work + "/raw.db") != f.ledgerHazards) {
        throw std::runtime_error("exchange: the raw inserts and the product hold different hazards");
    }
    std::printf("exchange source %s: %lld hazards; package %lld bytes, imports %lld hazards; ledger %lld "
                "bytes, imports %lld hazards\n",
                f.source.c_str(), static_cast<long long>(f.hazards), static_cast<long long>(fs::file_size(f.package)),
                static_cast<long long>(f.packageHazards), static_cast<long long>(fs::file_size(f.ledger)),
                static_cast<long long>(f.ledgerHazards));
}

} // namespace

void registerExchange()
{
    prepare();
    ExchangeFixture& f = fixture();
    OpenOptions readOnly;
    readOnly.readOnly = true;
    // Shared by the export's two sides; read-only, as the CLI exports while the GUI has the file
    // (no sync_state rows are written).
    static std::unique_ptr<Database> source = Database::open(f.source, readOnly);
    static sqlite3* raw = openRaw(f.source);
    static const std::vector<std::string> tables = dataTables(raw);

    registerPair(
        {"exchange: JSON export, 100,000 hazards", "", 0, 0},
        [&f] { exportPackageFile(*source, f.work + "/product.json"); },
        [&f] { rawExport(raw, tables, f.work + "/raw.json"); });
    registerPair(
        {"exchange: JSON import, 100,000 hazards", "", 0, 0},
        [&f] { productPackageImport(f.package, f.work + "/product.db"); },
        [&f] { rawInsert(f.afterPackage, f.work + "/raw.db"); });
    registerPair(
        {"exchange: XLSX ledger import, 100,000 rows", "", 0, 0},
        [&f] { productLedgerImport(f.ledger, f.work + "/product.db"); },
        [&f] { rawInsert(f.afterLedger, f.work + "/raw.db"); });
}

} // namespace safeledger::bench
