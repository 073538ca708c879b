#include "SyncFaultRunner.h"

#include "BenchmarkDatabase.h"
#include "CliSupport.h"
#include "db/DatabaseConnection.h"
#include "db/LocalServer.h"
#include "db/SqlSession.h"
#include "faults/TcpProxy.h"
#include "sync/CourierStore.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QSqlRecord>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

const QStringList kKillPoints{u"before-local-commit"_s, u"after-local-commit"_s,
                              u"after-server-commit"_s, u"while-storing-ack"_s};

} // namespace

SyncFaultRunner::SyncFaultRunner(BenchmarkDatabase& db, const SyncBenchSetup::Shop& shop,
                                 QString workDir)
    : m_db(db)
    , m_shop(shop)
    , m_workDir(std::move(workDir))
{}

QString SyncFaultRunner::clientUrl() const
{
    return m_db.clientSettings().toUrl();
}

int SyncFaultRunner::simulate(const Courier& courier, int steps, quint32 seed, const QString& url,
                              const QStringList& extra, const QString& killAt, int killAfterMs)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!killAt.isEmpty())
        env.insert(u"HEXASTORE_KILL_AT"_s, killAt);
    child.setProcessEnvironment(env);
    // Its complaints about the faults it meets are expected; the checks speak.
    child.setStandardOutputFile(QProcess::nullDevice());
    child.setStandardErrorFile(QProcess::nullDevice());
    child.start(QCoreApplication::applicationFilePath(),
                QStringList{u"courier"_s, u"simulate"_s, u"--email"_s, courier.email,
                            u"--password-stdin"_s, u"--store"_s, courier.store, u"--steps"_s,
                            QString::number(steps), u"--seed"_s, QString::number(seed), u"--url"_s,
                            url} +
                    extra);
    if (!child.waitForStarted(30000))
        return -1;
    child.write((SyncBenchSetup::password() + u'\n').toUtf8());
    child.closeWriteChannel();
    if (killAfterMs >= 0 && !child.waitForFinished(killAfterMs)) {
        child.kill(); // SIGKILL: no cleanup of any kind
        child.waitForFinished(30000);
        return -1;
    }
    if (!child.waitForFinished(180000)) {
        child.kill();
        child.waitForFinished(30000);
        return -1;
    }
    return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
}

Result<SyncFaultRunner::Device> SyncFaultRunner::startDevice(const Courier& courier)
{
    Device device;
    device.session = std::make_unique<SqlSession>(m_db.clientSettings());
    auto id = CliSupport::signIn(*device.session, courier.email, SyncBenchSetup::password(),
                                 u"fault run"_s, Role::Courier);
    if (!id)
        return std::unexpected(id.error());
    auto store = CourierStore::open(courier.store, *id);
    if (!store)
        return std::unexpected(store.error());
    device.store = std::move(*store);
    device.engine = std::make_unique<SyncEngine>(*device.store, *device.session);
    if (auto pulled = device.engine->syncOnce(); !pulled)
        return std::unexpected(pulled.error());
    return device;
}

VoidResult SyncFaultRunner::sameBatchTwice(const Courier& courier, QRandomGenerator& random)
{
    auto device = startDevice(courier);
    if (!device)
        return std::unexpected(device.error());
    auto& store = device->store;
    SqlSession& session = *device->session;
    auto deliveries = store->deliveries();
    if (!deliveries)
        return std::unexpected(deliveries.error());
    const int steps = 1 + int(random.bounded(3u));
    for (int i = 0; i < steps && i < deliveries->size(); ++i) {
        CourierStep step;
        step.deliveryId = deliveries->at(i).id;
        step.to = DeliveryStatus::PickedUp;
        if (auto ok = store->record(step); !ok)
            return std::unexpected(ok.error());
    }
    auto pending = store->pendingEvents(500);
    if (!pending)
        return std::unexpected(pending.error());
    QJsonArray wire;
    for (const QueuedEvent& e : *pending)
        wire.append(SyncEngine::wireEvent(e));
    const QString payload = QString::fromUtf8(QJsonDocument(wire).toJson(QJsonDocument::Compact));
    QString answers[2];
    for (QString& answer : answers) {
        auto sent = session.transact([&](SqlExecutor& sql) {
            return sql.queryOne(u"SELECT hexastore.sync_delivery_events(?::uuid, ?::jsonb)::text"_s,
                                {store->deviceId(), payload});
        });
        if (!sent)
            return std::unexpected(sent.error());
        answer = sent->value(0).toString();
    }
    // The second answer is the first one again: nothing applied twice.
    const QJsonArray first = QJsonDocument::fromJson(answers[0].toUtf8())[u"results"_s].toArray();
    const QJsonArray second = QJsonDocument::fromJson(answers[1].toUtf8())[u"results"_s].toArray();
    if (first.size() != second.size()) {
        return std::unexpected(ServiceError(ServiceError::Code::Internal,
                                            u"the same batch was answered differently"_s));
    }
    for (qsizetype i = 0; i < first.size(); ++i) {
        if (first.at(i)[u"outcome"_s] != second.at(i)[u"outcome"_s] ||
            first.at(i)[u"event_id"_s] != second.at(i)[u"event_id"_s]) {
            return std::unexpected(ServiceError(ServiceError::Code::Internal,
                                                u"the same batch was answered differently"_s));
        }
    }
    // The device stores the second answer only (the first was "lost").
    if (auto ok = store->applyAnswers(second); !ok)
        return ok;
    return {};
}

