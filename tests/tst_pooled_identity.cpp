// Identity through a transaction pooler (issue #13): PgBouncer in transaction
// mode with ONE server connection, so every client below shares the same
// PostgreSQL session. Whatever one client left on that session, the next
// would inherit.
#include "db/DatabaseConnection.h"
#include "db/PgBouncerServer.h"
#include "db/SqlExecutor.h"
#include "support/ServiceClient.h"
#include "support/TestDatabase.h"

#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TstPooledIdentity : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void oneServerConnectionServesEveryone();
    void aSessionLevelTokenWouldLeak();
    void identityNeverLeaks();

private:
    // A raw connection through the pooler, as psql with the client's settings.
    struct RawClient {
        explicit RawClient(const ConnectionSettings& settings)
            : connection(settings)
        {
            open = connection.open().has_value();
        }
        DatabaseConnection connection;
        bool open = false;
        SqlExecutor sql{connection};
    };
    QString rawLogin(SqlExecutor& sql, const QString& email, const QString& password);
    QStringList cities(SqlExecutor& sql);

    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir{u"/tmp/hx-pool-XXXXXX"_s};
    std::unique_ptr<PgBouncerServer> m_pooler;
    ConnectionSettings m_pooled;
};

void TstPooledIdentity::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(u"pooled_identity"_s);
    QVERIFY2(m_db->isReady(), qPrintable(m_db->failure()));
    const qint64 a = m_db->createUser(Role::Buyer, u"a@test.example"_s, u"password of a"_s);
    const qint64 b = m_db->createUser(Role::Buyer, u"b@test.example"_s, u"password of b"_s);
    QVERIFY(a > 0 && b > 0);
    QVERIFY(m_db->createAddress(a, u"Aachen"_s) > 0);
    QVERIFY(m_db->createAddress(b, u"Bonn"_s) > 0);
    QVERIFY(m_db->createAddress(b, u"Bremen"_s) > 0);

    QVERIFY(m_dir.isValid());
    const ConnectionSettings server = m_db->operatorSettings();
    m_pooler = std::make_unique<PgBouncerServer>(m_dir.path(), PgBouncerServer::Options{1, 100});
    auto configured = m_pooler->configure(server.host, server.port);
    QVERIFY2(configured, configured ? "" : qPrintable(configured.error().message()));
    auto started = m_pooler->start();
    QVERIFY2(started, started ? "" : qPrintable(started.error().message()));
    m_pooled = m_pooler->clientSettings(server.database);
}

void TstPooledIdentity::cleanupTestCase()
{
    if (m_pooler)
        QVERIFY(m_pooler->stop());
}

QString TstPooledIdentity::rawLogin(SqlExecutor& sql, const QString& email, const QString& password)
{
    auto row =
        sql.queryOne(u"SELECT access_token FROM hexastore.login(?, ?, 'raw')"_s, {email, password});
    return row ? row->value(0).toString() : QString();
}

QStringList TstPooledIdentity::cities(SqlExecutor& sql)
{
    auto rows = sql.query(u"SELECT city FROM hexastore.addresses ORDER BY city"_s);
    if (!rows)
        return {u"<error %1>"_s.arg(rows.error().sqlState())};
    QStringList out;
    for (const QSqlRecord& row : *rows)
        out << row.value(0).toString();
    return out;
}

void TstPooledIdentity::oneServerConnectionServesEveryone()
{
    // The premise of the tests below: two clients, one server session.
    RawClient first(m_pooled);
    RawClient second(m_pooled);
    QVERIFY(first.open && second.open);
    auto pid1 = first.sql.queryOne(u"SELECT pg_backend_pid()"_s);
    auto pid2 = second.sql.queryOne(u"SELECT pg_backend_pid()"_s);
    QVERIFY(pid1 && pid2);
    QCOMPARE(pid1->value(0).toInt(), pid2->value(0).toInt());
}

void TstPooledIdentity::aSessionLevelTokenWouldLeak()
{
    // What the tests below would catch: a token set for the session (as the
    // client did before) is inherited by the next client of the connection.
    RawClient a(m_pooled);
    RawClient b(m_pooled);
    QVERIFY(a.open && b.open);
    const QString token = rawLogin(a.sql, u"a@test.example"_s, u"password of a"_s);
    QVERIFY(!token.isEmpty());
    QVERIFY(a.sql.execute(u"SELECT set_config('hexastore.access_token', ?, false)"_s, {token}));
    QCOMPARE(cities(b.sql), QStringList{u"Aachen"_s});
    // Cleaned up again, so that the next test starts from a clean session.
    QVERIFY(a.sql.execute(u"RESET hexastore.access_token"_s));
    QCOMPARE(cities(b.sql), QStringList{});
}

void TstPooledIdentity::identityNeverLeaks()
{
    RawClient never(m_pooled); // connected, never logged in
    QVERIFY(never.open);
    ServiceClient a(m_pooled, u"a@test.example"_s, u"password of a"_s);
    QVERIFY(a.ok);
    ServiceClient b(m_pooled, u"b@test.example"_s, u"password of b"_s);
    QVERIFY(b.ok);

    // Interleaved, each on the one shared server connection in turn.
    for (int round = 0; round < 3; ++round) {
        auto mine = await(a.addresses.addresses());
        QVERIFY2(mine, mine ? "" : qPrintable(mine.error().detail()));
        QCOMPARE(mine->size(), 1);
        QCOMPARE(mine->first().city, u"Aachen"_s);

        auto neverWho = never.sql.queryOne(u"SELECT hexastore.current_user_id(), "
                                           "current_setting('hexastore.access_token', true)"_s);
        QVERIFY(neverWho);
        QVERIFY2(neverWho->value(0).isNull(), qPrintable(neverWho->value(0).toString()));
        QVERIFY(neverWho->value(1).toString().isEmpty());
        QCOMPARE(cities(never.sql), QStringList{});

        auto theirs = await(b.addresses.addresses());
        QVERIFY(theirs);
        QCOMPARE(theirs->size(), 2);
        QCOMPARE(theirs->at(0).city + theirs->at(1).city, u"BonnBremen"_s);
        QCOMPARE(cities(never.sql), QStringList{});
    }
    // Nothing was prepared by name on the shared session either.
    auto prepared = never.sql.queryOne(u"SELECT count(*) FROM pg_prepared_statements"_s);
    QVERIFY(prepared);
    QCOMPARE(prepared->value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TstPooledIdentity)
#include "tst_pooled_identity.moc"
