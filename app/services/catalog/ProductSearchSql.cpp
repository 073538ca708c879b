#include "ProductSearchSql.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

struct SortKey {
    QString expression; // the value ordered by (then p.id)
    QString cast;       // how the cursor's text turns back into that type
    bool descending = false;
};

SortKey sortKey(ProductSort sort)
{
    switch (sort) {
    case ProductSort::Relevance:
        return {u"s.relevance"_s, u"numeric"_s, true};
    case ProductSort::PriceAscending:
        return {u"p.min_price"_s, u"numeric"_s, false};
    case ProductSort::PriceDescending:
        return {u"p.min_price"_s, u"numeric"_s, true};
    case ProductSort::Name:
        return {u"p.name"_s, u"text"_s, false};
    case ProductSort::Rating:
        return {u"p.rating_avg"_s, u"numeric"_s, true};
    case ProductSort::Newest:
        break;
    }
    return {u"p.created_at"_s, u"timestamptz"_s, true};
}

} // namespace

ProductSearchSql::Statement ProductSearchSql::page(const ProductQuery& query,
                                                   const std::optional<ProductCursor>& cursor,
                                                   int limit, Direction direction, Scope scope)
{
    Statement st;
    const QString text = query.text.trimmed();
    const ProductSort sort = query.effectiveSort();
    const SortKey key = sortKey(sort);
    QStringList where;

    QString from = u"FROM hexastore.products p"_s;
    if (!text.isEmpty()) {
        // Candidates come from an index-using function (see search_products in
        // docs/sql-api.md); products is joined again through row-level security.
        from =
            u"FROM hexastore.search_products(?) s JOIN hexastore.products p ON p.id = s.product_id"_s;
        st.params << text;
    }
    if (scope == Scope::OwnListings) {
        where << u"p.seller_id = hexastore.current_user_id()"_s;
    } else if (scope == Scope::Everything) {
        where << u"p.archived_at IS NULL"_s; // row-level security decides the rest
    } else {
        // What a buyer can act on: live listings with something for sale.
        where << u"p.active AND p.archived_at IS NULL AND p.min_price IS NOT NULL"_s;
    }
    if (query.categoryId) {
        where << u"p.category_id IN (SELECT hexastore.category_subtree(?))"_s;
        st.params << *query.categoryId;
    }
    if (query.brandId) {
        where << u"p.brand_id = ?"_s;
        st.params << *query.brandId;
    }
    if (query.sellerId) {
        where << u"p.seller_id = ?"_s;
        st.params << *query.sellerId;
    }
    if (query.minPrice) {
        where << u"p.min_price >= ?::numeric"_s;
        st.params << query.minPrice->toDecimal();
    }
    if (query.maxPrice) {
        where << u"p.min_price <= ?::numeric"_s;
        st.params << query.maxPrice->toDecimal();
    }
    if (query.inStockOnly)
        where << u"p.in_stock"_s;
    if (sort == ProductSort::PriceAscending || sort == ProductSort::PriceDescending)
        where << u"p.min_price IS NOT NULL"_s;

    const bool descending = key.descending != (direction == Direction::Backward);
    if (cursor) {
        where << u"(%1, p.id) %2 (?::%3, ?)"_s.arg(key.expression, descending ? u"<"_s : u">"_s,
                                                   key.cast);
        st.params << cursor->sortValue << cursor->id;
    }
    const QString order = descending ? u"DESC"_s : u"ASC"_s;

    // Two levels: the inner query filters, seeks and sorts ids only and stops
    // at the limit; only those rows get their brand, category, seller and
    // thumbnail. (Decorating every search candidate before sorting cost more
    // than the search itself.)
    st.sql =
        u"SELECT p.id, p.name, b.name AS brand, c.name AS category, sl.name AS seller, "
        "(p.min_price * 100)::bigint AS price_cents, p.in_stock, p.active, p.created_at, "
        "(p.rating_avg * 100)::int AS rating_x100, p.rating_count, "
        "(SELECT i.image_sha256 FROM hexastore.product_images i "
        "  WHERE i.product_id = p.id ORDER BY i.position LIMIT 1) AS thumbnail, "
        "x.sort_key::text AS sort_value "
        "FROM (SELECT p.id, %1 AS sort_key %2 WHERE %3 ORDER BY %1 %4, p.id %4 LIMIT %5) x "
        "JOIN hexastore.products p ON p.id = x.id "
        "LEFT JOIN hexastore.brands b ON b.id = p.brand_id "
        "JOIN hexastore.categories c ON c.id = p.category_id "
        "LEFT JOIN hexastore.sellers sl ON sl.id = p.seller_id "
        "ORDER BY x.sort_key %4, p.id %4"_s.arg(key.expression, from, where.join(u" AND "_s), order)
            .arg(limit);
    return st;
}
