#pragma once
// Helpers for the GUI tests: clean settings per test, one fixed day that every test window and
// test database takes for today (test::clock()), and a database file on disk with known figures.

#include "safeledger/core/Clock.h"
#include "safeledger/storage/Database.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>
#include <QString>
#include <QTemporaryDir>
#include <QWidget>

#include <catch2/catch.hpp>

#include <memory>

namespace safeledger::test {

// The day the GUI tests run on, whatever the real date: a Wednesday.
Date today();
// A clock standing at 09:00 on today(): give it to every MainWindow, WindowHost and test database.
std::shared_ptr<const Clock> clock();
// Options for a test database: operator "tester", test::clock(), a fixed UUID seed.
OpenOptions options();

struct KnownFigures
{
    int64_t units = 0;
    int64_t inspections = 0;
    int64_t hazards = 0;
    int64_t openHazards = 0;
    int64_t overdue = 0;
};

class GuiFixture
{
public:
    GuiFixture();
    ~GuiFixture();

    QString path(const QString& name) const { return m_dir.filePath(name); }
    // Creates `name` in the temporary folder with 3 live units and a voided one, 2 inspections and
    // hazards in every state that counts differently; returns what the overview must show.
    KnownFigures createPopulated(const QString& name);
    // Creates an empty database file.
    void createEmpty(const QString& name);
    // Creates the demo database as `name` (its clock at demoToday()); returns its path.
    QString createDemo(const QString& name);

private:
    QTemporaryDir m_dir;
};

// Installs the Chinese interface for its lifetime (REQUIREs that it loads), then English again.
class ChineseInterface
{
public:
    ChineseInterface();
    ~ChineseInterface();
    ChineseInterface(const ChineseInterface&) = delete;
    ChineseInterface& operator=(const ChineseInterface&) = delete;
};

// Shows `widget` and saves it as NAME.png in $SAFELEDGER_SCREENSHOTS (default /tmp), for review
// (the "[.screenshots]" cases).
void shoot(QWidget& widget, const QString& name);
// Installs the interface language $SAFELEDGER_SCREENSHOTS_LANG names (zh_CN, en), if any, so that a
// "[.screenshots]" case renders in it.
void useScreenshotLanguage();

// The child of `root` with this object name; fails the test when there is none.
template <class T>
T* named(const QObject& root, const char* name)
{
    auto* found = root.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

// The dialog of that name that is open now (dialogs closed before are deleted first).
template <class T>
T* openNamed(const QObject& root, const char* name)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    T* dialog = named<T>(root, name);
    REQUIRE(dialog->isVisible());
    return dialog;
}

} // namespace safeledger::test
