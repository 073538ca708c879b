#include "MoneyDelegate.h"

#include "domain/Money.h"

#include <QLocale>

namespace {
constexpr qint64 kMaxCents = 100'000'000'000;
}

CheckedDelegate::Parsed MoneyDelegate::parse(const QString& text) const
{
    const QLocale locale;
    const auto money = Money::fromUserText(text, locale);
    if (!money || money->cents() < 1 || money->cents() > kMaxCents)
        return refuse(tr("\"%1\" is not a price from %2 to %3; write it like %4.")
                          .arg(text, Money::fromCents(1).toString(locale),
                               Money::fromCents(kMaxCents).toString(locale),
                               Money::fromCents(1999).toString(locale)));
    return {money->cents(), {}};
}

QString MoneyDelegate::format(const QModelIndex& index) const
{
    const qint64 cents = index.data(Qt::EditRole).toLongLong();
    return cents > 0 ? Money::fromCents(cents).toString(QLocale()) : QString();
}
