#include "SyncEngine.h"

#include "CourierStore.h"
#include "db/SqlSession.h"
#include "db/SqlValues.h"
#include "FaultPoint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

using namespace Qt::StringLiterals;
using Code = ServiceError::Code;

QJsonObject SyncEngine::wireEvent(const QueuedEvent& e)
{
    QJsonObject o = e.payload;
    o[u"event_id"_s] = e.eventId;
    o[u"seq"_s] = e.seq;
    o[u"delivery_id"_s] = e.deliveryId;
    o[u"from"_s] = deliveryStatusToSql(e.from);
    o[u"to"_s] = deliveryStatusToSql(e.to);
    o[u"device_time"_s] = e.deviceTime.toUTC().toString(Qt::ISODateWithMs);
    return o;
}

SyncEngine::SyncEngine(CourierStore& store, SqlSession& session, int batchSize)
    : m_store(store)
    , m_session(session)
    , m_batchSize(batchSize)
{}

Result<SyncEngine::Round> SyncEngine::syncOnce()
{
    auto uploaded = upload();
    Result<int> pulled = uploaded ? pull() : Result<int>(std::unexpected(uploaded.error()));
    if (!pulled) {
        (void)m_store.noteSync({}, pulled.error().message());
        return std::unexpected(pulled.error());
    }
    (void)m_store.noteSync(QDateTime::currentDateTimeUtc(), QString());
    Round round = *uploaded;
    round.pulled = *pulled;
    return round;
}

Result<SyncEngine::Round> SyncEngine::upload()
{
    Round round;
    // Pictures first, one at a time: an event names them by their hash.
    for (;;) {
        auto image = m_store.nextImageToUpload();
        if (!image)
            return std::unexpected(image.error());
        if (!*image)
            break;
        const CourierStore::StoredImage& picture = **image;
        auto stored = m_session.transact([&](SqlExecutor& sql) {
            return sql.queryOne(
                u"SELECT hexastore.add_image(?, ?, ?, ?, ?)"_s,
                {picture.bytes, picture.thumbnail, picture.mime, picture.width, picture.height});
        });
        if (!stored)
            return std::unexpected(stored.error());
        if (auto done = m_store.imageUploaded(picture.sha256); !done)
            return std::unexpected(done.error());
    }

    qint64 resendFrom = 0; // 0: send what is pending
    for (;;) {
        auto batch = resendFrom > 0 ? m_store.eventsFrom(resendFrom, m_batchSize)
                                    : m_store.pendingEvents(m_batchSize);
        if (!batch)
            return std::unexpected(batch.error());
        if (batch->isEmpty())
            return round;
        QJsonArray wire;
        for (const QueuedEvent& e : *batch)
            wire.append(wireEvent(e));
        const QString payload =
            QString::fromUtf8(QJsonDocument(wire).toJson(QJsonDocument::Compact));
        auto answer = m_session.transact([&](SqlExecutor& sql) {
            return sql.queryOne(u"SELECT hexastore.sync_delivery_events(?::uuid, ?::jsonb)::text"_s,
                                {m_store.deviceId(), payload});
        });
        if (!answer)
            return std::unexpected(answer.error());
        FaultPoint::reach("after-server-commit");
        const QJsonObject reply =
            QJsonDocument::fromJson(answer->value(0).toString().toUtf8()).object();
        const QJsonArray results = reply.value(u"results"_s).toArray();
        if (auto stored = m_store.applyAnswers(results); !stored)
            return std::unexpected(stored.error());
        round.sent += int(results.size());
        for (const QJsonValue& r : results) {
            if (r[u"outcome"_s].toString() == u"applied"_s)
                ++round.applied;
            else
                ++round.rejected;
        }
        const QJsonValue renumber = reply.value(u"renumber_after"_s);
        if (renumber.isDouble()) {
            // The server has later events of this device than this store (it
            // was restored from a copy): the unsent ones get new numbers.
            if (auto moved = m_store.renumberPending(renumber.toInteger()); !moved)
                return std::unexpected(moved.error());
            resendFrom = 0;
            continue;
        }
        const QJsonValue expected = reply.value(u"expected_seq"_s);
        if (!expected.isNull() && !expected.isUndefined()) {
            // The server lacks events before ours (its data was restored from a
            // backup, say): send again from where it stands.
            const qint64 from = expected.toInteger();
            if (resendFrom > 0 && from <= resendFrom && results.isEmpty()) {
                return std::unexpected(ServiceError(
                    Code::Internal, tr("The server and this device disagree about which "
                                       "changes were sent. The changes stay on this device.")));
            }
            resendFrom = from;
            continue;
        }
        resendFrom = 0;
    }
}

Result<int> SyncEngine::pull()
{
    auto known = m_store.knownVersions();
    if (!known)
        return std::unexpected(known.error());
    const QString knownText =
        QString::fromUtf8(QJsonDocument(*known).toJson(QJsonDocument::Compact));
    auto rows = m_session.transact([&](SqlExecutor& sql) {
        return sql.query(
            u"SELECT delivery_id, order_id, status::text AS status, version, mine, "
            "failed_attempts, seller_name, pickup_address, pickup_phone, recipient, phone, "
            "address, note, items::text AS items, amount_to_collect, assigned_at, finished_at "
            "FROM hexastore.courier_deliveries(?::jsonb)"_s,
            {knownText});
    });
    if (!rows)
        return std::unexpected(rows.error());
    QList<CourierDelivery> deliveries;
    for (const QSqlRecord& r : *rows) {
        CourierDelivery d;
        d.id = r.value(u"delivery_id"_s).toLongLong();
        d.orderId = r.value(u"order_id"_s).toLongLong();
        d.serverStatus = deliveryStatusFromSql(r.value(u"status"_s).toString())
                             .value_or(DeliveryStatus::Assigned);
        d.status = d.serverStatus;
        CourierStore::readWorkDetails(r, d);
        d.amountToCollect = SqlValues::money(r.value(u"amount_to_collect"_s));
        d.assignedAt = r.value(u"assigned_at"_s).toDateTime();
        d.finishedAt = r.value(u"finished_at"_s).toDateTime();
        deliveries.append(d);
    }
    if (auto merged = m_store.mergeDeliveries(deliveries); !merged)
        return std::unexpected(merged.error());
    return int(deliveries.size());
}
