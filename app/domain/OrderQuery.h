#pragma once

#include "OrderStatus.h"

#include <QDate>
#include <QString>

#include <optional>

// Filters for an order list. Which orders a caller sees at all is decided by
// the database: a buyer's own, a seller's own, all for administrators.
struct OrderQuery {
    std::optional<OrderStatus> status;
    QString text; // an order number, or part of the buyer's or seller's name or e-mail
    QDate from;   // invalid: no lower bound
    QDate until;  // invalid: no upper bound (inclusive)
};
