// The courier's offline store and its sync against the real server (issue
// #10): steps kept and queued with no connection, uploaded once, answers
// stored, a lost answer resent without applying twice, a reassignment seen as
// a rejection with the server's state, a damaged store set aside.
#include "db/AuthResult.h"
#include "db/SqlSession.h"
#include "sync/CourierStore.h"
#include "sync/CourierSync.h"
#include "sync/SyncEngine.h"
#include "tests/support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
CourierStep step(qint64 delivery, DeliveryStatus to)
{
    CourierStep s;
    s.deliveryId = delivery;
    s.to = to;
    return s;
}
} // namespace

class TstCourierSync : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void stepsAreKeptOfflineAndSentOnce();
    void theDeviceChecksStepsAndProof();
    void aLostAnswerIsResentAndNotAppliedTwice();
    void aReassignedDeliveryShowsTheServersState();
    void theStoreSurvivesARestart();
    void aDamagedStoreIsSetAsideNotDeleted();
    void aStoreBelongsToOneCourier();
    void aStoreRestoredFromACopyLosesNothing();
    void onlyRealDamageIsSetAside();
    void retriesBackOffWithJitter();

private:
    // A confirmed order's delivery, dispatched to the courier.
    qint64 dispatchedDelivery(qint64 courier);
    qint64 adminScalar(const QString& sql, const QVariantList& params = {})
    {
        auto row = m_db->admin().queryOne(sql, params);
        return row ? row->value(0).toLongLong() : -1;
    }
    QString adminText(const QString& sql, const QVariantList& params = {})
    {
        auto row = m_db->admin().queryOne(sql, params);
        return row ? row->value(0).toString() : QString();
    }
    std::unique_ptr<CourierStore> openStore(const QString& name = u"courier.sqlite"_s)
    {
        auto store = CourierStore::open(m_dir->filePath(name), m_courier);
        return store ? std::move(*store) : nullptr;
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqlSession> m_session; // the courier's, on this thread
    qint64 m_courier = 0;
    qint64 m_otherCourier = 0;
    qint64 m_seller = 0;
    qint64 m_buyer = 0;
    qint64 m_address = 0;
    TestDatabase::Listing m_item;
};

void TstCourierSync::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(u"courier_sync"_s);
    QVERIFY2(m_db->isReady(), qPrintable(m_db->failure()));
    m_seller = m_db->createUser(Role::Seller, u"s@test.example"_s, u"seller password"_s);
    m_buyer = m_db->createUser(Role::Buyer, u"b@test.example"_s, u"buyer password"_s, u"Bea"_s);
    m_courier = m_db->createUser(Role::Courier, u"c@test.example"_s, u"courier password"_s);
    m_otherCourier = m_db->createUser(Role::Courier, u"d@test.example"_s, u"courier password"_s);
    m_address = m_db->createAddress(m_buyer);
    m_item = m_db->createListing(m_seller, u"Lamp"_s, u"19.90"_s, 500);
    m_session = std::make_unique<SqlSession>(m_db->clientSettings());
    auto row = m_session->transact([](SqlExecutor& sql) {
        return sql.queryOne(u"SELECT * FROM hexastore.login('c@test.example', "
                            "'courier password', 'test')"_s);
    });
    QVERIFY(row);
    auto tokens = AuthResult::toTokens(*row);
    QVERIFY(tokens);
    QVERIFY(m_session->startSession(*tokens));
}

void TstCourierSync::cleanupTestCase()
{
    m_session.reset();
    m_db.reset();
}

void TstCourierSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

qint64 TstCourierSync::dispatchedDelivery(qint64 courier)
{
    return m_db->createDispatchedDelivery(m_buyer, m_address, m_seller, m_item, courier);
}

