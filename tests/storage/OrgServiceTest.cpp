#include "TestSupport.h"
#include "safeledger/core/CreditCode.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/HazardService.h"

#include <catch2/catch.hpp>

using namespace safeledger;

TEST_CASE("units keep materialised paths and subtrees are ranges", "[org]")
{
    test::Fixture fx;
    OrgService orgs(*fx.db);
    CHECK(fx.town.path == "/" + std::to_string(fx.town.id) + "/");
    CHECK(fx.factory.path == fx.village.path + std::to_string(fx.factory.id) + "/");
    CHECK(orgs.countInSubtree(fx.town.id) == 4);
    CHECK(orgs.countInSubtree(fx.village.id) == 3);
    CHECK(orgs.countInSubtree(fx.factory.id) == 1);
}

TEST_CASE("ids sharing a prefix do not leak into each other's subtree", "[org]")
{
    test::Fixture fx;
    OrgService orgs(*fx.db);
    // Create units until some id starts with the town's id followed by a digit (e.g. 1 and 10).
    Organisation last;
    for (int i = 0; i < 12; ++i) {
        Organisation o;
        o.name = "单位" + std::to_string(i);
        o.kind = OrgKind::Town;
        orgs.add(o);
        last = o;
    }
    CHECK(orgs.countInSubtree(fx.town.id) == 4);
    CHECK(orgs.countInSubtree(last.id) == 1);
}

TEST_CASE("moving a unit moves its subtree and cycles are refused", "[org]")
{
    test::Fixture fx;
    OrgService orgs(*fx.db);
    Organisation other;
    other.name = "西村";
    other.kind = OrgKind::Village;
    other.parentId = fx.town.id;
    orgs.add(other);

    Organisation factory = orgs.get(fx.factory.id);
    factory.parentId = other.id;
    orgs.update(factory);
    CHECK(orgs.countInSubtree(other.id) == 2);
    CHECK(orgs.countInSubtree(fx.village.id) == 2);

    Organisation village = orgs.get(fx.village.id);
    orgs.update(village); // no move: path unchanged
    Organisation town = orgs.get(fx.town.id);
    town.parentId = other.id; // the town under its own village
    CHECK_THROWS_AS(orgs.update(town), Error);
    CHECK(orgs.get(fx.town.id).parentId == std::nullopt);

    // Moving the village moves the shop below it too.
    village = orgs.get(fx.village.id);
    village.parentId = other.id;
    orgs.update(village);
    CHECK(orgs.countInSubtree(other.id) == 4);
    CHECK(orgs.get(fx.shop.id).path == orgs.get(fx.village.id).path + std::to_string(fx.shop.id) + "/");
}

TEST_CASE("credit codes are validated and unique", "[org][creditcode]")
{
    test::Fixture fx;
    OrgService orgs(*fx.db);
    Organisation o;
    o.name = "某化工有限公司";
    o.parentId = fx.village.id;
    o.creditCode = "91350100M000100Y43";
    orgs.add(o);
    Organisation dup;
    dup.name = "另一家";
    dup.parentId = fx.village.id;
    dup.creditCode = o.creditCode;
    try {
        orgs.add(dup);
        FAIL("duplicate credit code accepted");
    } catch (const Error& e) {
        CHECK(e.field() == "credit_code");
        CHECK(std::string(e.what()).find("某化工有限公司") != std::string::npos);
    }
    dup.creditCode = "91350100M000100Y44";
    CHECK_THROWS_AS(orgs.add(dup), Error);
    CHECK(orgs.findByCreditCode("91350100M000100Y43")->name == "某化工有限公司");
}

TEST_CASE("a unit with open hazards cannot be voided; its closed ones stay as history", "[org][void]")
{
    test::Fixture fx;
    HazardService hazards(*fx.db);
    const auto hazardOf = [&](RectificationMode mode, const std::string& description) {
        Hazard h;
        h.orgId = fx.shop.id;
        h.description = description;
        h.foundOn = Date::fromParts(2025, 6, 10);
        h.mode = mode;
        if (mode != RectificationMode::OnSpot) {
            h.deadline = Date::fromParts(2025, 6, 25);
        }
        hazards.registerHazard(h, "李安全");
        return h;
    };
    hazardOf(RectificationMode::OnSpot, "通道堆放杂物"); // fixed on the spot: closed
    const Hazard first = hazardOf(RectificationMode::Deadline, "灭火器过期");
    const Hazard second = hazardOf(RectificationMode::Deadline, "电线私拉乱接");

    OrgService orgs(*fx.db);
    Organisation shop = orgs.get(fx.shop.id);
    try {
        orgs.voidUnit(shop, "已注销");
        FAIL("a unit with two open hazards was voided");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Validation);
        CHECK(std::string(e.what()) ==
              "东村小卖部 still has 2 open hazards; close or void them first (its history stays on record)");
    }
    CHECK_FALSE(orgs.get(fx.shop.id).isVoided());
    hazards.voidHazard(first.id, "重复录入");
    CHECK_THROWS_AS(orgs.voidUnit(shop, "已注销"), Error);
    hazards.voidHazard(second.id, "重复录入");
    orgs.voidUnit(shop, "已注销"); // only the closed hazard is left: history
    CHECK(orgs.get(fx.shop.id).isVoided());
}

TEST_CASE("a unit with live children cannot be voided; a voided unit takes no children", "[org][void]")
{
    test::Fixture fx;
    OrgService orgs(*fx.db);
    Organisation village = orgs.get(fx.village.id);
    CHECK_THROWS_AS(orgs.voidUnit(village, "合并"), Error);
    Organisation shop = orgs.get(fx.shop.id);
    orgs.voidUnit(shop, "已注销");
    CHECK(orgs.get(fx.shop.id).isVoided());
    Organisation child;
    child.name = "小卖部仓库";
    child.parentId = fx.shop.id;
    CHECK_THROWS_AS(orgs.add(child), Error);
}
