#pragma once

#include <QString>

#include <optional>

// Which deliveries the dispatcher lists.
struct DeliveryQuery {
    enum class Scope {
        Queue,    // unassigned deliveries of confirmed orders: ready to dispatch
        Active,   // with a courier and not finished
        Finished, // delivered, returned or cancelled
        All
    };
    Scope scope = Scope::Queue;
    std::optional<qint64> courierId;
    QString text; // order number, city, seller or buyer
};
