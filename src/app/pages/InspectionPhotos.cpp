#include "InspectionPhotos.h"

#include "NewHazardsModel.h"
#include "PhotoStrip.h"

#include <QAbstractItemView>
#include <QBoxLayout>
#include <QGroupBox>
#include <QItemSelectionModel>
#include <QPushButton>

namespace safeledger {

InspectionPhotos::InspectionPhotos(NewHazardsModel* hazards, QAbstractItemView* hazardsView, QWidget* parent)
    : QWidget(parent)
    , m_model(hazards)
    , m_view(hazardsView)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* inspectionBox = new QGroupBox(tr("Photos of the inspection (drop image files here)"), this);
    inspectionBox->setObjectName(QStringLiteral("inspectionPhotosBox"));
    auto* inspectionLayout = new QHBoxLayout(inspectionBox);
    m_inspection = new PhotoStrip(inspectionBox);
    m_inspection->setObjectName(QStringLiteral("inspectionPhotos"));
    inspectionLayout->addWidget(m_inspection, 1);
    auto* addPhotos = new QPushButton(tr("Add &photos…"), inspectionBox);
    addPhotos->setObjectName(QStringLiteral("addPhotosButton"));
    inspectionLayout->addWidget(addPhotos, 0, Qt::AlignTop);
    layout->addWidget(inspectionBox, 1);

    m_hazardBox = new QGroupBox(this);
    m_hazardBox->setObjectName(QStringLiteral("hazardPhotosBox"));
    auto* hazardLayout = new QHBoxLayout(m_hazardBox);
    m_hazard = new PhotoStrip(m_hazardBox);
    m_hazard->setObjectName(QStringLiteral("hazardPhotos"));
    hazardLayout->addWidget(m_hazard, 1);
    m_addHazardPhotos = new QPushButton(tr("Add p&hotos…"), m_hazardBox);
    m_addHazardPhotos->setObjectName(QStringLiteral("addHazardPhotosButton"));
    hazardLayout->addWidget(m_addHazardPhotos, 0, Qt::AlignTop);
    layout->addWidget(m_hazardBox, 1);

    connect(addPhotos, &QPushButton::clicked, m_inspection, &PhotoStrip::addFromDialog);
    connect(m_addHazardPhotos, &QPushButton::clicked, m_hazard, &PhotoStrip::addFromDialog);
    connect(m_inspection, &PhotoStrip::photosChanged, this, &InspectionPhotos::photosChanged);
    connect(m_hazard, &PhotoStrip::photosChanged, this, [this] {
        if (m_row >= 0) {
            m_model->setPhotos(m_row, m_hazard->pending());
            emit photosChanged();
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InspectionPhotos::showCurrentHazard);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int, int last) { selectInserted(last); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &InspectionPhotos::showCurrentHazard);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InspectionPhotos::showCurrentHazard);
    showCurrentHazard();
}

void InspectionPhotos::clearInspectionPhotos()
{
    m_inspection->clearAll();
}

void InspectionPhotos::selectInserted(int last)
{
    // A hazard just added is the one whose photos the officer takes next.
    m_view->selectionModel()->setCurrentIndex(m_model->index(last, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showCurrentHazard();
}

void InspectionPhotos::showCurrentHazard()
{
    const QModelIndex current = m_view->currentIndex();
    m_row = current.isValid() && current.row() < m_model->rowCount() ? current.row() : -1;
    const bool chosen = m_row >= 0;
    m_hazard->setPending(chosen ? m_model->entries()[static_cast<size_t>(m_row)].photos : std::vector<PendingPhoto>());
    m_hazard->setEnabled(chosen);
    m_addHazardPhotos->setEnabled(chosen);
    QString title = tr("Photos of a hazard before rectification: choose the hazard above");
    if (chosen) {
        const QString description =
            QString::fromUtf8(m_model->entries()[static_cast<size_t>(m_row)].hazard.description);
        title = tr("Hazard %1 before rectification: %2")
                    .arg(m_row + 1)
                    .arg(fontMetrics().elidedText(description, Qt::ElideRight, 260));
    }
    m_hazardBox->setTitle(title);
}

} // namespace safeledger
