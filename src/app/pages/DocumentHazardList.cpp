#include "DocumentHazardList.h"

#include "EnumText.h"
#include "FieldErrors.h"
#include "Palette.h"
#include "QtDates.h"
#include "safeledger/core/Error.h"
#include "safeledger/storage/ArchiveQueries.h"
#include "safeledger/storage/RecordService.h"
#include "safeledger/storage/Repository.h"

#include <QHeaderView>

namespace safeledger {

namespace {

constexpr int kHazardId = Qt::UserRole;

QTreeWidgetItem* hazardItem(const Hazard& h)
{
    auto* item = new QTreeWidgetItem(
        QStringList{toText(h.foundOn), QString::fromUtf8(h.location), QString::fromUtf8(h.description),
                    EnumText::label(h.status, "HazardStatus"), h.deadline ? toText(*h.deadline) : QString()});
    item->setData(DocumentHazardList::Found, kHazardId, QVariant::fromValue<qlonglong>(h.id));
    item->setToolTip(DocumentHazardList::Description, QString::fromUtf8(h.description));
    if (h.grade == HazardGrade::Major) {
        item->setForeground(DocumentHazardList::Description, Palette::colour(Palette::Role::Alert));
    }
    return item;
}

} // namespace

DocumentHazardList::DocumentHazardList(Database& db, QWidget* parent)
    : QTreeWidget(parent)
    , m_db(db)
{
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Found"), tr("Location"), tr("Description"), tr("Status"), tr("Deadline")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setAllColumnsShowFocus(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(Description, QHeaderView::Stretch);
    setMinimumHeight(120);
    setMaximumHeight(190);
    showUnit(std::nullopt);
}

void DocumentHazardList::addPlaceholder(const QString& text)
{
    auto* item = new QTreeWidgetItem(this, QStringList{text});
    item->setFlags(Qt::NoItemFlags);
    item->setFirstColumnSpanned(true);
}

void DocumentHazardList::showUnit(std::optional<int64_t> orgId)
{
    m_choosing = true;
    clear();
    if (!orgId) {
        addPlaceholder(tr("Choose the unit to list its open hazards."));
        return;
    }
    try {
        for (const Hazard& h : ArchiveQueries(m_db).hazards(*orgId)) {
            if (h.status == HazardStatus::Closed || h.status == HazardStatus::Voided) {
                continue;
            }
            QTreeWidgetItem* item = hazardItem(h);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Found, Qt::Unchecked);
            addTopLevelItem(item);
        }
        if (topLevelItemCount() == 0) {
            addPlaceholder(tr("This unit has no open hazards."));
        }
    } catch (const Error& e) {
        addPlaceholder(tr("The hazards could not be read: %1").arg(FieldErrors::describe(e)));
    }
}

void DocumentHazardList::showDocument(int64_t documentId)
{
    m_choosing = false;
    clear();
    try {
        Repository<Hazard> hazards(m_db);
        for (int64_t id : RecordService(m_db).documentHazards(documentId)) {
            if (const auto h = hazards.find(id)) {
                QTreeWidgetItem* item = hazardItem(*h);
                item->setFlags(Qt::ItemIsEnabled);
                addTopLevelItem(item);
            }
        }
        if (topLevelItemCount() == 0) {
            addPlaceholder(tr("This document lists no hazards."));
        }
    } catch (const Error& e) {
        addPlaceholder(tr("The hazards could not be read: %1").arg(FieldErrors::describe(e)));
    }
}

std::vector<int64_t> DocumentHazardList::checkedIds() const
{
    std::vector<int64_t> ids;
    if (!m_choosing) {
        return ids;
    }
    for (int row = 0; row < topLevelItemCount(); ++row) {
        const QTreeWidgetItem* it = topLevelItem(row);
        if (it->data(Found, kHazardId).isValid() && it->checkState(Found) == Qt::Checked) {
            ids.push_back(it->data(Found, kHazardId).toLongLong());
        }
    }
    return ids;
}

} // namespace safeledger
