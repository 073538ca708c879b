#include "QuantityDelegate.h"

#include "models/ModelRoles.h"

#include <QSpinBox>

using namespace Qt::StringLiterals;

QWidget* QuantityDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                        const QModelIndex& index) const
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(u"quantityEditor"_s);
    const QVariant maximum = index.data(ModelRoles::MaximumRole);
    spin->setRange(1, maximum.isValid() ? maximum.toInt() : 1'000'000);
    spin->setAlignment(Qt::AlignRight);
    return spin;
}
