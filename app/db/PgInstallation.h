#pragma once

#include "domain/ServiceError.h"

#include <QString>

// Finds the PostgreSQL server programs (initdb, pg_ctl). Debian keeps them in
// /usr/lib/postgresql/<major>/bin, outside PATH; HEXASTORE_PG_BINDIR overrides.
class PgInstallation final {
public:
    static Result<QString> binDir();
    static Result<QString> program(const QString& name);
};
