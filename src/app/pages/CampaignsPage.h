#pragma once

#include "YearListPage.h"

namespace safeledger {

// The year's special campaigns (专项行动) with their figures as the annual report prints them
// (Statistics::campaigns, docs/figures.md): each with its days, lead unit and the phase it is in.
// A manager records a campaign, corrects one (double-click) and voids one with a reason.
class CampaignsPage final : public YearListPage
{
    Q_OBJECT

public:
    explicit CampaignsPage(QWidget* parent = nullptr);
    QString title() const override { return tr("Campaigns"); }
    QList<Command> commands() const override { return {{"newCampaignButton", {}}, {"voidCampaignButton", {}}}; }

    // The form (not modal) for a new campaign (id 0) or a recorded one; returned for tests.
    QDialog* openForm(qint64 campaignId);
    // Asks why the campaign on `row` is voided, then voids it; returned for tests.
    QDialog* startVoid(int row);

private:
    static Listing readListing(Database& db, int year);
    void enableFor(Database* db) override;
    void activated(int row) override { openForm(model()->idAt(row)); }

    QPushButton* m_newButton = nullptr;
    QPushButton* m_voidButton = nullptr;
};

} // namespace safeledger
