#include "GuiFixture.h"

#include "DemoJob.h"
#include "MainWindow.h"
#include "safeledger/demo/DemoBuilder.h"
#include "safeledger/storage/Database.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace safeledger;
using namespace safeledger::test;

TEST_CASE("a cancelled demo build leaves no file behind", "[gui][demo]")
{
    GuiFixture fixture;
    const QString path = fixture.path(QStringLiteral("cancelled.db"));
    int calls = 0;
    const QString error = DemoJob::build(
        path, [&calls](int) { ++calls; }, [] { return true; });
    CHECK(error.isEmpty());
    CHECK(calls == 0);
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(QDir(fixture.path(QString())).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("the demo is refused over an existing file", "[gui][demo]")
{
    GuiFixture fixture;
    fixture.createEmpty(QStringLiteral("taken.db"));
    const QString error = DemoJob::build(
        fixture.path(QStringLiteral("taken.db")), [](int) {}, [] { return false; });
    CHECK(error.contains(QStringLiteral("already exists")));
    CHECK(QFileInfo::exists(fixture.path(QStringLiteral("taken.db"))));
}

TEST_CASE("the demo is built off the UI thread with progress, then opened", "[gui][demo]")
{
    GuiFixture fixture;
    const QString path = fixture.path(QStringLiteral("demo.db"));
    MainWindow window{test::clock()};
    window.show();

    // The UI thread must keep running its event loop while the demo is built.
    int ticks = 0;
    QTimer heartbeat;
    QObject::connect(&heartbeat, &QTimer::timeout, [&ticks] { ++ticks; });
    heartbeat.start(10);

    bool sawProgress = false;
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (window.findChild<QProgressDialog*>(QStringLiteral("demoProgressDialog"))) {
            sawProgress = true;
        }
        if (window.database()) {
            loop.quit();
        }
    });
    poll.start(5);
    QTimer::singleShot(180000, &loop, &QEventLoop::quit);
    window.createDemo(path);
    // createDemo() returns at once; the database opens when the worker is done.
    CHECK(window.database() == nullptr);
    loop.exec();

    REQUIRE(window.database() != nullptr);
    CHECK(sawProgress);
    CHECK(ticks >= 5);
    const auto units = window.findChild<QLabel*>(QStringLiteral("unitsValue"))->text();
    CHECK(QLocale().toLongLong(units) > 100);
    CHECK(window.findChild<QLabel*>(QStringLiteral("databasePathLabel"))->text().endsWith(QStringLiteral("demo.db")));
}

TEST_CASE("cancelling the demo's progress dialog stops the build and removes the file", "[gui][demo]")
{
    GuiFixture fixture;
    const QString path = fixture.path(QStringLiteral("demo.db"));
    MainWindow window{test::clock()};
    window.show();

    bool cancelledNoted = false;
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto* dialog = window.findChild<QProgressDialog*>(QStringLiteral("demoProgressDialog"))) {
            if (auto* button = dialog->findChild<QPushButton*>(); button && button->isVisible()) {
                button->click(); // as the user does; QProgressDialog::cancel() alone does not signal
            }
        }
        // The window reports the cancellation in its status bar once the worker has stopped.
        if (window.statusBar()->currentMessage().contains(QStringLiteral("cancelled"))) {
            cancelledNoted = true;
            loop.quit();
        }
    });
    poll.start(5);
    QTimer::singleShot(180000, &loop, &QEventLoop::quit);
    window.createDemo(path);
    loop.exec();

    CHECK(cancelledNoted);
    CHECK(window.database() == nullptr);
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(QDir(fixture.path(QString())).entryList(QDir::Files | QDir::Hidden).isEmpty());
}
