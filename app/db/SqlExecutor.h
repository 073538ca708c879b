#pragma once

#include "domain/ServiceError.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariantList>

#include <functional>
#include <memory>
#include <unordered_map>

// Runs statements on one connection and reads their rows completely, so no
// forward-only result is ever left half-read when the next statement runs.
// With caching on, each distinct SQL text is prepared once per connection
// (QPSQL would otherwise PREPARE and DEALLOCATE around every execution).
class SqlExecutor final {
public:
    explicit SqlExecutor(QSqlDatabase db, bool cacheStatements = false);
    Q_DISABLE_COPY_MOVE(SqlExecutor)

    Result<QList<QSqlRecord>> query(const QString& sql, const QVariantList& params = {});
    // The single row of a statement that must return exactly one.
    Result<QSqlRecord> queryOne(const QString& sql, const QVariantList& params = {});
    Result<int> execute(const QString& sql, const QVariantList& params = {});
    // Streams the rows one by one (forward-only: nothing is held in memory).
    // `row` must not run statements on this connection meanwhile: QPSQL would
    // silently drop the rest of the stream. `row` returns false to stop early.
    // Returns the number of rows handed to `row`.
    Result<int> forEach(const QString& sql, const QVariantList& params,
                        const std::function<bool(const QSqlRecord&)>& row);
    // Several statements separated by semicolons, no parameters (migrations).
    VoidResult script(const QString& sql);

    VoidResult begin();
    VoidResult commit();
    void rollback();

    // Forgets prepared statements; call before the connection is reopened.
    void clearCache();
    QSqlDatabase database() const { return m_db; }

private:
    Result<QSqlQuery*> run(const QString& sql, const QVariantList& params, QSqlQuery& scratch);

    QSqlDatabase m_db;
    bool m_cache;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
};
