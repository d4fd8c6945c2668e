// A second copy of the program on the same database (issue 19, item 1): the window says plainly
// who holds the file, forms that write are shut, and once the writer has gone the window offers
// to open the database for editing, on the page it was on; opening the same file again does it too.

#include "GuiFixture.h"

#include "MainWindow.h"
#include "pages/HazardsPage.h"
#include "safeledger/core/Hazard.h"
#include "safeledger/storage/Repository.h"
#include "safeledger/storage/WriterLock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace safeledger;

namespace {

template <class T>
T* child(const QObject& root, const char* name)
{
    auto* w = root.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w != nullptr);
    return w;
}

struct HeldElsewhere
{
    test::GuiFixture fixture;
    QString path;
    std::optional<WriterLock> other; // the first copy's writer lock

    HeldElsewhere()
    {
        fixture.createPopulated(QStringLiteral("town.db"));
        path = fixture.path(QStringLiteral("town.db"));
        std::string holder;
        other = WriterLock::tryAcquire(QFile::encodeName(path).toStdString(), holder);
        REQUIRE(other.has_value());
    }
};

} // namespace

TEST_CASE("a second copy says who holds the file, keeps forms shut, and takes over when the writer goes",
          "[gui][readonly]")
{
    HeldElsewhere held;
    MainWindow window{test::clock()};
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.load(held.path).isEmpty());
    REQUIRE(window.database()->isReadOnly());

    auto* banner = child<QFrame>(window, "readOnlyBanner");
    CHECK(banner->isVisible());
    const QString text = child<QLabel>(window, "readOnlyBannerText")->text();
    INFO(text.toStdString());
    CHECK(text.contains(QString::number(QCoreApplication::applicationPid())));
    CHECK_FALSE(child<QWidget>(window, "inspectionPage")->isEnabled());
    CHECK_FALSE(child<QPushButton>(*child<QWidget>(window, "accidentsPage"), "newRecordButton")->isEnabled());
    auto* takeOver = child<QPushButton>(window, "takeOverButton");
    window.checkWriter();
    CHECK_FALSE(takeOver->isVisible()); // the writer is still there

    const auto hazards = Repository<Hazard>(*window.database()).where("1 = 1", {});
    REQUIRE_FALSE(hazards.empty());
    window.showHazard(hazards.front().id);

    held.other.reset(); // the first copy closes the database
    window.checkWriter();
    REQUIRE(takeOver->isVisible());
    QTest::mouseClick(takeOver, Qt::LeftButton);
    REQUIRE(window.database() != nullptr);
    CHECK_FALSE(window.database()->isReadOnly());
    CHECK_FALSE(banner->isVisible());
    CHECK(child<QWidget>(window, "inspectionPage")->isEnabled());
    auto* hazardsPage = child<HazardsPage>(window, "hazardsPage");
    CHECK(child<QStackedWidget>(window, "pages")->currentWidget() == hazardsPage);
    CHECK(hazardsPage->shownHazardId() == hazards.front().id);
}

TEST_CASE("opening the same file again takes it for editing once its writer has gone", "[gui][readonly]")
{
    HeldElsewhere held;
    MainWindow window{test::clock()};
    window.show();
    REQUIRE(window.load(held.path).isEmpty());
    REQUIRE(window.database()->isReadOnly());
    // Still held: opening it again leaves it read-only, and says so.
    REQUIRE(window.openDatabase(held.path));
    CHECK(window.database()->isReadOnly());
    CHECK(child<QFrame>(window, "readOnlyBanner")->isVisible());

    held.other.reset();
    REQUIRE(window.openDatabase(held.path));
    CHECK_FALSE(window.database()->isReadOnly());
    CHECK_FALSE(child<QFrame>(window, "readOnlyBanner")->isVisible());
}
