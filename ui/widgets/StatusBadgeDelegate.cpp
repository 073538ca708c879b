#include "StatusBadgeDelegate.h"

#include "models/ModelRoles.h"
#include "models/StatusColors.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int kPadX = 8;
constexpr int kPadY = 2;
} // namespace

void StatusBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    const QVariant tone = index.data(ModelRoles::ToneRole);
    if (!tone.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The cell itself as usual (selection, focus), without its text.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QString text = cell.text;
    cell.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);

    const auto t = StatusColors::Tone(tone.toInt());
    const QFontMetrics metrics(cell.font);
    const int width =
        std::min(metrics.horizontalAdvance(text) + 2 * kPadX, option.rect.width() - 4);
    const int height = std::min(metrics.height() + 2 * kPadY, option.rect.height() - 2);
    const QRect badge(option.rect.x() + 2, option.rect.center().y() - height / 2, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(StatusColors::background(t));
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setPen(StatusColors::foreground(t));
    painter->setFont(cell.font);
    painter->drawText(badge.adjusted(kPadX, 0, -kPadX, 0), Qt::AlignCenter,
                      metrics.elidedText(text, Qt::ElideRight, badge.width() - 2 * kPadX));
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += 2 * kPadX;
    return size;
}
