#pragma once

#include "db/SqlExecutor.h"
#include "domain/ServiceError.h"

#include <QString>

// A shop for the benchmarks that play buyers: one seller, `products` products
// with a variant each (stock enough for any run; named "Desk lamp 1",
// "Kettle 2", … so that searches find something), and `buyers` buyers
// (buyer<i>@bench.test, password kPassword) with a default address each.
// Logins are not what is measured: bcrypt runs at its lowest cost.
namespace BenchShop {
inline const QString kPassword = QStringLiteral("bench-password-0");
QString buyerEmail(int index);
// Returns the variants' ids.
Result<QList<qint64>> create(SqlExecutor& sql, int products, int buyers);
} // namespace BenchShop
