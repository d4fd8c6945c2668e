#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace safeledger {

const QString Language::Chinese = QStringLiteral("zh_CN");
const QString Language::English = QStringLiteral("en");

QString Language::normalise(const QString& code)
{
    const QString c = code.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (c == QLatin1String("zh") || c.startsWith(QLatin1String("zh_"))) {
        return Chinese;
    }
    if (c == QLatin1String("en") || c.startsWith(QLatin1String("en_"))) {
        return English;
    }
    return {};
}

QString Language::choose(const QString& override, const QString& setting, const QLocale& system)
{
    if (const QString chosen = normalise(override); !chosen.isEmpty()) {
        return chosen;
    }
    if (const QString chosen = normalise(setting); !chosen.isEmpty()) {
        return chosen;
    }
    return system.language() == QLocale::Chinese ? Chinese : English;
}

namespace {
// The translators of the language in use: replaced, not stacked, when the language changes (a
// stacked Chinese translator would answer for every text the English one leaves untranslated).
QPointer<QTranslator> g_app;
QPointer<QTranslator> g_qt;
QString g_current;

void uninstall(QPointer<QTranslator>& translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}
} // namespace

bool Language::install(QCoreApplication& app, const QString& language)
{
    uninstall(g_qt);
    uninstall(g_app);
    g_current = language;
    const QLocale locale(language);
    QLocale::setDefault(locale);
    // Qt's own strings (standard buttons, file dialogs) when the system's qt6-translations-l10n
    // provides them; the application does not depend on it.
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
        g_qt = qtTranslator;
    } else {
        delete qtTranslator;
    }
    auto* translator = new QTranslator(&app);
    if (!translator->load(QStringLiteral(":/i18n/safeledger_") + language)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    g_app = translator;
    return true;
}

QString Language::current()
{
    return g_current;
}

} // namespace safeledger
