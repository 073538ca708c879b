#pragma once

#include <QDateTime>
#include <QString>

// A buyer's review of a product.
struct Review {
    qint64 id = 0;
    qint64 productId = 0;
    int rating = 0; // 1–5
    QString comment;
    QString author;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool mine = false;
};
