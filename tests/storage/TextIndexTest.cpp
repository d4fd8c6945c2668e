// The hazard text index (schema step 2) kept in step by triggers, rebuilt after a bulk load, and
// watched by the checker.
#include "TestSupport.h"
#include "safeledger/demo/Generator.h"
#include "safeledger/storage/BulkLoad.h"
#include "safeledger/storage/Checker.h"
#include "safeledger/storage/HazardQuery.h"
#include "safeledger/storage/HazardService.h"

#include <catch2/catch.hpp>

#include <set>
#include <stdexcept>

using namespace safeledger;

namespace {

std::set<std::string> schemaObjects(Database& db, const std::string& table)
{
    sql::Statement st(db.connection(), "SELECT type || ' ' || name FROM sqlite_schema WHERE tbl_name = ? AND type IN "
                                       "('index', 'trigger') AND sql IS NOT NULL");
    st.bind(1, table);
    std::set<std::string> out;
    while (st.step()) {
        out.insert(st.text(0));
    }
    return out;
}

bool reports(const CheckReport& r, const std::string& words)
{
    for (const auto& p : r.problems) {
        if (p.find(words) != std::string::npos) {
            return true;
        }
    }
    return false;
}

int64_t textMatches(Database& db, const std::string& text)
{
    HazardFilter f;
    f.text = text;
    return HazardQuery(db, f).count();
}

int64_t likeMatches(Database& db, const std::string& text)
{
    sql::Statement st(db.connection(),
                      "SELECT count(*) FROM hazard WHERE instr(description, ?1) > 0 OR instr(location, ?1) > 0");
    st.bind(1, text);
    st.step();
    return st.int64(0);
}

// The factory's broken gas alarm in the tank farm: a hazard for the text index to find.
Hazard alarmHazard(const test::Fixture& fx)
{
    Hazard h;
    h.orgId = fx.factory.id;
    h.description = "储罐区可燃气体报警器失灵";
    h.location = "储罐区";
    h.foundOn = Date::fromParts(2025, 6, 1);
    h.deadline = Date::fromParts(2025, 6, 20);
    return h;
}

} // namespace

TEST_CASE("a generated county has its indexes, triggers and text index back", "[fts][generator]")
{
    auto db = Database::inMemory({FixedClock::at(Date::fromParts(2025, 6, 30)), "tester", 3, false});
    const auto before = schemaObjects(*db, "hazard");
    GenerateOptions g;
    g.orgs = 60;
    g.hazards = 3000;
    g.years = 2;
    generate(*db, g);
    CHECK(schemaObjects(*db, "hazard") == before);
    CHECK(before.count("trigger hazard_fts_insert") == 1);
    CHECK(before.count("index hazard_deadline") == 1);
    for (const char* text : {"灭火器", "配电箱", "消火栓"}) {
        INFO(text);
        CHECK(textMatches(*db, text) > 0);
        CHECK(textMatches(*db, text) == likeMatches(*db, text));
    }
    const CheckReport report = checkDatabase(*db);
    INFO((report.ok() ? "" : report.problems.front()));
    CHECK(report.ok());
}

TEST_CASE("a bulk load drops indexes and triggers and puts them back with the text index rebuilt", "[fts]")
{
    test::Fixture fx;
    Database& db = *fx.db;
    const auto before = schemaObjects(db, "hazard");
    Hazard h = alarmHazard(fx);
    const int64_t cache = db.connection().scalarInt("PRAGMA cache_size");
    {
        BulkLoad bulk(db, {"hazard"});
        CHECK(schemaObjects(db, "hazard").empty()); // only the uuid's own index is left
        CHECK(db.connection().scalarInt("PRAGMA cache_size") != cache);
        HazardService(db).registerHazard(h); // no trigger: not indexed yet
        CHECK(textMatches(db, "报警器") == 0);
        bulk.finish();
        bulk.finish(); // once only
    }
    CHECK(schemaObjects(db, "hazard") == before);
    CHECK(textMatches(db, "报警器") == 1);
    CHECK(db.connection().scalarInt("PRAGMA cache_size") == cache);
    {
        BulkLoad failed(db, {"hazard"}); // a load that never finishes puts everything back as it ends
        CHECK(schemaObjects(db, "hazard").empty());
    }
    CHECK(schemaObjects(db, "hazard") == before);
    CHECK(checkDatabase(db).ok());
}

