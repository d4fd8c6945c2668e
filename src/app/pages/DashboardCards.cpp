// The dashboard's cards: each figure of Statistics with last year's beside it, and the breakdowns
// a manager asks for next in their tooltips (split from DashboardPage.cpp).
#include "DashboardPage.h"

#include "EnumText.h"
#include "FigureCard.h"
#include "Formats.h"
#include "QtDates.h"
#include "safeledger/core/FigureFormat.h"

namespace safeledger {

namespace {

using Formats::number;
using Formats::percent;
using Formats::tenths;
using Formats::yuan;

} // namespace

void DashboardPage::showCards()
{
    const Figures& f = m_data.figures.current;
    const Figures& p = m_data.figures.previous;
    m_cards[QStringLiteral("foundCard")]->setValue(number(f.hazardsFound));
    m_cards[QStringLiteral("foundCard")]->setDetail(tr("Last year: %1").arg(number(p.hazardsFound)));
    m_cards[QStringLiteral("rectifiedCard")]->setValue(number(f.hazardsRectified));
    m_cards[QStringLiteral("rectifiedCard")]->setDetail(
        tr("On the spot %1 · with deadline %2").arg(number(f.rectifiedOnSpot), number(f.rectifiedWithDeadline)));

    FigureCard* rate = m_cards[QStringLiteral("rateCard")];
    rate->setValue(percent(f.rectificationRate));
    if (const auto change = FigureFormat::pointChangeTenths(f.rectificationRate, p.rectificationRate)) {
        const QString signedPoints = (*change > 0 ? QStringLiteral("+") : QString()) + tenths(*change);
        rate->setDetail(tr("%1 percentage points on last year (%2)").arg(signedPoints, percent(p.rectificationRate)));
    } else {
        rate->setDetail(tr("Last year: %1").arg(percent(p.rectificationRate)));
    }
    // "Not yet rectified" is a list only when the figures are taken today (see FigureFilters::open).
    const bool asOfToday = m_db && m_data.figures.asOf == m_db->today();
    rate->setClickable(asOfToday);
    rate->setToolTip(asOfToday ? tr("Click to list the hazards found and not yet rectified") : QString());

    FigureCard* overdue = m_cards[QStringLiteral("overdueCard")];
    overdue->setValue(number(f.overdue), f.overdue > 0);
    overdue->setDetail(tr("As of %1; last year %2").arg(toText(m_data.figures.asOf), number(p.overdue)));

    m_cards[QStringLiteral("majorCard")]->setValue(number(f.majorHazards));
    m_cards[QStringLiteral("majorCard")]->setDetail(
        tr("Rectified %1 · last year %2").arg(number(f.majorRectified), number(p.majorHazards)));
    const int64_t listed = f.majorListedProvince + f.majorListedCity + f.majorListedCounty + f.majorListedTown;
    m_cards[QStringLiteral("listedCard")]->setValue(number(listed));
    m_cards[QStringLiteral("listedCard")]->setDetail(tr("Province %1 · city %2 · county %3 · town %4")
                                                         .arg(number(f.majorListedProvince), number(f.majorListedCity),
                                                              number(f.majorListedCounty), number(f.majorListedTown)));

    m_cards[QStringLiteral("inspectionsCard")]->setValue(number(f.inspections));
    m_cards[QStringLiteral("inspectionsCard")]->setDetail(tr("%1 person-times · units covered %2 of %3 (%4)")
                                                              .arg(number(f.inspectorPersonTimes),
                                                                   number(f.unitsInspected), number(f.unitsToInspect),
                                                                   percent(f.inspectionCoverage)));
    m_cards[QStringLiteral("inspectionsCard")]->setToolTip(
        tr("Click to list the units not yet inspected in the period"));
    m_cards[QStringLiteral("agreementsCard")]->setValue(number(f.agreementsSigned));
    m_cards[QStringLiteral("agreementsCard")]->setDetail(
        tr("Units signed %1 of %2 needing one (%3)")
            .arg(number(f.agreementsCovered), number(f.agreementsNeeded), percent(f.agreementCoverage)));
    m_cards[QStringLiteral("accidentsCard")]->setValue(number(f.accidents), f.deaths > 0);
    m_cards[QStringLiteral("accidentsCard")]->setDetail(
        tr("Deaths %1, injured %2; last year %3, %4, %5")
            .arg(number(f.deaths), number(f.injuries), number(p.accidents), number(p.deaths), number(p.injuries)));
    m_cards[QStringLiteral("penaltiesCard")]->setValue(number(f.penalties));
    m_cards[QStringLiteral("penaltiesCard")]->setDetail(
        tr("Fines %1 yuan; last year %2 cases").arg(yuan(f.penaltyAmountFen), number(p.penalties)));
    showNewerCards(f, p);
}

void DashboardPage::showNewerCards(const Figures& f, const Figures& p)
{
    // The breakdowns a manager asks for next sit in the tooltips of their cards.
    const auto breakdown = [](const QString& heading, const QStringList& lines) {
        return lines.isEmpty() ? QString() : heading + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    };
    QStringList sources;
    for (const auto& e : enumEntries<HazardSource>()) {
        const int64_t n = f.hazardsBySource.count(e.code) ? f.hazardsBySource.at(e.code) : 0;
        sources << tr("%1: %2").arg(EnumText::label(e.value, "HazardSource"), number(n));
    }
    m_cards[QStringLiteral("foundCard")]->setToolTip(breakdown(tr("By source:"), sources));
    QStringList types;
    for (const auto& e : enumEntries<AccidentType>()) {
        const auto it = f.accidentsByType.find(e.code);
        if (it != f.accidentsByType.end() && it->second > 0) {
            types << tr("%1: %2").arg(EnumText::label(e.value, "AccidentType"), number(it->second));
        }
    }
    m_cards[QStringLiteral("accidentsCard")]->setToolTip(breakdown(tr("By type:"), types));

    FigureCard* verification = m_cards[QStringLiteral("verificationCard")];
    verification->setValue(percent(f.verificationPassRate));
    verification->setDetail(
        tr("%1 of %2 re-inspections passed; last year %3")
            .arg(number(f.verificationsPassed), number(f.verifications), percent(p.verificationPassRate)));
    verification->setToolTip(
        tr("Verifications of hazards rectified within a deadline; on-the-spot rectifications are not re-inspected"));

    const auto held = [](const Figures& x, ActivityKind kind) {
        const auto it = x.activitiesByKind.find(toCode(kind));
        return it == x.activitiesByKind.end() ? int64_t{0} : it->second;
    };
    const auto people = [](const Figures& x, ActivityKind kind) {
        const auto it = x.participantsByActivityKind.find(toCode(kind));
        return it == x.participantsByActivityKind.end() ? int64_t{0} : it->second;
    };
    FigureCard* training = m_cards[QStringLiteral("trainingCard")];
    training->setValue(number(held(f, ActivityKind::Training) + held(f, ActivityKind::Drill)));
    training->setDetail(tr("Training %1 (%2 person-times) · drills %3 (%4); last year %5")
                            .arg(number(held(f, ActivityKind::Training)), number(people(f, ActivityKind::Training)),
                                 number(held(f, ActivityKind::Drill)), number(people(f, ActivityKind::Drill)),
                                 number(held(p, ActivityKind::Training) + held(p, ActivityKind::Drill))));
}

} // namespace safeledger
