#include "PgInstallation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

Result<QString> PgInstallation::binDir()
{
    const QString fromEnv = qEnvironmentVariable("HEXASTORE_PG_BINDIR");
    if (!fromEnv.isEmpty())
        return fromEnv;

    QDir root(u"/usr/lib/postgresql"_s);
    QStringList majors = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(majors.begin(), majors.end(),
              [](const QString& a, const QString& b) { return a.toInt() > b.toInt(); });
    for (const QString& major : majors) {
        const QString bin = root.filePath(major + u"/bin"_s);
        if (QFileInfo(bin + u"/initdb"_s).isExecutable() &&
            QFileInfo(bin + u"/pg_ctl"_s).isExecutable())
            return bin;
    }
    const QString initdb = QStandardPaths::findExecutable(u"initdb"_s);
    if (!initdb.isEmpty())
        return QFileInfo(initdb).absolutePath();
    return std::unexpected(ServiceError(
        ServiceError::Code::Unavailable,
        QCoreApplication::translate("PgInstallation",
                                    "The PostgreSQL server is not installed (Debian package "
                                    "\"postgresql\"); the local server needs it.")));
}

Result<QString> PgInstallation::program(const QString& name)
{
    auto dir = binDir();
    if (!dir)
        return std::unexpected(dir.error());
    return *dir + u'/' + name;
}
