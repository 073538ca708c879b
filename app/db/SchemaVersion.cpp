#include "SchemaVersion.h"

#include "Migration.h"
#include "SqlExecutor.h"

#include <QCoreApplication>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

Result<int> SchemaVersion::read(SqlExecutor& sql)
{
    auto installed =
        sql.queryOne(u"SELECT to_regprocedure('hexastore.schema_version()') IS NOT NULL"_s);
    if (!installed)
        return std::unexpected(installed.error());
    if (!installed->value(0).toBool())
        return 0;
    auto version = sql.queryOne(u"SELECT hexastore.schema_version()"_s);
    if (!version)
        return std::unexpected(version.error());
    return version->value(0).toInt();
}

VoidResult SchemaVersion::requireCompatible(SqlExecutor& sql)
{
    auto version = read(sql);
    if (!version)
        return std::unexpected(version.error());
    if (*version > Migration::latestVersion())
        return std::unexpected(newerThanProgram(*version));
    if (*version < Migration::latestVersion())
        return std::unexpected(olderThanProgram(*version));
    return {};
}

ServiceError SchemaVersion::newerThanProgram(int databaseVersion)
{
    return ServiceError(
        ServiceError::Code::Unavailable,
        QCoreApplication::translate("SchemaVersion",
                                    "The database was set up by a newer HexaStore (schema "
                                    "version %1; this program knows up to %2). Install the "
                                    "newer HexaStore before using this database.")
            .arg(databaseVersion)
            .arg(Migration::latestVersion()),
        u"schema version %1 > %2"_s.arg(databaseVersion).arg(Migration::latestVersion()));
}

ServiceError SchemaVersion::olderThanProgram(int databaseVersion)
{
    return ServiceError(
        ServiceError::Code::Unavailable,
        QCoreApplication::translate("SchemaVersion",
                                    "The database needs an update (schema version %1; this "
                                    "program needs %2). Ask its operator to run "
                                    "\"hexastore-admin migrate\".")
            .arg(databaseVersion)
            .arg(Migration::latestVersion()),
        u"schema version %1 < %2"_s.arg(databaseVersion).arg(Migration::latestVersion()));
}
