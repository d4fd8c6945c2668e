#include "GuiFixture.h"

#include "AppSettings.h"
#include "Language.h"
#include "MainWindow.h"
#include "WindowHost.h"
#include "pages/HazardDetailPage.h"
#include "pages/HazardsPage.h"
#include "safeledger/storage/Database.h"
#include "safeledger/storage/Repository.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QFileInfo>
#include <QListWidget>
#include <QPointer>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

#include <catch2/catch.hpp>

using safeledger::Language;

TEST_CASE("the interface language: command line, then setting, then system locale", "[gui][language]")
{
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    const QLocale taiwan(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan);
    const QLocale german(QLocale::German, QLocale::Germany);

    CHECK(Language::choose(QString(), QString(), chinese) == Language::Chinese);
    CHECK(Language::choose(QString(), QString(), taiwan) == Language::Chinese);
    CHECK(Language::choose(QString(), QString(), german) == Language::English);
    CHECK(Language::choose(QString(), QStringLiteral("zh_CN"), german) == Language::Chinese);
    CHECK(Language::choose(QString(), QStringLiteral("en"), chinese) == Language::English);
    CHECK(Language::choose(QStringLiteral("en"), QStringLiteral("zh_CN"), chinese) == Language::English);
    CHECK(Language::choose(QStringLiteral("zh-CN"), QStringLiteral("en"), german) == Language::Chinese);
    // An unknown setting is ignored rather than trusted.
    CHECK(Language::choose(QString(), QStringLiteral("fr"), chinese) == Language::Chinese);

    CHECK(Language::normalise(QStringLiteral("ZH")) == Language::Chinese);
    CHECK(Language::normalise(QStringLiteral("en_GB")) == Language::English);
    CHECK(Language::normalise(QStringLiteral("fr")).isEmpty());
}

TEST_CASE("choosing another language in the settings rebuilds the window in it, same database and page",
          "[gui][language]")
{
    using namespace safeledger;
    test::GuiFixture fixture;
    fixture.createPopulated(QStringLiteral("town.db"));
    const QString path = fixture.path(QStringLiteral("town.db"));
    auto& app = *QCoreApplication::instance();
    REQUIRE(Language::install(app, Language::English));
    AppSettings::setLanguage(Language::English);

    WindowHost host{test::clock()};
    QPointer<MainWindow> first = host.start();
    first->show();
    REQUIRE(first->load(path).isEmpty());
    REQUIRE(first->showPageNamed(QStringLiteral("agreementsPage")));
    const auto navigationText = [](const MainWindow& w, int row) {
        return w.findChild<QListWidget*>(QStringLiteral("navigation"))->item(row)->text();
    };
    const auto* unitsItem = [&] {
        const auto* list = first->findChild<QListWidget*>(QStringLiteral("navigation"));
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toString() == QLatin1String("unitsPage")) {
                return list->item(row);
            }
        }
        return static_cast<QListWidgetItem*>(nullptr);
    }();
    REQUIRE(unitsItem != nullptr);
    const int unitsRow = unitsItem->listWidget()->row(unitsItem);
    CHECK(navigationText(*first, unitsRow) == QStringLiteral("Units"));

    QSignalSpy replaced(&host, &WindowHost::windowReplaced);
    first->findChild<QAction*>(QStringLiteral("actionSettings"))->trigger();
    auto* settings = first->findChild<QDialog*>(QStringLiteral("settingsDialog"));
    REQUIRE(settings != nullptr);
    auto* combo = settings->findChild<QComboBox*>(QStringLiteral("languageCombo"));
    combo->setCurrentIndex(combo->findData(Language::Chinese));
    settings->accept();
    REQUIRE(replaced.wait(10000));

    MainWindow* second = host.window();
    REQUIRE(second != nullptr);
    CHECK(second != first.data());
    CHECK(Language::current() == Language::Chinese);
    CHECK(navigationText(*second, unitsRow) == QStringLiteral("单位"));
    // The same database, writable: the old window let go of it before the new one opened it.
    REQUIRE(second->database() != nullptr);
    CHECK(QFileInfo(QString::fromUtf8(second->database()->path())) == QFileInfo(path));
    CHECK_FALSE(second->database()->isReadOnly());
    CHECK(second->findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget()->objectName() ==
          QStringLiteral("agreementsPage"));
    QTRY_VERIFY(first.isNull()); // the old window is gone

    // Back to English the same way; the Chinese translator is replaced, not left behind it.
    second->findChild<QAction*>(QStringLiteral("actionSettings"))->trigger();
    settings = second->findChild<QDialog*>(QStringLiteral("settingsDialog"));
    REQUIRE(settings != nullptr);
    combo = settings->findChild<QComboBox*>(QStringLiteral("languageCombo"));
    combo->setCurrentIndex(combo->findData(Language::English));
    settings->accept();
    REQUIRE(replaced.wait(10000));
    CHECK(navigationText(*host.window(), unitsRow) == QStringLiteral("Units"));
    CHECK(QCoreApplication::translate("safeledger::MainWindow", "Units") == QStringLiteral("Units"));
    AppSettings::setLanguage(QString());
}

TEST_CASE("switching language on a hazard's page comes back on that hazard's page", "[gui][language]")
{
    using namespace safeledger;
    test::GuiFixture fixture;
    fixture.createPopulated(QStringLiteral("town.db"));
    auto& app = *QCoreApplication::instance();
    REQUIRE(Language::install(app, Language::English));
    AppSettings::setLanguage(Language::English);
    WindowHost host{test::clock()};
    QPointer<MainWindow> first = host.start();
    first->show();
    REQUIRE(first->load(fixture.path(QStringLiteral("town.db"))).isEmpty());
    const auto all = Repository<Hazard>(*first->database()).where("1 = 1", {});
    REQUIRE(all.size() > 2);
    const int64_t shown = all[1].id;
    first->showHazard(shown);

    QSignalSpy replaced(&host, &WindowHost::windowReplaced);
    first->findChild<QAction*>(QStringLiteral("actionSettings"))->trigger();
    auto* settings = first->findChild<QDialog*>(QStringLiteral("settingsDialog"));
    REQUIRE(settings != nullptr);
    auto* combo = settings->findChild<QComboBox*>(QStringLiteral("languageCombo"));
    combo->setCurrentIndex(combo->findData(Language::Chinese));
    settings->accept();
    REQUIRE(replaced.wait(10000));

    MainWindow* second = host.window();
    REQUIRE(second != nullptr);
    auto* hazards = second->findChild<HazardsPage*>(QStringLiteral("hazardsPage"));
    REQUIRE(hazards != nullptr);
    CHECK(second->findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget() == hazards);
    CHECK(hazards->shownHazardId() == shown);
    CHECK(hazards->detail()->hazard().id == shown);
    REQUIRE(Language::install(app, Language::English));
    AppSettings::setLanguage(QString());
}
