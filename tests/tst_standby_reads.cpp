// Catalog reads on a streaming standby (issue #13), against the suite's
// cluster (fixture `cluster`): the primary, its synchronous standby, a
// PgBouncer in front of each.
#include "db/DatabaseConnection.h"
#include "db/LocalCluster.h"
#include "db/SqlExecutor.h"
#include "support/ServiceClient.h"
#include "support/TestDatabase.h"

#include <QScopeGuard>
#include <QSqlRecord>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TstStandbyReads : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void catalogReadsAreServedByTheStandby();
    void aWriteOnTheReadPathIsRefused();
    void aFreshLoginReadsAtOnceWithReplicationDelayed();

private:
    // Superuser SQL on the standby (its own socket).
    qint64 standbyScans();
    bool setApplyDelay(const QString& delay);
    bool lastReadOnStandby(ServiceClient& client);
    QFuture<Result<ProductPage>> catalogPage(ServiceClient& client);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<LocalCluster> m_cluster;
    ConnectionSettings m_readServer;
    TestDatabase::Listing m_listing;
};

void TstStandbyReads::initTestCase()
{
    const QString dir = qEnvironmentVariable("HEXASTORE_TEST_CLUSTER_DIR");
    QVERIFY2(!dir.isEmpty(), "HEXASTORE_TEST_CLUSTER_DIR is not set; run through ctest");
    m_cluster = std::make_unique<LocalCluster>(dir, LocalCluster::Options{false});
    m_db = std::make_unique<TestDatabase>(u"standby_reads"_s);
    QVERIFY2(m_db->isReady(), qPrintable(m_db->failure()));
    const qint64 seller = m_db->createUser(Role::Seller, u"s@test.example"_s, u"seller password"_s);
    QVERIFY(m_db->createUser(Role::Buyer, u"b@test.example"_s, u"buyer password"_s) > 0);
    m_listing = m_db->createListing(seller, u"Standby lamp"_s, u"12.50"_s, 100);
    QVERIFY(m_listing.variantId > 0);
    m_readServer = m_cluster->readSettings(m_db->operatorSettings().database);

    // The database reaches the standby a moment after it was made.
    DatabaseConnection standby(m_cluster->standby().superuserSettings(m_readServer.database));
    QTRY_VERIFY_WITH_TIMEOUT(standby.open().has_value(), 30000);
    SqlExecutor sql(standby);
    QTRY_VERIFY_WITH_TIMEOUT(
        sql.queryOne(u"SELECT count(*) FROM hexastore.product_variants WHERE id = ?"_s,
                     {m_listing.variantId})
                .value_or(QSqlRecord())
                .value(0)
                .toInt() == 1,
        30000);
}

qint64 TstStandbyReads::standbyScans()
{
    DatabaseConnection standby(m_cluster->standby().superuserSettings(m_readServer.database));
    if (!standby.open())
        return -1;
    SqlExecutor sql(standby);
    auto row =
        sql.queryOne(u"SELECT coalesce(seq_scan, 0) + coalesce(idx_scan, 0) "
                     "FROM pg_stat_user_tables WHERE relid = 'hexastore.products'::regclass"_s);
    return row ? row->value(0).toLongLong() : -1;
}

bool TstStandbyReads::setApplyDelay(const QString& delay)
{
    DatabaseConnection standby(m_cluster->standby().superuserSettings());
    if (!standby.open())
        return false;
    SqlExecutor sql(standby);
    return sql.script(u"ALTER SYSTEM SET recovery_min_apply_delay = '%1'"_s.arg(delay)) &&
           sql.queryOne(u"SELECT pg_reload_conf()"_s);
}

bool TstStandbyReads::lastReadOnStandby(ServiceClient& client)
{
    return await(client.worker.withSession(
        [](SqlSession& session) { return session.lastReadOnReadServer(); }));
}

QFuture<Result<ProductPage>> TstStandbyReads::catalogPage(ServiceClient& client)
{
    return client.catalog.products({}, std::nullopt, 20, ProductSearchSql::Direction::Forward);
}