TEST_CASE("a deferred text index indexes the new hazards in one statement, or rolls back whole", "[fts]")
{
    test::Fixture fx;
    Database& db = *fx.db;
    const auto before = schemaObjects(db, "hazard");
    Hazard h = alarmHazard(fx);
    HazardService(db).registerHazard(h); // kept row by row, before the load
    const auto add = [&](const std::string& description) {
        Hazard more = h;
        more.uuid.clear();
        more.description = description;
        HazardService(db).registerHazard(more);
    };
    db.write([&] {
        DeferredTextIndex index(db);
        CHECK(schemaObjects(db, "hazard").count("trigger hazard_fts_insert") == 0);
        add("配电箱门未上锁");
        add("二号配电箱接地线松脱");
        CHECK(textMatches(db, "配电箱") == 0); // not yet
        index.finish();
        CHECK(textMatches(db, "配电箱") == 2);
    });
    CHECK(schemaObjects(db, "hazard") == before);
    CHECK(textMatches(db, "报警器") == 1);
    CHECK(textMatches(db, "储罐区") == 3); // the location, of the old hazard and the two new ones
    db.write([&] {
        DeferredTextIndex index(db);
        add("消防通道被占用"); // finished as the index ends
    });
    CHECK(textMatches(db, "消防通道") == 1);
    CHECK(schemaObjects(db, "hazard") == before);
    try {
        db.write([&] {
            DeferredTextIndex index(db);
            add("应急照明灯损坏");
            throw std::runtime_error("the load fails");
        });
    } catch (const std::runtime_error&) {
    }
    CHECK(schemaObjects(db, "hazard") == before); // the rollback put the trigger back
    CHECK(textMatches(db, "应急照明") == 0);
    DeferredTextIndex outside(db); // outside a transaction it changes nothing
    CHECK(schemaObjects(db, "hazard") == before);
    CHECK(checkDatabase(db).ok());
}

TEST_CASE("a large load builds the table's plain indexes once, and puts them back whatever happens", "[fts][bulk]")
{
    test::Fixture fx;
    Database& db = *fx.db;
    const auto before = schemaObjects(db, "hazard");
    const auto storedSql = [&db] {
        sql::Statement st(db.connection(), "SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_schema WHERE "
                                           "tbl_name = 'hazard' AND type = 'index' AND sql IS NOT NULL ORDER BY name)");
        st.step();
        return st.text(0);
    };
    const std::string sqlBefore = storedSql();
    const auto add = [&](const std::string& description) {
        Hazard h = alarmHazard(fx);
        h.description = description;
        HazardService(db).registerHazard(h);
    };
    add("储罐区可燃气体报警器失灵");
    // Fewer rows than that: the indexes are kept row by row.
    db.write([&] {
        DeferredIndexes few(db, "hazard", DeferredIndexes::kMinRows - 1);
        CHECK_FALSE(few.deferred());
        CHECK(schemaObjects(db, "hazard") == before);
    });
    db.write([&] {
        DeferredIndexes many(db, "hazard", DeferredIndexes::kMinRows);
        CHECK(many.deferred());
        const auto during = schemaObjects(db, "hazard");
        CHECK(during.count("index hazard_found") == 0);
        CHECK(during.count("index hazard_org_found") == 0);
        CHECK(during.count("trigger hazard_fts_insert") == 1); // triggers are not its business
        add("配电箱门未上锁");
        many.finish();
        CHECK(schemaObjects(db, "hazard") == before);
    });
    db.write([&] {
        // Those it is told to keep stay (and are kept row by row); the others go.
        DeferredIndexes keeping(db, "hazard", DeferredIndexes::kMinRows, {"hazard_id", "hazard_org_found"});
        CHECK(keeping.deferred());
        const auto during = schemaObjects(db, "hazard");
        CHECK(during.count("index hazard_id") == 1);
        CHECK(during.count("index hazard_org_found") == 1);
        CHECK(during.count("index hazard_found") == 0);
        keeping.finish();
        CHECK(schemaObjects(db, "hazard") == before);
        // A name that is no index of the table (say, renamed since) is refused, however small the load.
        CHECK_THROWS_AS(DeferredIndexes(db, "hazard", 1, {"hazard_renamed"}), std::invalid_argument);
        CHECK_THROWS_AS(DeferredIndexes(db, "hazard", DeferredIndexes::kMinRows, {"org_name"}), std::invalid_argument);
        CHECK(schemaObjects(db, "hazard") == before);
    });
    CHECK(storedSql() == sqlBefore);
    // The new row is in the rebuilt index: a query by date that uses it finds both.
    CHECK(db.connection().scalarInt(
              "SELECT count(*) FROM hazard INDEXED BY hazard_found WHERE found_on = '2025-06-01'") == 2);
    // Ended without finish(): finished as it ends; a failed load's rollback puts them back.
    db.write([&] { DeferredIndexes unfinished(db, "hazard", DeferredIndexes::kMinRows); });
    CHECK(schemaObjects(db, "hazard") == before);
    try {
        db.write([&] {
            DeferredIndexes failing(db, "hazard", DeferredIndexes::kMinRows);
            add("消防通道被占用");
            throw std::runtime_error("the load fails");
        });
    } catch (const std::runtime_error&) {
    }
    CHECK(schemaObjects(db, "hazard") == before);
    CHECK(storedSql() == sqlBefore);
    CHECK(db.connection().scalarInt("SELECT count(*) FROM hazard") == 2);
    DeferredIndexes outside(db, "hazard", DeferredIndexes::kMinRows); // outside a transaction: nothing
    CHECK_FALSE(outside.deferred());
    CHECK(checkDatabase(db).ok());
}

