#include "db/DbWorker.h"
#include "db/Migration.h"
#include "db/MigrationRunner.h"
#include "db/SchemaVersion.h"
#include "tests/support/BackgroundStatement.h"
#include "tests/support/ClientSql.h"
#include "tests/support/SyncWait.h"
#include "tests/support/TestDatabase.h"

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
        auto applied = MigrationRunner(m_db->adminConnection()).migrate();
        QVERIFY(applied.has_value());
        QCOMPARE(*applied, 0);
    }

    void refusesNewerSchemaEverywhere()
    {
        QVERIFY(m_db->admin().execute(
            u"INSERT INTO hexastore.schema_migrations (version, name, checksum) VALUES (9999, 'future', 'x')"_s));
        auto migrated = MigrationRunner(m_db->adminConnection()).migrate();
        QVERIFY(!migrated.has_value());
        QVERIFY(migrated.error().message().contains(u"newer"_s));
        // The desktop client refuses too, with the same explanation.
        DbWorker worker(m_db->clientSettings());
        auto connected =
            await(worker.withSession([](SqlSession& s) { return s.ensureConnected(); }));
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
        auto connected =
            await(worker.withSession([](SqlSession& s) { return s.ensureConnected(); }));
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
        auto migrated = MigrationRunner(m_db->adminConnection()).migrate();
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

    void upgradeTo0005RepairsPromoUsesAndCountsRunningCheckouts()
    {
        // A database at schema 4 with the sibling-cancellation bug in its data,
        // and a checkout that runs the old place_order while 0005 is applied.
        TestDatabase old(u"migrations_0004"_s, 4);
        QVERIFY2(old.isReady(), qPrintable(old.failure()));
        const qint64 a = old.createUser(Role::Seller, u"a@test.example"_s, u"password of a"_s);
        const qint64 b = old.createUser(Role::Seller, u"b@test.example"_s, u"password of b"_s);
        const qint64 x = old.createUser(Role::Buyer, u"x@test.example"_s, u"password of x"_s);
        const qint64 address = old.createAddress(x);
        const auto lamp = old.createListing(a, u"Lamp"_s, u"10.00"_s, 50);
        const auto chair = old.createListing(b, u"Chair"_s, u"20.00"_s, 50);
        QVERIFY(old.admin().execute(u"INSERT INTO hexastore.promo_codes (code, kind, value, "
                                    "per_buyer_limit) VALUES ('PAIR', 'percent', 10, 1)"_s));
        ClientSql client(old);
        for (const char* who : {"a", "b", "x"}) {
            const QString name = QString::fromLatin1(who);
            QVERIFY(client.login(name, name + u"@test.example"_s, u"password of "_s + name));
        }
        const auto fillCart = [&] {
            QVERIFY(client.as(u"x"_s));
            for (qint64 variant : {lamp.variantId, chair.variantId}) {
                QCOMPARE(client.state(u"SELECT hexastore.cart_set_quantity(?, 1)"_s, {variant}),
                         u"ok"_s);
            }
        };

        fillCart();
        const QStringList pair =
            client
                .text(u"SELECT array_to_string(hexastore.place_order(?, 'PAIR', "
                      "'cash_on_delivery'), ',')"_s,
                      {address})
                .split(u',');
        QCOMPARE(pair.size(), 2);
        QVERIFY(client.as(u"a"_s));
        QVERIFY(client.sql().begin());
        QVERIFY(client.sql().query(
            u"SELECT hexastore.set_order_status(?, 'cancelled', 'a rejects')"_s, {pair[0]}));
        BackgroundStatement sellerB(old.clientSettings(), client.token(u"b"_s),
                                    u"SELECT hexastore.set_order_status(?, 'cancelled', 'b')"_s,
                                    {pair[1]});
        QVERIFY(!sellerB.result().startsWith(u"<error"_s));
        QVERIFY(client.sql().commit());
        const QString released = u"SELECT r.released_at IS NOT NULL FROM "
                                 "hexastore.promo_redemptions r JOIN hexastore.orders o "
                                 "ON o.checkout_id = r.checkout_id WHERE o.id = ?"_s;
        QCOMPARE(old.admin().queryOne(released, {pair[0]})->value(0).toBool(), false); // the bug

        fillCart();
        DatabaseConnection observerConnection(old.operatorSettings());
        QVERIFY(observerConnection.open());
        SqlExecutor observer(observerConnection);
        QVERIFY(old.admin().begin());
        QVERIFY(old.admin().query(u"SELECT FROM hexastore.products WHERE id = ? FOR UPDATE"_s,
                                  {lamp.productId}));
        BackgroundStatement checkout(old.clientSettings(), client.token(u"x"_s),
                                     u"SELECT array_to_string(hexastore.place_order(?, NULL, "
                                     "'cash_on_delivery'), ',')"_s,
                                     {address});
        QVERIFY2(checkout.waitUntilBlocked(observer), "the checkout never waited for the product");
        DatabaseConnection migratorConnection(old.operatorSettings());
        QVERIFY(migratorConnection.open());
        auto migrated = MigrationRunner(migratorConnection).migrate({}, 5);
        QVERIFY2(migrated, migrated ? "" : qPrintable(migrated.error().detail()));
        QCOMPARE(*migrated, 1);
        QVERIFY(old.admin().commit());
        const QStringList placed = checkout.result().split(u',');
        QCOMPARE(placed.size(), 2);

        // The repair gave the use back; the old checkout is counted whole and
        // can be cancelled; the code applies again.
        QCOMPARE(old.admin().queryOne(released, {pair[0]})->value(0).toBool(), true);
        QCOMPARE(
            old.admin()
                .queryOne(u"SELECT used_count FROM hexastore.promo_codes WHERE code = 'PAIR'"_s)
                ->value(0)
                .toInt(),
            0);
        QCOMPARE(old.admin()
                     .queryOne(u"SELECT c.open_orders FROM hexastore.checkouts c "
                               "JOIN hexastore.orders o ON o.checkout_id = c.id WHERE o.id = ?"_s,
                               {placed[0]})
                     ->value(0)
                     .toInt(),
                 2);
        QVERIFY(client.as(u"x"_s));
        for (const QString& id : placed) {
            QCOMPARE(client.state(u"SELECT hexastore.set_order_status(?, 'cancelled')"_s, {id}),
                     u"ok"_s);
        }
    }

private:
    std::unique_ptr<TestDatabase> m_db;
};

QTEST_GUILESS_MAIN(TstMigrations)
#include "tst_migrations.moc"
