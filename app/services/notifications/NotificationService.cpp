#include "NotificationService.h"

#include "db/DbWorker.h"
#include "db/SqlExecutor.h"

#include <QSqlRecord>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

const QString kColumns = u"id, kind, coalesce(order_id, 0) AS order_id, "
                         "coalesce(delivery_id, 0) AS delivery_id, created_at, "
                         "read_at IS NOT NULL AS read"_s;

Result<QList<Notification>> rows(const Result<QList<QSqlRecord>>& records)
{
    if (!records)
        return std::unexpected(records.error());
    QList<Notification> list;
    list.reserve(records->size());
    for (const QSqlRecord& r : *records) {
        Notification n;
        n.id = r.value(u"id"_s).toLongLong();
        n.kind = r.value(u"kind"_s).toString();
        n.orderId = r.value(u"order_id"_s).toLongLong();
        n.deliveryId = r.value(u"delivery_id"_s).toLongLong();
        n.createdAt = r.value(u"created_at"_s).toDateTime();
        n.read = r.value(u"read"_s).toBool();
        list.append(n);
    }
    return list;
}

} // namespace

NotificationService::NotificationService(DbWorker& worker)
    : m_worker(worker)
{}

QFuture<Result<NotificationSummary>> NotificationService::summary()
{
    return m_worker.transact([](SqlExecutor& sql) -> Result<NotificationSummary> {
        // Row-level security limits both to the caller's own; the indexes on
        // (user_id, id) and the unread ones make it a couple of index probes.
        auto row = sql.queryOne(
            u"SELECT (SELECT count(*) FROM hexastore.notifications WHERE read_at IS NULL), "
            "coalesce((SELECT max(id) FROM hexastore.notifications), 0)"_s);
        if (!row)
            return std::unexpected(row.error());
        return NotificationSummary{row->value(0).toInt(), row->value(1).toLongLong()};
    });
}

QFuture<Result<QList<Notification>>> NotificationService::latest(int limit)
{
    return m_worker.transact([limit](SqlExecutor& sql) {
        return rows(sql.query(u"SELECT "_s + kColumns +
                                  u" FROM hexastore.notifications ORDER BY id DESC LIMIT ?"_s,
                              {limit}));
    });
}

QFuture<Result<QList<Notification>>> NotificationService::since(qint64 afterId)
{
    return m_worker.transact([afterId](SqlExecutor& sql) {
        return rows(sql.query(u"SELECT "_s + kColumns +
                                  u" FROM hexastore.notifications WHERE id > ? "
                                  "ORDER BY id LIMIT 50"_s,
                              {afterId}));
    });
}

QFuture<Result<int>> NotificationService::markRead(const QList<qint64>& ids)
{
    QStringList list;
    for (qint64 id : ids)
        list << QString::number(id);
    const QString joined = list.join(u',');
    return m_worker.transact([joined](SqlExecutor& sql) {
        return sql.execute(u"UPDATE hexastore.notifications SET read_at = now() "
                           "WHERE id = ANY (string_to_array(?, ',')::bigint[]) "
                           "AND read_at IS NULL"_s,
                           {joined});
    });
}

QFuture<Result<int>> NotificationService::markAllRead()
{
    return m_worker.transact([](SqlExecutor& sql) {
        return sql.execute(
            u"UPDATE hexastore.notifications SET read_at = now() WHERE read_at IS NULL"_s);
    });
}

QString NotificationService::describe(const Notification& n)
{
    const QString order = QString::number(n.orderId);
    if (n.kind == u"order_confirmed"_s)
        return tr("Your order #%1 was confirmed by the seller.").arg(order);
    if (n.kind == u"order_shipped"_s)
        return tr("Your order #%1 is on its way.").arg(order);
    if (n.kind == u"order_delivered"_s)
        return tr("Your order #%1 was delivered.").arg(order);
    if (n.kind == u"order_cancelled"_s)
        return tr("Your order #%1 was cancelled.").arg(order);
    if (n.kind == u"delivery_failed"_s)
        return tr("The courier could not deliver your order #%1; they will try again.").arg(order);
    if (n.kind == u"order_new"_s)
        return tr("New order #%1.").arg(order);
    if (n.kind == u"order_cancelled_seller"_s)
        return tr("Order #%1 was cancelled.").arg(order);
    if (n.kind == u"assignment_new"_s)
        return tr("Delivery #%1 (order #%2) is yours to deliver.").arg(n.deliveryId).arg(order);
    if (n.kind == u"assignment_changed"_s)
        return tr("Delivery #%1 (order #%2) was changed by the dispatcher.")
            .arg(n.deliveryId)
            .arg(order);
    if (n.kind == u"assignment_withdrawn"_s)
        return tr("Delivery #%1 (order #%2) is no longer yours.").arg(n.deliveryId).arg(order);
    return tr("Something happened to order #%1.").arg(order);
}