VoidResult SyncFaultRunner::reassignWhileQueued(const Courier& courier)
{
    auto device = startDevice(courier);
    if (!device)
        return std::unexpected(device.error());
    auto& store = device->store;
    SyncEngine& engine = *device->engine;
    auto deliveries = store->deliveries();
    if (!deliveries || deliveries->isEmpty())
        return std::unexpected(ServiceError(ServiceError::Code::Internal, u"no delivery"_s));
    const qint64 taken = deliveries->first().id;
    CourierStep step;
    step.deliveryId = taken;
    step.to = DeliveryStatus::PickedUp;
    if (auto ok = store->record(step); !ok)
        return std::unexpected(ok.error());
    // Meanwhile the dispatcher gives it to someone else.
    if (auto ok =
            m_db.sql().execute(u"UPDATE hexastore.deliveries SET courier_id = ? WHERE id = ?"_s,
                               {m_otherCourier, taken});
        !ok)
        return std::unexpected(ok.error());
    if (auto round = engine.syncOnce(); !round)
        return std::unexpected(round.error());
    auto after = store->delivery(taken);
    auto events = store->events();
    if (!after || !*after || !events || events->isEmpty())
        return std::unexpected(ServiceError(ServiceError::Code::Internal, u"store unreadable"_s));
    const QueuedEvent& last = events->last();
    if ((*after)->mine || last.state != QueuedEvent::State::Rejected ||
        last.serverStatus != DeliveryStatus::Assigned) {
        return std::unexpected(ServiceError(
            ServiceError::Code::Internal,
            u"a step on a reassigned delivery was not shown as rejected with the server's state"_s));
    }
    return {};
}

