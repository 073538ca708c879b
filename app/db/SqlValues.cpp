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

QString SqlValues::likePattern(const QString& text)
{
    using namespace Qt::StringLiterals;
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u'%' + escaped + u'%';
}
