#pragma once

#include "domain/OrderDetail.h"
#include "domain/OrderQuery.h"
#include "domain/ServiceError.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>

#include <optional>

class DbWorker;
class SqlSession;

// Checkout and the orders that come of it. The database does the work and
// enforces the rules (place_order, set_order_status in docs/sql-api.md); this
// class reads orders page by page and makes sure a checkout whose answer was
// lost with the connection is neither lost nor placed twice (a request id).
class OrderService final {
    Q_DECLARE_TR_FUNCTIONS(OrderService)

public:
    static inline const QString kCashOnDelivery = QStringLiteral("cash_on_delivery");

    explicit OrderService(DbWorker& worker);

    // The caller's cart becomes one order per seller; returns their ids.
    QFuture<Result<QList<qint64>>> placeOrder(qint64 addressId, const QString& promoCode,
                                              const QString& paymentMethod = kCashOnDelivery);
    // Newest first; `afterId` is the last id of the previous page.
    QFuture<Result<QList<OrderSummary>>> orders(const OrderQuery& query,
                                                std::optional<qint64> afterId, int limit);
    QFuture<Result<OrderDetail>> detail(qint64 orderId);
    // Returns the order's new version. Administrators must give a reason.
    QFuture<Result<int>> setStatus(qint64 orderId, OrderStatus status, const QString& reason);

private:
    // placeOrder on the worker thread: one statement, resent on a lost connection.
    static Result<QList<qint64>> place(SqlSession& session, qint64 addressId,
                                       const QString& promoCode, const QString& paymentMethod);

    DbWorker& m_worker;
};
