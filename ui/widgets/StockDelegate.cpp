#include "StockDelegate.h"

#include <QLocale>

namespace {
constexpr qint64 kMaxStock = 1'000'000'000;
}

CheckedDelegate::Parsed StockDelegate::parse(const QString& text) const
{
    bool ok = false;
    const qint64 stock = QLocale().toLongLong(text, &ok);
    if (!ok)
        return refuse(tr("\"%1\" is not a whole number; write the stock like 12.").arg(text));
    if (stock < 0)
        return refuse(tr("Stock cannot be negative (you wrote %1).").arg(text));
    if (stock > kMaxStock)
        return refuse(tr("Stock can be at most %1.").arg(QLocale().toString(kMaxStock)));
    return {int(stock), {}};
}

QString StockDelegate::format(const QModelIndex& index) const
{
    return QLocale().toString(index.data(Qt::EditRole).toInt());
}
