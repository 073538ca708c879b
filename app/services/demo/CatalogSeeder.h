#pragma once

#include "domain/ServiceError.h"

#include <functional>

class SqlExecutor;

// The demo catalog: a category tree, brands, drawn images and products with
// variants, the same for the same seed. Products are generated set-wise in
// SQL (batches of 100,000), so a million take minutes, not hours. Needs an
// operator connection; as a superuser it skips per-row triggers and fills in
// what they would have computed in one pass per batch.
class CatalogSeeder final {
public:
    explicit CatalogSeeder(SqlExecutor& sql);

    // Adds `products` products to an empty catalog; returns how many it added
    // (0 when the catalog has products already).
    Result<qint64> seed(qint64 products, quint32 seed,
                        const std::function<void(qint64 done)>& progress = {});

private:
    Result<QList<qint64>> ensureCategories();
    Result<QList<qint64>> ensureBrands();

    SqlExecutor& m_sql;
};
