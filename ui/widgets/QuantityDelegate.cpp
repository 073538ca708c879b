#include "QuantityDelegate.h"

#include <QLocale>

namespace {
constexpr qint64 kMaxQuantity = 1'000'000;
}

CheckedDelegate::Parsed QuantityDelegate::parse(const QString& text) const
{
    bool ok = false;
    const qint64 quantity = QLocale().toLongLong(text, &ok);
    if (!ok)
        return refuse(tr("\"%1\" is not a whole number; write the quantity like 2.").arg(text));
    if (quantity < 1 || quantity > kMaxQuantity)
        return refuse(tr("A quantity is from 1 to %1 (you wrote %2); to take the item out, "
                         "use Remove.")
                          .arg(QLocale().toString(kMaxQuantity), text));
    return {int(quantity), {}};
}

QString QuantityDelegate::format(const QModelIndex& index) const
{
    return QLocale().toString(index.data(Qt::EditRole).toInt());
}
