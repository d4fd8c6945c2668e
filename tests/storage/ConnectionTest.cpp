// The connection's progress hook: how work outside storage cancels a running statement without
// SQLite's C API (src/app/ExchangeJob.cpp uses it for the exchange dialogs' Cancel); and the
// read snapshot a preview holds across its many queries.

#include "TempDir.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/Sqlite.h"

#include <catch2/catch.hpp>

#include <atomic>

using namespace safeledger;

namespace {
// A statement that runs for millions of SQLite steps.
constexpr const char* kLong =
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000000) SELECT count(*) FROM n";
} // namespace

TEST_CASE("a progress handler that says stop interrupts the running statement", "[storage][sqlite]")
{
    sql::Connection conn(":memory:", sql::Connection::Mode::ReadWriteCreate);
    std::atomic<int> calls = 0;
    std::atomic<bool> cancel = false;
    conn.setProgressHandler(1000, [&] {
        ++calls;
        if (calls == 5) {
            cancel = true; // as the user's Cancel would, part way through
        }
        return cancel.load();
    });
    try {
        conn.scalarInt(kLong);
        FAIL("the statement ran to its end");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Storage);
        CHECK(std::string(e.what()).find("interrupt") != std::string::npos);
    }
    CHECK(calls == 5);

    // Without the handler the same statement runs to its end, and the hook is not called again.
    conn.setProgressHandler(0, {});
    CHECK(conn.scalarInt(kLong) == 5000000);
    CHECK(calls == 5);
}

TEST_CASE("a read snapshot sees one state of the database until it ends", "[storage][sqlite]")
{
    test::TempDir dir;
    const std::string path = dir.file("snapshot.db");
    sql::Connection reader(path, sql::Connection::Mode::ReadWriteCreate);
    reader.exec("PRAGMA journal_mode = WAL; CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1)");
    sql::Connection writer(path, sql::Connection::Mode::ReadWrite);
    {
        const sql::ReadSnapshot snapshot(reader);
        CHECK(reader.scalarInt("SELECT count(*) FROM t") == 1);
        writer.exec("INSERT INTO t VALUES (2)");                // another connection writes meanwhile (WAL)
        CHECK(reader.scalarInt("SELECT count(*) FROM t") == 1); // still the snapshot's state
        {
            const sql::ReadSnapshot inner(reader); // inside one already open: nothing of its own
        }
        CHECK(reader.scalarInt("SELECT count(*) FROM t") == 1);
    }
    CHECK(reader.scalarInt("SELECT count(*) FROM t") == 2); // ended: the database as it is now
}
