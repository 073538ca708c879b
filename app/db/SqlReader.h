#pragma once

#include "SqlExecutor.h"

// What a read may run: queries, and nothing else. It runs in a READ ONLY
// transaction on the read-only server (or the primary), so a write is
// impossible twice over: there is no way to send one from here, and the
// server would refuse it (SQLSTATE 25006).
class SqlReader final {
public:
    explicit SqlReader(SqlExecutor& sql)
        : m_sql(sql)
    {}

    Result<QList<QSqlRecord>> query(const QString& sql, const QVariantList& params = {})
    {
        return m_sql.query(sql, params);
    }
    Result<QSqlRecord> queryOne(const QString& sql, const QVariantList& params = {})
    {
        return m_sql.queryOne(sql, params);
    }
    Result<int> forEach(const QString& sql, const QVariantList& params,
                        const std::function<bool(const QSqlRecord&)>& row)
    {
        return m_sql.forEach(sql, params, row);
    }

private:
    SqlExecutor& m_sql;
};
