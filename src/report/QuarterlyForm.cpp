// 季度隐患排查治理情况统计表: one row per hazard category, a total row, from Statistics only.
#include "safeledger/report/QuarterlyForm.h"

#include "ReportText.h"
#include "safeledger/core/Error.h"

namespace safeledger {

using report::esc;
using report::ReportText;

QuarterlyForm::QuarterlyForm(Database& db, int64_t scopeOrgId, int year, int quarter)
{
    if (year < 1990 || year > 2999) {
        throwValidation("year", MessageId::ReportYearOutOfRange, {std::to_string(year)});
    }
    if (quarter < 1 || quarter > 4) {
        throwValidation("quarter", MessageId::ReportQuarterOutOfRange, {std::to_string(quarter)});
    }
    Statistics stats(db);
    m_data.year = year;
    m_data.quarter = quarter;
    m_data.period = Period::quarter(year, quarter);
    // forPeriod decides asOf (the earlier of today and the quarter's end) as everywhere else.
    const FigureSet set = stats.forPeriod(scopeOrgId, m_data.period);
    m_data.asOf = set.asOf;
    m_data.scopeName = set.scopeName;
    m_data.total = set.current;
    m_data.rows = stats.byCategory(scopeOrgId, m_data.period, m_data.asOf);
}

ReportDocument QuarterlyForm::document(ReportLanguage language) const
{
    const ReportText t(language);
    const QuarterlyFormData& d = m_data;
    const QString unit = d.scopeName.empty() ? t.translate("Report", "All units") : QString::fromStdString(d.scopeName);
    ReportDocument doc;
    doc.language = language;
    doc.title = t.translate("Report", "Quarterly statistics of hazard inspection and rectification, %1 Q%2")
                    .arg(QString::number(d.year), QString::number(d.quarter));
    doc.header = t.translate("Report", "%1 · %2 Q%3").arg(unit, QString::number(d.year), QString::number(d.quarter));

    QString html = report::htmlHead(doc.title, language);
    html += QStringLiteral("<h1>") + esc(doc.title) + QStringLiteral("</h1>\n");
    html += QStringLiteral("<p class=\"subtitle\">") +
            t.translate("Report", "Unit: %1 — period %2 to %3, figures as of %4")
                .arg(esc(unit), t.date(d.period.from), t.date(d.period.to), t.date(d.asOf)) +
            QStringLiteral("</p>\n");

    report::HtmlTable table;
    table.header({t.translate("Report", "Category"), t.translate("Report", "Found"), t.translate("Report", "Rectified"),
                  t.translate("Report", "Rate"), t.translate("Report", "Major"), t.translate("Report", "Listed"),
                  t.translate("Report", "Overdue")});
    for (const CategoryRow& r : d.rows) {
        table.row({t.label(r.category), t.count(r.found), t.count(r.rectified), t.rate(r.rate), t.count(r.major),
                   t.count(r.listed), t.count(r.overdue)});
    }
    const Figures& f = d.total;
    const int64_t listed = f.majorListedProvince + f.majorListedCity + f.majorListedCounty + f.majorListedTown;
    table.row({t.translate("Report", "Total"), t.count(f.hazardsFound), t.count(f.hazardsRectified),
               t.rate(f.rectificationRate), t.count(f.majorHazards), t.count(listed), t.count(f.overdue)},
              true);
    html += table.html();
    html += QStringLiteral("<p class=\"note\">") +
            t.translate("Report", "Found: hazards found in the quarter. Rectified: of those, closed by the date "
                                  "above. Listed: major hazards under listed supervision. Overdue: hazards past "
                                  "their deadline and not closed on that date, whenever found.") +
            QStringLiteral(" ") +
            t.translate("Report", "Deadlines extended on approved requests (延期) in the quarter: %1.")
                .arg(t.count(f.extended)) +
            QStringLiteral("</p>\n");
    html += QStringLiteral("<table class=\"signature\" width=\"100%\"><tr><td>") +
            t.translate("Report", "Prepared by:") + QStringLiteral("</td><td>") +
            t.translate("Report", "Reviewed by:") + QStringLiteral("</td><td>") + t.translate("Report", "Date:") +
            QStringLiteral("</td></tr></table>\n");
    html += report::htmlTail();
    doc.html = html;
    return doc;
}

} // namespace safeledger
