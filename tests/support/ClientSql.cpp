#include "ClientSql.h"

#include "TestDatabase.h"

#include <QSqlRecord>

using namespace Qt::StringLiterals;

ClientSql::ClientSql(TestDatabase& db)
    : m_connection(std::make_unique<DatabaseConnection>(db.clientSettings()))
{
    if (m_connection->open())
        m_sql = std::make_unique<SqlExecutor>(*m_connection);
}

bool ClientSql::login(const QString& key, const QString& email, const QString& password)
{
    auto row = m_sql->queryOne(u"SELECT access_token FROM hexastore.login(?, ?, 'test')"_s,
                               {email, password});
    if (!row || row->value(0).isNull())
        return false;
    m_tokens.insert(key, row->value(0).toString());
    return true;
}

bool ClientSql::as(const QString& key)
{
    // As the app does: the token travels with each transaction.
    m_sql->setIdentity(m_tokens.value(key));
    return true;
}

QString ClientSql::state(const QString& sql, const QVariantList& params)
{
    if (!m_sql->begin())
        return u"begin failed"_s;
    auto result = m_sql->query(sql, params);
    if (!result) {
        m_sql->rollback();
        return result.error().sqlState();
    }
    auto committed = m_sql->commit();
    return committed ? u"ok"_s : committed.error().sqlState();
}

qint64 ClientSql::scalar(const QString& sql, const QVariantList& params)
{
    auto row = m_sql->queryOne(sql, params);
    return row ? row->value(0).toLongLong() : -1;
}

QString ClientSql::text(const QString& sql, const QVariantList& params)
{
    auto row = m_sql->queryOne(sql, params);
    return row ? row->value(0).toString() : u"<error %1>"_s.arg(row.error().sqlState());
}
