#include "TestDatabase.h"

#include "db/DatabaseProvisioner.h"
#include "db/LocalServer.h"
#include "db/MigrationRunner.h"
#include "db/PgBouncerServer.h"
#include "services/server/OperatorService.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

TestDatabase::TestDatabase(const QString& testName, int schemaVersion)
{
    const QString dir = qEnvironmentVariable("HEXASTORE_TEST_SERVER_DIR");
    if (dir.isEmpty()) {
        m_failure = u"HEXASTORE_TEST_SERVER_DIR is not set; run the tests through ctest"_s;
        return;
    }
    m_server = LocalServer(dir).superuserSettings();
    QString safe = testName.toLower();
    safe.replace(QRegularExpression(u"[^a-z0-9_]"_s), u"_"_s);
    m_name = u"hxt_%1_%2"_s.arg(safe).arg(QCoreApplication::applicationPid());

    DatabaseProvisioner provisioner(m_server);
    (void)provisioner.dropDatabase(m_name);
    if (auto created = provisioner.ensureDatabase(m_name); !created) {
        m_failure = created.error().detail();
        return;
    }
    m_admin = std::make_unique<DatabaseConnection>(operatorSettings());
    if (auto opened = m_admin->open(); !opened) {
        m_failure = opened.error().detail();
        return;
    }
    m_adminSql = std::make_unique<SqlExecutor>(*m_admin);
    if (auto migrated = MigrationRunner(*m_admin).migrate({}, schemaVersion); !migrated) {
        m_failure = migrated.error().message() + u" — "_s + migrated.error().detail();
        return;
    }
    if (auto cost = OperatorService(*m_adminSql).setSetting(u"bcrypt_cost"_s, 4); !cost) {
        m_failure = cost.error().detail();
        return;
    }
    m_ready = true;
}

TestDatabase::~TestDatabase()
{
    m_adminSql.reset();
    m_admin.reset();
    if (!m_name.isEmpty())
        (void)DatabaseProvisioner(m_server).dropDatabase(m_name);
}

ConnectionSettings TestDatabase::operatorSettings() const
{
    ConnectionSettings s = m_server;
    s.database = m_name;
    return s;
}

ConnectionSettings TestDatabase::clientSettings() const
{
    // The suite's second run: the client through the cluster's PgBouncer.
    const QString pooler = qEnvironmentVariable("HEXASTORE_TEST_POOLER_DIR");
    if (!pooler.isEmpty())
        return PgBouncerServer(pooler).clientSettings(m_name);
    ConnectionSettings s = operatorSettings();
    s.user = u"hexastore_client"_s;
    return s;
}

QString TestDatabase::socketPath() const
{
    return m_server.host + u"/.s.PGSQL."_s + QString::number(m_server.port);
}

qint64 TestDatabase::createUser(Role role, const QString& email, const QString& password,
                                const QString& fullName)
{
    auto id = OperatorService(*m_adminSql).createUser(email, password, fullName, role);
    return id ? *id : -1;
}

TestDatabase::Listing TestDatabase::createListing(qint64 sellerId, const QString& name,
                                                  const QString& price, int stock)
{
    if (m_categoryId == 0) {
        auto row = m_adminSql->queryOne(
            u"INSERT INTO hexastore.categories (name) VALUES ('Test goods') RETURNING id"_s);
        if (!row)
            return {};
        m_categoryId = row->value(0).toLongLong();
    }
    // One statement, so that the "a product needs a variant" check at COMMIT passes.
    auto row = m_adminSql->queryOne(
        u"WITH p AS (INSERT INTO hexastore.products (seller_id, category_id, name) "
        "VALUES (?, ?, ?) RETURNING id) "
        "INSERT INTO hexastore.product_variants (product_id, sku, price, stock) "
        "SELECT id, ?, ?::numeric, ? FROM p RETURNING product_id, id"_s,
        {sellerId, m_categoryId, name, u"T-%1-%2"_s.arg(m_name).arg(++m_skus), price, stock});
    if (!row)
        return {};
    return {row->value(0).toLongLong(), row->value(1).toLongLong()};
}

qint64 TestDatabase::createAddress(qint64 buyerId, const QString& city)
{
    auto row = m_adminSql->queryOne(
        u"INSERT INTO hexastore.addresses (buyer_id, recipient, phone, country, city, street, "
        "house, postal_code, is_default) VALUES (?, 'Test Recipient', '+49 30 1234567', "
        "'Germany', ?, 'Hauptstrasse', '5', '10115', "
        "NOT EXISTS (SELECT FROM hexastore.addresses WHERE buyer_id = ?)) RETURNING id"_s,
        {buyerId, city, buyerId});
    return row ? row->value(0).toLongLong() : -1;
}

qint64 TestDatabase::createDispatchedDelivery(qint64 buyerId, qint64 addressId, qint64 sellerId,
                                              const Listing& listing, qint64 courierId)
{
    auto price =
        m_adminSql->queryOne(u"SELECT price, (SELECT name FROM hexastore.products WHERE id = ?) "
                             "FROM hexastore.product_variants WHERE id = ?"_s,
                             {listing.productId, listing.variantId});
    if (!price)
        return 0;
    const QString amount = price->value(0).toString();
    auto order = m_adminSql->queryOne(
        u"WITH c AS (INSERT INTO hexastore.checkouts (buyer_id, payment_method, subtotal, "
        "discount) VALUES (?, 'cash_on_delivery', ?::numeric, 0) RETURNING id) "
        "INSERT INTO hexastore.orders (checkout_id, buyer_id, seller_id, buyer_name, seller_name, "
        "payment_method, subtotal, discount, total, delivery_address) "
        "SELECT c.id, ?, ?, 'Buyer', 'Seller', 'cash_on_delivery', ?::numeric, 0, ?::numeric, "
        "(SELECT to_jsonb(a) FROM hexastore.addresses a WHERE a.id = ?) FROM c RETURNING id"_s,
        {buyerId, amount, buyerId, sellerId, amount, amount, addressId});
    if (!order)
        return 0;
    const qint64 orderId = order->value(0).toLongLong();
    if (!m_adminSql->execute(
            u"INSERT INTO hexastore.order_items (order_id, line, variant_id, product_id, "
            "product_name, sku, options, unit_price, quantity, line_total) "
            "VALUES (?, 1, ?, ?, ?, 'SKU', '{}', ?::numeric, 1, ?::numeric)"_s,
            {orderId, listing.variantId, listing.productId, price->value(1), amount, amount}) ||
        !m_adminSql->execute(u"INSERT INTO hexastore.deliveries (order_id) VALUES (?)"_s,
                             {orderId}) ||
        !m_adminSql->execute(u"UPDATE hexastore.orders SET status = 'confirmed' WHERE id = ?"_s,
                             {orderId}) ||
        !m_adminSql->execute(u"UPDATE hexastore.deliveries SET status = 'assigned', "
                             "courier_id = ? WHERE order_id = ?"_s,
                             {courierId, orderId}))
        return 0;
    auto delivery = m_adminSql->queryOne(
        u"SELECT id FROM hexastore.deliveries WHERE order_id = ?"_s, {orderId});
    return delivery ? delivery->value(0).toLongLong() : 0;
}
