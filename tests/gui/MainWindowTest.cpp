#include "GuiFixture.h"

#include "AppSettings.h"
#include "MainWindow.h"
#include "OverviewPage.h"
#include "StartDialog.h"
#include "safeledger/storage/Database.h"
#include "safeledger/storage/OrgService.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>

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

TEST_CASE("the first start without any database offers a ledger of one's own or the demo", "[gui]")
{
    GuiFixture fixture;
    const QString path = AppSettings::defaultDatabasePath();
    QFile::remove(path);

    MainWindow window{test::clock()};
    window.show();
    window.openAtStartup(QString());
    auto* start = window.findChild<StartDialog*>(QStringLiteral("startDialog"));
    REQUIRE(start != nullptr);
    CHECK(start->isVisible());
    CHECK(window.database() == nullptr);
    CHECK(start->findChild<QPushButton*>(QStringLiteral("startDemo")) != nullptr);
    CHECK(start->findChild<QPushButton*>(QStringLiteral("startOpen")) != nullptr);

    // A credit code whose check character is wrong: said in the dialog, nothing created.
    auto* name = start->findChild<QLineEdit*>(QStringLiteral("startUnitName"));
    auto* kind = start->findChild<QComboBox*>(QStringLiteral("startUnitKind"));
    auto* code = start->findChild<QLineEdit*>(QStringLiteral("startCreditCode"));
    auto* create = start->findChild<QPushButton*>(QStringLiteral("startCreate"));
    auto* error = start->findChild<QLabel*>(QStringLiteral("startError"));
    name->setText(QStringLiteral("青山工业园区"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("park")));
    REQUIRE(kind->currentIndex() >= 0);
    code->setText(QStringLiteral("91350100M000100Y44"));
    create->click();
    CHECK(start->isVisible());
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("check character")));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(window.database() == nullptr);

    // Corrected: the ledger is made with its top unit, opened on the Units page.
    code->setText(QStringLiteral("91350100m000100y43"));
    create->click();
    INFO(error->text().toStdString());
    REQUIRE(window.database() != nullptr);
    CHECK(QFileInfo::exists(path));
    CHECK(window.database()->path() == QFile::encodeName(path).toStdString());
    const auto units = OrgService(*window.database()).findByName("青山工业园区");
    REQUIRE(units.size() == 1);
    CHECK(units.front().kind == OrgKind::Park);
    CHECK(units.front().creditCode == "91350100M000100Y43");
    CHECK_FALSE(units.front().parentId.has_value());
    CHECK(window.findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget()->objectName() ==
          QStringLiteral("unitsPage"));
    QCoreApplication::processEvents();
    CHECK(window.findChild<StartDialog*>(QStringLiteral("startDialog")) == nullptr); // closed and deleted
}

TEST_CASE("the start dialog can be put off: nothing is created", "[gui]")
{
    GuiFixture fixture;
    QFile::remove(AppSettings::defaultDatabasePath());
    MainWindow window{test::clock()};
    window.show();
    window.openAtStartup(QString());
    auto* start = window.findChild<StartDialog*>(QStringLiteral("startDialog"));
    REQUIRE(start != nullptr);
    start->findChild<QPushButton*>(QStringLiteral("startLater"))->click();
    CHECK(start->choice() == StartDialog::Choice::None);
    CHECK(window.database() == nullptr);
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

// Not a test: the start dialog as a PNG (SAFELEDGER_SCREENSHOTS=DIR, SAFELEDGER_SCREENSHOTS_LANG=zh_CN).
TEST_CASE("start dialog screenshot", "[.screenshots]")
{
    GuiFixture fixture;
    useScreenshotLanguage();
    QFile::remove(AppSettings::defaultDatabasePath());
    MainWindow window{test::clock()};
    window.openAtStartup(QString());
    auto* start = window.findChild<StartDialog*>(QStringLiteral("startDialog"));
    REQUIRE(start != nullptr);
    start->findChild<QLineEdit*>(QStringLiteral("startUnitName"))->setText(QStringLiteral("青山镇"));
    start->findChild<QLineEdit*>(QStringLiteral("startCreditCode"))->setText(QStringLiteral("11350100M000100Y4X"));
    start->findChild<QPushButton*>(QStringLiteral("startCreate"))->click();
    shoot(*start, QStringLiteral("start-dialog"));
}
