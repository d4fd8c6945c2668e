#include "GuiFixture.h"

#include "AppSettings.h"
#include "MainWindow.h"
#include "OverviewPage.h"
#include "safeledger/storage/Database.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

#include <unistd.h>

#include <catch2/catch.hpp>

using namespace safeledger;
using namespace safeledger::test;

namespace {

QString labelText(const QWidget& root, const char* objectName)
{
    const auto* label = root.findChild<QLabel*>(QString::fromLatin1(objectName));
    REQUIRE(label != nullptr);
    return label->text();
}

QMessageBox* messageBox(const QWidget& root, const char* objectName)
{
    return root.findChild<QMessageBox*>(QString::fromLatin1(objectName));
}

void closeMessageBoxes(const QWidget& root)
{
    for (QMessageBox* box : root.findChildren<QMessageBox*>()) {
        box->reject();
    }
    QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("the window shows the database's path, the operator and the overview figures", "[gui]")
{
    GuiFixture fixture;
    const KnownFigures expected = fixture.createPopulated(QStringLiteral("town.db"));
    QSettings().setValue(QStringLiteral("operator"), QStringLiteral("安全员小王"));

    MainWindow window{test::clock()};
    window.resize(1280, 800);
    window.show();
    REQUIRE(window.load(fixture.path(QStringLiteral("town.db"))).isEmpty());

    const QString native =
        QDir::toNativeSeparators(QFileInfo(fixture.path(QStringLiteral("town.db"))).absoluteFilePath());
    CHECK(labelText(window, "databasePathLabel") == native);
    CHECK(labelText(window, "operatorLabel").contains(QStringLiteral("安全员小王")));
    CHECK_FALSE(window.findChild<QLabel*>(QStringLiteral("accessLabel"))->isVisible());
    CHECK(window.windowTitle().startsWith(QStringLiteral("town.db")));
    CHECK(window.windowTitle().contains(QStringLiteral("安全生产台账")));

    const OverviewPage* page = window.findChild<OverviewPage*>(QStringLiteral("overviewPage"));
    REQUIRE(page != nullptr);
    // A town's figures are read on the spot; only a county-sized file's wait for a worker thread.
    CHECK_FALSE(page->isBusy());
    CHECK(labelText(*page, "unitsValue") == QString::number(expected.units));
    CHECK(labelText(*page, "inspectionsValue") == QString::number(expected.inspections));
    CHECK(labelText(*page, "hazardsValue") == QString::number(expected.hazards));
    CHECK(labelText(*page, "openHazardsValue") == QString::number(expected.openHazards));
    CHECK(labelText(*page, "overdueValue") == QString::number(expected.overdue));
    CHECK(labelText(*page, "asOfLabel").contains(QString::fromUtf8(window.database()->today().toString())));
    // The dashboard is the start page: the overview shows its figures on its own stack.
    CHECK(page->findChild<QWidget*>(QStringLiteral("figuresPage"))->isVisibleTo(page));

    // The successful open is remembered for the next start and in the recent files.
    CHECK(AppSettings::lastDatabase() == QFileInfo(fixture.path(QStringLiteral("town.db"))).absoluteFilePath());
}

TEST_CASE("an empty database shows zeros and the last opened database comes first in Recent files", "[gui]")
{
    GuiFixture fixture;
    fixture.createPopulated(QStringLiteral("town.db"));
    fixture.createEmpty(QStringLiteral("empty.db"));

    MainWindow window{test::clock()};
    REQUIRE(window.load(fixture.path(QStringLiteral("town.db"))).isEmpty());
    REQUIRE(window.load(fixture.path(QStringLiteral("empty.db"))).isEmpty());
    for (const char* name : {"unitsValue", "inspectionsValue", "hazardsValue", "openHazardsValue", "overdueValue"}) {
        CHECK(labelText(window, name) == QStringLiteral("0"));
    }
    const auto* recent = window.findChild<QMenu*>(QStringLiteral("menuRecent"));
    REQUIRE(recent != nullptr);
    const QList<QAction*> actions = recent->actions();
    REQUIRE(actions.size() >= 2);
    CHECK(actions[0]->text().endsWith(QStringLiteral("empty.db")));
    CHECK(actions[1]->text().endsWith(QStringLiteral("town.db")));
}

TEST_CASE("a file that is not a database is refused in words and nothing is opened", "[gui]")
{
    GuiFixture fixture;
    const QString notes = fixture.path(QStringLiteral("notes.db"));
    QFile file(notes);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("These are my notes, not a ledger. They are long enough to look like a file header.\n");
    file.close();

    MainWindow window{test::clock()};
    window.show();
    CHECK_FALSE(window.openDatabase(notes));
    CHECK(window.database() == nullptr);
    QMessageBox* box = messageBox(window, "errorMessage");
    REQUIRE(box != nullptr);
    CHECK(box->text().contains(QStringLiteral("is not a SafeLedger database")));
    CHECK(box->text().contains(QStringLiteral("notes.db")));
    CHECK(labelText(window, "databasePathLabel") == QStringLiteral("No database open"));
    const auto* overview = window.findChild<QWidget*>(QStringLiteral("overviewPage"));
    CHECK(overview->findChild<QWidget*>(QStringLiteral("emptyPage"))->isVisibleTo(overview));
    closeMessageBoxes(window);
}

TEST_CASE("a missing file is reported and the open database stays open", "[gui]")
{
    GuiFixture fixture;
    fixture.createEmpty(QStringLiteral("empty.db"));
    MainWindow window{test::clock()};
    window.show();
    REQUIRE(window.openDatabase(fixture.path(QStringLiteral("empty.db"))));

    const QString error = window.load(fixture.path(QStringLiteral("gone.db")));
    CHECK(error.contains(QStringLiteral("does not exist")));
    REQUIRE(window.database() != nullptr);
    CHECK(labelText(window, "databasePathLabel").endsWith(QStringLiteral("empty.db")));
}

TEST_CASE("a write-protected database opens read-only and the status bar says so", "[gui]")
{
    if (::geteuid() == 0) {
        WARN("running as root: file permissions do not stop root from writing; not checked");
        return;
    }
    GuiFixture fixture;
    fixture.createPopulated(QStringLiteral("locked.db"));
    const QString path = fixture.path(QStringLiteral("locked.db"));
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));

