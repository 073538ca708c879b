#pragma once

#include "ProductDetail.h"

#include <QByteArray>
#include <QList>
#include <QString>

// What the product editor saves: the product's fields, its variants (id 0 for
// new ones; variants left out are removed) and its images in order.
struct ProductDraft {
    qint64 id = 0;   // 0: a new product
    int version = 0; // the version the editor started from
    qint64 categoryId = 0;
    qint64 brandId = 0; // 0: none
    QString name;
    QString description;
    bool active = true;
    QList<ProductVariant> variants;
    QList<QByteArray> imageSha256s;
};
