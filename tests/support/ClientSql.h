#pragma once

#include "db/DatabaseConnection.h"
#include "db/SqlExecutor.h"

#include <QHash>

#include <memory>

class TestDatabase;

// Raw SQL as hexastore_client, switching between users' access tokens: how
// the SQL-level tests try what someone with psql and the client's connection
// settings could.
class ClientSql final {
public:
    explicit ClientSql(TestDatabase& db);
    Q_DISABLE_COPY_MOVE(ClientSql)

    bool isOpen() const { return m_sql != nullptr; }
    SqlExecutor& sql() { return *m_sql; }

    // Logs the user in and keeps their access token under `key`.
    bool login(const QString& key, const QString& email, const QString& password);
    // That user's access token (for a second connection acting as them).
    QString token(const QString& key) const { return m_tokens.value(key); }
    // Acts as that user from now on; an unknown or empty key: anonymous.
    bool as(const QString& key);
    // "ok", or the SQLSTATE the statement (or its COMMIT, where deferred
    // checks run) failed with. Each attempt is its own transaction.
    QString state(const QString& sql, const QVariantList& params = {});
    // The first column of the single row; -1 on error.
    qint64 scalar(const QString& sql, const QVariantList& params = {});
    // The same as text; "<error SQLSTATE>" on error.
    QString text(const QString& sql, const QVariantList& params = {});

private:
    std::unique_ptr<DatabaseConnection> m_connection;
    std::unique_ptr<SqlExecutor> m_sql;
    QHash<QString, QString> m_tokens;
};
