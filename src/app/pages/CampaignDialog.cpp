#include "CampaignDialog.h"

#include "EnumText.h"
#include "QtDates.h"
#include "UnitPicker.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <algorithm>

namespace safeledger {

namespace {
enum PhaseColumn { PhaseName, PhaseFrom, PhaseTo };
} // namespace

CampaignDialog::CampaignDialog(Database& db, qint64 campaignId, QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("campaignDialog"));
    resize(560, 0);
    auto* form = new QFormLayout(this);
    const auto line = [&](const char* field, const QString& label) {
        auto* e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(field) + QStringLiteral("Input"));
        form->addRow(label, e);
        bindField(form, QString::fromLatin1(field), e);
        return e;
    };
    m_name = line("name", tr("&Name"));
    m_name->setPlaceholderText(tr("As inspections name it, e.g. 燃气安全专项整治"));
    m_document = line("document", tr("Launching &document"));
    m_document->setPlaceholderText(tr("e.g. 青安委〔2026〕5号"));
    m_lead = new UnitPicker(this);
    m_lead->setObjectName(QStringLiteral("leadInput"));
    m_lead->setDatabase(&db);
    m_lead->setPlaceholderText(tr("Type to choose the unit that leads it"));
    form->addRow(tr("&Lead unit"), m_lead);
    bindField(form, QStringLiteral("lead_org"), m_lead);
    const auto dateEdit = [&](const char* field, const QString& label) {
        auto* e = new QDateEdit(this);
        e->setObjectName(QString::fromLatin1(field) + QStringLiteral("Input"));
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setDate(toQDate(db.today()));
        form->addRow(label, e);
        bindField(form, QString::fromLatin1(field), e);
        return e;
    };
    m_from = dateEdit("starts_on", tr("&From"));
    m_to = dateEdit("ends_on", tr("&To"));

    m_phases = new QTableWidget(0, 3, this);
    m_phases->setObjectName(QStringLiteral("phasesInput"));
    m_phases->setHorizontalHeaderLabels({tr("Phase"), tr("First day"), tr("Last day")});
    m_phases->horizontalHeader()->setSectionResizeMode(PhaseName, QHeaderView::Stretch);
    m_phases->verticalHeader()->hide();
    m_phases->setMinimumHeight(130);
    auto* phaseButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add &phase"), this);
    add->setObjectName(QStringLiteral("addPhaseButton"));
    auto* remove = new QPushButton(tr("&Remove phase"), this);
    remove->setObjectName(QStringLiteral("removePhaseButton"));
    phaseButtons->addWidget(add);
    phaseButtons->addWidget(remove);
    phaseButtons->addStretch(1);
    auto* phaseBox = new QVBoxLayout;
    phaseBox->addWidget(m_phases);
    phaseBox->addLayout(phaseButtons);
    form->addRow(tr("P&hases"), phaseBox);
    bindField(form, QStringLiteral("phases"), m_phases);

    m_sectors = new QListWidget(this);
    m_sectors->setObjectName(QStringLiteral("sectorsInput"));
    m_sectors->setToolTip(tr("None ticked: every sector"));
    m_sectors->setMinimumHeight(110);
    for (const auto& e : enumEntries<Sector>()) {
        if (e.value == Sector::None) {
            continue;
        }
        auto* item = new QListWidgetItem(EnumText::label(e.value, "Sector"), m_sectors);
        item->setData(Qt::UserRole, QString::fromLatin1(e.code));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    form->addRow(tr("Target &sectors"), m_sectors);
    bindField(form, QStringLiteral("sectors"), m_sectors);
    m_note = line("note", tr("N&ote"));
    addButtons(form, QStringLiteral("campaignError"));
    setRefusalText(tr("The campaign was not saved: %1"));

    connect(add, &QPushButton::clicked, this, [this] {
        addPhase(QString(), fromQDate(m_from->date()), fromQDate(m_to->date()));
        m_phases->setCurrentCell(m_phases->rowCount() - 1, PhaseName);
        m_phases->editItem(m_phases->item(m_phases->rowCount() - 1, PhaseName));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_phases->currentRow() >= 0) {
            m_phases->removeRow(m_phases->currentRow());
        }
    });

    if (campaignId != 0) {
        try {
            m_campaign = Repository<Campaign>(db).get(campaignId);
        } catch (const Error& e) {
            showMessage(FieldErrors::describe(e));
            okButton()->setEnabled(false);
        }
    }
    setWindowTitle(m_campaign.id == 0 ? tr("New campaign") : tr("Correct campaign"));
    if (m_campaign.id == 0) {
        return;
    }
    m_name->setText(QString::fromStdString(m_campaign.name));
    m_document->setText(QString::fromStdString(m_campaign.document));
    m_lead->setUnitId(m_campaign.leadOrgId);
    m_from->setDate(toQDate(m_campaign.startsOn));
    m_to->setDate(toQDate(m_campaign.endsOn));
    for (const auto& p : m_campaign.phases) {
        addPhase(QString::fromStdString(p.name), p.startsOn, p.endsOn);
    }
    for (int i = 0; i < m_sectors->count(); ++i) {
        const std::string code = m_sectors->item(i)->data(Qt::UserRole).toString().toStdString();
        const bool targeted =
            std::find(m_campaign.sectors.begin(), m_campaign.sectors.end(), code) != m_campaign.sectors.end();
        m_sectors->item(i)->setCheckState(targeted ? Qt::Checked : Qt::Unchecked);
    }
    m_note->setText(QString::fromStdString(m_campaign.note));
}