Result<QString> SyncFaultRunner::runFault(const QString& fault, const Courier& courier,
                                          QRandomGenerator& random)
{
    const quint32 seed = random.generate();
    const int steps = 2 + int(random.bounded(5u));
    if (fault == u"kill-at-point"_s) {
        const QString point = kKillPoints.at(int(random.bounded(quint32(kKillPoints.size()))));
        const QString at = point + u'@' + QString::number(1 + random.bounded(3u));
        simulate(courier, steps, seed, clientUrl(), {}, at);
        return at;
    }
    if (fault == u"kill-anywhere"_s) {
        const int after = int(random.bounded(400u));
        simulate(courier, steps, seed, clientUrl(), {}, {}, after);
        return u"after %1 ms"_s.arg(after);
    }
    if (fault == u"cut-connection"_s || fault == u"drop-commit-reply"_s) {
        TcpProxy proxy(m_db.clientSettings().host + u"/.s.PGSQL."_s +
                       QString::number(m_db.clientSettings().port));
        ConnectionSettings via = m_db.clientSettings();
        via.host = u"127.0.0.1"_s;
        via.port = proxy.port();
        via.sslMode = u"disable"_s;
        QString what;
        if (fault == u"cut-connection"_s) {
            const qint64 bytes = 100 + random.bounded(20000u);
            proxy.cutAfter(bytes);
            what = u"after %1 bytes"_s.arg(bytes);
        } else {
            proxy.dropNextCommitReply();
        }
        simulate(courier, steps, seed, via.toUrl());
        return what + (proxy.faultsFired() ? u" (fired)"_s : u" (not reached)"_s);
    }
    if (fault == u"terminate-backend"_s) {
        const int after = int(random.bounded(300u));
        QThread* killer = QThread::create([this, after] {
            QThread::msleep(quint64(after));
            DatabaseConnection connection(m_db.operatorSettings());
            if (connection.open()) {
                SqlExecutor sql(connection);
                (void)sql.execute(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                  "WHERE datname = current_database() "
                                  "AND usename = 'hexastore_client'"_s);
            }
        });
        killer->start();
        simulate(courier, steps, seed, clientUrl());
        killer->wait();
        delete killer;
        return u"after %1 ms"_s.arg(after);
    }
    if (fault == u"restart-server"_s) {
        const int after = int(random.bounded(600u));
        VoidResult restarted;
        QThread* restarter = QThread::create([this, after, &restarted] {
            QThread::msleep(quint64(after));
            LocalServer* server = m_db.server();
            restarted = server->stopImmediately();
            if (restarted)
                restarted = server->start();
        });
        restarter->start();
        simulate(courier, steps, seed, clientUrl());
        restarter->wait();
        delete restarter;
        if (!restarted)
            return std::unexpected(restarted.error());
        if (auto ok = m_db.reconnect(); !ok)
            return std::unexpected(ok.error());
        return u"after %1 ms"_s.arg(after);
    }
    if (fault == u"same-batch-twice"_s) {
        if (auto ok = sameBatchTwice(courier, random); !ok)
            return std::unexpected(ok.error());
        return QString();
    }
    if (fault == u"clock-skew"_s) {
        const qint64 skew = random.bounded(2u) ? 86400 : -86400;
        simulate(courier, steps, seed, clientUrl(), {u"--clock-skew"_s, QString::number(skew)});
        return u"%1 s"_s.arg(skew);
    }
    if (fault == u"reassign-while-queued"_s) {
        if (auto ok = reassignWhileQueued(courier); !ok)
            return std::unexpected(ok.error());
        return QString();
    }
    return std::unexpected(ServiceError(ServiceError::Code::Internal, u"unknown fault"_s));
}

Result<SyncFaultRunner::Check> SyncFaultRunner::check(const Courier& courier)
{
    Check c;
    auto store = CourierStore::open(courier.store, CourierStore::kAnyCourier);
    if (!store)
        return std::unexpected(store.error());
    auto events = (*store)->events();
    if (!events)
        return std::unexpected(events.error());
    auto rows =
        m_db.sql().query(u"SELECT event_id::text, outcome::text FROM hexastore.delivery_events "
                         "WHERE device_id = ?::uuid"_s,
                         {(*store)->deviceId()});
    if (!rows)
        return std::unexpected(rows.error());
    QHash<QString, QString> onServer;
    for (const QSqlRecord& r : *rows)
        onServer.insert(r.value(0).toString(), r.value(1).toString());
    QSet<QString> recorded;
    for (const QueuedEvent& e : *events) {
        ++c.events;
        recorded.insert(e.eventId);
        if (e.state == QueuedEvent::State::Pending)
            ++c.stuck;
        if (e.state == QueuedEvent::State::Rejected)
            ++c.rejected;
        if (!onServer.contains(e.eventId))
            ++c.lost;
        else if ((e.state == QueuedEvent::State::Acked) !=
                     (onServer.value(e.eventId) == u"applied"_s) &&
                 e.state != QueuedEvent::State::Pending)
            ++c.diverged; // the device believes another outcome than the server's
    }
    // On the server but never recorded on the device: applied twice, or invented.
    for (auto it = onServer.cbegin(); it != onServer.cend(); ++it)
        c.duplicated += recorded.contains(it.key()) ? 0 : 1;
    // Each delivery's state is the fold of its applied events (from "assigned").
    auto folds = m_db.sql().query(
        u"SELECT d.id FROM hexastore.deliveries d WHERE d.id IN (SELECT delivery_id FROM "
        "hexastore.delivery_events WHERE device_id = ?::uuid) AND d.status::text IS DISTINCT FROM "
        "coalesce((SELECT e.to_status::text FROM hexastore.delivery_events e "
        "WHERE e.delivery_id = d.id AND e.outcome = 'applied' ORDER BY e.id DESC LIMIT 1), "
        "'assigned')"_s,
        {(*store)->deviceId()});
    if (!folds)
        return std::unexpected(folds.error());
    c.diverged += int(folds->size());
    return c;
}

