// The SafeLedger desktop application: language, command line, main window.

#include "AppSettings.h"
#include "Language.h"
#include "MainWindow.h"
#include "OverviewPage.h"
#include "UnitPicker.h"
#include "WindowFit.h"
#include "WindowHost.h"
#include "pages/ChecklistModel.h"
#include "pages/DashboardPage.h"
#include "pages/InspectionPage.h"
#include "pages/ReportsPage.h"
#include "safeledger/core/Clock.h"
#include "safeledger/storage/ArchiveQueries.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>
#include <QScreen>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstring>

using namespace safeledger;

namespace {

// The translation context of the command line's texts.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

int printError(const QString& message)
{
    QTextStream(stderr) << message << Qt::endl;
    return 2;
}

// The inspection page as an officer fills it in, for the screenshots: a petrol station, the first
// checklist that fits, the second item failed with its hazard offered.
bool fillInspectionExample(MainWindow& window)
{
    auto* page = window.findChild<InspectionPage*>();
    if (!page || !window.database()) {
        return false;
    }
    window.showPage(page);
    const auto units = ArchiveQueries(*window.database()).searchUnits("加油站", 1);
    if (!units.empty()) {
        page->unitPicker()->setUnitId(units.front().id);
    }
    auto* checklist = page->findChild<QComboBox*>(QStringLiteral("inspectionTemplate"));
    const int index = checklist->findText(QStringLiteral("加油站安全检查表"));
    checklist->setCurrentIndex(index > 0 ? index : 1);
    emit checklist->activated(checklist->currentIndex());
    ChecklistModel* items = page->checklistModel();
    items->setData(items->index(1, ChecklistModel::Note), QStringLiteral("东侧加油机"));
    items->setData(items->index(1, ChecklistModel::Result), QStringLiteral("fail"));
    return true;
}

// Opens `database`, shows `page` (a page's object name, e.g. hazardsPage; hazardDetail: the first
// listed hazard's own page), renders the window at `size` (--size, 1280×800 by default) off screen and
// saves it to `file`.
int screenshot(MainWindow& window, const QString& database, const QString& page, const QString& file, const QSize& size)
{
    if (database.isEmpty()) {
        return printError(CommandLine::tr("--screenshot needs a database to show."));
    }
    if (const QString error = window.load(database); !error.isEmpty()) {
        return printError(error);
    }
    window.resize(size);
    window.show();
    if (page == QLatin1String("inspectionExample")) {
        if (!fillInspectionExample(window)) {
            return printError(CommandLine::tr("There is no page %1.").arg(page));
        }
    } else if (!page.isEmpty() && !window.showPageNamed(page)) {
        return printError(CommandLine::tr("There is no page %1.").arg(page));
    }
    // The overview, the dashboard, the reports and a big database's lists are made on worker
    // threads: wait for them (bounded).
    const auto* overview = window.findChild<OverviewPage*>();
    const auto* dashboard = window.findChild<DashboardPage*>();
    const auto* reports = window.findChild<ReportsPage*>();
    const auto busy = [&] {
        const auto pages = window.findChildren<LedgerPage*>();
        return (overview && overview->isBusy()) || (dashboard && dashboard->isBusy()) ||
               (reports && reports->isBusy()) ||
               std::any_of(pages.cbegin(), pages.cend(), [](const LedgerPage* p) { return p->isReading(); });
    };
    QElapsedTimer waited;
    waited.start();
    while (busy() && waited.elapsed() < 60000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    QCoreApplication::processEvents();
    if (!window.grab().save(file)) {
        return printError(CommandLine::tr("Could not write the screenshot %1.").arg(QDir::toNativeSeparators(file)));
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("SafeLedger"));
    QCoreApplication::setApplicationName(QStringLiteral("SafeLedger"));

    // Answered before QApplication exists so that scripts without a display can ask where the
    // default database lives.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--default-database") == 0) {
            QTextStream(stdout) << AppSettings::defaultDatabasePath() << Qt::endl;
            return 0;
        }
    }

