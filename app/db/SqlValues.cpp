#include "SqlValues.h"

#include <QJsonDocument>

Money SqlValues::money(const QVariant& value)
{
    return Money::fromDecimal(value.toString()).value_or(Money());
}

QVariantMap SqlValues::jsonObject(const QVariant& value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).toVariant().toMap();
}
