#pragma once

#include "domain/ServiceError.h"

class SqlExecutor;

// Acting as a demo account on an operator's connection, inside the seeding
// transaction: demo data goes through the same SQL functions and rules as
// the app's own calls. The sign-in lasts until that transaction ends.
class DemoActor final {
public:
    static VoidResult signInAs(SqlExecutor& sql, const QString& email);
};
