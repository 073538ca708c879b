#pragma once

#include <QStyledItemDelegate>

// Paints a status cell as a badge: its text on a rounded tint, both colours
// from StatusColors for the cell's ModelRoles::ToneRole, so that "Pending"
// reads as well on a dark palette as on a light one.
class StatusBadgeDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBadgeDelegate)
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
