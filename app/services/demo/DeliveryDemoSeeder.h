#pragma once

#include "domain/ServiceError.h"

class SqlExecutor;

// Work for the demo courier: makes sure they have at least `wanted`
// deliveries in hand, each of a confirmed demo order dispatched to them, with
// the sellers' pickup details and the courier's profile filled in. Made
// through the same SQL functions the app calls, signed in as the demo buyer,
// the sellers and the administrator. All or nothing.
class DeliveryDemoSeeder final {
public:
    explicit DeliveryDemoSeeder(SqlExecutor& sql);

    // Returns how many deliveries it dispatched (0: there were enough).
    Result<int> seed(int wanted);

private:
    Result<int> seedInTransaction(int wanted);

    SqlExecutor& m_sql;
};
