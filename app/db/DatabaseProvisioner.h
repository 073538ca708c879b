#pragma once

#include "ConnectionSettings.h"
#include "domain/ServiceError.h"

// Creates and drops whole databases through an operator connection to the
// server's maintenance database (used by the local server, tests, benchmarks).
class DatabaseProvisioner final {
public:
    explicit DatabaseProvisioner(ConnectionSettings maintenance);

    // Returns true when it created the database, false when it existed.
    Result<bool> ensureDatabase(const QString& name);
    VoidResult dropDatabase(const QString& name);

private:
    ConnectionSettings m_maintenance;
};
