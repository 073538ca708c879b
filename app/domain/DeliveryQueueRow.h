#pragma once

#include "DeliveryStatus.h"
#include "Money.h"

#include <QDateTime>
#include <QString>

#include <optional>

// One delivery as the dispatcher sees it in the queue and the lists.
struct DeliveryQueueRow {
    qint64 deliveryId = 0;
    qint64 orderId = 0;
    DeliveryStatus status = DeliveryStatus::Unassigned;
    std::optional<qint64> courierId;
    QString courierName;
    QString sellerName;
    QString buyerName;
    QString city;
    Money total;
    QDateTime confirmedAt; // when the order became ready to dispatch
    QDateTime assignedAt;
    int failedAttempts = 0;
    int version = 0;
};