    MainWindow window{test::clock()};
    window.show();
    REQUIRE(window.load(path).isEmpty());
    REQUIRE(window.database() != nullptr);
    CHECK(window.database()->isReadOnly());
    const auto* access = window.findChild<QLabel*>(QStringLiteral("accessLabel"));
    CHECK(access->isVisible());
    CHECK(access->text().contains(QStringLiteral("Read-only")));
    CHECK(labelText(window, "unitsValue") == QStringLiteral("3"));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST_CASE("a database another program is writing opens read-only and the status bar says who", "[gui]")
{
    GuiFixture fixture;
    fixture.createPopulated(QStringLiteral("busy.db"));
    const QString path = fixture.path(QStringLiteral("busy.db"));
    // The writer lock is per open file, so this connection stands in for another program.
    OpenOptions writerOptions;
    writerOptions.operatorName = "other";
    writerOptions.clock = test::clock();
    const auto writer = Database::open(QFile::encodeName(path).toStdString(), writerOptions);
    REQUIRE_FALSE(writer->isReadOnly());

    MainWindow window{test::clock()};
    window.show();
    REQUIRE(window.load(path).isEmpty());
    REQUIRE(window.database() != nullptr);
    CHECK(window.database()->isReadOnly());
    const auto* access = window.findChild<QLabel*>(QStringLiteral("accessLabel"));
    CHECK(access->isVisible());
    CHECK(access->text().startsWith(QStringLiteral("Read-only")));
    CHECK(access->text().contains(QString::number(QCoreApplication::applicationPid())));
    CHECK(labelText(window, "hazardsValue") == QStringLiteral("5"));
}

TEST_CASE("the first start without any database offers to create the demo", "[gui]")
{
    GuiFixture fixture;
    QFile::remove(AppSettings::defaultDatabasePath());

    MainWindow window{test::clock()};
    window.show();
    window.openAtStartup(QString());
    QMessageBox* question = messageBox(window, "createDemoQuestion");
    REQUIRE(question != nullptr);
    CHECK(question->informativeText().contains(QDir::toNativeSeparators(AppSettings::defaultDatabasePath())));
    CHECK(window.database() == nullptr);
    closeMessageBoxes(window);
    CHECK_FALSE(QFileInfo::exists(AppSettings::defaultDatabasePath()));
}

TEST_CASE("a later start opens the last database, and a path on the command line wins", "[gui]")
{
    GuiFixture fixture;
    fixture.createPopulated(QStringLiteral("town.db"));
    fixture.createEmpty(QStringLiteral("empty.db"));
    AppSettings::setLastDatabase(fixture.path(QStringLiteral("town.db")));

    {
        MainWindow window{test::clock()};
        window.openAtStartup(QString());
        REQUIRE(window.database() != nullptr);
        CHECK(labelText(window, "databasePathLabel").endsWith(QStringLiteral("town.db")));
    }
    {
        MainWindow window{test::clock()};
        window.openAtStartup(fixture.path(QStringLiteral("empty.db")));
        REQUIRE(window.database() != nullptr);
        CHECK(labelText(window, "databasePathLabel").endsWith(QStringLiteral("empty.db")));
    }
}
