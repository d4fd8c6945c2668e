#pragma once

#include "FormDialog.h"
#ifndef Q_MOC_RUN
#include "safeledger/core/Campaign.h"
#endif

class QDateEdit;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace safeledger {

class Database;
class UnitPicker;

// A special campaign (专项行动) recorded or corrected: its name (as inspections carry it), launching
// document, lead unit, days, phases (each a row: name, first day, last day) and target sectors.
// Storage's refusals (one name running twice on a day, a phase outside the days, a name that
// inspections carry) are shown at their field with every entry kept.
class CampaignDialog final : public FormDialog
{
    Q_OBJECT

public:
    // campaignId 0: a new campaign.
    CampaignDialog(Database& db, qint64 campaignId, QWidget* parent = nullptr);

    void addPhase(const QString& name, const Date& from, const Date& to);
    const Campaign& campaign() const { return m_campaign; }

private:
    void save() override;
    Campaign fromForm() const;

    Database& m_db;
    Campaign m_campaign;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_document = nullptr;
    UnitPicker* m_lead = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QTableWidget* m_phases = nullptr;
    QListWidget* m_sectors = nullptr;
    QLineEdit* m_note = nullptr;
};

} // namespace safeledger
