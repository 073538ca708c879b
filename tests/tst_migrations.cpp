#include "db/Migration.h"
#include "db/MigrationRunner.h"
#include "db/SchemaVersion.h"
#include "services/DbWorker.h"
#include "SyncWait.h"
#include "TestDatabase.h"

#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;

class TstMigrations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>(u"migrations"_s);
        QVERIFY2(m_db->isReady(), qPrintable(m_db->failure()));
    }
    void cleanupTestCase() { m_db.reset(); }

    void embedsOrderedMigrations()
    {
        const auto all = Migration::embedded();
        QVERIFY(all.size() >= 2);
        for (qsizetype i = 1; i < all.size(); ++i)
            QCOMPARE(all.at(i).version, all.at(i - 1).version + 1);
        QCOMPARE(Migration::latestVersion(), all.last().version);
    }

    void appliedAllAndRecordedThem()
    {
        auto version = SchemaVersion::read(m_db->admin());
        QCOMPARE(*version, Migration::latestVersion());
        QVERIFY(SchemaVersion::requireCompatible(m_db->admin()).has_value());
        auto rows = m_db->admin().query(
            u"SELECT version, checksum FROM hexastore.schema_migrations ORDER BY version"_s);
        QCOMPARE(rows->size(), Migration::embedded().size());
        QCOMPARE(rows->first().value(1).toString(), Migration::embedded().first().checksum);
    }

    void rerunIsANoOp()
    {
        auto applied = MigrationRunner(m_db->admin().database()).migrate();
        QVERIFY(applied.has_value());
        QCOMPARE(*applied, 0);
    }

    void refusesNewerSchemaEverywhere()
    {
        QVERIFY(m_db->admin().execute(
            u"INSERT INTO hexastore.schema_migrations (version, name, checksum) VALUES (9999, 'future', 'x')"_s));
        auto migrated = MigrationRunner(m_db->admin().database()).migrate();
        QVERIFY(!migrated.has_value());
        QVERIFY(migrated.error().message().contains(u"newer"_s));
        // The desktop client refuses too, with the same explanation.
        DbWorker worker(m_db->clientSettings());
        auto connected = await(worker.submit([](SqlSession& s) { return s.ensureConnected(); }));
        QVERIFY(!connected.has_value());
        QVERIFY(connected.error().message().contains(u"newer"_s));
        QVERIFY(m_db->admin().execute(
            u"DELETE FROM hexastore.schema_migrations WHERE version = 9999"_s));
    }

    void clientRefusesOlderSchema()
    {
        const int latest = Migration::latestVersion();
        auto saved = m_db->admin().queryOne(
            u"SELECT name, checksum FROM hexastore.schema_migrations WHERE version = ?"_s,
            {latest});
        QVERIFY(m_db->admin().execute(
            u"DELETE FROM hexastore.schema_migrations WHERE version = ?"_s, {latest}));
        DbWorker worker(m_db->clientSettings());
        auto connected = await(worker.submit([](SqlSession& s) { return s.ensureConnected(); }));
        QVERIFY(!connected.has_value());
        QVERIFY(connected.error().message().contains(u"hexastore-admin migrate"_s));
        QVERIFY(m_db->admin().execute(
            u"INSERT INTO hexastore.schema_migrations (version, name, checksum) VALUES (?, ?, ?)"_s,
            {latest, saved->value(0), saved->value(1)}));
    }

    void refusesAnEditedMigration()
    {
        QVERIFY(m_db->admin().execute(
            u"UPDATE hexastore.schema_migrations SET checksum = 'edited' WHERE version = 1"_s));
        auto migrated = MigrationRunner(m_db->admin().database()).migrate();
        QVERIFY(!migrated.has_value());
        QVERIFY(migrated.error().message().contains(u"changed"_s));
        QVERIFY(m_db->admin().execute(
            u"UPDATE hexastore.schema_migrations SET checksum = ? WHERE version = 1"_s,
            {Migration::embedded().first().checksum}));
    }

    void scriptsReportAFailureAnywhereInThem()
    {
        // Qt 6.4's QPSQL would call this a success (it reads only the first result).
        auto later = m_db->admin().script(u"SELECT 1; SELECT * FROM no_such_table; SELECT 2"_s);
        QVERIFY(!later.has_value());
        QCOMPARE(later.error().sqlState(), u"42P01"_s);
        QVERIFY(later.error().detail().contains(u"no_such_table"_s));
        QVERIFY(m_db->admin().script(u"SELECT 1; SELECT 2"_s).has_value());
    }

    void createsTheRoles()
    {
        auto roles = m_db->admin().query(
            u"SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname LIKE 'hexastore_%' ORDER BY rolname"_s);
        QCOMPARE(roles->size(), 2);
        QCOMPARE(roles->at(0).value(0).toString(), u"hexastore_client"_s);
        QCOMPARE(roles->at(0).value(1).toBool(), true);
        QCOMPARE(roles->at(1).value(0).toString(), u"hexastore_owner"_s);
        QCOMPARE(roles->at(1).value(1).toBool(), false);
    }

private:
    std::unique_ptr<TestDatabase> m_db;
};

QTEST_GUILESS_MAIN(TstMigrations)
#include "tst_migrations.moc"
