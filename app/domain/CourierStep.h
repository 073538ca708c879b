#pragma once

#include "DeliveryStatus.h"
#include "Money.h"

#include <QByteArray>
#include <QString>

#include <optional>

// One step a courier takes on a delivery, as recorded on the device.
struct CourierStep {
    qint64 deliveryId = 0;
    DeliveryStatus to = DeliveryStatus::PickedUp;
    QString failureReason; // failed attempt: recipient_absent, address_not_found, …
    QString note;
    QString recipientName;      // delivered
    std::optional<Money> cash;  // delivered, cash on delivery
    QByteArray photoSha256;     // delivered, optional
    QByteArray signatureSha256; // delivered, optional
};
