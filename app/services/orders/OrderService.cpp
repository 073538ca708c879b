#include "OrderService.h"

#include "db/DbWorker.h"
#include "db/SqlErrorMapper.h"
#include "db/SqlValues.h"

#include <QSqlRecord>
#include <QStringList>
#include <QUuid>

using namespace Qt::StringLiterals;
using Code = ServiceError::Code;

namespace {

const QString kSummaryColumns =
    u"o.id, o.checkout_id, o.buyer_name, o.seller_name, o.status::text AS status, "
    "coalesce(o.promo_code, '') AS promo_code, o.subtotal::text AS subtotal, "
    "o.discount::text AS discount, o.total::text AS total, o.delivery_address::text AS address, "
    "o.created_at, o.updated_at, o.version, "
    "(SELECT count(*) FROM hexastore.order_items i WHERE i.order_id = o.id) AS item_count"_s;

OrderSummary summaryFrom(const QSqlRecord& r)
{
    OrderSummary o;
    o.id = r.value(u"id"_s).toLongLong();
    o.checkoutId = r.value(u"checkout_id"_s).toLongLong();
    o.buyerName = r.value(u"buyer_name"_s).toString();
    o.sellerName = r.value(u"seller_name"_s).toString();
    o.status = orderStatusFromSql(r.value(u"status"_s).toString()).value_or(OrderStatus::Pending);
    o.promoCode = r.value(u"promo_code"_s).toString();
    o.subtotal = SqlValues::money(r.value(u"subtotal"_s));
    o.discount = SqlValues::money(r.value(u"discount"_s));
    o.total = SqlValues::money(r.value(u"total"_s));
    o.itemCount = r.value(u"item_count"_s).toInt();
    o.address = SqlValues::jsonObject(r.value(u"address"_s));
    o.createdAt = r.value(u"created_at"_s).toDateTime();
    o.updatedAt = r.value(u"updated_at"_s).toDateTime();
    o.version = r.value(u"version"_s).toInt();
    return o;
}

constexpr int kResends = 3;

} // namespace

OrderService::OrderService(DbWorker& worker)
    : m_worker(worker)
{}

Result<QList<qint64>> OrderService::place(SqlSession& session, qint64 addressId,
                                          const QString& promoCode, const QString& paymentMethod)
{
    // One id for this checkout, however often it has to be sent.
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto call = [&](SqlExecutor& sql) -> Result<QList<qint64>> {
        auto row =
            sql.queryOne(u"SELECT array_to_string(hexastore.place_order(?, ?, ?, ?::uuid), ',')"_s,
                         {addressId, promoCode.trimmed(), paymentMethod, requestId});
        if (!row)
            return std::unexpected(row.error());
        QList<qint64> ids;
        for (const QString& id : row->value(0).toString().split(u',', Qt::SkipEmptyParts))
            ids.append(id.toLongLong());
        return ids;
    };
    // One statement, so no explicit transaction: a single round trip.
    Result<QList<qint64>> placed = session.autocommit(call);
    for (int attempt = 0;
         attempt < kResends && !placed && SqlErrorMapper::isConnectionLost(placed.error());
         ++attempt) {
        // The connection broke around the call, which may have committed.
        // Sent again with the same request id, it returns the orders it made
        // if it did, and places them if it did not: never lost, never twice.
        placed = session.autocommit(call);
    }
    if (!placed && SqlErrorMapper::isConnectionLost(placed.error())) {
        return std::unexpected(ServiceError(
            Code::Unavailable,
            tr("The connection broke while your order was being placed. Check \"My orders\" "
               "once the connection is back before ordering again."),
            placed.error().detail(), placed.error().sqlState()));
    }
    return placed;
}

QFuture<Result<QList<qint64>>> OrderService::placeOrder(qint64 addressId, const QString& promoCode,
                                                        const QString& paymentMethod)
{
    return m_worker.withSession(
        [=](SqlSession& session) { return place(session, addressId, promoCode, paymentMethod); });
}

QFuture<Result<QList<OrderSummary>>> OrderService::orders(const OrderQuery& query,
                                                          std::optional<qint64> afterId, int limit)
{
    QStringList where{u"true"_s};
    QVariantList params;
    if (query.status) {
        where << u"o.status = ?::hexastore.order_status"_s;
        params << orderStatusToSql(*query.status);
    }
    const QString text = query.text.trimmed();
    if (!text.isEmpty()) {
        bool isNumber = false;
        const qint64 number = QString(text).remove(u'#').toLongLong(&isNumber);
        // E-mails match for administrators only: users are hidden from everyone else.
        QString match = u"(o.buyer_name ILIKE ? OR o.seller_name ILIKE ? OR EXISTS ("
                        "SELECT FROM hexastore.users u WHERE u.id IN (o.buyer_id, o.seller_id) "
                        "AND u.email ILIKE ?)"_s;
        params << SqlValues::likePattern(text) << SqlValues::likePattern(text)
               << SqlValues::likePattern(text);
        if (isNumber) {
            match += u" OR o.id = ?"_s;
            params << number;
        }
        where << match + u')';
    }
    if (query.from.isValid()) {
        where << u"o.created_at >= ?"_s;
        params << QDateTime(query.from, QTime(0, 0)).toUTC();
    }
    if (query.until.isValid()) {
        where << u"o.created_at < ?"_s;
        params << QDateTime(query.until.addDays(1), QTime(0, 0)).toUTC();
    }
    if (afterId) {
        where << u"o.id < ?"_s;
        params << *afterId;
    }
    const QString sql = u"SELECT "_s + kSummaryColumns + u" FROM hexastore.orders o WHERE "_s +
                        where.join(u" AND "_s) + u" ORDER BY o.id DESC LIMIT %1"_s.arg(limit);
    return m_worker.transact([sql, params](SqlExecutor& db) -> Result<QList<OrderSummary>> {
        auto rows = db.query(sql, params);
        if (!rows)
            return std::unexpected(rows.error());
        QList<OrderSummary> out;
        out.reserve(rows->size());
        for (const QSqlRecord& r : *rows)
            out.append(summaryFrom(r));
        return out;
    });
}

