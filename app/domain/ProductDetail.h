#pragma once

#include "Money.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>

struct ProductVariant {
    qint64 id = 0;
    QString sku;
    QVariantMap options; // e.g. size, colour
    Money price;
    int stock = 0;
    bool active = true;
    int version = 0;
};

// Everything the product view shows, and what the editor edits.
struct ProductDetail {
    qint64 id = 0;
    qint64 sellerId = 0;
    QString seller;
    qint64 categoryId = 0;
    QString categoryPath; // "Electronics › Keyboards"
    qint64 brandId = 0;   // 0: none
    QString brand;
    QString name;
    QString description;
    bool active = true;
    bool moderated = false; // hidden by an administrator
    bool archived = false;
    int version = 0;
    QDateTime createdAt;
    QList<ProductVariant> variants;
    QList<QByteArray> imageSha256s; // in display order
};
