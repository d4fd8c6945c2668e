// Issue 13: the audit viewer's questions of the trail, counted by hand on a small ledger.
#include "safeledger/storage/AuditLog.h"
#include "TestSupport.h"
#include "safeledger/storage/Accounts.h"
#include "safeledger/storage/HazardService.h"

#include <catch2/catch.hpp>

using namespace safeledger;

TEST_CASE("Audit log: filtered by account, record type, action and period, newest first, a page at a time", "[audit]")
{
    Accounts::setCost(Accounts::Cost::Minimal);
    test::Fixture fx; // 4 units, written without an account (rows 1-4, on 2025-06-30)
    Accounts accounts(*fx.db);
    accounts.createFirstAdministrator("wang", "王安全", "password1"); // row 5
    accounts.add("zhang", "张三", Role::Officer, "password1");        // row 6
    fx.clock->advance(2 * 86400);                                     // 2025-07-02
    fx.db->signIn({"zhang", "password1"});
    Hazard h;
    h.orgId = fx.factory.id;
    h.source = HazardSource::SelfCheck;
    h.description = "配电箱门损坏";
    h.foundOn = Date::fromParts(2025, 7, 1);
    h.deadline = Date::fromParts(2025, 7, 20);
    HazardService hazards(*fx.db);
    hazards.registerHazard(h); // row 7
    h = hazards.get(h.id);
    h.location = "二号车间";
    hazards.edit(h);          // row 8
    fx.clock->advance(86400); // 2025-07-03
    fx.db->signIn({"wang", "password1"});
    hazards.voidHazard(h.id, "重复登记"); // row 9

    AuditLog log(*fx.db);
    CHECK(log.count({}) == 9);
    CHECK(log.accounts() == std::vector<std::string>{"", "wang", "zhang"});
    CHECK(log.entities() == std::vector<std::string>{"account", "hazard", "org"});

    AuditFilter byZhang;
    byZhang.account = "zhang";
    CHECK(log.count(byZhang) == 2);
    AuditFilter withoutAccount;
    withoutAccount.account = "";
    CHECK(log.count(withoutAccount) == 4);
    AuditFilter hazardRows;
    hazardRows.entity = "hazard";
    const auto rows = log.rows(hazardRows);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].action == "void"); // newest first
    CHECK(rows[0].account == "wang");
    CHECK(rows[2].action == "create");
    CHECK(rows[2].operatorName == "张三");
    AuditFilter july2;
    july2.from = Date::fromParts(2025, 7, 2);
    july2.to = Date::fromParts(2025, 7, 2);
    CHECK(log.count(july2) == 2);
    AuditFilter voids;
    voids.action = "void";
    voids.entityUuid = h.uuid;
    CHECK(log.count(voids) == 1);

    // Pages: 4 rows, then the 4 before them, then the last one.
    const auto first = log.rows({}, 0, 4);
    REQUIRE(first.size() == 4);
    CHECK(first.front().id == 9);
    const auto second = log.rows({}, first.back().id, 4);
    REQUIRE(second.size() == 4);
    CHECK(second.front().id == 5);
    CHECK(log.rows({}, second.back().id, 4).size() == 1);

    // The edit, side by side: the location changed, and the row version with it (the clock stood
    // still, so modified_at did not).
    const auto edit = log.rows({std::nullopt, std::nullopt, std::nullopt, "hazard", "update", h.uuid});
    REQUIRE(edit.size() == 1);
    int changed = 0;
    for (const AuditField& f : AuditLog::fields(edit[0].before, edit[0].after)) {
        changed += f.changed;
        if (f.name == "location") {
            CHECK(f.before.empty());
            CHECK(f.after == "二号车间");
            CHECK(f.changed);
        }
        if (f.name == "description") {
            CHECK(f.before == "配电箱门损坏");
            CHECK_FALSE(f.changed);
        }
    }
    CHECK(changed == 2);
}
