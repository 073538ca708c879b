#include "SyncBenchmark.h"

#include "BenchmarkDatabase.h"
#include "CliSupport.h"
#include "db/SqlSession.h"
#include "sync/CourierStore.h"
#include "sync/SyncEngine.h"
#include "SyncBenchSetup.h"
#include "SyncFaultRunner.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString kDatabase = u"hexastore_bench_sync"_s;

double seconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// Every delivery is picked up, taken out and delivered with its proof, in
// turn, until `events` steps are recorded.
Result<int> recordOffline(CourierStore& store, int events)
{
    auto deliveries = store.deliveries();
    if (!deliveries)
        return std::unexpected(deliveries.error());
    int recorded = 0;
    for (const CourierDelivery& d : *deliveries) {
        for (DeliveryStatus to : {DeliveryStatus::PickedUp, DeliveryStatus::OutForDelivery,
                                  DeliveryStatus::Delivered}) {
            if (recorded == events)
                return recorded;
            CourierStep step;
            step.deliveryId = d.id;
            step.to = to;
            if (to == DeliveryStatus::Delivered) {
                step.recipientName = u"Bench Buyer"_s;
                step.cash = d.amountToCollect;
            }
            if (auto ok = store.record(step); !ok)
                return std::unexpected(ok.error());
            ++recorded;
        }
    }
    return recorded;
}

// The reference: the same rows, in batches of the same size, by a plain
// INSERT … SELECT FROM jsonb_to_recordset in one transaction per batch.
Result<double> baseline(SqlSession& session, const QList<QueuedEvent>& events, int batchSize,
                        const QString& deviceId)
{
    QElapsedTimer timer;
    timer.start();
    for (qsizetype from = 0; from < events.size(); from += batchSize) {
        QJsonArray wire;
        for (qsizetype i = from; i < std::min<qsizetype>(events.size(), from + batchSize); ++i)
            wire.append(SyncEngine::wireEvent(events.at(i)));
        const QString payload =
            QString::fromUtf8(QJsonDocument(wire).toJson(QJsonDocument::Compact));
        auto inserted = session.transact([&](SqlExecutor& sql) {
            return sql.execute(
                u"INSERT INTO hexastore_bench.sync_events (event_id, device_id, seq, "
                "delivery_id, from_status, to_status, device_time, payload) "
                "SELECT x.event_id, ?::uuid, x.seq, x.delivery_id, x.\"from\", x.\"to\", "
                "x.device_time, e FROM jsonb_array_elements(?::jsonb) e, "
                "jsonb_to_record(e) AS x(event_id uuid, seq bigint, delivery_id bigint, "
                "\"from\" text, \"to\" text, device_time timestamptz)"_s,
                {deviceId, payload});
        });
        if (!inserted)
            return std::unexpected(inserted.error());
    }
    return seconds(timer);
}

} // namespace