TEST_CASE("a load smaller than its table keeps the table's indexes", "[fts][bulk]")
{
    // Rebuilding an index sorts every row the table holds: worth it only when the load adds at
    // least as many. A table of its own, so that 100,001 rows take a moment.
    test::Fixture fx;
    Database& db = *fx.db;
    auto& conn = db.connection();
    conn.exec("CREATE TABLE load_test (n INTEGER, label TEXT)");
    conn.exec("CREATE INDEX load_test_n ON load_test (n)");
    conn.exec("CREATE UNIQUE INDEX load_test_label ON load_test (label)");
    conn.exec("WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 100001) "
              "INSERT INTO load_test SELECT n, 'row ' || n FROM k");
    const auto before = schemaObjects(db, "load_test");
    REQUIRE(before.count("index load_test_n") == 1);
    db.write([&] {
        DeferredIndexes smaller(db, "load_test", DeferredIndexes::kMinRows); // 100,000 < 100,001
        CHECK_FALSE(smaller.deferred());
        CHECK(schemaObjects(db, "load_test") == before);
    });
    db.write([&] {
        DeferredIndexes asMany(db, "load_test", 100001);
        CHECK(asMany.deferred());
        const auto during = schemaObjects(db, "load_test");
        CHECK(during.count("index load_test_n") == 0);
        CHECK(during.count("index load_test_label") == 1); // a unique index guards: never dropped
    });
    CHECK(schemaObjects(db, "load_test") == before);
}

TEST_CASE("the checker finds a text index out of step and missing schema objects", "[fts][checker]")
{
    test::Fixture fx;
    Database& db = *fx.db;
    Hazard h;
    h.orgId = fx.factory.id;
    h.description = "配电箱门未上锁";
    h.foundOn = Date::fromParts(2025, 6, 1);
    h.deadline = Date::fromParts(2025, 6, 20);
    HazardService(db).registerHazard(h);
    REQUIRE(checkDatabase(db).ok());

    // Text changed behind the index's back (no trigger).
    db.connection().exec("DROP TRIGGER hazard_fts_update");
    db.connection().exec("UPDATE hazard SET description = '完全不同的描述' WHERE id = " + std::to_string(h.id));
    CheckReport r = checkDatabase(db);
    CHECK(reports(r, "schema: the trigger hazard_fts_update is missing"));
    CHECK(reports(r, "hazard_fts: the text index does not match"));

    // A hazard the index does not know at all.
    db.connection().exec("DROP TRIGGER hazard_fts_insert");
    Hazard other = h;
    other.uuid.clear();
    HazardService(db).registerHazard(other);
    r = checkDatabase(db);
    CHECK(reports(r, "hazard_fts: the text index must hold every hazard"));
    CHECK(reports(r, "schema: the trigger hazard_fts_insert is missing"));
}
