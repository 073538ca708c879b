#pragma once

#include "domain/ProductQuery.h"

#include <QString>
#include <QVariantList>

#include <optional>

// Builds the keyset (seek) query for one page of products: filters, sort,
// and "rows after / before this cursor". Never OFFSET: every page costs the
// same however deep it is.
class ProductSearchSql final {
public:
    enum class Direction { Forward, Backward };
    // Catalog: what buyers can act on. Everything: also hidden listings (admins
    // see them through RLS). OwnListings: the caller's own.
    enum class Scope { Catalog, Everything, OwnListings };

    struct Statement {
        QString sql;
        QVariantList params;
    };

    // Backward with no cursor is the last page. Rows come in query order;
    // the caller reverses a Backward page.
    static Statement page(const ProductQuery& query, const std::optional<ProductCursor>& cursor,
                          int limit, Direction direction, Scope scope = Scope::Catalog);
};