int SyncFaultRunner::run(int runs, quint32 seed)
{
    auto& out = CliSupport::out();
    QRandomGenerator random(seed);
    QStringList faults{u"kill-at-point"_s,     u"kill-anywhere"_s,        u"cut-connection"_s,
                       u"drop-commit-reply"_s, u"terminate-backend"_s,    u"same-batch-twice"_s,
                       u"clock-skew"_s,        u"reassign-while-queued"_s};
    if (m_db.server())
        faults << u"restart-server"_s; // only on a private server of our own
    // The benchmark's server skips fsync (the machine does not crash here),
    // but a commit must reach the server's log before it is answered: a
    // server killed with -m immediate keeps every transaction it confirmed.
    if (auto ok = m_db.sql().script(u"ALTER DATABASE "_s + m_db.operatorSettings().database +
                                    u" SET synchronous_commit = on"_s);
        !ok)
        return CliSupport::fail(ok.error());
    auto other = SyncBenchSetup::createCourier(m_db.sql(), u"other@faults.bench"_s);
    if (!other)
        return CliSupport::fail(other.error());
    m_otherCourier = *other;
    out << "Fault runs: " << runs << ", seed " << seed << ", faults: " << faults.join(u", "_s)
        << Qt::endl;

    Check total;
    QMap<QString, int> perFault;
    int broken = 0;
    int errors = 0;
    QElapsedTimer timer;
    timer.start();
    for (m_run = 1; m_run <= runs; ++m_run) {
        Courier courier;
        courier.email = u"courier%1@faults.bench"_s.arg(m_run);
        courier.store = m_workDir + u"/run-%1.sqlite"_s.arg(m_run);
        auto id = SyncBenchSetup::createCourier(m_db.sql(), courier.email);
        if (!id)
            return CliSupport::fail(id.error());
        courier.id = *id;
        if (auto ok = SyncBenchSetup::dispatch(m_db.sql(), m_shop, courier.id, 3); !ok)
            return CliSupport::fail(ok.error());
        const QString fault = faults.at(int(random.bounded(quint32(faults.size()))));
        ++perFault[fault];
        auto what = runFault(fault, courier, random);
        if (!what) {
            ++errors;
            out << "run " << m_run << " " << fault << ": " << what.error().message() << " "
                << what.error().detail() << Qt::endl;
        }
        // The network heals: the courier starts again with no fault and syncs
        // until nothing is pending (a run killed before its first commit may
        // have no store yet: the healing run makes it).
        int healed = -1;
        for (int attempt = 0; attempt < 3 && healed != 0; ++attempt)
            healed = simulate(courier, 0, 1, clientUrl());
        auto c = check(courier);
        if (!c)
            return CliSupport::fail(c.error());
        const bool bad = healed != 0 || c->lost || c->duplicated || c->stuck || c->diverged;
        if (bad) {
            ++broken;
            out << "run " << m_run << " " << fault << " " << what.value_or(QString())
                << ": healing exit " << healed << ", events " << c->events << ", lost " << c->lost
                << ", duplicated " << c->duplicated << ", stuck " << c->stuck << ", diverged "
                << c->diverged << " (store " << courier.store << ")" << Qt::endl;
        }
        total.events += c->events;
        total.lost += c->lost;
        total.duplicated += c->duplicated;
        total.stuck += c->stuck;
        total.diverged += c->diverged;
        total.rejected += c->rejected;
        if (m_run % 50 == 0)
            out << m_run << " runs, " << total.events << " events so far" << Qt::endl;
    }
    QStringList counts;
    for (auto it = perFault.cbegin(); it != perFault.cend(); ++it)
        counts << u"%1=%2"_s.arg(it.key()).arg(it.value());
    out << "Faults: " << counts.join(u", "_s) << Qt::endl;
    out << "RESULT sync_faults runs=" << runs << " lost=" << total.lost
        << " duplicated=" << total.duplicated << " stuck=" << total.stuck
        << " diverged=" << total.diverged << " events=" << total.events
        << " rejected=" << total.rejected << " broken_runs=" << broken << " run_errors=" << errors
        << " seed=" << seed
        << " seconds=" << QString::number(double(timer.elapsed()) / 1000, 'f', 1) << Qt::endl;
    return broken == 0 && errors == 0 ? 0 : 1;
}
