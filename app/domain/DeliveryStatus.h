#pragma once

#include <QString>

#include <optional>

// hexastore.delivery_status. The legal moves are decided by the database
// (delivery_transition_allowed and its trigger); the client names and shows them.
enum class DeliveryStatus {
    Unassigned,
    Assigned,
    PickedUp,
    OutForDelivery,
    FailedAttempt,
    Delivered,
    Returned,
    Cancelled
};

QString deliveryStatusToSql(DeliveryStatus status);
std::optional<DeliveryStatus> deliveryStatusFromSql(const QString& text);
// Translated name for screens ("Out for delivery").
QString deliveryStatusDisplayName(DeliveryStatus status);
// Delivered, returned or cancelled: it never moves again.
bool deliveryStatusIsFinal(DeliveryStatus status);
// Why a delivery attempt failed, for screens ("Nobody was there"), from the
// database's name of the reason (recipient_absent, address_not_found, …).
QString failureReasonDisplayName(const QString& reason);
