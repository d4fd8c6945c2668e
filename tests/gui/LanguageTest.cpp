#include "Language.h"

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
