#pragma once

#include "DeliveryStatus.h"
#include "Money.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

// One entry of a delivery's timeline: a dispatcher's action or a courier's
// event, with the device's and the server's time, and for a refused event why.
struct DeliveryEvent {
    qint64 id = 0;
    QDateTime receivedAt;
    QDateTime deviceTime; // invalid for a dispatcher's action
    QString actorName;
    QString actorRole;
    std::optional<DeliveryStatus> from;
    std::optional<DeliveryStatus> to;
    QString courierName;
    bool applied = true;
    QString rejectionCode;
    QString rejectionMessage;
    QString failureReason;
    QString note;
    QString recipientName;
    std::optional<Money> cash;
    QByteArray photoSha256;
    QByteArray signatureSha256;
};
