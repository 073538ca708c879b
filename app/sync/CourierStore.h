#pragma once

#include "db/ConnectionSettings.h"
#include "domain/CourierDelivery.h"
#include "domain/CourierStep.h"
#include "domain/QueuedEvent.h"
#include "domain/ServiceError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

class QSqlRecord;

#include <memory>
#include <optional>

// The courier's local store (docs/architecture.md §5): SQLite in WAL mode with
// synchronous=FULL, one file per courier and server. It keeps the deliveries
// with all a courier needs to work offline and the outbox of their steps; a
// step and its queued event commit in one local transaction. Used by one
// thread, the one that opened it.
class CourierStore final {
    Q_DECLARE_TR_FUNCTIONS(CourierStore)

public:
    // What opening found: a file that failed its integrity check is moved
    // aside (never deleted) and a fresh store made in its place.
    struct OpenReport {
        QString setAsidePath; // empty: nothing was set aside
    };

    ~CourierStore();
    Q_DISABLE_COPY_MOVE(CourierStore)

    // Own: the screen's store: checked, and set aside when damaged. Attach: a
    // second connection to a store that is open already (a sync round):
    // neither checked nor ever set aside. ReadOnly: never written at all.
    enum class Access { Own, Attach, ReadOnly };

    // kAnyCourier: an existing store, whoever it belongs to (for reading it).
    static constexpr qint64 kAnyCourier = -1;
    static Result<std::unique_ptr<CourierStore>> open(const QString& path, qint64 courierId,
                                                      OpenReport* report = nullptr,
                                                      Access access = Access::Own);

    // Where a courier's store lives: one file per courier and server under the
    // application's data directory. The server is its host, port and
    // database; a local server by its socket directory and database only, as
    // its port may move when another program takes it.
    static QString defaultPath(const ConnectionSettings& server, qint64 courierId);

    // The columns the store and the server's courier_deliveries() name alike:
    // version, mine, attempts, the pickup and drop-off details, the items.
    static void readWorkDetails(const QSqlRecord& record, CourierDelivery& delivery);

    const QString& path() const { return m_path; }
    // A device whose clock is off (fault tests): its events carry that time.
    void setClockSkew(qint64 seconds) { m_clockSkew = seconds; }
    const QString& deviceId() const { return m_deviceId; }
    qint64 courierId() const { return m_courierId; }

    Result<QList<CourierDelivery>> deliveries() const;
    Result<std::optional<CourierDelivery>> delivery(qint64 id) const;
    // The next steps the courier may take on the delivery now (its local state).
    Result<QList<DeliveryStatus>> nextSteps(qint64 deliveryId) const;
    struct StoredImage {
        QByteArray sha256;
        QByteArray bytes;
        QByteArray thumbnail;
        QString mime;
        int width = 0;
        int height = 0;
    };

    // Applies the step locally at once and queues its event (with the
    // pictures of its proof), in one transaction; refuses a step that is not
    // allowed now, or lacks its reason or proof. Returns the event's number.
    Result<qint64> record(const CourierStep& step, const QList<StoredImage>& pictures = {});

    // The outbox: events still to send (in order), events from a sequence number
    // on (to resend after the server lost some), and all of them.
    Result<QList<QueuedEvent>> pendingEvents(int limit) const;
    Result<QList<QueuedEvent>> eventsFrom(qint64 seq, int limit) const;
    Result<QList<QueuedEvent>> events() const;
    Result<int> pendingCount() const;
    // What the screen shows: the steps the server refused, and the deliveries
    // with steps still to send.
    Result<QList<QueuedEvent>> rejectedEvents() const;
    Result<QSet<qint64>> deliveriesWaiting() const;

    // The pictures of proofs, kept until they are uploaded: one at a time
    // (each may be megabytes).
    Result<std::optional<StoredImage>> nextImageToUpload() const;
    VoidResult imageUploaded(const QByteArray& sha256);

    // The server has events of this device up to `lastSeq` that this store
    // does not (it was restored from an older copy): the unsent events are
    // numbered again after it, in their order.
    VoidResult renumberPending(qint64 lastSeq);

    // The server's answers to an upload (sync_delivery_events' "results"), in
    // one transaction; a delivery without steps still waiting takes the
    // server's state.
    VoidResult applyAnswers(const QJsonArray& results);
    // Deliveries from the server (courier_deliveries), in one transaction.
    VoidResult mergeDeliveries(const QList<CourierDelivery>& fromServer);
    // {"<delivery id>": version} of every delivery on the device.
    Result<QJsonObject> knownVersions() const;

    // What the sync indicator shows; kept across restarts.
    VoidResult noteSync(const QDateTime& at, const QString& error);
    QDateTime lastSyncAt() const;
    QString lastError() const;

private:
    CourierStore(QString path, QString connectionName);
    VoidResult prepare(qint64 courierId, Access access);
    VoidResult settleStatuses(const QList<qint64>& deliveryIds);
    Result<QList<QueuedEvent>> queryEvents(const QString& sql, const QVariantList& params) const;
    QString meta(const QString& key) const;
    VoidResult setMeta(const QString& key, const QString& value);

    QString m_path;
    QString m_connection;
    QString m_deviceId;
    qint64 m_courierId = 0;
    qint64 m_clockSkew = 0;
};
