#pragma once

#include "domain/Brand.h"
#include "domain/Category.h"
#include "domain/ProductDetail.h"
#include "domain/ProductQuery.h"
#include "domain/ProductSummary.h"
#include "domain/ServiceError.h"
#include "ProductSearchSql.h"

#include <QFuture>
#include <QHash>
#include <QList>

#include <optional>

class DbWorker;

// Reading the catalog (issue #3): the category tree, brands, keyset pages of
// products, a product's details, image bytes.
class CatalogService final {
public:
    explicit CatalogService(DbWorker& worker);

    QFuture<Result<QList<Category>>> categories();
    QFuture<Result<QList<Brand>>> brands();
    QFuture<Result<ProductPage>>
    products(const ProductQuery& query, const std::optional<ProductCursor>& cursor, int limit,
             ProductSearchSql::Direction direction,
             ProductSearchSql::Scope scope = ProductSearchSql::Scope::Catalog);
    QFuture<Result<ProductDetail>> product(qint64 id);
    // Thumbnails (or full images) by SHA-256; unknown hashes are left out.
    QFuture<Result<QHash<QByteArray, QByteArray>>> images(const QList<QByteArray>& sha256s,
                                                          bool thumbnails);

private:
    DbWorker& m_worker;
};
