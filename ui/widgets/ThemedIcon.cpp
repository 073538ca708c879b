#include "ThemedIcon.h"

#include "ThemedIconEngine.h"

#include <QFile>

using namespace Qt::StringLiterals;

QIcon ThemedIcon::get(const QString& name)
{
    const QString fileName = u":/hexastore/icons/"_s + name + u".svg"_s;
    if (!QFile::exists(fileName)) {
        qWarning("ThemedIcon: no icon called %ls", qUtf16Printable(name));
        return {};
    }
    return QIcon(new ThemedIconEngine(fileName));
}
