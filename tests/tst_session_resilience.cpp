// The worker session's policy: reconnect after a lost connection, retry
// serialization failures a bounded number of times, refresh a rejected token.
#include "db/DbWorker.h"
#include "services/auth/AuthService.h"
#include "tests/support/SyncWait.h"
#include "tests/support/TestDatabase.h"

#include <QSignalSpy>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;

class TstSessionResilience : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>(u"resilience"_s);
        QVERIFY2(m_db->isReady(), qPrintable(m_db->failure()));
        m_db->createUser(Role::Buyer, u"r@test.example"_s, u"resilient password"_s);
        // Fails with a serialization error until its counter reaches `succeedAt`.
        QVERIFY(m_db->admin().script(uR"(
            CREATE SEQUENCE public.flaky_calls;
            CREATE FUNCTION public.flaky(succeed_at bigint) RETURNS bigint LANGUAGE plpgsql AS $$
            DECLARE n bigint := nextval('public.flaky_calls');
            BEGIN
                IF n < succeed_at THEN
                    RAISE EXCEPTION 'simulated conflict' USING ERRCODE = '40001';
                END IF;
                RETURN n;
            END $$;
            GRANT USAGE ON SEQUENCE public.flaky_calls TO hexastore_client;
            GRANT EXECUTE ON FUNCTION public.flaky(bigint) TO hexastore_client;)"_s));
    }
    void cleanupTestCase() { m_db.reset(); }

    void reconnectsAfterTheConnectionIsKilled()
    {
        DbWorker worker(m_db->clientSettings());
        AuthService auth(worker);
        QSignalSpy state(&worker, &DbWorker::connectionStateChanged);
        QVERIFY(
            await(auth.login(u"r@test.example"_s, u"resilient password"_s, u"t"_s)).has_value());

        // The server drops every client connection (a restart, a network cut).
        QVERIFY(m_db->admin().execute(
            u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'hexastore_client' AND datname = current_database()"_s));

        auto account = await(auth.currentAccount());
        QVERIFY2(account.has_value(), qPrintable(account ? QString() : account.error().detail()));
        QCOMPARE(account->email,
                 u"r@test.example"_s); // the token went with the work on the new connection
        if (!qEnvironmentVariableIsEmpty("HEXASTORE_TEST_POOLER_DIR")) {
            // Through PgBouncer the client's own connection (to the pooler)
            // may stay (the pooler had noticed and opens a new server
            // connection) or be closed by it (it had not): either way the
            // work is done and the client ends connected.
            QVERIFY(state.size() == 1 || state.size() >= 3);
            QCOMPARE(state.last().at(0).toBool(), true);
            return;
        }
        QTRY_VERIFY(state.size() >= 3); // connected, lost, connected
        QCOMPARE(state.at(state.size() - 2).at(0).toBool(), false);
        QCOMPARE(state.last().at(0).toBool(), true);
    }

    void retriesSerializationFailures()
    {
        QVERIFY(m_db->admin().execute(u"SELECT setval('public.flaky_calls', 1, false)"_s));
        DbWorker worker(m_db->clientSettings());
        auto result = await(worker.transact(
            [](SqlExecutor& sql) { return sql.queryOne(u"SELECT public.flaky(3)"_s); }));
        QVERIFY(result.has_value());
        QCOMPARE(result->value(0).toInt(), 3); // failed twice, then succeeded
    }

    void givesUpAfterBoundedRetries()
    {
        QVERIFY(m_db->admin().execute(u"SELECT setval('public.flaky_calls', 1, false)"_s));
        DbWorker worker(m_db->clientSettings());
        auto result = await(worker.transact(
            [](SqlExecutor& sql) { return sql.queryOne(u"SELECT public.flaky(1000)"_s); }));
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().code(), ServiceError::Code::Conflict);
        QVERIFY(!result.error().message().contains(u"40001"_s)); // a sentence, not SQL
        auto calls = m_db->admin().queryOne(u"SELECT last_value FROM public.flaky_calls"_s);
        QCOMPARE(calls->value(0).toInt(), 6); // first try plus five retries
    }

    void unreachableServerGivesAClearError()
    {
        ConnectionSettings nowhere = m_db->clientSettings();
        nowhere.host = u"127.0.0.1"_s;
        nowhere.port = 1; // nothing listens there
        nowhere.connectTimeoutSeconds = 2;
        DbWorker worker(nowhere);
        AuthService auth(worker);
        auto result = await(auth.login(u"r@test.example"_s, u"resilient password"_s, u"t"_s));
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().code(), ServiceError::Code::Unavailable);
        QVERIFY(!result.error().message().contains(u"QPSQL"_s));
    }

private:
    std::unique_ptr<TestDatabase> m_db;
};

QTEST_GUILESS_MAIN(TstSessionResilience)
#include "tst_session_resilience.moc"