void TstCourierSync::stepsAreKeptOfflineAndSentOnce()
{
    const qint64 first = dispatchedDelivery(m_courier);
    const qint64 second = dispatchedDelivery(m_courier);
    QVERIFY(first > 0 && second > 0);
    auto store = openStore();
    QVERIFY(store);
    SyncEngine engine(*store, *m_session);
    auto round = engine.syncOnce();
    QVERIFY2(round, round ? "" : qPrintable(round.error().message()));
    QCOMPARE(round->pulled, 2);
    auto mine = store->deliveries();
    QVERIFY(mine && mine->size() == 2);
    QCOMPARE(mine->first().address, u"Hauptstrasse 5, 10115 Berlin, Germany"_s);
    QCOMPARE(mine->first().amountToCollect, Money::fromCents(1990));
    QCOMPARE(mine->first().items.first()[u"name"_s].toString(), u"Lamp"_s);

    // No server involved: the steps apply at once and wait in the outbox.
    QVERIFY(store->record(step(first, DeliveryStatus::PickedUp)));
    QVERIFY(store->record(step(first, DeliveryStatus::OutForDelivery)));
    CourierStep delivered = step(first, DeliveryStatus::Delivered);
    delivered.recipientName = u"Bea"_s;
    delivered.cash = Money::fromCents(1990);
    QVERIFY(store->record(delivered));
    QCOMPARE((*store->delivery(first))->status, DeliveryStatus::Delivered);
    QCOMPARE((*store->delivery(first))->serverStatus, DeliveryStatus::Assigned);
    QCOMPARE(*store->pendingCount(), 3);
    QCOMPARE(adminText(u"SELECT status::text FROM hexastore.deliveries WHERE id = ?"_s, {first}),
             u"assigned"_s);

    round = engine.syncOnce();
    QVERIFY(round);
    QCOMPARE(round->sent, 3);
    QCOMPARE(round->applied, 3);
    QCOMPARE(*store->pendingCount(), 0);
    QCOMPARE(adminText(u"SELECT status::text FROM hexastore.deliveries WHERE id = ?"_s, {first}),
             u"delivered"_s);
    QCOMPARE(adminText(u"SELECT o.status::text FROM hexastore.orders o JOIN "
                       "hexastore.deliveries d ON d.order_id = o.id WHERE d.id = ?"_s,
                       {first}),
             u"delivered"_s);
    QCOMPARE((*store->delivery(first))->serverStatus, DeliveryStatus::Delivered);
    // Nothing is sent twice.
    round = engine.syncOnce();
    QVERIFY(round);
    QCOMPARE(round->sent, 0);
    QCOMPARE(adminScalar(u"SELECT count(*) FROM hexastore.delivery_events "
                         "WHERE delivery_id = ? AND device_id IS NOT NULL"_s,
                         {first}),
             3);
    QVERIFY(store->lastSyncAt().isValid());
    QVERIFY(store->lastError().isEmpty());
}

void TstCourierSync::theDeviceChecksStepsAndProof()
{
    const qint64 delivery = dispatchedDelivery(m_courier);
    auto store = openStore();
    QVERIFY(store);
    SyncEngine engine(*store, *m_session);
    QVERIFY(engine.syncOnce());
    QCOMPARE(*store->nextSteps(delivery), QList<DeliveryStatus>{DeliveryStatus::PickedUp});
    // Skipping a state, no reason for a failure, no name or the wrong cash.
    auto skipped = store->record(step(delivery, DeliveryStatus::Delivered));
    QVERIFY(!skipped);
    QCOMPARE(skipped.error().field(), u"status"_s);
    QVERIFY(store->record(step(delivery, DeliveryStatus::PickedUp)));
    QVERIFY(store->record(step(delivery, DeliveryStatus::OutForDelivery)));
    auto noReason = store->record(step(delivery, DeliveryStatus::FailedAttempt));
    QCOMPARE(noReason.error().field(), u"reason"_s);
    CourierStep other = step(delivery, DeliveryStatus::FailedAttempt);
    other.failureReason = u"other"_s;
    QCOMPARE(store->record(other).error().field(), u"note"_s);
    CourierStep delivered = step(delivery, DeliveryStatus::Delivered);
    QCOMPARE(store->record(delivered).error().field(), u"recipient"_s);
    delivered.recipientName = u"\u200b\u00a0\u2060"_s; // invisible is no name
    QCOMPARE(store->record(delivered).error().field(), u"recipient"_s);
    other.note = u"\ufeff \u200b"_s;
    QCOMPARE(store->record(other).error().field(), u"note"_s);
    delivered.recipientName = u"Bea"_s;
    QCOMPARE(store->record(delivered).error().field(), u"cash"_s);
    delivered.cash = Money::fromCents(1900);
    QCOMPARE(store->record(delivered).error().field(), u"cash"_s);
    // Three failed attempts, then only the return.
    CourierStep failed = step(delivery, DeliveryStatus::FailedAttempt);
    failed.failureReason = u"recipient_absent"_s;
    for (int attempt = 0; attempt < 3; ++attempt) {
        QVERIFY(store->record(failed));
        if (attempt < 2)
            QVERIFY(store->record(step(delivery, DeliveryStatus::OutForDelivery)));
    }
    QCOMPARE(*store->nextSteps(delivery), QList<DeliveryStatus>{DeliveryStatus::Returned});
    QVERIFY(store->record(step(delivery, DeliveryStatus::Returned)));
    auto round = engine.syncOnce();
    QVERIFY(round);
    QCOMPARE(round->rejected, 0);
    QCOMPARE(adminText(u"SELECT status::text FROM hexastore.deliveries WHERE id = ?"_s, {delivery}),
             u"returned"_s);
}

