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
    // Installs the application's translator (and Qt's own when the system has it) and makes the
    // language's locale the default; false when the application's translation could not be loaded.
    static bool install(QCoreApplication& app, const QString& language);
};

} // namespace safeledger
