#include "CampaignsPage.h"
#include "Permissions.h"

#include "CampaignDialog.h"
#include "ColumnWidths.h"
#include "FieldErrors.h"
#include "Formats.h"
#include "QtDates.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"
#include "safeledger/storage/Statistics.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace safeledger {

namespace {
using Formats::u8;
} // namespace

CampaignsPage::CampaignsPage(QWidget* parent)
    : LedgerPage(parent)
    , m_model(new TextTableModel({tr("Campaign"), tr("Days"), tr("Lead unit"), tr("Phase now"), tr("Inspections"),
                                  tr("Units"), tr("Found"), tr("Rectified"), tr("Rate"), tr("Major"), tr("Documents")},
                                 this))
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Special campaigns"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    heading->setFont(big);
    layout->addWidget(heading);
    auto* bar = new QHBoxLayout;
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("campaignYear"));
    m_year->setRange(1990, 2999);
    m_year->setPrefix(tr("Year "));
    m_newButton = new QPushButton(tr("&New campaign…"), this);
    m_newButton->setObjectName(QStringLiteral("newCampaignButton"));
    m_voidButton = new QPushButton(tr("&Void…"), this);
    m_voidButton->setObjectName(QStringLiteral("voidCampaignButton"));
    bar->addWidget(m_year);
    bar->addStretch(1);
    bar->addWidget(m_newButton);
    bar->addWidget(m_voidButton);
    layout->addLayout(bar);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("campaignsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("campaignSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    connect(m_year, &QSpinBox::valueChanged, this, &CampaignsPage::refresh);
    connect(m_newButton, &QPushButton::clicked, this, [this] { openForm(0); });
    connect(m_voidButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        startVoid(current.isValid() ? current.row() : -1);
    });
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { openForm(m_model->idAt(index.row())); });
    setDatabase(nullptr);
}

void CampaignsPage::setDatabase(Database* db)
{
    m_db = db;
    setEnabled(db != nullptr);
    m_newButton->setEnabled(offers(db, Action::PlanCampaigns));
    m_voidButton->setEnabled(offers(db, Action::VoidRecords));
    const QSignalBlocker block(m_year);
    if (db) {
        m_year->setValue(db->today().year());
    }
    refresh();
}

void CampaignsPage::refresh()
{
    m_model->setRows({});
    m_summary->clear();
    if (!m_db) {
        dropReads();
        return;
    }
    m_summary->setText(tr("Reading the campaigns…"));
    const int year = m_year->value();
    readThenShow(
        *m_db, [year](Database& db) { return readListing(db, year); },
        [this](Listing listing) {
            m_summary->setText(listing.error.isEmpty() ? listing.summary : listing.error);
            m_model->setRows(std::move(listing.rows));
            fitColumns(m_view);
        });
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
    if (!m_db) {
        return nullptr;
    }
    auto* dialog = new CampaignDialog(*m_db, campaignId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!offers(m_db, Action::PlanCampaigns)) {
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
    const qint64 id = row >= 0 ? m_model->idAt(row) : 0;
    if (!offers(m_db, Action::VoidRecords) || id == 0) {
        emit statusMessage(tr("Choose a campaign in the list first."));
        return nullptr;
    }
    Database& db = *m_db;
    return askVoid(
        tr("Void campaign"), tr("Void the campaign %1?").arg(m_model->data(m_model->index(row, 0)).toString()),
        [&db, id](const std::string& reason) {
            Campaign campaign = Repository<Campaign>(db).get(id);
            RecordService(db).voidRecord(campaign, reason);
        },
        tr("Campaign voided: its inspections stay, counted in no campaign record."));
}

} // namespace safeledger
