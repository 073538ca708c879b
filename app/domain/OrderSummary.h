#pragma once

#include "Money.h"
#include "OrderStatus.h"

#include <QDateTime>
#include <QString>
#include <QVariantMap>

// One order as lists show it.
struct OrderSummary {
    qint64 id = 0;
    qint64 checkoutId = 0;
    QString buyerName;
    QString sellerName;
    OrderStatus status = OrderStatus::Pending;
    QString promoCode;
    Money subtotal;
    Money discount;
    Money total;
    int itemCount = 0;
    QVariantMap address; // the delivery address as ordered
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;
};
