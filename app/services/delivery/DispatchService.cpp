#include "DispatchService.h"

#include "db/DbWorker.h"
#include "db/SqlValues.h"

#include <QSqlRecord>
#include <QStringList>

using namespace Qt::StringLiterals;
using Code = ServiceError::Code;

namespace {

constexpr int kMaxReason = 1000;

std::optional<ServiceError> checkReason(const QString& reason)
{
    if (reason.trimmed().size() > kMaxReason) {
        return ServiceError(Code::Validation,
                            DispatchService::tr("A reason can have at most 1,000 characters."))
            .withField(u"reason"_s);
    }
    return std::nullopt;
}

DeliveryQueueRow queueRowFrom(const QSqlRecord& r)
{
    DeliveryQueueRow row;
    row.deliveryId = r.value(u"id"_s).toLongLong();
    row.orderId = r.value(u"order_id"_s).toLongLong();
    row.status =
        deliveryStatusFromSql(r.value(u"status"_s).toString()).value_or(DeliveryStatus::Unassigned);
    if (!r.value(u"courier_id"_s).isNull())
        row.courierId = r.value(u"courier_id"_s).toLongLong();
    row.courierName = r.value(u"courier_name"_s).toString();
    row.sellerName = r.value(u"seller_name"_s).toString();
    row.buyerName = r.value(u"buyer_name"_s).toString();
    row.city = r.value(u"city"_s).toString();
    row.total = SqlValues::money(r.value(u"total"_s));
    row.confirmedAt = r.value(u"confirmed_at"_s).toDateTime();
    row.assignedAt = r.value(u"assigned_at"_s).toDateTime();
    row.failedAttempts = r.value(u"failed_attempts"_s).toInt();
    row.version = r.value(u"version"_s).toInt();
    return row;
}

} // namespace

DispatchService::DispatchService(DbWorker& worker)
    : m_worker(worker)
{}

QString DispatchService::vehicleToSql(CourierSummary::Vehicle vehicle)
{
    switch (vehicle) {
    case CourierSummary::Vehicle::Foot:
        return u"foot"_s;
    case CourierSummary::Vehicle::Bicycle:
        return u"bicycle"_s;
    case CourierSummary::Vehicle::Car:
        return u"car"_s;
    case CourierSummary::Vehicle::Motorbike:
        return u"motorbike"_s;
    }
    return {};
}

std::optional<CourierSummary::Vehicle> DispatchService::vehicleFromSql(const QString& text)
{
    for (auto v : {CourierSummary::Vehicle::Foot, CourierSummary::Vehicle::Bicycle,
                   CourierSummary::Vehicle::Car, CourierSummary::Vehicle::Motorbike}) {
        if (vehicleToSql(v) == text)
            return v;
    }
    return std::nullopt;
}

QFuture<Result<QList<DeliveryQueueRow>>>
DispatchService::deliveries(const DeliveryQuery& query, std::optional<qint64> afterId, int limit)
{
    QStringList where{u"true"_s};
    QVariantList params;
    switch (query.scope) {
    case DeliveryQuery::Scope::Queue:
        where << u"d.status = 'unassigned' AND o.status = 'confirmed'"_s;
        break;
    case DeliveryQuery::Scope::Active:
        where << u"d.status IN ('assigned', 'picked_up', 'out_for_delivery', 'failed_attempt')"_s;
        break;
    case DeliveryQuery::Scope::Finished:
        where << u"d.status IN ('delivered', 'returned', 'cancelled')"_s;
        break;
    case DeliveryQuery::Scope::All:
        break;
    }
    if (query.courierId) {
        where << u"d.courier_id = ?"_s;
        params << *query.courierId;
    }
    const QString text = query.text.trimmed();
    if (!text.isEmpty()) {
        QString match = u"(o.seller_name ILIKE ? OR o.buyer_name ILIKE ? "
                        "OR o.delivery_address->>'city' ILIKE ?"_s;
        params << SqlValues::likePattern(text) << SqlValues::likePattern(text)
               << SqlValues::likePattern(text);
        bool isNumber = false;
        const qint64 number = QString(text).remove(u'#').toLongLong(&isNumber);
        if (isNumber) {
            match += u" OR o.id = ? OR d.id = ?"_s;
            params << number << number;
        }
        where << match + u')';
    }
    if (afterId) {
        where << u"d.id > ?"_s;
        params << *afterId;
    }
    params << std::clamp(limit, 1, 1000);
    const QString sql =
        u"SELECT d.id, d.order_id, d.status::text AS status, d.courier_id, "
        "cu.full_name AS courier_name, o.seller_name, o.buyer_name, "
        "o.delivery_address->>'city' AS city, o.total, d.assigned_at, d.failed_attempts, "
        "d.version, coalesce((SELECT max(h.changed_at) FROM hexastore.order_status_history h "
        "WHERE h.order_id = o.id AND h.to_status = 'confirmed'), o.created_at) AS confirmed_at "
        "FROM hexastore.deliveries d JOIN hexastore.orders o ON o.id = d.order_id "
        "LEFT JOIN hexastore.users cu ON cu.id = d.courier_id WHERE "_s +
        where.join(u" AND "_s) + u" ORDER BY d.id LIMIT ?"_s;
    return m_worker.transact([sql, params](SqlExecutor& db) -> Result<QList<DeliveryQueueRow>> {
        auto rows = db.query(sql, params);
        if (!rows)
            return std::unexpected(rows.error());
        QList<DeliveryQueueRow> out;
        for (const QSqlRecord& r : *rows)
            out.append(queueRowFrom(r));
        return out;
    });
}

