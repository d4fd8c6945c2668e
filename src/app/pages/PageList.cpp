#include "PageList.h"

#include "AgreementsPage.h"
#include "CampaignsPage.h"
#include "DashboardPage.h"
#include "GridsPage.h"
#include "HazardsPage.h"
#include "InspectionPage.h"
#include "InspectionsPage.h"
#include "OverviewPage.h"
#include "PlansPage.h"
#include "RecordsPage.h"
#include "ReportsPage.h"
#include "TodoPage.h"
#include "UnitsPage.h"

namespace safeledger {

std::vector<LedgerPage*> createLedgerPages(QWidget* parent)
{
    // The manager's dashboard is the start page; its cards and bars open the hazard list behind them.
    // An officer starts on the to-do list (MainWindow::adopt).
    const std::vector<std::pair<LedgerPage*, const char*>> pages = {
        {new DashboardPage(parent), "dashboardPage"},
        {new TodoPage(parent), "todoPage"},
        {new OverviewPage(parent), "overviewPage"},
        {new UnitsPage(parent), "unitsPage"},
        {new AgreementsPage(parent), "agreementsPage"},
        {new InspectionPage(parent), "inspectionPage"},
        {new InspectionsPage(parent), "inspectionsPage"},
        {new CampaignsPage(parent), "campaignsPage"},
        {new GridsPage(parent), "gridsPage"},
        {new PlansPage(parent), "plansPage"},
        {new HazardsPage(parent), "hazardsPage"},
        {new RecordsPage(RecordsPage::Accidents, parent), "accidentsPage"},
        {new RecordsPage(RecordsPage::Penalties, parent), "penaltiesPage"},
        {new RecordsPage(RecordsPage::Documents, parent), "documentsPage"},
        {new RecordsPage(RecordsPage::Activities, parent), "activitiesPage"},
        {new ReportsPage(parent), "reportsPage"},
    };
    std::vector<LedgerPage*> out;
    for (const auto& [page, name] : pages) {
        page->setObjectName(QString::fromLatin1(name));
        out.push_back(page);
    }
    return out;
}

} // namespace safeledger
