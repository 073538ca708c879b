#include "CsvField.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString CsvField::escaped(const QString& value)
{
    static const QRegularExpression special(u"[\",\\r\\n]"_s);
    QString field = value;
    if (!field.isEmpty() && QStringView(u"=+-@").contains(field.front()))
        field.prepend(u'\'');
    if (field.contains(special) || field != value)
        return u'"' + QString(field).replace(u"\""_s, u"\"\""_s) + u'"';
    return field;
}
