#include "StockDelegate.h"

#include <QSpinBox>

using namespace Qt::StringLiterals;

QWidget* StockDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                     const QModelIndex&) const
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(u"stockEditor"_s);
    spin->setRange(0, 1'000'000'000);
    spin->setAlignment(Qt::AlignRight);
    return spin;
}
