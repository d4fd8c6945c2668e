#pragma once

#ifndef Q_MOC_RUN // moc cannot parse the C++20 standard headers the core includes
#include "FieldErrors.h"
#include "LedgerPage.h"
#include "safeledger/core/Hazard.h"
#include "safeledger/core/Inspection.h"
#endif

#include <memory>
#include <vector>

namespace Ui {
class InspectionPage;
}

namespace safeledger {

class ChecklistModel;
class HazardEditor;
class InspectionPhotos;
class NewHazardsModel;
class PhotoStrip;
class UnitPicker;

// Inspection entry, the officer's most frequent task: the unit (type-ahead), date, kind, campaign,
// inspectors and a checklist; each item marked 合格/不合格/不适用 with a note; every 不合格 item
// offers a hazard prefilled from it; more hazards; photos of the inspection and of each hazard; one
// save (InspectionDraft: the inspection and every photo in one transaction). A failed save keeps
// everything as entered. The layout is ui/InspectionPage.ui.
class InspectionPage final : public LedgerPage
{
    Q_OBJECT

public:
    explicit InspectionPage(QWidget* parent = nullptr);
    ~InspectionPage() override;
    QString title() const override { return tr("New inspection"); }
    void settingsChanged() override; // the default inspectors
    QList<Command> commands() const override
    {
        return {{"saveInspectionButton", QKeySequence::Save},
                {"clearInspectionButton", {}},
                {"printNoticeButton", QKeySequence::Print}};
    }

    void setDatabase(Database* db) override;
    void refresh() override;
    // NewInspection: the form on that unit, unless an inspection being entered would be lost.
    bool open(const PageRequest& request) override;
    bool hasUnsavedChanges() const override { return m_dirty; }
    bool saveChanges() override { return save(); }

    // Saves the inspection; true when saved. Errors are shown at their field.
    bool save();
    void clearForm();
    void setDefaultInspectors(const QString& inspectors);

    ChecklistModel* checklistModel() const { return m_checklist; }
    NewHazardsModel* hazardsModel() const { return m_hazards; }
    PhotoStrip* photos() const;       // the inspection's own
    PhotoStrip* hazardPhotos() const; // of the hazard current in the hazards list
    UnitPicker* unitPicker() const;

private:
    void loadTemplate();
    void refreshCampaigns();
    void onResultChanged(int row, ItemResult before, ItemResult after);
    void addHazard();
    void editHazard(int row);
    void editHazardWith(int row, const Hazard& hazard, const Error* error);
    void removeHazard();
    void markDirty() { m_dirty = true; }
    Hazard newHazard() const;
    Inspection inspectionFromForm() const;

    Database* m_db = nullptr;
    std::unique_ptr<Ui::InspectionPage> m_ui;
    ChecklistModel* m_checklist = nullptr;
    NewHazardsModel* m_hazards = nullptr;
    InspectionPhotos* m_photos = nullptr;
    FieldErrors m_errors;
    QString m_defaultInspectors;
    bool m_dirty = false;
    // The last saved inspection's unit and hazards, for "Print notice…".
    int64_t m_savedOrgId = 0;
    int64_t m_savedInspectionId = 0;
    std::vector<int64_t> m_savedHazards;
};

} // namespace safeledger
