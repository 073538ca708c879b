#pragma once

#include "domain/Role.h"
#include "domain/ServiceError.h"

#include <QList>
#include <QPair>

class SqlExecutor;

// What an operator does with a privileged connection (hexastore-admin): create
// any kind of user, read and change the server's settings.
class OperatorService final {
public:
    explicit OperatorService(SqlExecutor& sql);

    Result<qint64> createUser(const QString& email, const QString& password,
                              const QString& fullName, Role role);
    Result<bool> userExists(const QString& email);
    Result<QList<QPair<QString, qint64>>> settings();
    VoidResult setSetting(const QString& key, qint64 value);

private:
    SqlExecutor& m_sql;
};
