#include "SqlExecutor.h"

#include "SqlErrorMapper.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

SqlExecutor::SqlExecutor(QSqlDatabase db, bool cacheStatements)
    : m_db(std::move(db))
    , m_cache(cacheStatements)
{}

Result<QSqlQuery*> SqlExecutor::run(const QString& sql, const QVariantList& params,
                                    QSqlQuery& scratch)
{
    QSqlQuery* query = &scratch;
    if (m_cache) {
        auto it = m_prepared.find(sql);
        if (it == m_prepared.end()) {
            auto prepared = std::make_unique<QSqlQuery>(m_db);
            prepared->setForwardOnly(true);
            if (!prepared->prepare(sql))
                return std::unexpected(SqlErrorMapper::map(prepared->lastError()));
            it = m_prepared.emplace(sql, std::move(prepared)).first;
        }
        query = it->second.get();
    } else {
        scratch.setForwardOnly(true);
        if (!params.isEmpty() && !scratch.prepare(sql))
            return std::unexpected(SqlErrorMapper::map(scratch.lastError()));
    }
    for (qsizetype i = 0; i < params.size(); ++i)
        query->bindValue(int(i), params.at(i));
    const bool ok = (m_cache || !params.isEmpty()) ? query->exec() : query->exec(sql);
    if (!ok) {
        ServiceError error = SqlErrorMapper::map(query->lastError());
        // A statement that failed because the connection broke is useless now.
        if (m_cache && SqlErrorMapper::isConnectionLost(error))
            m_prepared.erase(sql);
        return std::unexpected(error);
    }
    return query;
}

Result<QList<QSqlRecord>> SqlExecutor::query(const QString& sql, const QVariantList& params)
{
    QSqlQuery scratch(m_db);
    auto query = run(sql, params, scratch);
    if (!query)
        return std::unexpected(query.error());
    QList<QSqlRecord> rows;
    while ((*query)->next())
        rows.append((*query)->record());
    (*query)->finish();
    return rows;
}

Result<QSqlRecord> SqlExecutor::queryOne(const QString& sql, const QVariantList& params)
{
    auto rows = query(sql, params);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->size() != 1) {
        return std::unexpected(ServiceError(
            ServiceError::Code::Internal,
            QCoreApplication::translate("SqlExecutor", "The database gave an unexpected answer."),
            u"expected one row, got %1: %2"_s.arg(rows->size()).arg(sql)));
    }
    return rows->first();
}

Result<int> SqlExecutor::execute(const QString& sql, const QVariantList& params)
{
    QSqlQuery scratch(m_db);
    auto query = run(sql, params, scratch);
    if (!query)
        return std::unexpected(query.error());
    const int affected = (*query)->numRowsAffected();
    (*query)->finish();
    return affected;
}

Result<int> SqlExecutor::forEach(const QString& sql, const QVariantList& params,
                                 const std::function<bool(const QSqlRecord&)>& row)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return std::unexpected(SqlErrorMapper::map(query.lastError()));
    for (qsizetype i = 0; i < params.size(); ++i)
        query.bindValue(int(i), params.at(i));
    if (!query.exec())
        return std::unexpected(SqlErrorMapper::map(query.lastError()));
    int count = 0;
    while (query.next()) {
        ++count;
        if (!row(query.record())) {
            query.finish(); // discards the rest of the stream
            return count;
        }
    }
    // A stream that ends with an error (a lost connection) is not a short result.
    if (query.lastError().isValid())
        return std::unexpected(SqlErrorMapper::map(query.lastError()));
    return count;
}

VoidResult SqlExecutor::script(const QString& sql)
{
    // Not through QSqlQuery: Qt 6.4's QPSQL reports only the first statement
    // of a multi-statement string, so a later failure would pass unnoticed
    // (and the COMMIT after it silently roll back). libpq's PQexec stops at the
    // first failing statement and returns its error.
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "PGconn*") != 0 &&
                              qstrcmp(handle.typeName(), "pg_conn*") != 0)) {
        return std::unexpected(ServiceError(
            ServiceError::Code::Internal,
            QCoreApplication::translate("SqlExecutor", "The database gave an unexpected answer."),
            u"no libpq connection behind this database"_s));
    }
    PGconn* connection = *static_cast<PGconn* const*>(handle.constData());
    PGresult* result = PQexec(connection, sql.toUtf8().constData());
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    VoidResult outcome;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY) {
        const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
        const QString message =
            QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(connection));
        // No SQLSTATE: the connection itself failed.
        outcome = std::unexpected(
            SqlErrorMapper::fromSqlState(state ? QString::fromLatin1(state) : u"08006"_s, message));
    }
    PQclear(result);
    return outcome;
}

VoidResult SqlExecutor::begin()
{
    return script(u"BEGIN"_s);
}

VoidResult SqlExecutor::commit()
{
    return script(u"COMMIT"_s);
}

void SqlExecutor::rollback()
{
    QSqlQuery query(m_db);
    query.exec(u"ROLLBACK"_s); // on a broken connection there is nothing to roll back
}

void SqlExecutor::clearCache()
{
    m_prepared.clear();
}
