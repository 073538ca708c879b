#pragma once

#include <QString>

#include <optional>

// hexastore.order_status. The legal moves are decided by the database
// (order_transition_allowed); the client only names and shows them.
enum class OrderStatus { Pending, Confirmed, Shipped, Delivered, Cancelled };

QString orderStatusToSql(OrderStatus status);
std::optional<OrderStatus> orderStatusFromSql(const QString& text);
// Translated name for screens ("Pending").
QString orderStatusDisplayName(OrderStatus status);
// The verb on a button that moves an order there ("Confirm").
QString orderStatusActionName(OrderStatus status);
