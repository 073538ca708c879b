#pragma once

#include "DeliveryStatus.h"
#include "OrderSummary.h"
#include "Role.h"

#include <QList>

#include <optional>

// An order with its lines, its status history and what the caller may do next.
struct OrderDetail {
    struct Item {
        int line = 0;
        qint64 productId = 0;
        QString productName;
        QString sku;
        QVariantMap options;
        Money unitPrice;
        int quantity = 0;
        Money lineTotal;
    };
    struct HistoryEntry {
        std::optional<OrderStatus> from; // none for the first status
        OrderStatus to = OrderStatus::Pending;
        std::optional<Role> actorRole;
        QString reason;
        QDateTime at;
    };

    // Where the order's delivery is, and the steps that took it there.
    struct DeliveryStep {
        DeliveryStatus to = DeliveryStatus::Unassigned;
        QString failureReason; // a failed attempt's, as the database names it
        QString recipientName; // delivered
        QDateTime at;
    };

    OrderSummary summary;
    QList<Item> items;
    QList<HistoryEntry> history;
    QList<OrderStatus> allowedNext;
    std::optional<DeliveryStatus> deliveryStatus;
    QList<DeliveryStep> deliverySteps;
};