void TstCourierSync::aLostAnswerIsResentAndNotAppliedTwice()
{
    const qint64 delivery = dispatchedDelivery(m_courier);
    auto store = openStore();
    QVERIFY(store);
    SyncEngine engine(*store, *m_session);
    QVERIFY(engine.syncOnce());
    QVERIFY(store->record(step(delivery, DeliveryStatus::PickedUp)));
    // The upload reaches the server and commits, but its answer never arrives.
    auto pending = store->pendingEvents(10);
    QVERIFY(pending && pending->size() == 1);
    QJsonObject wire = pending->first().payload;
    wire[u"event_id"_s] = pending->first().eventId;
    wire[u"seq"_s] = pending->first().seq;
    wire[u"delivery_id"_s] = delivery;
    wire[u"from"_s] = u"assigned"_s;
    wire[u"to"_s] = u"picked_up"_s;
    wire[u"device_time"_s] = pending->first().deviceTime.toString(Qt::ISODateWithMs);
    QVERIFY(m_session->transact([&](SqlExecutor& sql) {
        return sql.queryOne(
            u"SELECT hexastore.sync_delivery_events(?::uuid, ?::jsonb)"_s,
            {store->deviceId(), QString::fromUtf8(QJsonDocument(QJsonArray{wire}).toJson())});
    }));
    const qint64 version =
        adminScalar(u"SELECT version FROM hexastore.deliveries WHERE id = ?"_s, {delivery});
    // The next round sends it again: answered from the server's record.
    auto round = engine.syncOnce();
    QVERIFY(round);
    QCOMPARE(round->applied, 1);
    QCOMPARE(*store->pendingCount(), 0);
    QCOMPARE(adminScalar(u"SELECT version FROM hexastore.deliveries WHERE id = ?"_s, {delivery}),
             version);
    QCOMPARE(adminScalar(u"SELECT count(*) FROM hexastore.delivery_events "
                         "WHERE delivery_id = ? AND device_id IS NOT NULL"_s,
                         {delivery}),
             1);
}

void TstCourierSync::aReassignedDeliveryShowsTheServersState()
{
    const qint64 delivery = dispatchedDelivery(m_courier);
    auto store = openStore();
    QVERIFY(store);
    SyncEngine engine(*store, *m_session);
    QVERIFY(engine.syncOnce());
    QVERIFY(store->record(step(delivery, DeliveryStatus::PickedUp))); // offline
    QVERIFY(m_db->admin().execute(u"UPDATE hexastore.deliveries SET courier_id = ? WHERE id = ?"_s,
                                  {m_otherCourier, delivery}));
    auto round = engine.syncOnce();
    QVERIFY(round);
    QCOMPARE(round->rejected, 1);
    auto events = store->events();
    QVERIFY(events && !events->isEmpty());
    const QueuedEvent& refused = events->last();
    QCOMPARE(refused.state, QueuedEvent::State::Rejected);
    QCOMPARE(refused.code, u"HX409"_s);
    QCOMPARE(refused.serverStatus, DeliveryStatus::Assigned);
    // Kept for the record, no longer the courier's, showing the server's state.
    auto kept = store->delivery(delivery);
    QVERIFY(kept && *kept);
    QCOMPARE((*kept)->mine, false);
    QCOMPARE((*kept)->status, DeliveryStatus::Assigned);
    QVERIFY((*kept)->address.isEmpty() && (*kept)->phone.isEmpty());
    QVERIFY(store->nextSteps(delivery)->isEmpty());
}

void TstCourierSync::theStoreSurvivesARestart()
{
    const qint64 delivery = dispatchedDelivery(m_courier);
    QString device;
    {
        auto store = openStore();
        QVERIFY(store);
        SyncEngine engine(*store, *m_session);
        QVERIFY(engine.syncOnce());
        QVERIFY(store->record(step(delivery, DeliveryStatus::PickedUp)));
        device = store->deviceId();
    }
    auto again = openStore();
    QVERIFY(again);
    QCOMPARE(again->deviceId(), device);
    QCOMPARE(*again->pendingCount(), 1);
    QCOMPARE((*again->delivery(delivery))->status, DeliveryStatus::PickedUp);
    SyncEngine engine(*again, *m_session);
    QVERIFY(engine.syncOnce());
    QCOMPARE(adminText(u"SELECT status::text FROM hexastore.deliveries WHERE id = ?"_s, {delivery}),
             u"picked_up"_s);
}

void TstCourierSync::aDamagedStoreIsSetAsideNotDeleted()
{
    const QString path = m_dir->filePath(u"damaged.sqlite"_s);
    {
        QFile garbage(path);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, '\x5a'));
    }
    CourierStore::OpenReport report;
    auto store = CourierStore::open(path, m_courier, &report);
    QVERIFY2(store, store ? "" : qPrintable(store.error().message()));
    QVERIFY(!report.setAsidePath.isEmpty());
    QFile aside(report.setAsidePath);
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), QByteArray(8192, '\x5a'));
    QVERIFY(!(*store)->deviceId().isEmpty());
    QCOMPARE(*(*store)->pendingCount(), 0);
}

