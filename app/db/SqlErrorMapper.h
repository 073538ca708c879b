#pragma once

#include <QCoreApplication>

#include "domain/ServiceError.h"

class QSqlError;

// Turns PostgreSQL errors into ServiceErrors with a message a user can act on.
// Project-specific refusals use SQLSTATEs of class HX (see docs/sql-api.md).
class SqlErrorMapper final {
    Q_DECLARE_TR_FUNCTIONS(SqlErrorMapper)

public:
    static ServiceError map(const QSqlError& error);
    static ServiceError fromSqlState(const QString& sqlState, const QString& detail);

    static bool isConnectionLost(const ServiceError& error);
    static bool isRetryableConflict(const ServiceError& error);
    static bool isTokenRejected(const ServiceError& error);
};
