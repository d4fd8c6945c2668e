// The annual summary's prose (存在问题, 下一步工作计划): kept per unit, year and section, every
// write versioned and audited, a stale save refused.
#include "safeledger/storage/ReportNotes.h"
#include "TestSupport.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/ArchiveQueries.h"
#include "safeledger/storage/Checker.h"
#include "safeledger/storage/Sqlite.h"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>

using namespace safeledger;

namespace {

Error::Kind errorKind(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.kind();
    }
    FAIL("expected an Error");
    return Error::Kind::Storage;
}

} // namespace

TEST_CASE("report notes are kept per unit, year and section", "[report_notes]")
{
    test::Fixture fx;
    ReportNotes notes(*fx.db);
    CHECK_FALSE(notes.find(fx.town.id, 2025, ReportSection::Problems));
    CHECK(notes.text(fx.town.id, 2025, ReportSection::Problems).empty());

    const ReportNote problems = notes.save(fx.town.id, 2025, ReportSection::Problems, "部分企业消防通道堵塞", 0);
    CHECK(problems.version == 1);
    CHECK_FALSE(problems.uuid.empty());
    notes.save(fx.town.id, 2025, ReportSection::Plan, "开展消防专项整治", 0);
    notes.save(fx.village.id, 2025, ReportSection::Problems, "村级网格员不足", 0);
    notes.save(0, 2025, ReportSection::Problems, "全县：培训覆盖不足", 0);
    notes.save(fx.town.id, 2024, ReportSection::Problems, "上年问题", 0);

    CHECK(notes.text(fx.town.id, 2025, ReportSection::Problems) == "部分企业消防通道堵塞");
    CHECK(notes.text(fx.town.id, 2025, ReportSection::Plan) == "开展消防专项整治");
    CHECK(notes.text(fx.village.id, 2025, ReportSection::Problems) == "村级网格员不足");
    CHECK(notes.text(0, 2025, ReportSection::Problems) == "全县：培训覆盖不足");
    CHECK(notes.text(fx.town.id, 2024, ReportSection::Problems) == "上年问题");
    CHECK(notes.text(fx.village.id, 2025, ReportSection::Plan).empty());
    CHECK(checkDatabase(*fx.db).ok());
}

TEST_CASE("saving a report note again replaces it, bumps its version and audits both writes", "[report_notes]")
{
    test::Fixture fx;
    ReportNotes notes(*fx.db);
    const ReportNote first = notes.save(fx.town.id, 2025, ReportSection::Plan, "第一稿", 0);
    const ReportNote second = notes.save(fx.town.id, 2025, ReportSection::Plan, "第二稿", first.version);
    CHECK(second.uuid == first.uuid);
    CHECK(second.version == 2);
    CHECK(notes.text(fx.town.id, 2025, ReportSection::Plan) == "第二稿");

    const auto trail = ArchiveQueries(*fx.db).auditTrail(first.uuid);
    REQUIRE(trail.size() == 2);
    CHECK(trail[0].action == "create");
    CHECK(trail[0].entity == "report_note");
    CHECK(trail[0].after.find("第一稿") != std::string::npos);
    CHECK(trail[1].action == "update");
    CHECK(trail[1].before.find("第一稿") != std::string::npos);
    CHECK(trail[1].after.find("第二稿") != std::string::npos);
    CHECK(trail[1].operatorName == "tester");
}

TEST_CASE("a report note saved from a stale copy is refused and changes nothing", "[report_notes]")
{
    test::Fixture fx;
    ReportNotes notes(*fx.db);
    const ReportNote opened = notes.save(fx.town.id, 2025, ReportSection::Problems, "甲写的", 0);
    notes.save(fx.town.id, 2025, ReportSection::Problems, "乙改的", opened.version); // version 2 now
    const auto auditRows = fx.db->connection().scalarInt("SELECT count(*) FROM audit");

    // 甲 still has version 1 open.
    CHECK(errorKind([&] { notes.save(fx.town.id, 2025, ReportSection::Problems, "甲又改", opened.version); }) ==
          Error::Kind::Conflict);
    // A second "new" note over an existing one is stale too.
    CHECK(errorKind([&] { notes.save(fx.town.id, 2025, ReportSection::Problems, "丙新写", 0); }) ==
          Error::Kind::Conflict);
    CHECK(notes.text(fx.town.id, 2025, ReportSection::Problems) == "乙改的");
    CHECK(fx.db->connection().scalarInt("SELECT count(*) FROM audit") == auditRows);
}

TEST_CASE("report notes refuse an unknown unit and a year out of range", "[report_notes]")
{
    test::Fixture fx;
    ReportNotes notes(*fx.db);
    CHECK(errorKind([&] { notes.save(999, 2025, ReportSection::Plan, "x", 0); }) == Error::Kind::NotFound);
    CHECK(errorKind([&] { notes.save(fx.town.id, 1989, ReportSection::Plan, "x", 0); }) == Error::Kind::Validation);
    CHECK(fx.db->connection().scalarInt("SELECT count(*) FROM report_note") == 0);
    CHECK(reportSectionFromCode("problems") == ReportSection::Problems);
    CHECK(reportSectionFromCode("plan") == ReportSection::Plan);
    CHECK_FALSE(reportSectionFromCode("summary"));
}

TEST_CASE("schema step 5 carries the prose of version 1's report_text over into report notes",
          "[report_notes][migration]")
{
    std::ifstream in(std::string(SAFELEDGER_TEST_DATA) + "/v1-ledger.sql");
    REQUIRE(in.good());
    const std::string dump{std::istreambuf_iterator<char>(in), {}};
    char tmpl[] = "/tmp/safeledger-notes-XXXXXX";
    const std::filesystem::path dir = mkdtemp(tmpl);
    const std::string path = (dir / "ledger.db").string();
    {
        sql::Connection c(path, sql::Connection::Mode::ReadWriteCreate);
        c.exec(dump);
        c.exec("INSERT INTO report_text (org_id, year, section, body, modified_at) VALUES "
               "(2, 2025, 'problems', '坪山镇的问题', '2025-12-01T08:00:00Z'), "
               "(2, 2025, 'plan', '坪山镇的计划', '2025-12-01T08:00:00Z')");
    }
    {
        auto db = Database::open(path);
        ReportNotes notes(*db);
        CHECK(notes.text(2, 2025, ReportSection::Problems) == "坪山镇的问题");
        const auto plan = notes.find(2, 2025, ReportSection::Plan);
        REQUIRE(plan);
        CHECK(plan->body == "坪山镇的计划");
        CHECK(plan->version == 1);
        CHECK(plan->modifiedAt == "2025-12-01T08:00:00Z");
        CHECK(checkDatabase(*db).ok());
        // Saved again as a record like any other.
        notes.save(2, 2025, ReportSection::Plan, "新计划", plan->version);
        CHECK(notes.text(2, 2025, ReportSection::Plan) == "新计划");
    }
    std::filesystem::remove_all(dir);
}
