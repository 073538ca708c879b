#include "Migration.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

QList<Migration> Migration::embedded()
{
    static const QList<Migration> migrations = [] {
        QList<Migration> list;
        const QDir dir(u":/hexastore/migrations"_s);
        static const QRegularExpression pattern(u"^(\\d{4})_([a-z0-9_]+)\\.sql$"_s);
        for (const QString& file : dir.entryList(QDir::Files)) {
            const auto match = pattern.match(file);
            if (!match.hasMatch())
                continue;
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            Migration m;
            m.version = match.captured(1).toInt();
            m.name = match.captured(2);
            m.sql = QString::fromUtf8(bytes);
            m.checksum = QString::fromLatin1(
                QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            list.append(m);
        }
        std::sort(list.begin(), list.end(),
                  [](const Migration& a, const Migration& b) { return a.version < b.version; });
        return list;
    }();
    return migrations;
}

int Migration::latestVersion()
{
    const auto all = embedded();
    return all.isEmpty() ? 0 : all.last().version;
}
