#include "OperatorService.h"

#include "db/SqlExecutor.h"

#include <QCoreApplication>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

OperatorService::OperatorService(SqlExecutor& sql)
    : m_sql(sql)
{}

Result<qint64> OperatorService::createUser(const QString& email, const QString& password,
                                           const QString& fullName, Role role)
{
    // The password travels inside the statement's text (Qt's driver): keep a
    // failing one out of the server log where the operator may say so. In the
    // same statement and for its transaction only (set_config's `true`), so
    // that nothing outlives it on the connection: behind a transaction
    // pooler the next client may get this connection.
    auto row = m_sql.queryOne(
        u"WITH quiet AS MATERIALIZED ("
        "  SELECT set_config('log_min_error_statement', 'panic', true)"
        "  WHERE (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)) "
        "SELECT hexastore.provision_user(?, ?, ?, ?) FROM (SELECT 1) one LEFT JOIN quiet ON true"_s,
        {email, password, fullName, roleToSql(role)});
    if (!row)
        return std::unexpected(row.error());
    return row->value(0).toLongLong();
}

Result<bool> OperatorService::userExists(const QString& email)
{
    auto row = m_sql.queryOne(
        u"SELECT EXISTS (SELECT FROM hexastore.users WHERE lower(email) = lower(btrim(?)))"_s,
        {email});
    if (!row)
        return std::unexpected(row.error());
    return row->value(0).toBool();
}

Result<QList<QPair<QString, qint64>>> OperatorService::settings()
{
    auto rows = m_sql.query(u"SELECT key, value FROM hexastore.settings ORDER BY key"_s);
    if (!rows)
        return std::unexpected(rows.error());
    QList<QPair<QString, qint64>> list;
    for (const QSqlRecord& row : *rows)
        list.append({row.value(0).toString(), row.value(1).toLongLong()});
    return list;
}

VoidResult OperatorService::setSetting(const QString& key, qint64 value)
{
    auto updated =
        m_sql.execute(u"UPDATE hexastore.settings SET value = ? WHERE key = ?"_s, {value, key});
    if (!updated)
        return std::unexpected(updated.error());
    if (*updated == 0) {
        return std::unexpected(ServiceError(
            ServiceError::Code::NotFound,
            QCoreApplication::translate("OperatorService", "There is no setting \"%1\".")
                .arg(key)));
    }
    return {};
}
