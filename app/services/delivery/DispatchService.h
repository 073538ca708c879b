#pragma once

#include "domain/CourierSummary.h"
#include "domain/DeliveryEvent.h"
#include "domain/DeliveryQuery.h"
#include "domain/DeliveryQueueRow.h"
#include "domain/ServiceError.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>

#include <optional>

class DbWorker;

// The dispatcher's side of deliveries (administrators): the queue and lists of
// deliveries, the couriers with their load, assigning, reassigning and
// unassigning, each delivery's timeline, and couriers' profiles. The database
// decides who may do this and records every action in the audit log.
class DispatchService final {
    Q_DECLARE_TR_FUNCTIONS(DispatchService)

public:
    explicit DispatchService(DbWorker& worker);

    // Keyset-paged by delivery id; `afterId` continues a list.
    QFuture<Result<QList<DeliveryQueueRow>>>
    deliveries(const DeliveryQuery& query, std::optional<qint64> afterId = {}, int limit = 100);
    QFuture<Result<QList<CourierSummary>>> couriers();
    // Assigns (or reassigns) the deliveries to the courier, all or none;
    // returns how many changed.
    QFuture<Result<int>> assign(const QList<qint64>& deliveryIds, qint64 courierId,
                                const QString& reason = {});
    QFuture<VoidResult> unassign(qint64 deliveryId, const QString& reason = {});
    // A delivery on its way to another courier (the reason is required).
    QFuture<VoidResult> handOver(qint64 deliveryId, qint64 courierId, const QString& reason);
    QFuture<Result<QList<DeliveryEvent>>> timeline(qint64 deliveryId);
    QFuture<VoidResult> setCourierProfile(qint64 courierId, const QString& phone,
                                          CourierSummary::Vehicle vehicle, bool onDuty);

    static QString vehicleToSql(CourierSummary::Vehicle vehicle);
    static std::optional<CourierSummary::Vehicle> vehicleFromSql(const QString& text);

private:
    DbWorker& m_worker;
};
