#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace safeledger {

// The user-interface language: Chinese (zh_CN) or English (en). Source strings are English;
// both are translated from resources/translations/*.ts compiled into the executable under :/i18n.
class Language final
{
public:
    static const QString Chinese; // "zh_CN"
    static const QString English; // "en"

    // "zh_CN" or "en" for an accepted spelling (zh, zh_CN, zh-CN, en, en_US…), empty otherwise.
    static QString normalise(const QString& code);
    // The command-line override when given, else the setting when valid, else Chinese for a
    // Chinese system locale and English for any other.
    static QString choose(const QString& override, const QString& setting, const QLocale& system);
    // Installs the application's translator (and Qt's own when the system has it) in place of the
    // ones installed before, and makes the language's locale the default; false when the
    // application's translation could not be loaded (the source texts, English, then show).
    static bool install(QCoreApplication& app, const QString& language);
    // The language install() was last asked for ("zh_CN" or "en"; empty before the first call).
    static QString current();
};

} // namespace safeledger
