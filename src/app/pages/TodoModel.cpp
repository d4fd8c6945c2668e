#include "TodoModel.h"

#include "EnumText.h"
#include "Palette.h"
#include "QtDates.h"

#include <QBrush>
#include <QFont>

namespace safeledger {

TodoModel::TodoModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void TodoModel::setItems(std::vector<DueItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

qint64 TodoModel::hazardId(int row) const
{
    return row >= 0 && row < static_cast<int>(m_items.size()) ? m_items[static_cast<size_t>(row)].hazard.id : 0;
}

int TodoModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int TodoModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TodoModel::whenText(const DueItem& item)
{
    switch (item.reason) {
    case DueReason::Overdue:
        return tr("Overdue %n day(s)", nullptr, static_cast<int>(item.daysOverdue));
    case DueReason::DueSoon:
        return item.workingDaysLeft == 0
                   ? tr("Due today")
                   : tr("Due in %n working day(s)", nullptr, static_cast<int>(item.workingDaysLeft));
    case DueReason::AwaitingVerification:
        return tr("Awaiting verification");
    }
    return {};
}

QString TodoModel::escalationText(const DueItem& item)
{
    if (!item.escalation) {
        return {};
    }
    const safeledger::Escalation& e = *item.escalation;
    if (e.rule == EscalationRule::GeneralOverdue) {
        return tr("Escalated to %1 on %2")
            .arg(item.escalatedTo.empty() ? tr("the parent unit") : QString::fromStdString(item.escalatedTo),
                 toText(e.on));
    }
    return tr("Raised to %1 on %2").arg(EnumText::label(e.raisedTo, "SupervisionLevel"), toText(e.on));
}

QVariant TodoModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const DueItem& item = m_items[static_cast<size_t>(index.row())];
    const HazardRow& r = item.hazard;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case When:
            return whenText(item);
        case Deadline: {
            QString text = r.deadline ? toText(*r.deadline) : QString();
            if (item.deadlineOnDayOff) {
                text += QStringLiteral("（%1）").arg(
                    item.deadlineDayName.empty() ? tr("weekend") : QString::fromStdString(item.deadlineDayName));
            }
            return text;
        }
        case Unit:
            return QString::fromUtf8(r.unitName);
        case Description: {
            QString text = QString::fromUtf8(r.excerpt);
            if (!r.location.empty()) {
                text = QString::fromUtf8(r.location) + QStringLiteral("：") + text;
            }
            return text;
        }
        case Escalation:
            return escalationText(item);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Deadline && item.deadlineOnDayOff) {
            return tr("The deadline falls on a day that is not a working day");
        }
        return {};
    case Qt::ForegroundRole:
        // Overdue and escalated hazards must stand out wherever they are shown.
        if ((index.column() == When && item.reason == DueReason::Overdue) ||
            (index.column() == Escalation && item.escalation)) {
            return QBrush(Palette::colour(Palette::Role::Alert));
        }
        return {};
    case Qt::FontRole:
        if (r.grade == HazardGrade::Major) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant TodoModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case When:
        return tr("When");
    case Deadline:
        return tr("Deadline");
    case Unit:
        return tr("Unit");
    case Description:
        return tr("Hazard");
    case Escalation:
        return tr("Escalation");
    default:
        return {};
    }
}

} // namespace safeledger