void CampaignDialog::addPhase(const QString& name, const Date& from, const Date& to)
{
    const int row = m_phases->rowCount();
    m_phases->insertRow(row);
    m_phases->setItem(row, PhaseName, new QTableWidgetItem(name));
    m_phases->setItem(row, PhaseFrom, new QTableWidgetItem(toQDate(from).toString(Qt::ISODate)));
    m_phases->setItem(row, PhaseTo, new QTableWidgetItem(toQDate(to).toString(Qt::ISODate)));
}

Campaign CampaignDialog::fromForm() const
{
    Campaign c = m_campaign; // a copy: a refused save leaves the form and the record as they were
    c.name = m_name->text().trimmed().toStdString();
    c.document = m_document->text().trimmed().toStdString();
    c.leadOrgId = m_lead->unitId().value_or(0);
    c.startsOn = fromQDate(m_from->date());
    c.endsOn = fromQDate(m_to->date());
    c.note = m_note->text().trimmed().toStdString();
    c.phases.clear();
    for (int row = 0; row < m_phases->rowCount(); ++row) {
        const auto text = [&](int column) {
            const QTableWidgetItem* item = m_phases->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        CampaignPhase p;
        p.name = text(PhaseName).toStdString();
        for (const int column : {PhaseFrom, PhaseTo}) {
            const auto day = Date::parse(text(column).toStdString());
            if (!day) {
                FieldErrors::fail(
                    "phases", tr("phase %1: \"%2\" is not a date such as 2026-05-01").arg(row + 1).arg(text(column)));
            }
            (column == PhaseFrom ? p.startsOn : p.endsOn) = *day;
        }
        c.phases.push_back(std::move(p));
    }
    c.sectors.clear();
    for (int i = 0; i < m_sectors->count(); ++i) {
        if (m_sectors->item(i)->checkState() == Qt::Checked) {
            c.sectors.push_back(m_sectors->item(i)->data(Qt::UserRole).toString().toStdString());
        }
    }
    return c;
}

void CampaignDialog::save()
{
    Campaign c = fromForm();
    RecordService records(m_db);
    if (c.id == 0) {
        records.add(c);
    } else {
        records.update(c);
    }
    m_campaign = c;
}

} // namespace safeledger
