#pragma once

#include "Money.h"

#include <QString>
#include <QVariantMap>

// One row of a seller's "My listings": a variant with its product.
struct ListingRow {
    qint64 variantId = 0;
    qint64 productId = 0;
    QString productName;
    QString sku;
    QVariantMap options;
    Money price;
    int stock = 0;
    bool variantActive = true;
    int variantVersion = 0;
    bool productActive = true;
    QString moderationReason; // set while an administrator keeps it hidden
};
