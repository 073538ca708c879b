#include "CatalogService.h"

#include "db/SqlValues.h"

#include "db/DbWorker.h"

#include <QCoreApplication>
#include <QSqlRecord>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

std::optional<Money> centsOrNone(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return Money::fromCents(value.toLongLong());
}

ProductSummary summaryFrom(const QSqlRecord& row)
{
    ProductSummary s;
    s.id = row.value(u"id"_s).toLongLong();
    s.name = row.value(u"name"_s).toString();
    s.brand = row.value(u"brand"_s).toString();
    s.category = row.value(u"category"_s).toString();
    s.seller = row.value(u"seller"_s).toString();
    s.price = centsOrNone(row.value(u"price_cents"_s));
    s.inStock = row.value(u"in_stock"_s).toBool();
    s.active = row.value(u"active"_s).toBool();
    s.createdAt = row.value(u"created_at"_s).toDateTime();
    s.ratingHundredths = row.value(u"rating_x100"_s).toInt();
    s.ratingCount = row.value(u"rating_count"_s).toInt();
    s.thumbnailSha256 = row.value(u"thumbnail"_s).toByteArray();
    s.sortValue = row.value(u"sort_value"_s);
    return s;
}

// Hashes travel as hex text: QPSQL cannot bind an array of bytea.
QString hexList(const QList<QByteArray>& hashes)
{
    QStringList hex;
    for (const QByteArray& h : hashes)
        hex << QString::fromLatin1(h.toHex());
    return hex.join(u',');
}

} // namespace

CatalogService::CatalogService(DbWorker& worker)
    : m_worker(worker)
{}

QFuture<Result<QList<Category>>> CatalogService::categories()
{
    return m_worker.read([](SqlReader& sql) -> Result<QList<Category>> {
        auto rows = sql.query(
            u"SELECT id, coalesce(parent_id, 0), name FROM hexastore.categories ORDER BY name, id"_s);
        if (!rows)
            return std::unexpected(rows.error());
        QList<Category> list;
        for (const QSqlRecord& row : *rows)
            list.append(
                {row.value(0).toLongLong(), row.value(1).toLongLong(), row.value(2).toString()});
        return list;
    });
}

QFuture<Result<QList<Brand>>> CatalogService::brands()
{
    return m_worker.read([](SqlReader& sql) -> Result<QList<Brand>> {
        auto rows = sql.query(u"SELECT id, name FROM hexastore.brands ORDER BY lower(name)"_s);
        if (!rows)
            return std::unexpected(rows.error());
        QList<Brand> list;
        for (const QSqlRecord& row : *rows)
            list.append({row.value(0).toLongLong(), row.value(1).toString()});
        return list;
    });
}

QFuture<Result<ProductPage>> CatalogService::products(const ProductQuery& query,
                                                      const std::optional<ProductCursor>& cursor,
                                                      int limit,
                                                      ProductSearchSql::Direction direction,
                                                      ProductSearchSql::Scope scope)
{
    const auto statement = ProductSearchSql::page(query, cursor, limit + 1, direction, scope);
    // The catalog may be read a moment old; a seller's own listings may not.
    auto work = [statement, limit, direction](auto& sql) -> Result<ProductPage> {
        auto rows = sql.query(statement.sql, statement.params);
        if (!rows)
            return std::unexpected(rows.error());
        ProductPage page;
        // One row more than asked tells whether the end was reached.
        page.atEnd = rows->size() <= limit;
        for (qsizetype i = 0; i < std::min<qsizetype>(rows->size(), limit); ++i)
            page.rows.append(summaryFrom(rows->at(i)));
        if (direction == ProductSearchSql::Direction::Backward)
            std::reverse(page.rows.begin(), page.rows.end());
        return page;
    };
    if (scope == ProductSearchSql::Scope::Catalog)
        return m_worker.read(work);
    return m_worker.transact(work);
}

