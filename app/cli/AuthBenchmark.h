#pragma once

#include <QStringList>

// hexastore-admin bench auth: login time at the production bcrypt cost, and
// what the per-statement token check costs a primary-key SELECT.
class AuthBenchmark final {
public:
    static int run(const QStringList& arguments);
};
