// Catch2 main for the GUI tests: a QApplication on the offscreen platform, with settings and
// application data in a private temporary folder per process, so that no test touches the user's
// files and test processes that ctest runs in parallel do not share settings.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QTemporaryDir home;
    if (!home.isValid()) {
        return 1;
    }
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    QCoreApplication::setOrganizationName(QStringLiteral("SafeLedgerTest"));
    QCoreApplication::setApplicationName(QStringLiteral("SafeLedgerTest"));
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
