#pragma once

#include "domain/Role.h"
#include "domain/ServiceError.h"

#include <QList>

class SqlExecutor;

// The demo accounts (listed in the README), created through the same SQL
// functions as real ones. Idempotent: existing accounts are left alone.
class DemoSeeder final {
public:
    struct Account {
        Role role;
        QString email;
        QString fullName;
        QString password;
    };

    explicit DemoSeeder(SqlExecutor& sql);

    static QList<Account> accounts();
    // Returns the accounts it created this time.
    Result<QList<Account>> seed();

private:
    SqlExecutor& m_sql;
};
