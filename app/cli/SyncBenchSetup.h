#pragma once

#include "db/SqlExecutor.h"
#include "domain/ServiceError.h"

#include <QString>

// What the sync benchmark and its fault runs work on, written as the
// operator with set-based SQL (the setup is not what is measured): a seller
// with a product, a buyer with an address, couriers, and confirmed
// cash-on-delivery orders whose deliveries are assigned to a courier.
class SyncBenchSetup final {
public:
    struct Shop {
        qint64 seller = 0;
        qint64 buyer = 0;
        qint64 product = 0;
        qint64 variant = 0;
    };

    static QString password() { return QStringLiteral("bench-courier-password"); }

    static Result<Shop> prepareShop(SqlExecutor& sql);
    static Result<qint64> createCourier(SqlExecutor& sql, const QString& email);
    // `count` new deliveries assigned to the courier; returns their ids' range.
    static VoidResult dispatch(SqlExecutor& sql, const Shop& shop, qint64 courier, int count);
};