QFuture<Result<QList<CourierSummary>>> DispatchService::couriers()
{
    return m_worker.transact([](SqlExecutor& db) -> Result<QList<CourierSummary>> {
        auto rows = db.query(
            u"SELECT u.id, u.full_name, u.email, u.status = 'active' AS active, "
            "coalesce(p.phone, '') AS phone, coalesce(p.vehicle::text, 'bicycle') AS vehicle, "
            "coalesce(p.on_duty, false) AS on_duty, "
            "(SELECT count(*) FROM hexastore.deliveries d WHERE d.courier_id = u.id "
            " AND d.status IN ('assigned', 'picked_up', 'out_for_delivery', 'failed_attempt')) "
            "AS in_hand "
            "FROM hexastore.users u "
            "LEFT JOIN hexastore.courier_profiles p ON p.courier_id = u.id "
            "WHERE u.role = 'courier' ORDER BY u.full_name, u.id"_s);
        if (!rows)
            return std::unexpected(rows.error());
        QList<CourierSummary> out;
        for (const QSqlRecord& r : *rows) {
            CourierSummary c;
            c.id = r.value(u"id"_s).toLongLong();
            c.name = r.value(u"full_name"_s).toString();
            c.email = r.value(u"email"_s).toString();
            c.active = r.value(u"active"_s).toBool();
            c.phone = r.value(u"phone"_s).toString();
            c.vehicle = vehicleFromSql(r.value(u"vehicle"_s).toString())
                            .value_or(CourierSummary::Vehicle::Bicycle);
            c.onDuty = r.value(u"on_duty"_s).toBool();
            c.deliveriesInHand = r.value(u"in_hand"_s).toInt();
            out.append(c);
        }
        return out;
    });
}

QFuture<Result<int>> DispatchService::assign(const QList<qint64>& deliveryIds, qint64 courierId,
                                             const QString& reason)
{
    if (deliveryIds.isEmpty()) {
        return DbWorker::refuse<Result<int>>(
            ServiceError(Code::Validation, tr("Choose one or more deliveries first.")));
    }
    if (auto problem = checkReason(reason))
        return DbWorker::refuse<Result<int>>(*problem);
    QStringList ids;
    for (qint64 id : deliveryIds)
        ids << QString::number(id);
    const QString list = ids.join(u',');
    return m_worker.transact([list, courierId, reason](SqlExecutor& db) -> Result<int> {
        auto row = db.queryOne(
            u"SELECT hexastore.dispatch_deliveries(string_to_array(?, ',')::bigint[], ?, ?)"_s,
            {list, courierId, reason.trimmed()});
        if (!row)
            return std::unexpected(row.error());
        return row->value(0).toInt();
    });
}

QFuture<VoidResult> DispatchService::unassign(qint64 deliveryId, const QString& reason)
{
    if (auto problem = checkReason(reason))
        return DbWorker::refuse<VoidResult>(*problem);
    return m_worker.transact([deliveryId, reason](SqlExecutor& db) -> VoidResult {
        auto done =
            db.query(u"SELECT hexastore.unassign_delivery(?, ?)"_s, {deliveryId, reason.trimmed()});
        if (!done)
            return std::unexpected(done.error());
        return {};
    });
}

