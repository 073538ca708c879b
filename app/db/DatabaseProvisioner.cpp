#include "DatabaseProvisioner.h"

#include "DatabaseConnection.h"
#include "SqlExecutor.h"

#include <QSqlRecord>

using namespace Qt::StringLiterals;

DatabaseProvisioner::DatabaseProvisioner(ConnectionSettings maintenance)
    : m_maintenance(std::move(maintenance))
{}

Result<bool> DatabaseProvisioner::ensureDatabase(const QString& name)
{
    DatabaseConnection connection(m_maintenance);
    if (auto opened = connection.open(); !opened)
        return std::unexpected(opened.error());
    SqlExecutor sql(connection);
    auto exists =
        sql.queryOne(u"SELECT EXISTS (SELECT FROM pg_database WHERE datname = ?)"_s, {name});
    if (!exists)
        return std::unexpected(exists.error());
    if (exists->value(0).toBool())
        return false;
    const QString quoted = sql.quoteIdentifier(name);
    if (auto created =
            sql.script(u"CREATE DATABASE "_s + quoted + u" ENCODING 'UTF8' TEMPLATE template0"_s);
        !created) {
        // Someone else created it meanwhile: that is what we wanted.
        if (created.error().sqlState() == u"42P04"_s)
            return false;
        return std::unexpected(created.error());
    }
    return true;
}

VoidResult DatabaseProvisioner::dropDatabase(const QString& name)
{
    DatabaseConnection connection(m_maintenance);
    if (auto opened = connection.open(); !opened)
        return opened;
    SqlExecutor sql(connection);
    const QString quoted = sql.quoteIdentifier(name);
    // Its own short connection: the quieter setting ends with it.
    if (auto quiet = sql.script(u"SET client_min_messages = warning"_s); !quiet)
        return quiet;
    return sql.script(u"DROP DATABASE IF EXISTS "_s + quoted + u" WITH (FORCE)"_s);
}
