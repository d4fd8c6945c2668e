#pragma once
// A small fixture: an in-memory database at a fixed date with a town, a village and two
// enterprises, so that every storage test starts from the same known tree.

#include "safeledger/core/Clock.h"
#include "safeledger/storage/Database.h"
#include "safeledger/storage/OrgService.h"

namespace safeledger::test {

struct Fixture
{
    std::shared_ptr<FixedClock> clock = FixedClock::at(Date::fromParts(2025, 6, 30));
    std::unique_ptr<Database> db = Database::inMemory({clock, "tester", 42, false});
    Organisation town, village, factory, shop;

    Fixture()
    {
        OrgService orgs(*db);
        town.name = "青山镇";
        town.kind = OrgKind::Town;
        orgs.add(town);
        village.name = "东村";
        village.kind = OrgKind::Village;
        village.parentId = town.id;
        orgs.add(village);
        factory.name = "青山机械厂";
        factory.kind = OrgKind::Enterprise;
        factory.sector = Sector::Manufacturing;
        factory.parentId = village.id;
        orgs.add(factory);
        shop.name = "东村小卖部";
        shop.kind = OrgKind::Business;
        shop.sector = Sector::Commerce;
        shop.parentId = village.id;
        orgs.add(shop);
    }
};

} // namespace safeledger::test