QFuture<Result<OrderDetail>> OrderService::detail(qint64 orderId)
{
    return m_worker.transact([orderId](SqlExecutor& sql) -> Result<OrderDetail> {
        auto head =
            sql.query(u"SELECT "_s + kSummaryColumns + u" FROM hexastore.orders o WHERE o.id = ?"_s,
                      {orderId});
        if (!head)
            return std::unexpected(head.error());
        if (head->isEmpty())
            return std::unexpected(SqlErrorMapper::fromSqlState(u"HX325"_s, {}));
        OrderDetail detail;
        detail.summary = summaryFrom(head->first());

        auto items = sql.query(u"SELECT line, product_id, product_name, sku, options::text, "
                               "unit_price::text, quantity, line_total::text "
                               "FROM hexastore.order_items WHERE order_id = ? ORDER BY line"_s,
                               {orderId});
        if (!items)
            return std::unexpected(items.error());
        for (const QSqlRecord& r : *items) {
            OrderDetail::Item item;
            item.line = r.value(0).toInt();
            item.productId = r.value(1).toLongLong();
            item.productName = r.value(2).toString();
            item.sku = r.value(3).toString();
            item.options = SqlValues::jsonObject(r.value(4));
            item.unitPrice = SqlValues::money(r.value(5));
            item.quantity = r.value(6).toInt();
            item.lineTotal = SqlValues::money(r.value(7));
            detail.items.append(item);
        }

        auto history = sql.query(
            u"SELECT from_status::text, to_status::text, actor_role::text, reason, changed_at "
            "FROM hexastore.order_status_history WHERE order_id = ? ORDER BY id"_s,
            {orderId});
        if (!history)
            return std::unexpected(history.error());
        for (const QSqlRecord& r : *history) {
            OrderDetail::HistoryEntry entry;
            entry.from = orderStatusFromSql(r.value(0).toString());
            entry.to = orderStatusFromSql(r.value(1).toString()).value_or(OrderStatus::Pending);
            entry.actorRole = roleFromSql(r.value(2).toString());
            entry.reason = r.value(3).toString();
            entry.at = r.value(4).toDateTime();
            detail.history.append(entry);
        }

        // The delivery, as far as the caller may follow it.
        auto delivery = sql.query(
            u"SELECT id, status::text FROM hexastore.deliveries WHERE order_id = ?"_s, {orderId});
        if (!delivery)
            return std::unexpected(delivery.error());
        if (!delivery->isEmpty()) {
            detail.deliveryStatus = deliveryStatusFromSql(delivery->first().value(1).toString());
            auto steps = sql.query(u"SELECT to_status::text, coalesce(failure_reason::text, ''), "
                                   "coalesce(recipient_name, ''), received_at "
                                   "FROM hexastore.delivery_timeline(?)"_s,
                                   {delivery->first().value(0)});
            if (!steps)
                return std::unexpected(steps.error());
            for (const QSqlRecord& r : *steps) {
                OrderDetail::DeliveryStep step;
                step.to = deliveryStatusFromSql(r.value(0).toString()).value_or(step.to);
                step.failureReason = r.value(1).toString();
                step.recipientName = r.value(2).toString();
                step.at = r.value(3).toDateTime();
                detail.deliverySteps.append(step);
            }
        }

        auto actions =
            sql.queryOne(u"SELECT array_to_string(hexastore.order_actions(?), ',')"_s, {orderId});
        if (!actions)
            return std::unexpected(actions.error());
        for (const QString& s : actions->value(0).toString().split(u',', Qt::SkipEmptyParts)) {
            if (auto status = orderStatusFromSql(s))
                detail.allowedNext.append(*status);
        }
        return detail;
    });
}

QFuture<Result<int>> OrderService::setStatus(qint64 orderId, OrderStatus status,
                                             const QString& reason)
{
    return m_worker.transact([=](SqlExecutor& sql) -> Result<int> {
        auto row = sql.queryOne(u"SELECT hexastore.set_order_status(?, ?, ?)"_s,
                                {orderId, orderStatusToSql(status), reason.trimmed()});
        if (!row)
            return std::unexpected(row.error());
        return row->value(0).toInt();
    });
}
