#pragma once

#include "DeliveryStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// A step in the device's outbox: pending until the server answers, then
// acknowledged (applied) or rejected with the server's reason and state.
struct QueuedEvent {
    enum class State { Pending, Acked, Rejected };

    qint64 seq = 0;
    QString eventId;
    qint64 deliveryId = 0;
    DeliveryStatus from = DeliveryStatus::Assigned;
    DeliveryStatus to = DeliveryStatus::PickedUp;
    QJsonObject payload; // reason, note, recipient_name, cash, photo, signature
    QDateTime deviceTime;
    State state = State::Pending;
    QString code;
    QString message;
    std::optional<DeliveryStatus> serverStatus;
};
