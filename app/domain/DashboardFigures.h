#pragma once

#include "Money.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// Everything the dashboard shows, for the whole marketplace or one shop.
// Compared whole (==) by the benchmark and the tests against the same
// figures computed by plain aggregate queries.
struct DashboardFigures {
    // Today, the last 7 or 30 days (today included), and the same length before.
    struct Period {
        int days = 0;
        qint64 placed = 0, placedBefore = 0;
        qint64 cancelled = 0, cancelledBefore = 0; // of the orders placed in the period
        qint64 delivered = 0, deliveredBefore = 0;
        Money revenue, revenueBefore;                   // delivered orders, by the day delivered
        std::optional<qint64> newUsers, newUsersBefore; // administrators only

        // Revenue per delivered order; zero when none was delivered.
        static Money average(Money revenue, qint64 orders)
        {
            return orders > 0 ? Money::fromCents(revenue.cents() / orders) : Money();
        }
        bool operator==(const Period&) const = default;
    };
    struct Day {
        QDate day;
        qint64 orders = 0;
        Money revenue;
        bool operator==(const Day&) const = default;
    };
    struct ProductSales {
        qint64 productId = 0;
        QString name;
        qint64 units = 0;
        Money amount;
        bool operator==(const ProductSales&) const = default;
    };
    struct LowStock {
        qint64 variantId = 0;
        qint64 productId = 0;
        QString name;
        QString sku;
        int stock = 0;
        bool operator==(const LowStock&) const = default;
    };
    struct CourierCash {
        qint64 courierId = 0;
        QString name;
        Money amount;
        qint64 deliveries = 0;
        bool operator==(const CourierCash&) const = default;
    };

    QDate today;
    std::optional<qint64> sellerId;           // the shop shown; none: the whole marketplace
    QList<Period> periods;                    // 1, 7 and 30 days
    QList<Day> daily;                         // the last 30 days, oldest first
    QMap<QString, qint64> ordersByStatus;     // by hexastore.order_status
    QMap<QString, qint64> deliveriesByStatus; // by hexastore.delivery_status
    QList<ProductSales> topProducts;
    QList<LowStock> lowStock;
    QList<CourierCash> courierCash; // administrators, whole marketplace only

    bool operator==(const DashboardFigures&) const = default;
};
