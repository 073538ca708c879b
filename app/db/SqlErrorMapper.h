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
    // Why the server refused a courier's event (its code, the delivery's
    // state then and the step asked for), in the user's language; the
    // server's own text when the code is not known.
    static QString deliveryRejection(const QString& sqlState, const QString& fromStatus,
                                     const QString& toStatus, const QString& serverText);

    static bool isConnectionLost(const ServiceError& error);
    static bool isRetryableConflict(const ServiceError& error);
    static bool isTokenRejected(const ServiceError& error);
};
