#pragma once

#include "domain/ServiceError.h"

#include <functional>

// Brings a database to the newest schema this program knows. Needs an operator
// connection (superuser, or a role with CREATEROLE that may create the schema).
class DatabaseConnection;

class MigrationRunner final {
public:
    explicit MigrationRunner(DatabaseConnection& connection);

    // Returns how many migrations were applied (0 when already current).
    // `upToVersion` stops after that migration (tests of an upgrade); 0: all.
    Result<int> migrate(const std::function<void(const QString&)>& progress = {},
                        int upToVersion = 0);

    // Creates the cluster-wide roles the schema is owned by and used through
    // (part of every migration; a restore needs them before the schema).
    VoidResult prepareRoles();
    // Creates the extensions the schema uses (a restore needs them first).
    VoidResult prepareExtensions();

private:
    VoidResult prepare(const QString& script);

    DatabaseConnection& m_connection;
};
