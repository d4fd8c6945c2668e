// The annual summary (年度安全生产工作总结) in DOMAIN.md's six sections. Every number is a field
// of Statistics' results (docs/reports.md maps each line to docs/figures.md); this file only
// arranges and formats them.
#include "safeledger/report/AnnualReport.h"

#include "AnnualSections.h"
#include "MonthlyChart.h"
#include "ReportText.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/ReportNotes.h"

namespace safeledger {

using report::esc;
using report::ReportText;

AnnualReport::AnnualReport(Database& db, int64_t scopeOrgId, int year)
{
    if (year < 1990 || year > 2999) {
        throwValidation("year", MessageId::ReportYearOutOfRange, {std::to_string(year)});
    }
    Statistics stats(db);
    const Period period = Period::year(year);
    m_data.year = year;
    m_data.figures = stats.forPeriod(scopeOrgId, period);
    const FigureSet& f = m_data.figures;
    m_data.byCategory = stats.byCategory(scopeOrgId, period, f.asOf);
    m_data.previousByCategory = stats.byCategory(scopeOrgId, f.previousPeriod, f.previousAsOf);
    m_data.byMonth = stats.byMonth(scopeOrgId, period, f.asOf);
    m_data.bySubUnit = stats.bySubUnit(scopeOrgId, period, f.asOf);
    m_data.campaigns = stats.campaigns(scopeOrgId, period, f.asOf);
    ReportNotes notes(db);
    m_data.problems = notes.text(scopeOrgId, year, ReportSection::Problems);
    m_data.plan = notes.text(scopeOrgId, year, ReportSection::Plan);
    m_data.auditHead = db.auditChainHead().text();
}

ReportDocument AnnualReport::document(ReportLanguage language) const
{
    const ReportText t(language);
    const AnnualReportData& d = m_data;
    const QString unit =
        d.figures.scopeName.empty() ? t.translate("Report", "All units") : QString::fromStdString(d.figures.scopeName);
    ReportDocument doc;
    doc.language = language;
    doc.title =
        t.translate("Report", "%1: annual work summary on production safety, %2").arg(unit, QString::number(d.year));
    doc.header = t.translate("Report", "%1 · %2").arg(unit, QString::number(d.year));

    QString html = report::htmlHead(doc.title, language);
    html += QStringLiteral("<h1>") + esc(unit) + QStringLiteral("<br>") +
            t.translate("Report", "Annual work summary on production safety, %1").arg(d.year) +
            QStringLiteral("</h1>\n");
    // Which last year the changes are taken against (docs/figures.md, "Last year").
    const QString comparedWith =
        d.figures.previousCut
            ? t.translate("Report",
                          "Period %1 to %2, figures as of %3; compared with last year to the same day, %4 to %5")
                  .arg(t.date(d.figures.period.from), t.date(d.figures.period.to), t.date(d.figures.asOf),
                       t.date(d.figures.previousPeriod.from), t.date(d.figures.previousPeriod.to))
            : t.translate("Report", "Period %1 to %2, figures as of %3; last year: %4 to %5, as of %6")
                  .arg(t.date(d.figures.period.from), t.date(d.figures.period.to), t.date(d.figures.asOf),
                       t.date(d.figures.previousPeriod.from), t.date(d.figures.previousPeriod.to),
                       t.date(d.figures.previousAsOf));
    html += QStringLiteral("<p class=\"subtitle\">") + comparedWith + QStringLiteral("</p>\n");

    html += report::overallSection(d, t);
    html += report::responsibilitySection(d, t);
    html += report::hazardSection(d, t);
    html += report::enforcementSection(d, t);
    html += report::trainingSection(d, t);
    html += report::problemsSection(d, t);
    // The ledger's audit chain head when the report was made: the printed report can be matched with
    // the ledger later (safeledger-cli check --head, docs/accounts-and-audit.md).
    if (d.auditHead.size() > 2) {
        // The head once, on a line of its own, so that it can be typed back.
        html += QStringLiteral("<p class=\"note\">") +
                t.translate("Report", "Made from the ledger with this audit chain head (check the ledger against it "
                                      "with safeledger-cli check LEDGER --head HEAD):") +
                QStringLiteral("<br>") + esc(QString::fromStdString(d.auditHead)) + QStringLiteral("</p>\n");
    }
    html += report::htmlTail();
    doc.html = html;

    ReportDocument::Image chart;
    chart.name = QStringLiteral("monthly-chart.png");
    chart.image = report::MonthlyChart::draw(d.byMonth, t);
    chart.size = QSizeF(report::MonthlyChart::kWidthCss, report::MonthlyChart::kHeightCss);
    doc.images.push_back(chart);
    return doc;
}

} // namespace safeledger