QFuture<VoidResult> DispatchService::handOver(qint64 deliveryId, qint64 courierId,
                                              const QString& reason)
{
    if (auto problem = checkReason(reason))
        return DbWorker::refuse<VoidResult>(*problem);
    if (reason.trimmed().isEmpty()) {
        return DbWorker::refuse<VoidResult>(
            ServiceError(Code::Validation,
                         tr("Say why the delivery goes to another courier on its way."))
                .withField(u"reason"_s));
    }
    return m_worker.transact([deliveryId, courierId, reason](SqlExecutor& db) -> VoidResult {
        auto done = db.query(u"SELECT hexastore.hand_over_delivery(?, ?, ?)"_s,
                             {deliveryId, courierId, reason.trimmed()});
        if (!done)
            return std::unexpected(done.error());
        return {};
    });
}

QFuture<Result<QList<DeliveryEvent>>> DispatchService::timeline(qint64 deliveryId)
{
    return m_worker.transact([deliveryId](SqlExecutor& db) -> Result<QList<DeliveryEvent>> {
        auto rows = db.query(
            u"SELECT e.id, e.received_at, e.device_time, coalesce(a.full_name, '') AS actor, "
            "coalesce(e.actor_role::text, '') AS actor_role, e.from_status::text AS from_status, "
            "e.to_status::text AS to_status, coalesce(c.full_name, '') AS courier, "
            "e.outcome = 'applied' AS applied, coalesce(e.rejection_code, '') AS code, "
            "coalesce(e.rejection_message, '') AS message, "
            "coalesce(e.failure_reason::text, '') AS reason, e.note, "
            "coalesce(e.recipient_name, '') AS recipient, e.cash_collected, e.photo_sha256, "
            "e.signature_sha256 "
            "FROM hexastore.delivery_events e "
            "LEFT JOIN hexastore.users a ON a.id = e.actor_id "
            "LEFT JOIN hexastore.users c ON c.id = e.courier_id "
            "WHERE e.delivery_id = ? ORDER BY e.id"_s,
            {deliveryId});
        if (!rows)
            return std::unexpected(rows.error());
        QList<DeliveryEvent> out;
        for (const QSqlRecord& r : *rows) {
            DeliveryEvent e;
            e.id = r.value(u"id"_s).toLongLong();
            e.receivedAt = r.value(u"received_at"_s).toDateTime();
            e.deviceTime = r.value(u"device_time"_s).toDateTime();
            e.actorName = r.value(u"actor"_s).toString();
            e.actorRole = r.value(u"actor_role"_s).toString();
            e.from = deliveryStatusFromSql(r.value(u"from_status"_s).toString());
            e.to = deliveryStatusFromSql(r.value(u"to_status"_s).toString());
            e.courierName = r.value(u"courier"_s).toString();
            e.applied = r.value(u"applied"_s).toBool();
            e.rejectionCode = r.value(u"code"_s).toString();
            e.rejectionMessage = r.value(u"message"_s).toString();
            e.failureReason = r.value(u"reason"_s).toString();
            e.note = r.value(u"note"_s).toString();
            e.recipientName = r.value(u"recipient"_s).toString();
            if (!r.value(u"cash_collected"_s).isNull())
                e.cash = SqlValues::money(r.value(u"cash_collected"_s));
            e.photoSha256 = r.value(u"photo_sha256"_s).toByteArray();
            e.signatureSha256 = r.value(u"signature_sha256"_s).toByteArray();
            out.append(e);
        }
        return out;
    });
}

QFuture<VoidResult> DispatchService::setCourierProfile(qint64 courierId, const QString& phone,
                                                       CourierSummary::Vehicle vehicle, bool onDuty)
{
    // The phone number is taken as typed; the database says what is wrong with it.
    return m_worker.transact([=](SqlExecutor& db) -> VoidResult {
        auto done = db.query(u"SELECT hexastore.admin_set_courier_profile(?, ?, ?, ?)"_s,
                             {courierId, phone, vehicleToSql(vehicle), onDuty});
        if (!done)
            return std::unexpected(done.error());
        return {};
    });
}
