// A courier killed at any instant loses nothing and applies nothing twice
// (issue #10): the headless courier (hexastore-admin courier simulate, the same
// store and sync code as the screen) runs in a child process, is killed with
// SIGKILL at a different moment each round, and runs again on the same store.
// Whatever the moment, every recorded event ends on the server exactly once,
// nothing stays pending, and each delivery's state is the fold of its applied
// events.
#include "tests/support/TestDatabase.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TstCourierFaults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void killedAtAnyMomentLosesNothing();

private:
    // Runs the headless courier; kills it after `killAfterMs` unless negative.
    // Returns its exit code (-9 when killed).
    int runCourier(const QString& store, int steps, quint32 seed, int killAfterMs);

    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
};

void TstCourierFaults::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(u"courier_faults"_s);
    QVERIFY2(m_db->isReady(), qPrintable(m_db->failure()));
    QVERIFY(m_dir.isValid());
    const qint64 seller = m_db->createUser(Role::Seller, u"s@test.example"_s, u"seller pass 1"_s);
    const qint64 buyer = m_db->createUser(Role::Buyer, u"b@test.example"_s, u"buyer pass 1"_s);
    const qint64 courier =
        m_db->createUser(Role::Courier, u"c@test.example"_s, u"courier pass 1"_s);
    const qint64 address = m_db->createAddress(buyer);
    const auto item = m_db->createListing(seller, u"Box"_s, u"12.30"_s, 1000);
    for (int i = 0; i < 40; ++i)
        QVERIFY(m_db->createDispatchedDelivery(buyer, address, seller, item, courier) > 0);
}

void TstCourierFaults::cleanupTestCase()
{
    m_db.reset();
}

int TstCourierFaults::runCourier(const QString& store, int steps, quint32 seed, int killAfterMs)
{
    QProcess courier;
    courier.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    courier.start(QStringLiteral(HEXASTORE_ADMIN_PATH),
                  {u"courier"_s, u"simulate"_s, u"--email"_s, u"c@test.example"_s,
                   u"--password-stdin"_s, u"--store"_s, store, u"--steps"_s, QString::number(steps),
                   u"--seed"_s, QString::number(seed), u"--url"_s, m_db->clientSettings().toUrl()});
    if (!courier.waitForStarted(60000))
        return -1;
    courier.write("courier pass 1\n");
    courier.closeWriteChannel();
    if (killAfterMs >= 0 && !courier.waitForFinished(killAfterMs)) {
        courier.kill(); // SIGKILL: no cleanup, no flush
        courier.waitForFinished(60000);
        return -9;
    }
    courier.waitForFinished(300000);
    return courier.exitStatus() == QProcess::NormalExit ? courier.exitCode() : -9;
}

void TstCourierFaults::killedAtAnyMomentLosesNothing()
{
    const QString store = m_dir.filePath(u"courier.sqlite"_s);
    // Kill moments spread over a run's life (the first rounds mostly die while
    // logging in or pulling, later ones while recording and uploading).
    QRandomGenerator moments(20261129);
    int killed = 0;
    for (quint32 round = 1; round <= 12; ++round) {
        if (runCourier(store, 25, round, int(moments.bounded(5, 400))) == -9)
            ++killed;
    }
    qInfo("%d of 12 rounds were killed before they finished", killed);
    QCOMPARE(runCourier(store, 0, 99, -1), 0); // finishes: nothing pending any more

    QProcess list;
    list.start(QStringLiteral(HEXASTORE_ADMIN_PATH),
               {u"courier"_s, u"events"_s, u"--store"_s, store});
    QVERIFY(list.waitForFinished(60000));
    QCOMPARE(list.exitCode(), 0);
    const QStringList lines =
        QString::fromUtf8(list.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(!lines.isEmpty(), "the courier recorded nothing");
    QSet<QString> local;
    for (const QString& line : lines) {
        const QStringList fields = line.split(u' ');
        QCOMPARE(fields.size(), 4);
        QVERIFY2(fields.at(1) != u"pending"_s, qPrintable(line));
        local.insert(fields.at(0));
    }
    QCOMPARE(local.size(), lines.size());
    qInfo("%d events recorded across the rounds", int(lines.size()));

    // On the server: the same events, each once; none that the device lost.
    auto rows = m_db->admin().query(
        u"SELECT event_id::text FROM hexastore.delivery_events WHERE device_id IS NOT NULL"_s);
    QVERIFY(rows);
    QSet<QString> server;
    for (const QSqlRecord& r : *rows)
        server.insert(r.value(0).toString());
    QCOMPARE(int(server.size()), int(rows->size()));
    QCOMPARE(server, local);
    // Each delivery is where its applied events took it (from "assigned",
    // where the test put them all).
    auto drift = m_db->admin().queryOne(
        u"SELECT count(*) FROM hexastore.deliveries d WHERE d.status::text <> coalesce("
        "(SELECT e.to_status::text FROM hexastore.delivery_events e WHERE e.delivery_id = d.id "
        "AND e.outcome = 'applied' ORDER BY e.id DESC LIMIT 1), 'assigned')"_s);
    QCOMPARE(drift->value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TstCourierFaults)
#include "tst_courier_faults.moc"
