// The annual summary at county scale (issue 4: within 2 s on a 2-core machine). The product side
// is the whole pipeline the CLI and the GUI run — figures, HTML, chart, layout, PDF written to a
// file; the other side ("raw SQL" in the summary table) is only the Statistics calls the report
// makes, so the ratio shows what the rendering adds to the figures.
#include "BenchSetup.h"

#include "safeledger/report/AnnualReport.h"
#include "safeledger/report/ReportWriter.h"

#include <QGuiApplication>
#include <QTemporaryDir>

namespace safeledger::bench {

namespace {

// Rendering needs a QGuiApplication; it lives until the process ends (never destroyed, so that
// nothing of Qt runs during static destruction).
void ensureGuiApplication()
{
    if (QGuiApplication::instance()) {
        return;
    }
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    static int argc = 1;
    static char name[] = "safeledger-bench";
    static char* argv[] = {name, nullptr};
    new QGuiApplication(argc, argv);
}

void reportFigures(Database& db, int64_t scope, int year)
{
    Statistics stats(db);
    const FigureSet f = stats.forPeriod(scope, Period::year(year));
    stats.byCategory(scope, f.period, f.asOf);
    stats.byCategory(scope, f.previousPeriod, f.previousAsOf);
    stats.byMonth(scope, f.period, f.asOf);
    stats.bySubUnit(scope, f.period, f.asOf);
}

} // namespace

void registerReport()
{
    ensureGuiApplication();
    static QTemporaryDir dir;
    if (!dir.isValid()) {
        throw std::runtime_error("no temporary folder for the report benchmark");
    }
    BenchDb& b = benchDb();
    const QString pdf = dir.filePath(QStringLiteral("annual.pdf"));
    // The report's figures must be Statistics' before its speed means anything.
    {
        const AnnualReport report(*b.db, 0, b.year);
        if (toJson(report.data().figures) != toJson(Statistics(*b.db).forPeriod(0, Period::year(b.year)))) {
            throw std::runtime_error("the annual report's figures differ from Statistics'");
        }
    }
    const Question county{"annual report PDF, county", "< 2 s", 2000, 0};
    registerPair(
        county, [&b, pdf] { ReportWriter::write(AnnualReport(*b.db, 0, b.year).document(), pdf); },
        [&b] { reportFigures(*b.db, 0, b.year); });
    const Question town{"annual report PDF, one town", "< 2 s", 2000, 0};
    registerPair(
        town, [&b, pdf] { ReportWriter::write(AnnualReport(*b.db, b.townId, b.year).document(), pdf); },
        [&b] { reportFigures(*b.db, b.townId, b.year); });
}

} // namespace safeledger::bench
