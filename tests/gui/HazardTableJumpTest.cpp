// A jump deep into the hazard list runs on a worker thread with its own connection and lands in
// the model as the same rows a direct query returns.
#include "GuiFixture.h"

#include "pages/HazardTableModel.h"
#include "safeledger/demo/Generator.h"
#include "safeledger/storage/HazardQuery.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace safeledger;
using namespace safeledger::test;

namespace {

// A database file of 2,000 hazards: ten pages of the model.
std::unique_ptr<Database> bigDatabase(const GuiFixture& fixture, uint64_t seed)
{
    auto db = Database::create(fixture.path(QStringLiteral("big.db")).toStdString(), test::options());
    GenerateOptions g;
    g.orgs = 40;
    g.hazards = 2000;
    g.years = 2;
    g.seed = seed;
    generate(*db, g, [](const std::string&, int) {});
    return db;
}

} // namespace

TEST_CASE("a jump into the middle of the list is read in the background", "[gui][hazards]")
{
    GuiFixture fixture;
    auto db = bigDatabase(fixture, 11);

    HazardTableModel model;
    model.setDatabase(db.get());
    model.reload();
    REQUIRE(model.rowCount() == 2000);
    const int row = 1234; // page 6: neither the first page nor next to a loaded one
    HazardQuery direct(*db, {}, HazardSort::FoundOn, true);
    const HazardPage expected = direct.at(row, 1);
    REQUIRE(expected.rows.size() == 1);

    QSignalSpy loaded(&model, &HazardTableModel::pageLoaded);
    // Asked for, the row is not there yet: it is being read.
    CHECK_FALSE(model.data(model.index(row, HazardTableModel::Id)).isValid());
    CHECK(model.pendingJumps() == 1);
    // Asking again does not start a second read.
    CHECK_FALSE(model.data(model.index(row + 1, HazardTableModel::Id)).isValid());
    CHECK(model.pendingJumps() == 1);

    REQUIRE(loaded.wait(20000));
    CHECK(loaded.at(0).at(0).toInt() == 1200);
    CHECK(loaded.at(0).at(1).toInt() == 1399);
    CHECK(model.pendingJumps() == 0);
    CHECK(model.data(model.index(row, HazardTableModel::Id)).toLongLong() == expected.rows[0].id);
    // The page after it follows by keyset, at once.
    const HazardPage next = direct.at(1400, 1);
    CHECK(model.data(model.index(1400, HazardTableModel::Id)).toLongLong() == next.rows[0].id);
}

TEST_CASE("a jump that arrives after the list changed is dropped", "[gui][hazards]")
{
    GuiFixture fixture;
    auto db = bigDatabase(fixture, 12);

    HazardTableModel model;
    model.setDatabase(db.get());
    model.reload();
    QSignalSpy loaded(&model, &HazardTableModel::pageLoaded);
    CHECK_FALSE(model.data(model.index(1500, HazardTableModel::Id)).isValid());
    model.sort(HazardTableModel::Deadline, Qt::AscendingOrder); // a new list
    CHECK(model.pendingJumps() == 0);
    CHECK_FALSE(loaded.wait(1500));

    // Synchronous jumps (in-memory databases, or switched off) answer at once.
    model.setBackgroundJumps(false);
    HazardQuery direct(*db, {}, HazardSort::Deadline, false);
    CHECK(model.data(model.index(1500, HazardTableModel::Id)).toLongLong() == direct.at(1500, 1).rows[0].id);
}
