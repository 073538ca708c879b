// The audit log is append-only and tamper-evident (issue #11, migration 0008):
// nobody changes or removes a row, the owner included; each row's hash covers
// its content and the row before it; `hexastore-admin audit verify` finds a
// row a superuser changed or removed behind the triggers' back, and concurrent
// writers keep the chain whole.
#include "db/DatabaseConnection.h"
#include "db/MigrationRunner.h"
#include "db/SqlExecutor.h"
#include "tests/support/ClientSql.h"
#include "tests/support/TestDatabase.h"

#include <QProcess>
#include <QTest>
#include <QThread>

#include <atomic>

#include <memory>

using namespace Qt::StringLiterals;

class TstAuditChain : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void nobodyChangesOrRemovesARow();
    void theChainHoldsWithConcurrentWriters();
    void aRowChangedBehindTheTriggersIsFound();
    void rowsWrittenBeforeTheChainJoinIt();

private:
    // `audit verify` on the test database: its exit code and what it printed.
    QPair<int, QString> verify() { return verify(*m_db); }
    static QPair<int, QString> verify(TestDatabase& db)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(HEXASTORE_ADMIN_PATH),
                      {u"audit"_s, u"verify"_s, u"--url"_s, db.operatorSettings().toUrl()});
        if (!process.waitForFinished(120000))
            return {-1, u"did not finish"_s};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAll())};
    }
    static bool audit(SqlExecutor& sql, int i)
    {
        return sql
            .execute(u"SELECT hexastore._audit('test.action', 'test', ?, 'because', "
                     "jsonb_build_object('n', ?::int, 'text', 'Grüße \"quoted\"'))"_s,
                     {i, i})
            .has_value();
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ClientSql> m_client;
};

void TstAuditChain::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(u"audit_chain"_s);
    QVERIFY2(m_db->isReady(), qPrintable(m_db->failure()));
    m_db->createUser(Role::Admin, u"ada@test.example"_s, u"admin password"_s, u"Ada"_s);
    m_client = std::make_unique<ClientSql>(*m_db);
    QVERIFY(m_client->login(u"admin"_s, u"ada@test.example"_s, u"admin password"_s));
    for (int i = 1; i <= 5; ++i)
        QVERIFY(audit(m_db->admin(), i));
}

void TstAuditChain::cleanupTestCase()
{
    m_client.reset();
    m_db.reset();
}

void TstAuditChain::nobodyChangesOrRemovesARow()
{
    // The client, even an administrator, reads it and no more.
    QVERIFY(m_client->as(u"admin"_s));
    QCOMPARE(m_client->state(u"SELECT count(*) FROM hexastore.audit_log"_s), u"ok"_s);
    for (const QString& sql :
         {u"UPDATE hexastore.audit_log SET reason = 'x'"_s, u"DELETE FROM hexastore.audit_log"_s,
          u"TRUNCATE hexastore.audit_log"_s,
          u"INSERT INTO hexastore.audit_log (action, entity) VALUES ('a', 'b')"_s,
          u"UPDATE hexastore.audit_chain_head SET seq = 0"_s}) {
        QCOMPARE(m_client->state(sql), u"42501"_s);
    }
    // The owner's rights (here a superuser's) do not change or remove a row either.
    for (const QString& sql :
         {u"UPDATE hexastore.audit_log SET reason = 'x' WHERE chain_seq = 1"_s,
          u"DELETE FROM hexastore.audit_log WHERE chain_seq = 1"_s,
          u"TRUNCATE hexastore.audit_log"_s, u"DELETE FROM hexastore.audit_chain_head"_s}) {
        auto done = m_db->admin().execute(sql);
        QVERIFY2(!done, qPrintable(sql));
        QCOMPARE(done.error().sqlState(), u"42501"_s);
    }
    const auto [code, output] = verify();
    QVERIFY2(code == 0, qPrintable(output));
    QVERIFY(output.contains(u"5 rows"_s));
}

void TstAuditChain::theChainHoldsWithConcurrentWriters()
{
    // Two writers at once, each action its own transaction: the chain takes
    // them in the order they commit, whatever ids they drew.
    std::atomic<int> failures = 0;
    auto writer = [&](int from) {
        DatabaseConnection connection(m_db->operatorSettings());
        if (!connection.open()) {
            ++failures;
            return;
        }
        SqlExecutor sql(connection);
        for (int i = from; i < from + 40; ++i)
            failures += audit(sql, i) ? 0 : 1;
    };
    std::unique_ptr<QThread> a(QThread::create(writer, 100));
    std::unique_ptr<QThread> b(QThread::create(writer, 200));
    a->start();
    b->start();
    QVERIFY(a->wait(120000) && b->wait(120000));
    QCOMPARE(failures.load(), 0);
    const auto [code, output] = verify();
    QVERIFY2(code == 0, qPrintable(output));
    QVERIFY(output.contains(u"85 rows"_s));
}

void TstAuditChain::aRowChangedBehindTheTriggersIsFound()
{
    SqlExecutor& su = m_db->admin();
    auto original =
        su.queryOne(u"SELECT id, reason FROM hexastore.audit_log WHERE chain_seq = 3"_s);
    QVERIFY(original);
    const qint64 id = original->value(0).toLongLong();
    auto behindTheTriggers = [&](const QString& sql) {
        return su
            .script(u"ALTER TABLE hexastore.audit_log DISABLE TRIGGER USER; "_s + sql +
                    u"; ALTER TABLE hexastore.audit_log ENABLE TRIGGER USER;"_s)
            .has_value();
    };
    // A reason rewritten: found, and named.
    QVERIFY(behindTheTriggers(u"UPDATE hexastore.audit_log SET reason = 'all fine' "
                              "WHERE chain_seq = 3"_s));
    auto [code, output] = verify();
    QCOMPARE(code, 1);
    QVERIFY2(output.contains(u"row %1 (chain position 3)"_s.arg(id)), qPrintable(output));
    // Put back, the chain holds again.
    QVERIFY(
        behindTheTriggers(u"UPDATE hexastore.audit_log SET reason = '%1' WHERE chain_seq = 3"_s.arg(
            original->value(1).toString())));
    std::tie(code, output) = verify();
    QVERIFY2(code == 0, qPrintable(output));
    // A row removed from the middle, and one from the end: both found.
    QVERIFY(behindTheTriggers(u"DELETE FROM hexastore.audit_log WHERE chain_seq = 4"_s));
    std::tie(code, output) = verify();
    QCOMPARE(code, 1);
    QVERIFY2(output.contains(u"missing"_s), qPrintable(output));
}

void TstAuditChain::rowsWrittenBeforeTheChainJoinIt()
{
    // A database from before migration 0008, with an audit log of its own.
    TestDatabase old(u"audit_chain_upgrade"_s, 7);
    QVERIFY2(old.isReady(), qPrintable(old.failure()));
    for (int i = 1; i <= 3; ++i)
        QVERIFY(audit(old.admin(), i));
    auto migrated = MigrationRunner(old.adminConnection()).migrate();
    QVERIFY2(migrated, migrated ? "" : qPrintable(migrated.error().detail()));
    QVERIFY(audit(old.admin(), 4));
    const auto [code, output] = verify(old);
    QVERIFY2(code == 0, qPrintable(output));
    QVERIFY(output.contains(u"4 rows"_s));
}

QTEST_GUILESS_MAIN(TstAuditChain)
#include "tst_audit_chain.moc"
