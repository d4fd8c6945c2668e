// The six sections of the annual summary. Each number is one field of AnnualReportData, which
// holds Statistics' results unchanged; the mapping is listed in docs/reports.md.
#include "AnnualSections.h"

namespace safeledger::report {

namespace {

// "Indicator | This year | Last year | Change" tables.
class CompareTable final
{
public:
    // `firstColumn` names what the rows are; "Indicator" when empty.
    explicit CompareTable(const ReportText& t, const QString& firstColumn = {})
        : m_t(t)
    {
        m_table.header({firstColumn.isEmpty() ? t.translate("Report", "Indicator") : firstColumn,
                        t.translate("Report", "This year"), t.translate("Report", "Last year"),
                        t.translate("Report", "Change")});
    }
    void count(const QString& label, int64_t now, int64_t before, bool total = false)
    {
        m_table.row({label, m_t.count(now), m_t.count(before), m_t.change(now, before)}, total);
    }
    void rate(const QString& label, const std::optional<double>& now, const std::optional<double>& before)
    {
        m_table.row({label, m_t.rate(now), m_t.rate(before), m_t.changePoints(now, before)});
    }
    void yuan(const QString& label, int64_t now, int64_t before)
    {
        m_table.row({label, m_t.yuan(now), m_t.yuan(before), m_t.yuanChange(now, before)});
    }
    void days(const QString& label, const std::optional<double>& now, const std::optional<double>& before)
    {
        QString change = QStringLiteral("—");
        if (now && before) {
            const double d = *now - *before;
            change = (d < 0 ? QStringLiteral("−") : QStringLiteral("+")) + QString::number(std::abs(d), 'f', 1);
        }
        m_table.row({label, m_t.days(now), m_t.days(before), change});
    }
    QString html() const { return m_table.html(); }

private:
    const ReportText& m_t;
    HtmlTable m_table;
};

int64_t listed(const Figures& f)
{
    return f.majorListedProvince + f.majorListedCity + f.majorListedCounty + f.majorListedTown;
}

int64_t at(const std::map<std::string, int64_t>& m, const char* code)
{
    const auto it = m.find(code);
    return it == m.end() ? 0 : it->second;
}

QString h2(const QString& title)
{
    return QStringLiteral("<h2>") + title + QStringLiteral("</h2>\n");
}

QString h3(const QString& title)
{
    return QStringLiteral("<h3>") + title + QStringLiteral("</h3>\n");
}

QString para(const QString& text)
{
    return QStringLiteral("<p>") + text + QStringLiteral("</p>\n");
}

// The accidents of either year by type (GB 6441), with the change in per cent of last year's.
QString accidentTypes(const AnnualReportData& d, const ReportText& t)
{
    const Figures& c = d.figures.current;
    const Figures& p = d.figures.previous;
    if (c.accidents == 0 && p.accidents == 0) {
        return QString();
    }
    QString html = para(t.translate("Report", "Accidents by type:"));
    HtmlTable table;
    table.header({t.translate("Report", "Type"), t.translate("Report", "This year"), t.translate("Report", "Last year"),
                  t.translate("Report", "Change"), t.translate("Report", "Change (%)")});
    for (const auto& e : enumEntries<AccidentType>()) {
        const int64_t now = at(c.accidentsByType, e.code);
        const int64_t before = at(p.accidentsByType, e.code);
        if (now != 0 || before != 0) {
            table.row(
                {t.label(e.value), t.count(now), t.count(before), t.change(now, before), t.changePercent(now, before)});
        }
    }
    table.row({t.translate("Report", "Total"), t.count(c.accidents), t.count(p.accidents),
               t.change(c.accidents, p.accidents), t.changePercent(c.accidents, p.accidents)},
              true);
    return html + table.html();
}

} // namespace

QString overallSection(const AnnualReportData& d, const ReportText& t)
{
    const Figures& c = d.figures.current;
    const Figures& p = d.figures.previous;
    QString html = h2(t.translate("Report", "1. Overall situation"));
    html += para(t.translate("Report", "In %1, %2 safety inspections were carried out (%3 inspector person-times); "
                                       "%4 hazards were found and %5 rectified, a rectification rate of %6 "
                                       "(last year %7, change %8). On %9, %10 hazards were overdue.")
                     .arg(d.year)
                     .arg(t.count(c.inspections), t.count(c.inspectorPersonTimes), t.count(c.hazardsFound),
                          t.count(c.hazardsRectified), t.rate(c.rectificationRate), t.rate(p.rectificationRate),
                          t.changePoints(c.rectificationRate, p.rectificationRate), t.date(d.figures.asOf))
                     .arg(t.count(c.overdue)));
    html += para(t.translate("Report", "Production safety accidents: %1, with %2 deaths and %3 injuries "
                                       "(last year: %4 accidents, %5 deaths, %6 injuries).")
                     .arg(t.count(c.accidents), t.count(c.deaths), t.count(c.injuries), t.count(p.accidents),
                          t.count(p.deaths), t.count(p.injuries)));
    if (p.accidents > 0 && p.deaths > 0) {
        html += para(t.translate("Report", "On last year, accidents changed by %1 and deaths by %2.")
                         .arg(t.changePercent(c.accidents, p.accidents), t.changePercent(c.deaths, p.deaths)));
    }
    CompareTable table(t);
    table.count(t.translate("Report", "Hazards found"), c.hazardsFound, p.hazardsFound);
    table.count(t.translate("Report", "Hazards rectified"), c.hazardsRectified, p.hazardsRectified);
    table.rate(t.translate("Report", "Rectification rate"), c.rectificationRate, p.rectificationRate);
    table.count(t.translate("Report", "Overdue hazards"), c.overdue, p.overdue);
    table.count(t.translate("Report", "Major hazards"), c.majorHazards, p.majorHazards);
    table.count(t.translate("Report", "Inspections"), c.inspections, p.inspections);
    table.count(t.translate("Report", "Inspector person-times"), c.inspectorPersonTimes, p.inspectorPersonTimes);
    table.count(t.translate("Report", "Accidents"), c.accidents, p.accidents);
    table.count(t.translate("Report", "Deaths"), c.deaths, p.deaths);
    table.count(t.translate("Report", "Injuries"), c.injuries, p.injuries);
    table.count(t.translate("Report", "of which serious"), c.seriousInjuries, p.seriousInjuries);
    table.yuan(t.translate("Report", "Direct economic loss (yuan)"), c.directLossFen, p.directLossFen);
    table.count(t.translate("Report", "Administrative penalties"), c.penalties, p.penalties);
    table.yuan(t.translate("Report", "Fines (yuan)"), c.penaltyAmountFen, p.penaltyAmountFen);
    return html + table.html() + accidentTypes(d, t);
}

QString responsibilitySection(const AnnualReportData& d, const ReportText& t)
{
    const Figures& c = d.figures.current;
    const Figures& p = d.figures.previous;
    QString html = h2(t.translate("Report", "2. Responsibilities"));
    html += para(t.translate("Report", "%1 safety responsibility agreements were signed; %2 of the %3 units that "
                                       "need one have signed (coverage %4).")
                     .arg(t.count(c.agreementsSigned), t.count(c.agreementsCovered), t.count(c.agreementsNeeded),
                          t.rate(c.agreementCoverage)));
    CompareTable table(t);
    table.count(t.translate("Report", "Agreements signed"), c.agreementsSigned, p.agreementsSigned);
    table.count(t.translate("Report", "Units needing an agreement"), c.agreementsNeeded, p.agreementsNeeded);
    table.count(t.translate("Report", "Units with a signed agreement"), c.agreementsCovered, p.agreementsCovered);
    table.rate(t.translate("Report", "Agreement coverage"), c.agreementCoverage, p.agreementCoverage);
    html += table.html();

    html += h3(t.translate("Report", "Agreements signed by kind of counterpart (party B)"));
    HtmlTable byKind;
    byKind.header({t.translate("Report", "Kind of unit"), t.translate("Report", "This year"),
                   t.translate("Report", "Last year"), t.translate("Report", "Change")});
    for (const auto& e : enumEntries<OrgKind>()) {
        const int64_t now = at(c.agreementsByCounterpartKind, e.code);
        const int64_t before = at(p.agreementsByCounterpartKind, e.code);
        if (now != 0 || before != 0) {
            byKind.row({t.label(e.value), t.count(now), t.count(before), t.change(now, before)});
        }
    }
    byKind.row({t.translate("Report", "Total"), t.count(c.agreementsSigned), t.count(p.agreementsSigned),
                t.change(c.agreementsSigned, p.agreementsSigned)},
               true);
    return html + byKind.html();
}

// (二) 专项行动: one paragraph and one table row per campaign of the year (docs/figures.md, "Campaigns").
QString campaignsPart(const AnnualReportData& d, const ReportText& t)
{
    QString html = h3(t.translate("Report", "(2) Special campaigns"));
    if (d.campaigns.empty()) {
        return html + QStringLiteral("<p class=\"empty\">") +
               t.translate("Report", "No special campaign was recorded for the year.") + QStringLiteral("</p>\n");
    }
    // The days are in each paragraph; the table keeps to the figures.
    HtmlTable table;
    table.header({t.translate("Report", "Campaign"), t.translate("Report", "Inspections"),
                  t.translate("Report", "Units"), t.translate("Report", "Found"), t.translate("Report", "Rectified"),
                  t.translate("Report", "Rate"), t.translate("Report", "Major"), t.translate("Report", "Documents")});
    for (const CampaignRow& r : d.campaigns) {
        const QString name = esc(QString::fromStdString(r.campaign.name));
        const QString days =
            t.translate("Report", "%1 to %2").arg(t.date(r.campaign.startsOn), t.date(r.campaign.endsOn));
        QString text =
            t.translate("Report", "%1 (%2, led by %3)").arg(name, days, esc(QString::fromStdString(r.leadName)));
        if (!r.campaign.document.empty()) {
            text += t.translate("Report", ", launched by %1").arg(esc(QString::fromStdString(r.campaign.document)));
        }
        if (!r.counted) {
            text += t.translate("Report", ": not begun by %1.").arg(t.date(d.figures.asOf));
        } else {
            text += t.translate("Report", ": %1 inspections (%2 person-times) of %3 units found %4 hazards, %5 of them "
                                          "rectified (rectification rate %6) and %7 major; %8 enforcement documents "
                                          "were issued and %9 units suspended for rectification.")
                        .arg(t.count(r.inspections), t.count(r.inspectorPersonTimes), t.count(r.unitsInspected),
                             t.count(r.hazardsFound), t.count(r.hazardsRectified), t.rate(r.rectificationRate),
                             t.count(r.majorHazards), t.count(r.documents), t.count(r.unitsSuspended));
        }
        html += para(text);
        table.row({name, t.count(r.inspections), t.count(r.unitsInspected), t.count(r.hazardsFound),
                   t.count(r.hazardsRectified), t.rate(r.rectificationRate), t.count(r.majorHazards),
                   t.count(r.documents)});
    }
    return html + table.html();
}

QString hazardSection(const AnnualReportData& d, const ReportText& t)
{
    const Figures& c = d.figures.current;
    const Figures& p = d.figures.previous;
    QString html = h2(t.translate("Report", "3. Hazard inspection and rectification"));

    html += h3(t.translate("Report", "(1) Inspections"));
    CompareTable inspections(t);
    inspections.count(t.translate("Report", "Inspections"), c.inspections, p.inspections);
    inspections.count(t.translate("Report", "Inspector person-times"), c.inspectorPersonTimes, p.inspectorPersonTimes);
    inspections.count(t.translate("Report", "Units to inspect"), c.unitsToInspect, p.unitsToInspect);
    inspections.count(t.translate("Report", "Units inspected"), c.unitsInspected, p.unitsInspected);
    inspections.rate(t.translate("Report", "Inspection coverage"), c.inspectionCoverage, p.inspectionCoverage);
    html += inspections.html();

    html += campaignsPart(d, t);

    html += h3(t.translate("Report", "(3) Hazards found and rectified"));
    html += para(t.translate("Report", "Of the hazards rectified, %1 were rectified on the spot and %2 within a "
                                       "deadline; %3 rectification notices were issued. %4 major hazards were "
                                       "found, %5 of them rectified and %6 under listed supervision. Of %7 "
                                       "re-inspections, %8 passed (pass rate %9).")
                     .arg(t.count(c.rectifiedOnSpot), t.count(c.rectifiedWithDeadline),
                          t.count(at(c.noticesByKind, toCode(DocumentKind::RectificationNotice))),
                          t.count(c.majorHazards), t.count(c.majorRectified), t.count(listed(c)),
                          t.count(c.verifications), t.count(c.verificationsPassed), t.rate(c.verificationPassRate)));
    CompareTable hazards(t);
    hazards.count(t.translate("Report", "Hazards found"), c.hazardsFound, p.hazardsFound);
    hazards.count(t.translate("Report", "Hazards rectified"), c.hazardsRectified, p.hazardsRectified);
    hazards.rate(t.translate("Report", "Rectification rate"), c.rectificationRate, p.rectificationRate);
    hazards.count(t.translate("Report", "Rectified on the spot"), c.rectifiedOnSpot, p.rectifiedOnSpot);
    hazards.count(t.translate("Report", "Rectified within a deadline"), c.rectifiedWithDeadline,
                  p.rectifiedWithDeadline);
    hazards.days(t.translate("Report", "Average rectification time (days)"), c.averageRectificationDays,
                 p.averageRectificationDays);
    hazards.count(t.translate("Report", "Overdue hazards"), c.overdue, p.overdue);
    hazards.count(t.translate("Report", "Deadlines extended on request"), c.extended, p.extended);
    hazards.count(t.translate("Report", "Re-inspections"), c.verifications, p.verifications);
    hazards.count(t.translate("Report", "Re-inspections passed"), c.verificationsPassed, p.verificationsPassed);
    hazards.rate(t.translate("Report", "Re-inspection pass rate"), c.verificationPassRate, p.verificationPassRate);
    hazards.count(t.translate("Report", "Major hazards"), c.majorHazards, p.majorHazards);
    hazards.count(t.translate("Report", "Major hazards rectified"), c.majorRectified, p.majorRectified);
    hazards.count(t.translate("Report", "Listed by the province"), c.majorListedProvince, p.majorListedProvince);
    hazards.count(t.translate("Report", "Listed by the city"), c.majorListedCity, p.majorListedCity);
    hazards.count(t.translate("Report", "Listed by the county"), c.majorListedCounty, p.majorListedCounty);
    hazards.count(t.translate("Report", "Listed by the town"), c.majorListedTown, p.majorListedTown);
    html += hazards.html();

    html += h3(t.translate("Report", "(4) Hazards by source"));
    CompareTable bySource(t, t.translate("Report", "Source"));
    for (const auto& e : enumEntries<HazardSource>()) {
        bySource.count(t.label(e.value), at(c.hazardsBySource, e.code), at(p.hazardsBySource, e.code));
    }
    bySource.count(t.translate("Report", "Total"), c.hazardsFound, p.hazardsFound, true);
    html += bySource.html();

    html += h3(t.translate("Report", "(5) Hazards by category"));
    HtmlTable byCategory;
    byCategory.header({t.translate("Report", "Category"), t.translate("Report", "Found"),
                       t.translate("Report", "Rectified"), t.translate("Report", "Rate"),
                       t.translate("Report", "Major"), t.translate("Report", "Listed"),
                       t.translate("Report", "Overdue"), t.translate("Report", "Found last year"),
                       t.translate("Report", "Rate last year")});
    for (size_t i = 0; i < d.byCategory.size(); ++i) {
        const CategoryRow& r = d.byCategory[i];
        const CategoryRow* before = i < d.previousByCategory.size() ? &d.previousByCategory[i] : nullptr;
        byCategory.row({t.label(r.category), t.count(r.found), t.count(r.rectified), t.rate(r.rate), t.count(r.major),
                        t.count(r.listed), t.count(r.overdue), before ? t.count(before->found) : QStringLiteral("—"),
                        before ? t.rate(before->rate) : QStringLiteral("—")});
    }
    byCategory.row({t.translate("Report", "Total"), t.count(c.hazardsFound), t.count(c.hazardsRectified),
                    t.rate(c.rectificationRate), t.count(c.majorHazards), t.count(listed(c)), t.count(c.overdue),
                    t.count(p.hazardsFound), t.rate(p.rectificationRate)},
                   true);
    html += byCategory.html();

    html += h3(t.translate("Report", "(6) Hazards by subordinate unit"));
    if (d.bySubUnit.empty()) {
        html += QStringLiteral("<p class=\"empty\">") + t.translate("Report", "This unit has no subordinate units.") +
                QStringLiteral("</p>\n");
    } else {
        html += QStringLiteral("<p class=\"note\">") +
                t.translate("Report", "Lowest rectification rate first; each unit with everything below it.") +
                QStringLiteral("</p>\n");
        HtmlTable bySubUnit(2);
        bySubUnit.header({t.translate("Report", "Unit"), t.translate("Report", "Kind"), t.translate("Report", "Found"),
                          t.translate("Report", "Rectified"), t.translate("Report", "Rate"),
                          t.translate("Report", "Overdue")});
        for (const SubUnitRow& r : d.bySubUnit) {
            const auto kind = enumFromText<OrgKind>(r.kind);
            bySubUnit.row({esc(r.name), kind ? t.label(*kind) : esc(r.kind), t.count(r.found), t.count(r.rectified),
                           t.rate(r.rate), t.count(r.overdue)});
        }
        html += bySubUnit.html();
    }

    html += h3(t.translate("Report", "(7) Month by month"));
    html += QStringLiteral("<div class=\"chart\" align=\"center\"><img src=\"monthly-chart.png\" width=\"%1\" "
                           "height=\"%2\"></div>\n")
                .arg(600)
                .arg(280);
    html += QStringLiteral("<p class=\"caption\">") +
            t.translate("Report", "Found: hazards found in the month. Rectified: hazards closed in the month, "
                                  "whenever they were found.") +
            QStringLiteral("</p>\n");
    return html;
}

QString enforcementSection(const AnnualReportData& d, const ReportText& t)
{
    const Figures& c = d.figures.current;
    const Figures& p = d.figures.previous;
    QString html = h2(t.translate("Report", "4. Law enforcement and penalties"));
    html += para(t.translate("Report", "Administrative penalties decided: %1, with fines of %2 yuan; suspension "
                                       "orders issued: %3.")
                     .arg(t.count(c.penalties), t.yuan(c.penaltyAmountFen),
                          t.count(at(c.noticesByKind, toCode(DocumentKind::SuspensionNotice)))));
    CompareTable table(t);
    table.count(t.translate("Report", "Administrative penalties"), c.penalties, p.penalties);
    table.yuan(t.translate("Report", "Fines (yuan)"), c.penaltyAmountFen, p.penaltyAmountFen);
    for (const auto& e : enumEntries<DocumentKind>()) {
        table.count(t.label(e.value), at(c.noticesByKind, e.code), at(p.noticesByKind, e.code));
    }
    return html + table.html();
}

QString trainingSection(const AnnualReportData& d, const ReportText& t)
{
    const Figures& c = d.figures.current;
    const Figures& p = d.figures.previous;
    QString html = h2(t.translate("Report", "5. Publicity, training and emergency preparedness"));
    const auto kind = [](const std::map<std::string, int64_t>& m, ActivityKind k) { return at(m, toCode(k)); };
    html += para(t.translate("Report", "Safety training sessions: %1, with %2 participants (person-times); "
                                       "emergency drills: %3, with %4 participants.")
                     .arg(t.count(kind(c.activitiesByKind, ActivityKind::Training)),
                          t.count(kind(c.participantsByActivityKind, ActivityKind::Training)),
                          t.count(kind(c.activitiesByKind, ActivityKind::Drill)),
                          t.count(kind(c.participantsByActivityKind, ActivityKind::Drill))));
    CompareTable table(t);
    for (const auto& e : enumEntries<ActivityKind>()) {
        table.count(t.label(e.value), at(c.activitiesByKind, e.code), at(p.activitiesByKind, e.code));
    }
    for (const auto& e : enumEntries<ActivityKind>()) {
        table.count(t.translate("Report", "%1: participants (person-times)").arg(t.label(e.value)),
                    at(c.participantsByActivityKind, e.code), at(p.participantsByActivityKind, e.code));
    }
    table.count(t.translate("Report", "Participants in all (person-times)"), c.activityParticipants,
                p.activityParticipants, true);
    return html + table.html();
}

QString problemsSection(const AnnualReportData& d, const ReportText& t)
{
    QString html = h2(t.translate("Report", "6. Problems and next year's work plan"));
    const auto prose = [&](const std::string& text) -> QString {
        if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
            return QStringLiteral("<p class=\"empty\">") +
                   t.translate("Report", "(Not written yet: write it on the report page and print again.)") +
                   QStringLiteral("</p>\n");
        }
        return paragraphs(text);
    };
    html += h3(t.translate("Report", "(1) Problems"));
    html += prose(d.problems);
    html += h3(t.translate("Report", "(2) Work plan for next year"));
    html += prose(d.plan);
    return html;
}

} // namespace safeledger::report
