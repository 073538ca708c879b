#pragma once

#include <QCoreApplication>

#include "domain/ServiceError.h"
#include "domain/SessionTokens.h"

class QSqlRecord;

// Reads a row of hexastore.auth_result. Login and refresh answer failures
// with a status instead of raising (so that failure counters persist); this
// turns those statuses into errors.
class AuthResult final {
    Q_DECLARE_TR_FUNCTIONS(AuthResult)

public:
    static Result<SessionTokens> toTokens(const QSqlRecord& row);
};
