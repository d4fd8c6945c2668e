// The main window's first size fits the screen it opens on (issue 19, item 14).

#include "WindowFit.h"

#include <catch2/catch.hpp>

using safeledger::fittedWindowGeometry;

TEST_CASE("the window fits a 1366x768 laptop's free area, status bar included", "[gui][window]")
{
    const QRect available(0, 0, 1366, 728); // 40 pixels of panel at the bottom
    const QRect fitted = fittedWindowGeometry(QSize(1280, 800), available);
    CHECK(available.contains(fitted));
    CHECK(fitted.height() <= 728 * 94 / 100);
    CHECK(fitted.width() == 1280); // wide enough already
    CHECK(fitted.center().x() == available.center().x());
}

TEST_CASE("on a large screen the window keeps its preferred size, centred", "[gui][window]")
{
    const QRect available(1920, 24, 1920, 1056); // a second screen, a panel on top
    const QRect fitted = fittedWindowGeometry(QSize(1280, 800), available);
    CHECK(fitted.size() == QSize(1280, 800));
    CHECK(available.contains(fitted));
    CHECK(fitted.left() == 1920 + (1920 - 1280) / 2);
    CHECK(fitted.top() == 24 + (1056 - 800) / 2);
}

TEST_CASE("a small or unknown screen still gives a usable geometry", "[gui][window]")
{
    const QRect tiny(0, 0, 1024, 600);
    const QRect fitted = fittedWindowGeometry(QSize(1280, 800), tiny);
    CHECK(tiny.contains(fitted));
    CHECK(fitted.width() == 1024 * 94 / 100);
    CHECK(fittedWindowGeometry(QSize(1280, 800), QRect()).size() == QSize(1280, 800));
}
