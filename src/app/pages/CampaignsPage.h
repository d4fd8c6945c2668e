#pragma once

#include "LedgerPage.h"
#include "TextTableModel.h"

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace safeledger {

// The year's special campaigns (专项行动) with their figures as the annual report prints them
// (Statistics::campaigns, docs/figures.md): each with its days, lead unit and the phase it is in.
// A manager records a campaign, corrects one (double-click) and voids one with a reason.
class CampaignsPage final : public LedgerPage
{
    Q_OBJECT

public:
    explicit CampaignsPage(QWidget* parent = nullptr);
    QString title() const override { return tr("Campaigns"); }
    QList<Command> commands() const override { return {{"newCampaignButton", {}}, {"voidCampaignButton", {}}}; }

    void setDatabase(Database* db) override;
    void refresh() override;
    TextTableModel* model() const { return m_model; }
    // The form (not modal) for a new campaign (id 0) or a recorded one; returned for tests.
    QDialog* openForm(qint64 campaignId);
    // Asks why the campaign on `row` is voided, then voids it; returned for tests.
    QDialog* startVoid(int row);

    struct Listing
    {
        std::vector<TextTableModel::Row> rows;
        QString summary;
        QString error;
    };

private:
    static Listing readListing(Database& db, int year);

    Database* m_db = nullptr;
    QSpinBox* m_year = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_voidButton = nullptr;
    TextTableModel* m_model = nullptr;
};

} // namespace safeledger
