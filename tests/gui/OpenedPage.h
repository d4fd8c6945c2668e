#pragma once
// A page of the window on the populated town (GuiFixture::createPopulated), shown and read: what the
// tests of a year's list page (campaigns, grids, plans) start from; and the same page on the demo, in
// the screenshots' language, for their screenshots.

#include "GuiFixture.h"

#include "MainWindow.h"
#include "safeledger/demo/DemoBuilder.h"
#include "safeledger/storage/OrgService.h"

#include <QCoreApplication>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

namespace safeledger::test {

inline void click(QPushButton* button)
{
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCoreApplication::processEvents();
}

template <class Page>
struct OpenedPage
{
    GuiFixture fixture;
    MainWindow window{test::clock()};
    Page* page = nullptr;
    int64_t townId = 0, factoryId = 0;

    explicit OpenedPage(const char* pageName)
    {
        fixture.createPopulated(QStringLiteral("town.db"));
        window.resize(1366, 768);
        window.show();
        REQUIRE(window.load(fixture.path(QStringLiteral("town.db"))).isEmpty());
        page = named<Page>(window, pageName);
        window.showPage(page);
        townId = OrgService(*window.database()).findByName("青山镇").front().id;
        factoryId = OrgService(*window.database()).findByName("青山机械厂").front().id;
        settle();
    }
    void settle() const
    {
        REQUIRE(QTest::qWaitFor([this] { return !page->isReading(); }, 60000));
        QCoreApplication::processEvents();
    }
    QString cell(int row, int column) const
    {
        return page->model()->data(page->model()->index(row, column)).toString();
    }
};

template <class Page>
struct DemoPage
{
    GuiFixture fixture;
    // The language before the window: its widgets take their texts when they are made.
    bool translated = (useScreenshotLanguage(), true);
    MainWindow window{FixedClock::at(demoToday())};
    Page* page = nullptr;

    explicit DemoPage(const char* pageName)
    {
        const QString path = fixture.createDemo(QStringLiteral("demo.db"));
        window.resize(1366, 768);
        window.show();
        REQUIRE(window.load(path).isEmpty());
        page = named<Page>(window, pageName);
        window.showPage(page);
        page->refresh();
        REQUIRE(QTest::qWaitFor([this] { return !page->isReading(); }, 60000));
        QCoreApplication::processEvents();
    }
};

} // namespace safeledger::test
