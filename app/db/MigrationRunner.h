#pragma once

#include "domain/ServiceError.h"

#include <QSqlDatabase>

#include <functional>

// Brings a database to the newest schema this program knows. Needs an operator
// connection (superuser, or a role with CREATEROLE that may create the schema).
class MigrationRunner final {
public:
    explicit MigrationRunner(QSqlDatabase db);

    // Returns how many migrations were applied (0 when already current).
    Result<int> migrate(const std::function<void(const QString&)>& progress = {});

private:
    QSqlDatabase m_db;
};
