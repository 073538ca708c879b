#pragma once

#include "DeliveryStatus.h"
#include "Money.h"

#include <QDateTime>
#include <QJsonArray>
#include <QString>

// A delivery as the courier's device keeps it: everything needed to work
// without a connection. `status` is what the courier sees now (their own steps
// applied at once); `serverStatus` what the server last said.
struct CourierDelivery {
    qint64 id = 0;
    qint64 orderId = 0;
    DeliveryStatus status = DeliveryStatus::Assigned;
    DeliveryStatus serverStatus = DeliveryStatus::Assigned;
    int version = 0;
    bool mine = true; // false: reassigned to someone else meanwhile
    int failedAttempts = 0;
    QString sellerName;
    QString pickupAddress;
    QString pickupPhone;
    QString recipient;
    QString phone;
    QString address;
    QString note;
    QJsonArray items; // [{name, sku, options, quantity}]
    Money amountToCollect;
    QDateTime assignedAt;
    QDateTime finishedAt;
};