void TstStandbyReads::catalogReadsAreServedByTheStandby()
{
    ServiceClient buyer(m_db->clientSettings(), u"b@test.example"_s, u"buyer password"_s,
                        m_readServer);
    QVERIFY(buyer.ok);
    // The login was a write; once the standby has it, reads go there.
    QTRY_VERIFY_WITH_TIMEOUT(await(catalogPage(buyer)).has_value() && lastReadOnStandby(buyer),
                             30000);
    const qint64 before = standbyScans();
    QVERIFY(before >= 0);
    auto page = await(catalogPage(buyer));
    QVERIFY(page);
    QCOMPARE(page->rows.size(), 1);
    QCOMPARE(page->rows.first().name, u"Standby lamp"_s);
    QVERIFY(lastReadOnStandby(buyer));
    auto detail = await(buyer.catalog.product(m_listing.productId));
    QVERIFY(detail);
    QVERIFY(lastReadOnStandby(buyer));
    // Seen from the server's side: the standby scanned the products table.
    QTRY_VERIFY_WITH_TIMEOUT(standbyScans() > before, 20000);

    // The cart is the caller's own: always the primary, always current.
    QVERIFY(await(buyer.cart.add(m_listing.variantId, 2)));
    auto lines = await(buyer.cart.lines());
    QVERIFY(lines);
    QCOMPARE(lines->size(), 1);
    QCOMPARE(lines->first().quantity, 2);
    QVERIFY(await(buyer.cart.clear()));
}

void TstStandbyReads::aWriteOnTheReadPathIsRefused()
{
    // With a read server and without one (the primary answers, read-only too).
    for (const bool withStandby : {true, false}) {
        ServiceClient buyer(m_db->clientSettings(), u"b@test.example"_s, u"buyer password"_s,
                            withStandby ? std::optional(m_readServer) : std::nullopt);
        QVERIFY(buyer.ok);
        const qint64 variant = m_listing.variantId;
        auto written = await(buyer.worker.read([variant](SqlReader& sql) {
            return sql.query(u"SELECT hexastore.cart_add(?, 1)"_s, {variant});
        }));
        QVERIFY(!written);
        QCOMPARE(written.error().sqlState(), u"25006"_s); // read-only transaction
        auto updated = await(buyer.worker.read([](SqlReader& sql) {
            return sql.query(u"UPDATE hexastore.products SET name = name RETURNING id"_s);
        }));
        QVERIFY(!updated);
        QCOMPARE(updated.error().sqlState(), u"25006"_s);
    }
}

void TstStandbyReads::aFreshLoginReadsAtOnceWithReplicationDelayed()
{
    QVERIFY(setApplyDelay(u"4s"_s));
    auto undo = qScopeGuard([this] { QVERIFY(setApplyDelay(u"0"_s)); });
    ServiceClient buyer(m_db->clientSettings(), u"b@test.example"_s, u"buyer password"_s,
                        m_readServer);
    QVERIFY(buyer.ok);
    // The new session is not on the standby yet: a read there would be
    // refused as "not logged in" (shown here), so the primary answers.
    auto token = await(buyer.worker.withSession(
        [](SqlSession& session) { return session.tokens()->accessToken; }));
    DatabaseConnection standby(m_readServer);
    QVERIFY(standby.open());
    SqlExecutor raw(standby);
    raw.setIdentity(token);
    auto who = raw.queryOne(u"SELECT hexastore.current_user_id()"_s);
    QVERIFY(!who);
    QCOMPARE(who.error().sqlState(), u"28000"_s);

    auto page = await(catalogPage(buyer));
    QVERIFY2(page, page ? "" : qPrintable(page.error().message()));
    QCOMPARE(page->rows.size(), 1);
    QVERIFY(!lastReadOnStandby(buyer));
    // A read that needs the identity (policies that depend on the caller do).
    auto me = await(buyer.worker.read(
        [](SqlReader& sql) { return sql.queryOne(u"SELECT hexastore.current_user_id()"_s); }));
    QVERIFY2(me, me ? "" : qPrintable(me.error().message()));
    QVERIFY(me->value(0).toLongLong() > 0);
    QVERIFY(!lastReadOnStandby(buyer));
    // Once the standby has replayed the login, reads go there again.
    QTRY_VERIFY_WITH_TIMEOUT(await(catalogPage(buyer)).has_value() && lastReadOnStandby(buyer),
                             30000);
}

QTEST_GUILESS_MAIN(TstStandbyReads)
#include "tst_standby_reads.moc"
