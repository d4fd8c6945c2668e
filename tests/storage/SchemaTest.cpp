#include "TempDir.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/Database.h"
#include "safeledger/storage/OrgService.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>

using namespace safeledger;
namespace fs = std::filesystem;

namespace {
using test::TempDir;

std::string contents(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

Error::Kind openError(const std::string& path)
{
    try {
        Database::open(path);
    } catch (const Error& e) {
        return e.kind();
    }
    FAIL("the file was opened");
    return Error::Kind::Storage;
}
} // namespace

TEST_CASE("a new database is migrated from empty to the latest schema", "[schema]")
{
    TempDir dir;
    const std::string path = dir.file("new.db");
    {
        auto db = Database::create(path);
        auto& c = db->connection();
        CHECK(c.scalarInt("PRAGMA user_version") == Database::schemaVersion());
        CHECK(c.scalarInt("PRAGMA application_id") == Database::kApplicationId);
        CHECK(c.scalarInt("PRAGMA foreign_keys") == 1);
        {
            sql::Statement mode(c, "PRAGMA journal_mode");
            REQUIRE(mode.step());
            CHECK(mode.text(0) == "wal");
        }
        for (const char* table :
             {"org", "person", "certificate", "agreement", "checklist_template", "template_item", "inspection",
              "inspection_item", "hazard", "rectification", "verification", "enforcement_document", "document_hazard",
              "penalty", "accident", "activity", "attachment", "audit", "report_text"}) {
            sql::Statement st(c, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?");
            st.bind(1, table);
            st.step();
            INFO(table);
            CHECK(st.int64(0) == 1);
        }
        Organisation town;
        town.name = "青山镇";
        town.kind = OrgKind::Town;
        OrgService(*db).add(town);
    }
    struct stat st
    {
    };
    REQUIRE(::stat(path.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);

    auto reopened = Database::open(path);
    CHECK(reopened->connection().scalarInt("SELECT count(*) FROM org") == 1);
    CHECK(reopened->connection().scalarInt("PRAGMA foreign_keys") == 1);
}

TEST_CASE("create refuses to overwrite an existing database", "[schema]")
{
    TempDir dir;
    const std::string path = dir.file("x.db");
    Database::create(path);
    const std::string before = contents(path);
    CHECK_THROWS_AS(Database::create(path), Error);
    CHECK(contents(path) == before);
}

TEST_CASE("create in a folder that does not exist says so, not that someone holds the file", "[schema]")
{
    TempDir dir;
    const std::string path = dir.file("no-such-folder/x.db");
    try {
        Database::create(path);
        FAIL("created in a missing folder");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::NotFound);
        CHECK(std::string(e.what()) == "cannot open " + path + ": No such file or directory");
    }
    CHECK_FALSE(std::filesystem::exists(dir.file("no-such-folder")));
}

TEST_CASE("files that are not SafeLedger databases are refused without being written", "[schema]")
{
    TempDir dir;
    const std::string text = dir.file("notes.txt");
    std::ofstream(text) << "not a database at all\n";
    const std::string other = dir.file("other.db");
    {
        sql::Connection c(other, sql::Connection::Mode::ReadWriteCreate);
        c.exec("CREATE TABLE t(x); INSERT INTO t VALUES (1)");
    }
    const std::string newer = dir.file("newer.db");
    Database::create(newer)->connection().exec("PRAGMA user_version = 999");

    for (const auto& path : {text, other, newer}) {
        const std::string before = contents(path);
        INFO(path);
        CHECK(openError(path) == (path == newer ? Error::Kind::NewerSchema : Error::Kind::NotADatabase));
        CHECK(contents(path) == before);
    }
    CHECK(openError(dir.file("missing.db")) == Error::Kind::NotFound);
    CHECK_FALSE(fs::exists(dir.file("missing.db")));
    CHECK(openError(dir.path.string()) == Error::Kind::NotADatabase);
}

TEST_CASE("the audit trail cannot be rewritten", "[schema][audit]")
{
    auto db = Database::inMemory();
    Organisation town;
    town.name = "青山镇";
    town.kind = OrgKind::Town;
    OrgService(*db).add(town);
    CHECK_THROWS_AS(db->connection().exec("UPDATE audit SET operator = 'someone else'"), Error);
    CHECK_THROWS_AS(db->connection().exec("DELETE FROM audit"), Error);
    CHECK(db->connection().scalarInt("SELECT count(*) FROM audit") == 1);
}

TEST_CASE("a read-only database refuses writes with a clear error", "[schema]")
{
    TempDir dir;
    const std::string path = dir.file("ro.db");
    Database::create(path);
    OpenOptions o;
    o.readOnly = true;
    auto db = Database::open(path, o);
    Organisation town;
    town.name = "青山镇";
    try {
        OrgService(*db).add(town);
        FAIL("a read-only database accepted a write");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::ReadOnly);
    }
}

TEST_CASE("one process writes a database at a time; a second opener is told who holds it", "[schema][lock]")
{
    TempDir dir;
    const std::string path = dir.file("shared.db");
    auto writer = Database::create(path);
    try {
        Database::open(path);
        FAIL("a second writer was let in");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Locked);
        CHECK(std::string(e.what()).find("process " + std::to_string(::getpid())) != std::string::npos);
    }
    OpenOptions fallback;
    fallback.readOnlyIfLocked = true;
    auto reader = Database::open(path, fallback);
    CHECK(reader->isReadOnly());
    CHECK(reader->lockHolder().find(std::to_string(::getpid())) != std::string::npos);
    writer.reset();
    auto next = Database::open(path); // the lock went with the first writer
    CHECK_FALSE(next->isReadOnly());
    CHECK(next->lockHolder().empty());
}
