#pragma once

#include <QStyledItemDelegate>

// Edits a quantity with a spin box from 1 to the model's MaximumRole (the stock).
class QuantityDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuantityDelegate)
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
};