    QApplication app(argc, argv);
    // The desktop entry this window belongs to (Wayland's app id; docks group windows by it) and
    // the icon: the desktop theme's when installed, else the one compiled in.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.safeledger.SafeLedger"));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("safeledger"), QIcon(QStringLiteral(":/icons/safeledger.svg"))));

    // The language must be known before the help text is built: read --lang first.
    const QCommandLineOption langOption(QStringLiteral("lang"), QString(), QStringLiteral("language"));
    QCommandLineParser early;
    early.addOption(langOption);
    early.parse(QCoreApplication::arguments());
    const QString requested = early.value(langOption);
    if (!requested.isEmpty() && Language::normalise(requested).isEmpty()) {
        return printError(QStringLiteral("--lang: expected zh_CN or en, not %1").arg(requested));
    }
    const QString language = Language::choose(requested, AppSettings::language(), QLocale::system());
    if (!Language::install(app, language)) {
        QTextStream(stderr) << QStringLiteral("warning: no translation for %1").arg(language) << Qt::endl;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Production-safety inspection and hazard ledger."));
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(QStringLiteral("lang"),
                                        CommandLine::tr("User-interface language: zh_CN (Chinese) or en (English)."),
                                        QStringLiteral("zh_CN|en")));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"), QString(), QStringLiteral("file"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotOption);
    QCommandLineOption pageOption(QStringLiteral("page"), QString(), QStringLiteral("name"));
    pageOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(pageOption);
    QCommandLineOption sizeOption(QStringLiteral("size"), QString(), QStringLiteral("WIDTHxHEIGHT"),
                                  QStringLiteral("1280x800"));
    sizeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(sizeOption);
    // Screenshots of the demo on the day it runs to: the same figures whenever they are taken.
    QCommandLineOption todayOption(QStringLiteral("today"), QString(), QStringLiteral("YYYY-MM-DD"));
    todayOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(todayOption);
    QCommandLineOption defaultOption(QStringLiteral("default-database"),
                                     CommandLine::tr("Print the path of the default database and exit."));
    parser.addOption(defaultOption);
    parser.addPositionalArgument(QStringLiteral("database"),
                                 CommandLine::tr("The database to open (default: the last one opened)."),
                                 QStringLiteral("[database]"));
    parser.process(app);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        return printError(CommandLine::tr("Give at most one database."));
    }
    const QString database = positional.isEmpty() ? QString() : positional.first();

    std::shared_ptr<const Clock> clock = std::make_shared<SystemClock>();
    if (parser.isSet(todayOption)) {
        const auto day = Date::parse(parser.value(todayOption).toStdString());
        if (!day) {
            return printError(CommandLine::tr("%1 is not a date (YYYY-MM-DD).").arg(parser.value(todayOption)));
        }
        clock = FixedClock::at(*day);
    }
    // The host builds the window anew when the user changes the language in the settings.
    WindowHost host(clock);
    host.setAskForAccount(!parser.isSet(screenshotOption));
    MainWindow& window = *host.start();
    if (parser.isSet(screenshotOption)) {
        const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
        const QSize windowSize = size.size() == 2 ? QSize(size[0].toInt(), size[1].toInt()) : QSize();
        return screenshot(window, database, parser.value(pageOption), parser.value(screenshotOption),
                          windowSize.isValid() && !windowSize.isEmpty() ? windowSize : QSize(1280, 800));
    }
    // Fit the screen it opens on (the form's 1280×800 would leave the bottom of the window off a
    // 1366×768 laptop's screen).
    if (const QScreen* screen = window.screen()) {
        window.setGeometry(fittedWindowGeometry(window.size(), screen->availableGeometry()));
    }
    window.show();
    window.openAtStartup(database);
    return app.exec();
}
