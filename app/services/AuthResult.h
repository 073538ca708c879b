#pragma once

#include "domain/ServiceError.h"
#include "domain/SessionTokens.h"

class QSqlRecord;

// Reads a row of hexastore.auth_result. Login and refresh answer failures
// with a status instead of raising (so that failure counters persist); this
// turns those statuses into errors.
class AuthResult final {
public:
    static Result<SessionTokens> toTokens(const QSqlRecord& row);
};