void TstCourierSync::aStoreBelongsToOneCourier()
{
    QVERIFY(openStore(u"shared.sqlite"_s));
    auto other = CourierStore::open(m_dir->filePath(u"shared.sqlite"_s), m_otherCourier);
    QVERIFY(!other);
    QCOMPARE(other.error().code(), ServiceError::Code::Forbidden);
}

void TstCourierSync::aStoreRestoredFromACopyLosesNothing()
{
    const qint64 a = dispatchedDelivery(m_courier);
    const qint64 b = dispatchedDelivery(m_courier);
    const QString path = m_dir->filePath(u"restored.sqlite"_s);
    auto work = [&](DeliveryStatus to, qint64 delivery) {
        auto store = CourierStore::open(path, m_courier);
        QVERIFY(store);
        SyncEngine engine(**store, *m_session);
        QVERIFY(engine.syncOnce());
        QVERIFY((*store)->record(step(delivery, to)));
        auto round = engine.syncOnce();
        QVERIFY2(round, round ? "" : qPrintable(round.error().message()));
        QCOMPARE(*(*store)->pendingCount(), 0);
    };
    work(DeliveryStatus::PickedUp, a);
    QVERIFY(QFile::copy(path, path + u".copy"_s)); // a backup, closed and complete
    work(DeliveryStatus::OutForDelivery, a);
    // The file is lost and the backup comes back: it numbers its next step as
    // the one the server already has. Told so, it numbers again; nothing is
    // lost and nothing refused.
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    QVERIFY(QFile::rename(path + u".copy"_s, path));
    work(DeliveryStatus::PickedUp, b);
    QCOMPARE(adminText(u"SELECT status::text FROM hexastore.deliveries WHERE id = ?"_s, {b}),
             u"picked_up"_s);
    QCOMPARE(adminText(u"SELECT status::text FROM hexastore.deliveries WHERE id = ?"_s, {a}),
             u"out_for_delivery"_s);
    auto store = CourierStore::open(path, m_courier);
    QVERIFY(store);
    auto events = (*store)->events();
    QVERIFY(events && events->size() == 2);
    QCOMPARE(events->last().state, QueuedEvent::State::Acked);
    QCOMPARE(
        adminScalar(u"SELECT count(*) FROM hexastore.delivery_events WHERE device_id = ?::uuid "
                    "AND outcome = 'applied'"_s,
                    {(*store)->deviceId()}),
        3);
    // The pull brought the server's state of the delivery the copy missed.
    QCOMPARE((*(*store)->delivery(a))->status, DeliveryStatus::OutForDelivery);
}

void TstCourierSync::onlyRealDamageIsSetAside()
{
    // A text file is not a store: a reader says so and changes nothing.
    const QString notes = m_dir->filePath(u"notes.txt"_s);
    {
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a store\n");
    }
    auto read = CourierStore::open(notes, CourierStore::kAnyCourier, nullptr,
                                   CourierStore::Access::ReadOnly);
    QVERIFY(!read);
    QVERIFY(QFile::exists(notes));
    QCOMPARE(QDir(m_dir->path()).entryList({u"notes.txt.broken-*"_s}).size(), 0);
    // A sync round's second connection never sets anything aside either.
    auto attached = CourierStore::open(notes, m_courier, nullptr, CourierStore::Access::Attach);
    QVERIFY(!attached);
    QVERIFY(QFile::exists(notes));
    // A directory is refused, not renamed.
    const QString folder = m_dir->filePath(u"folder.sqlite"_s);
    QVERIFY(QDir().mkpath(folder));
    CourierStore::OpenReport report;
    auto dir = CourierStore::open(folder, m_courier, &report);
    QVERIFY(!dir);
    QVERIFY(report.setAsidePath.isEmpty());
    QVERIFY(QFileInfo(folder).isDir());
}

void TstCourierSync::retriesBackOffWithJitter()
{
    // 1, 2, 4 … 60 s after failures, each somewhere in its upper half, so
    // that couriers whose server comes back do not all return at once.
    QSet<int> seen;
    for (int failures = 1; failures <= 12; ++failures) {
        const int full = std::min(1000 << std::min(failures - 1, 16), CourierSync::kMaxDelayMs);
        for (int i = 0; i < 50; ++i) {
            const int delay = CourierSync::retryDelayMs(failures);
            QVERIFY2(delay >= full / 2 && delay <= full,
                     qPrintable(u"%1 after %2 failures"_s.arg(delay).arg(failures)));
            seen.insert(delay);
        }
    }
    QVERIFY(seen.size() > 100); // jitter, not a fixed schedule
}

QTEST_GUILESS_MAIN(TstCourierSync)
#include "tst_courier_sync.moc"
