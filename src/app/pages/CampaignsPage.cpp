#include "CampaignsPage.h"
#include "Permissions.h"

#include "CampaignDialog.h"
#include "FieldErrors.h"
#include "Formats.h"
#include "QtDates.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"
#include "safeledger/storage/Statistics.h"

#include <QPushButton>

namespace safeledger {

namespace {
using Formats::u8;
} // namespace

CampaignsPage::CampaignsPage(QWidget* parent)
    : YearListPage(tr("Special campaigns"),
                   {tr("Campaign"), tr("Days"), tr("Lead unit"), tr("Phase now"), tr("Inspections"), tr("Units"),
                    tr("Found"), tr("Rectified"), tr("Rate"), tr("Major"), tr("Documents")},
                   QStringLiteral("campaign"), &CampaignsPage::readListing, tr("Reading the campaigns…"), parent)
{
    m_newButton = addButton(tr("&New campaign…"), "newCampaignButton");
    m_voidButton = addButton(tr("&Void…"), "voidCampaignButton");
    connect(m_newButton, &QPushButton::clicked, this, [this] { openForm(0); });
    connect(m_voidButton, &QPushButton::clicked, this, [this] { startVoid(currentRow()); });
    setDatabase(nullptr);
}

void CampaignsPage::enableFor(Database* db)
{
    m_newButton->setEnabled(offers(db, Action::PlanCampaigns));
    m_voidButton->setEnabled(offers(db, Action::VoidRecords));
}

CampaignsPage::Listing CampaignsPage::readListing(Database& db, int year)
{
    Listing listing;
    try {
        const Period period = Period::year(year);
        const Date asOf = std::min(db.today(), period.to);
        const auto rows = Statistics(db).campaigns(0, period, asOf);
        for (const CampaignRow& r : rows) {
            const Campaign& c = r.campaign;
            const CampaignPhase* phase = phaseOn(c, asOf);
            QString now = phase ? u8(phase->name) : QString();
            if (!r.counted) {
                now = tr("not begun");
            } else if (c.endsOn < asOf) {
                now = tr("ended");
            }
            const auto count = [](int64_t n) { return Formats::number(n); };
            listing.rows.push_back(
                {{u8(c.name), tr("%1 to %2").arg(toText(c.startsOn), toText(c.endsOn)), u8(r.leadName), now,
                  count(r.inspections), count(r.unitsInspected), count(r.hazardsFound), count(r.hazardsRectified),
                  Formats::percent(r.rectificationRate), count(r.majorHazards), count(r.documents)},
                 c.id,
                 {}});
        }
        listing.summary = tr("%n campaign(s) in %1, figures as of %2. An inspection counts in a campaign when it "
                             "carries the campaign's name, falls within its days and is of a unit under its lead "
                             "unit.",
                             nullptr, static_cast<int>(rows.size()))
                              .arg(year)
                              .arg(toText(asOf));
    } catch (const Error& e) {
        listing.error = FieldErrors::describe(e);
    }
    return listing;
}

QDialog* CampaignsPage::openForm(qint64 campaignId)
{
    Database* db = database();
    if (!db) {
        return nullptr;
    }
    auto* dialog = new CampaignDialog(*db, campaignId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!offers(db, Action::PlanCampaigns)) {
        dialog->okButton()->setEnabled(false);
    }
    connect(dialog, &QDialog::accepted, this, [this] {
        emit statusMessage(tr("Campaign saved."));
        refresh();
        emit saved();
    });
    dialog->open();
    return dialog;
}

QDialog* CampaignsPage::startVoid(int row)
{
    const qint64 id = row >= 0 ? model()->idAt(row) : 0;
    if (!offers(database(), Action::VoidRecords) || id == 0) {
        emit statusMessage(tr("Choose a campaign in the list first."));
        return nullptr;
    }
    Database& db = *database();
    return askVoid(
        tr("Void campaign"), tr("Void the campaign %1?").arg(model()->data(model()->index(row, 0)).toString()),
        [&db, id](const std::string& reason) {
            Campaign campaign = Repository<Campaign>(db).get(id);
            RecordService(db).voidRecord(campaign, reason);
        },
        tr("Campaign voided: its inspections stay, counted in no campaign record."));
}

} // namespace safeledger
