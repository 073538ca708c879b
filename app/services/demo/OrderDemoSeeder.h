#pragma once

#include "domain/ServiceError.h"

class SqlExecutor;

// Demo shopping on top of the demo accounts and catalog, so that every order
// screen has something to show: the demo buyer's address, two promo codes,
// orders in each state (placed, confirmed, shipped and delivered, cancelled),
// a review, and a cart with two items. Made through the same SQL functions
// the app calls, signed in as the demo users. All or nothing; skipped when
// there are orders already.
class OrderDemoSeeder final {
public:
    explicit OrderDemoSeeder(SqlExecutor& sql);

    // Returns the number of orders it placed (0: skipped).
    Result<int> seed();

private:
    Result<int> seedInTransaction();

    SqlExecutor& m_sql;
};