int SyncBenchmark::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Courier sync: the drain of events queued offline, next to a plain batched INSERT of "
        "the same rows; or randomized fault runs with --faults."_s);
    parser.addHelpOption();
    parser.addOption({u"url"_s,
                      u"Operator URL of a server to use (its maintenance database); "
                      "default: a throwaway local server"_s,
                      u"url"_s});
    parser.addOption(
        {u"events"_s, u"Events to queue and drain (default 10000)"_s, u"n"_s, u"10000"_s});
    parser.addOption({u"batch"_s, u"Events per upload (default 1000, the most the server takes)"_s,
                      u"n"_s, QString::number(SyncEngine::kDefaultBatch)});
    parser.addOption({u"faults"_s, u"Run this many randomized fault runs instead"_s, u"n"_s});
    parser.addOption({u"seed"_s, u"Seed of the fault runs (default: from the clock)"_s, u"s"_s});
    parser.process(arguments);
    const int events = std::clamp(parser.value(u"events"_s).toInt(), 1, 1'000'000);
    const int batch = std::clamp(parser.value(u"batch"_s).toInt(), 1, 1000);

    QTemporaryDir tempDir(u"/tmp/hexastore-bench-XXXXXX"_s);
    auto db = BenchmarkDatabase::open(parser.value(u"url"_s), tempDir.path(), kDatabase,
                                      BenchmarkDatabase::Lifetime::Throwaway);
    if (!db)
        return CliSupport::fail(db.error());
    auto shop = SyncBenchSetup::prepareShop((*db)->sql());
    if (!shop)
        return CliSupport::fail(shop.error());
    auto& out = CliSupport::out();

    if (parser.isSet(u"faults"_s)) {
        const int runs = std::clamp(parser.value(u"faults"_s).toInt(), 1, 100'000);
        const quint32 seed = parser.isSet(u"seed"_s) ? parser.value(u"seed"_s).toUInt()
                                                     : quint32(QDateTime::currentMSecsSinceEpoch());
        SyncFaultRunner runner(**db, *shop, tempDir.path());
        return runner.run(runs, seed);
    }

    auto courier = SyncBenchSetup::createCourier((*db)->sql(), u"courier@sync.bench"_s);
    if (!courier)
        return CliSupport::fail(courier.error());
    const int deliveries = (events + 2) / 3;
    out << "Dispatching " << deliveries << " deliveries to the courier…" << Qt::endl;
    if (auto ok = SyncBenchSetup::dispatch((*db)->sql(), *shop, *courier, deliveries); !ok)
        return CliSupport::fail(ok.error());
    if (auto ok = (*db)->sql().script(
            u"CREATE SCHEMA hexastore_bench; "
            "CREATE TABLE hexastore_bench.sync_events (event_id uuid PRIMARY KEY, "
            " device_id uuid NOT NULL, seq bigint NOT NULL, delivery_id bigint NOT NULL, "
            " from_status text NOT NULL, to_status text NOT NULL, device_time timestamptz, "
            " payload jsonb NOT NULL, received_at timestamptz NOT NULL DEFAULT now(), "
            " UNIQUE (device_id, seq)); "
            "GRANT USAGE ON SCHEMA hexastore_bench TO hexastore_client; "
            "GRANT INSERT ON hexastore_bench.sync_events TO hexastore_client; "
            "ANALYZE hexastore.deliveries, hexastore.orders, hexastore.order_items, "
            "hexastore.checkouts, hexastore.users;"_s);
        !ok)
        return CliSupport::fail(ok.error());

    SqlSession session((*db)->clientSettings());
    auto signedIn = CliSupport::signIn(session, u"courier@sync.bench"_s, SyncBenchSetup::password(),
                                       u"bench sync"_s, Role::Courier);
    if (!signedIn)
        return CliSupport::fail(signedIn.error());
    QTemporaryDir storeDir;
    auto store = CourierStore::open(storeDir.filePath(u"courier.sqlite"_s), *signedIn);
    if (!store)
        return CliSupport::fail(store.error());
    SyncEngine engine(**store, session, batch);

    QElapsedTimer timer;
    timer.start();
    auto pulled = engine.syncOnce();
    if (!pulled)
        return CliSupport::fail(pulled.error());
    const double pullSeconds = seconds(timer);
    out << "Pulled " << pulled->pulled << " deliveries in " << pullSeconds << " s" << Qt::endl;

    timer.restart();
    auto recorded = recordOffline(**store, events);
    if (!recorded)
        return CliSupport::fail(recorded.error());
    const double recordSeconds = seconds(timer);
    out << "Recorded " << *recorded << " steps offline in " << recordSeconds
        << " s (each its own durable local transaction)" << Qt::endl;

    timer.restart();
    auto drained = engine.syncOnce();
    const double drainSeconds = seconds(timer);
    if (!drained)
        return CliSupport::fail(drained.error());
    const int pending = (*store)->pendingCount().value_or(-1);
    out << "Drained " << drained->sent << " events (" << drained->applied << " applied, "
        << drained->rejected << " rejected, " << pending << " pending) in " << drainSeconds << " s"
        << Qt::endl;
    if (drained->applied != *recorded || pending != 0) {
        CliSupport::err() << "The drain did not apply every event." << Qt::endl;
        return 1;
    }

    auto all = (*store)->events();
    if (!all)
        return CliSupport::fail(all.error());
    auto reference = baseline(session, *all, batch, (*store)->deviceId());
    if (!reference)
        return CliSupport::fail(reference.error());
    out << "Plain batched INSERT of the same rows: " << *reference << " s" << Qt::endl;
    out << "RESULT sync events=" << *recorded
        << " drain_s=" << QString::number(drainSeconds, 'f', 3)
        << " baseline_s=" << QString::number(*reference, 'f', 3)
        << " ratio=" << QString::number(drainSeconds / std::max(*reference, 1e-9), 'f', 1)
        << " events_per_s=" << QString::number(*recorded / drainSeconds, 'f', 0)
        << " batch=" << batch << " record_s=" << QString::number(recordSeconds, 'f', 3) << Qt::endl;
    return 0;
}
