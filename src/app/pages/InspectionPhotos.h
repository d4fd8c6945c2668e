#pragma once

#include <QWidget>

class QAbstractItemView;
class QGroupBox;
class QPushButton;

namespace safeledger {

class NewHazardsModel;
class PhotoStrip;

// The photos of the inspection being entered: the inspection's own, and beside them the photos
// before rectification (整改前) of the hazard current in the hazards view. Photos added to the
// hazard strip are kept with that hazard in the model; choosing another hazard shows its photos.
class InspectionPhotos final : public QWidget
{
    Q_OBJECT

public:
    InspectionPhotos(NewHazardsModel* hazards, QAbstractItemView* hazardsView, QWidget* parent = nullptr);

    PhotoStrip* inspectionStrip() const { return m_inspection; }
    PhotoStrip* hazardStrip() const { return m_hazard; }
    // Empties the inspection's strip (the hazards' photos go with the model's rows).
    void clearInspectionPhotos();

signals:
    void photosChanged();

private:
    void showCurrentHazard();
    void selectInserted(int last);

    NewHazardsModel* m_model;
    QAbstractItemView* m_view;
    PhotoStrip* m_inspection = nullptr;
    PhotoStrip* m_hazard = nullptr;
    QGroupBox* m_hazardBox = nullptr;
    QPushButton* m_addHazardPhotos = nullptr;
    int m_row = -1; // the hazard whose photos the hazard strip shows
};

} // namespace safeledger
