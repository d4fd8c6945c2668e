#include "OverdueModel.h"

#include "EnumText.h"
#include "Palette.h"
#include "QtDates.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace safeledger {

OverdueModel::OverdueModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void OverdueModel::setRows(std::vector<HazardRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

qint64 OverdueModel::hazardId(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? m_rows[static_cast<size_t>(row)].id : 0;
}

int OverdueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OverdueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OverdueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const HazardRow& r = m_rows[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DaysOverdue:
            return tr("%n day(s)", nullptr, static_cast<int>(r.daysOverdue));
        case Deadline:
            return r.deadline ? toText(*r.deadline) : QString();
        case Unit:
            return QString::fromUtf8(r.unitName);
        case Description: {
            QString text = QString::fromUtf8(r.excerpt);
            if (!r.location.empty()) {
                text = QString::fromUtf8(r.location) + QStringLiteral("：") + text;
            }
            return text;
        }
        case Grade:
            return EnumText::label(r.grade, "HazardGrade");
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == DaysOverdue) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::ForegroundRole:
        // Overdue hazards must stand out wherever they are shown.
        return index.column() == DaysOverdue ? QVariant(QBrush(Palette::colour(Palette::Role::Alert))) : QVariant();
    case Qt::FontRole:
        if (r.grade == HazardGrade::Major) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case HazardIdRole:
        return QVariant::fromValue<qlonglong>(r.id);
    default:
        return {};
    }
}

QVariant OverdueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case DaysOverdue:
        return tr("Overdue");
    case Deadline:
        return tr("Deadline");
    case Unit:
        return tr("Unit");
    case Description:
        return tr("Hazard");
    case Grade:
        return tr("Grade");
    default:
        return {};
    }
}

} // namespace safeledger