QFuture<Result<ProductDetail>> CatalogService::product(qint64 id)
{
    return m_worker.read([id](SqlReader& sql) -> Result<ProductDetail> {
        auto row = sql.query(uR"(
            SELECT p.id, p.seller_id, s.name AS seller, p.category_id, coalesce(p.brand_id, 0) AS brand_id,
                   b.name AS brand, p.name, p.description, p.active, p.moderated_at IS NOT NULL AS moderated, p.archived_at IS NOT NULL AS archived,
                   p.version, p.created_at,
                   (WITH RECURSIVE up(id, parent_id, name, depth) AS (
                        SELECT c.id, c.parent_id, c.name, 0 FROM hexastore.categories c WHERE c.id = p.category_id
                        UNION ALL
                        SELECT c.id, c.parent_id, c.name, up.depth + 1
                          FROM hexastore.categories c JOIN up ON c.id = up.parent_id)
                    SELECT string_agg(name, ' › ' ORDER BY depth DESC) FROM up) AS category_path
              FROM hexastore.products p
              LEFT JOIN hexastore.sellers s ON s.id = p.seller_id
              LEFT JOIN hexastore.brands b ON b.id = p.brand_id
             WHERE p.id = ?)"_s,
                             {id});
        if (!row)
            return std::unexpected(row.error());
        if (row->isEmpty()) {
            return std::unexpected(
                ServiceError(ServiceError::Code::NotFound,
                             QCoreApplication::translate("CatalogService",
                                                         "This product is no longer available.")));
        }
        const QSqlRecord& r = row->first();
        ProductDetail d;
        d.id = r.value(u"id"_s).toLongLong();
        d.sellerId = r.value(u"seller_id"_s).toLongLong();
        d.seller = r.value(u"seller"_s).toString();
        d.categoryId = r.value(u"category_id"_s).toLongLong();
        d.categoryPath = r.value(u"category_path"_s).toString();
        d.brandId = r.value(u"brand_id"_s).toLongLong();
        d.brand = r.value(u"brand"_s).toString();
        d.name = r.value(u"name"_s).toString();
        d.description = r.value(u"description"_s).toString();
        d.active = r.value(u"active"_s).toBool();
        d.moderated = r.value(u"moderated"_s).toBool();
        d.archived = r.value(u"archived"_s).toBool();
        d.version = r.value(u"version"_s).toInt();
        d.createdAt = r.value(u"created_at"_s).toDateTime();

        auto variants = sql.query(
            u"SELECT id, sku, options::text, (price * 100)::bigint, stock, active, version "
            "FROM hexastore.product_variants WHERE product_id = ? ORDER BY id"_s,
            {id});
        if (!variants)
            return std::unexpected(variants.error());
        for (const QSqlRecord& v : *variants) {
            ProductVariant pv;
            pv.id = v.value(0).toLongLong();
            pv.sku = v.value(1).toString();
            pv.options = SqlValues::jsonObject(v.value(2));
            pv.price = Money::fromCents(v.value(3).toLongLong());
            pv.stock = v.value(4).toInt();
            pv.active = v.value(5).toBool();
            pv.version = v.value(6).toInt();
            d.variants.append(pv);
        }
        auto images = sql.query(u"SELECT image_sha256 FROM hexastore.product_images "
                                "WHERE product_id = ? ORDER BY position"_s,
                                {id});
        if (!images)
            return std::unexpected(images.error());
        for (const QSqlRecord& i : *images)
            d.imageSha256s.append(i.value(0).toByteArray());
        return d;
    });
}

QFuture<Result<QHash<QByteArray, QByteArray>>>
CatalogService::images(const QList<QByteArray>& sha256s, bool thumbnails)
{
    const QString column = thumbnails ? u"thumbnail"_s : u"bytes"_s;
    const QString list = hexList(sha256s);
    return m_worker.read([column, list](SqlReader& sql) -> Result<QHash<QByteArray, QByteArray>> {
        auto rows = sql.query(
            u"SELECT sha256, %1 FROM hexastore.images WHERE sha256 = ANY ("
            "ARRAY(SELECT decode(x, 'hex') FROM unnest(string_to_array(?, ',')) x))"_s.arg(column),
            {list});
        if (!rows)
            return std::unexpected(rows.error());
        QHash<QByteArray, QByteArray> out;
        for (const QSqlRecord& row : *rows)
            out.insert(row.value(0).toByteArray(), row.value(1).toByteArray());
        return out;
    });
}
