#pragma once

#include "Money.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// One row of the catalog table.
struct ProductSummary {
    qint64 id = 0;
    QString name;
    QString brand;
    QString category;
    QString seller;
    std::optional<Money> price; // the lowest active variant's; none if nothing is for sale
    bool inStock = false;
    bool active = true;
    QDateTime createdAt;
    int ratingHundredths = 0; // average stars × 100 (0: no reviews)
    int ratingCount = 0;
    QByteArray thumbnailSha256; // first image, if any
    QVariant sortValue;         // for the keyset cursor
};

struct ProductPage {
    QList<ProductSummary> rows;
    bool atEnd = false; // no rows after these
};
