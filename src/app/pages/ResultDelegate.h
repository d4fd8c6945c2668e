#pragma once

#include "EnumText.h"

#include <QComboBox>
#include <QStyledItemDelegate>

namespace safeledger {

// Edits a checklist item's result (合格/不合格/不适用/未检查) with a combo box that commits on choice.
class ResultDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* combo = new QComboBox(parent);
        EnumText::fill<ItemResult>(combo, "ItemResult");
        // A choice takes effect at once (a failed item offers its hazard), not when focus leaves.
        auto* self = const_cast<ResultDelegate*>(this);
        connect(combo, &QComboBox::activated, self, [self, combo] {
            emit self->commitData(combo);
            emit self->closeEditor(combo);
        });
        return combo;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* combo = static_cast<QComboBox*>(editor);
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
    }
};

} // namespace safeledger
