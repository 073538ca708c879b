#pragma once

#include "Money.h"

#include <QString>
#include <QVariant>

#include <optional>

enum class ProductSort { Relevance, PriceAscending, PriceDescending, Newest, Name, Rating };

// What the buyer's catalog (or a seller's own listing) asks for.
struct ProductQuery {
    QString text;                     // full text + typo-tolerant match
    std::optional<qint64> categoryId; // including its subcategories
    std::optional<qint64> brandId;
    std::optional<qint64> sellerId;
    std::optional<Money> minPrice;
    std::optional<Money> maxPrice;
    bool inStockOnly = false;
    ProductSort sort = ProductSort::Newest;

    // Relevance only means something with a search text.
    ProductSort effectiveSort() const
    {
        return sort == ProductSort::Relevance && text.trimmed().isEmpty() ? ProductSort::Newest
                                                                          : sort;
    }
};

// Where a keyset page ends: the last row's sort value and id.
struct ProductCursor {
    QVariant sortValue;
    qint64 id = 0;
};
