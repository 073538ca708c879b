#pragma once

#include "domain/CartLine.h"
#include "domain/CartQuote.h"
#include "domain/ServiceError.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>

class DbWorker;
class SqlExecutor;

// The buyer's cart, kept in the database so that it follows them to another
// machine. Stock and availability are checked by the database (cart_* in
// docs/sql-api.md); refusals name the item, the amount asked for and the
// amount available.
class CartService final {
    Q_DECLARE_TR_FUNCTIONS(CartService)

public:
    explicit CartService(DbWorker& worker);

    QFuture<Result<QList<CartLine>>> lines();
    // Adds to the line (creating it); a negative amount takes away, and a
    // line that reaches zero is removed. Returns the new quantity.
    QFuture<Result<int>> add(qint64 variantId, int amount);
    QFuture<Result<int>> setQuantity(qint64 variantId, int quantity);
    QFuture<VoidResult> remove(qint64 variantId);
    QFuture<VoidResult> clear();
    // Subtotal, discount and total at today's prices; an empty code: no promo.
    QFuture<Result<CartQuote>> quote(const QString& promoCode);

private:
    static Result<QList<CartLine>> readLines(SqlExecutor& sql);
    static Result<CartQuote> readQuote(SqlExecutor& sql, const QString& promoCode);

    DbWorker& m_worker;
};
