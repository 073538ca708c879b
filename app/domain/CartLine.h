#pragma once

#include "Money.h"

#include <QByteArray>
#include <QString>
#include <QVariantMap>

// One line of a buyer's cart as it stands now (hexastore.my_cart()).
struct CartLine {
    enum class State { Ok, Short, OutOfStock, Unavailable };

    qint64 variantId = 0;
    qint64 productId = 0;
    QString productName;
    QVariantMap options;
    QString sku;
    qint64 sellerId = 0;
    QString sellerName;
    int quantity = 0;
    Money addedPrice; // what the buyer saw when adding it
    Money price;      // what it costs now
    int stock = 0;
    State state = State::Ok;
    QByteArray thumbnailSha256;

    bool priceChanged() const { return price != addedPrice; }
    Money lineTotal() const { return Money::fromCents(price.cents() * quantity); }
};
