#pragma once

#include "domain/ServiceError.h"

#include <QCoreApplication>
#include <QJsonObject>

class CourierStore;
struct QueuedEvent;
class SqlSession;

// One sync round of a courier's device (docs/architecture.md §5): uploads the
// pictures of proofs, then the queued events in order, in batches, each batch
// one server transaction under the device's cursor (an answer lost on the way
// is harmless: the same batch sent again is answered, not applied, again);
// stores the answers; then pulls what changed. Runs on the thread that owns
// both the store and the session.
class SyncEngine final {
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)

public:
    struct Round {
        int sent = 0;
        int applied = 0;
        int rejected = 0;
        int pulled = 0;
    };

    // The most sync_delivery_events takes in one call: fewer round trips,
    // and the batch's locks are the courier's own deliveries only.
    static constexpr int kDefaultBatch = 1000;

    SyncEngine(CourierStore& store, SqlSession& session, int batchSize = kDefaultBatch);
    Q_DISABLE_COPY_MOVE(SyncEngine)

    // An event as sync_delivery_events takes it.
    static QJsonObject wireEvent(const QueuedEvent& event);

    // Until nothing is pending (or an error). The store notes the time of the
    // last good round and the last error either way.
    Result<Round> syncOnce();

private:
    Result<Round> upload();
    Result<int> pull();

    CourierStore& m_store;
    SqlSession& m_session;
    int m_batchSize;
};
