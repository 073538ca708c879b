// The rules of carts, checkout, orders, promo codes and reviews (issue #4),
// tried with raw SQL as hexastore_client: what a user with psql and the
// client's connection settings could attempt.
#include "tests/support/BackgroundStatement.h"
#include "tests/support/ClientSql.h"
#include "tests/support/TestDatabase.h"

#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;

class TstOrderSql : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void cartIsPrivateAndWrittenOnlyThroughFunctions();
    void cartRefusesWhatCannotBeBought();
    void ordersAreVisibleToTheirPartiesOnly();
    void nobodyOrdersInSomeoneElsesName();
    void pricesAndTotalsNeverChange();
    void statesCannotBeSkipped();
    void whoMayMoveAnOrder();
    void cancellingTwiceRestoresStockOnce();
    void buyersCancelAtMostThreeTimesInThirtyDays();
    void cancellationLimitHoldsUnderEveryIsolationLevel_data();
    void cancellationLimitHoldsUnderEveryIsolationLevel();
    void siblingCancellationsGiveThePromoUseBack();
    void cancellingSiblingsInOneTransactionDoesNotDeadlock();
    void aLineAddedDuringCheckoutIsNotOrdered();
    void checkoutIsAllOrNothing();
    void aRepeatedRequestOrdersOnce();
    void discountIsSharedToTheCent();
    void promoLimitsHold();
    void promoCodesAreAdminsOnly();
    void reviewsNeedADeliveredPurchase();
    void addressesArePrivateAndValidated();
    void adminChangesAreAudited();

private:
    void as(const QString& email);
    QString state(const QString& sql, const QVariantList& params = {});
    qint64 scalar(const QString& sql, const QVariantList& params = {});
    QString text(const QString& sql, const QVariantList& params = {});
    int stockOf(qint64 variantId);
    // A new buyer with an address, logged in on the test's connection as `name`.
    void addBuyer(const QString& name);
    // As the buyer: puts the items in the cart and checks out; returns the order ids.
    QList<qint64> order(const QString& buyer, const QList<QPair<qint64, int>>& items,
                        const QString& promo = {});

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ClientSql> m_client;
    SqlExecutor* m_sql = nullptr;
    QHash<QString, qint64> m_users;
    QHash<QString, qint64> m_addresses;
    TestDatabase::Listing m_itemA; // seller a
    TestDatabase::Listing m_itemA2;
    TestDatabase::Listing m_itemB; // seller b
};

void TstOrderSql::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(u"order_sql"_s);
    QVERIFY2(m_db->isReady(), qPrintable(m_db->failure()));
    const QList<QPair<QString, Role>> people{
        {u"a"_s, Role::Seller},    {u"b"_s, Role::Seller},       {u"x"_s, Role::Buyer},
        {u"y"_s, Role::Buyer},     {u"z"_s, Role::Buyer},        {u"w"_s, Role::Buyer},
        {u"admin"_s, Role::Admin}, {u"courier"_s, Role::Courier}};
    m_client = std::make_unique<ClientSql>(*m_db);
    QVERIFY(m_client->isOpen());
    m_sql = &m_client->sql();
    for (const auto& [name, role] : people) {
        const QString email = name + u"@test.example"_s;
        const qint64 id = m_db->createUser(role, email, u"password of "_s + name, name.toUpper());
        QVERIFY(id > 0);
        m_users.insert(name, id);
        QVERIFY(m_client->login(name, email, u"password of "_s + name));
        if (role == Role::Buyer)
            m_addresses.insert(name, m_db->createAddress(id));
    }
    m_itemA = m_db->createListing(m_users[u"a"_s], u"Alpha lamp"_s, u"10.00"_s, 100);
    m_itemA2 = m_db->createListing(m_users[u"a"_s], u"Alpha shade"_s, u"0.10"_s, 100);
    m_itemB = m_db->createListing(m_users[u"b"_s], u"Beta chair"_s, u"20.00"_s, 100);
    QVERIFY(m_itemA.variantId > 0 && m_itemA2.variantId > 0 && m_itemB.variantId > 0);
}

void TstOrderSql::cleanupTestCase()
{
    m_sql = nullptr;
    m_client.reset();
    m_db.reset();
}

void TstOrderSql::init()
{
    as(QString());
}

void TstOrderSql::as(const QString& name)
{
    QVERIFY(m_client->as(name));
}

QString TstOrderSql::state(const QString& sql, const QVariantList& params)
{
    return m_client->state(sql, params);
}

qint64 TstOrderSql::scalar(const QString& sql, const QVariantList& params)
{
    return m_client->scalar(sql, params);
}

QString TstOrderSql::text(const QString& sql, const QVariantList& params)
{
    return m_client->text(sql, params);
}

int TstOrderSql::stockOf(qint64 variantId)
{
    auto row = m_db->admin().queryOne(
        u"SELECT stock FROM hexastore.product_variants WHERE id = ?"_s, {variantId});
    return row ? row->value(0).toInt() : -1;
}

void TstOrderSql::addBuyer(const QString& name)
{
    const QString email = name + u"@test.example"_s;
    const qint64 id = m_db->createUser(Role::Buyer, email, u"password of "_s + name, name);
    QVERIFY(id > 0);
    m_users.insert(name, id);
    m_addresses.insert(name, m_db->createAddress(id));
    QVERIFY(m_client->login(name, email, u"password of "_s + name));
}

QList<qint64> TstOrderSql::order(const QString& buyer, const QList<QPair<qint64, int>>& items,
                                 const QString& promo)
{
    as(buyer);
    for (const auto& [variant, quantity] : items) {
        if (state(u"SELECT hexastore.cart_set_quantity(?, ?)"_s, {variant, quantity}) != u"ok"_s)
            return {};
    }
    const QString ids = text(u"SELECT array_to_string(hexastore.place_order(?, ?, "
                             "'cash_on_delivery'), ',')"_s,
                             {m_addresses.value(buyer), promo});
    QList<qint64> out;
    if (ids.startsWith(u"<error"_s))
        return out;
    for (const QString& id : ids.split(u',', Qt::SkipEmptyParts))
        out.append(id.toLongLong());
    return out;
}

void TstOrderSql::cartIsPrivateAndWrittenOnlyThroughFunctions()
{
    as(u"x"_s);
    QCOMPARE(state(u"SELECT hexastore.cart_set_quantity(?, 2)"_s, {m_itemA.variantId}), u"ok"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.my_cart()"_s), 1);
    // Direct writes are not granted, for anyone.
    QCOMPARE(
        state(u"INSERT INTO hexastore.cart_items (buyer_id, variant_id, quantity, added_price) "
              "VALUES (?, ?, 1, 0.01)"_s,
              {m_users[u"y"_s], m_itemB.variantId}),
        u"42501"_s);
    QCOMPARE(state(u"UPDATE hexastore.cart_items SET added_price = 0.01"_s), u"42501"_s);

    as(u"y"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.cart_items"_s), 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.my_cart()"_s), 0);
    // Removing or clearing touches only the caller's own cart.
    QCOMPARE(state(u"SELECT hexastore.cart_remove(?)"_s, {m_itemA.variantId}), u"ok"_s);
    QCOMPARE(state(u"SELECT hexastore.cart_clear()"_s), u"ok"_s);
    as(u"x"_s);
    QCOMPARE(scalar(u"SELECT quantity FROM hexastore.cart_items WHERE variant_id = ?"_s,
                    {m_itemA.variantId}),
             2);
    // Sellers, couriers and anonymous callers have no cart.
    as(u"a"_s);
    QCOMPARE(state(u"SELECT hexastore.cart_add(?, 1)"_s, {m_itemB.variantId}), u"HX304"_s);
    as(u"courier"_s);
    QCOMPARE(state(u"SELECT * FROM hexastore.cart_quote('')"_s), u"HX304"_s);
    as(QString());
    QCOMPARE(state(u"SELECT hexastore.cart_add(?, 1)"_s, {m_itemB.variantId}), u"28000"_s);
    as(u"x"_s);
    QCOMPARE(state(u"SELECT hexastore.cart_clear()"_s), u"ok"_s);
}

void TstOrderSql::cartRefusesWhatCannotBeBought()
{
    as(u"x"_s);
    QCOMPARE(state(u"SELECT hexastore.cart_set_quantity(?, 0)"_s, {m_itemA.variantId}), u"HX303"_s);
    QCOMPARE(state(u"SELECT hexastore.cart_set_quantity(?, -3)"_s, {m_itemA.variantId}),
             u"HX303"_s);
    QCOMPARE(state(u"SELECT hexastore.cart_set_quantity(-1, 1)"_s), u"HX308"_s);

    // More than the stock: refused, and the refusal names item, asked and available.
    auto tooMany =
        m_sql->query(u"SELECT hexastore.cart_set_quantity(?, 101)"_s, {m_itemA.variantId});
    QVERIFY(!tooMany);
    QCOMPARE(tooMany.error().sqlState(), u"HX301"_s);
    QVERIFY2(tooMany.error().message().contains(u"Alpha lamp"_s) &&
                 tooMany.error().message().contains(u"101"_s) &&
                 tooMany.error().message().contains(u"100"_s),
             qPrintable(tooMany.error().message()));
    QCOMPARE(tooMany.error().field(), u"quantity"_s);
    // Adding on top of a line counts the line too.
    QCOMPARE(state(u"SELECT hexastore.cart_add(?, 60)"_s, {m_itemA.variantId}), u"ok"_s);
    QCOMPARE(state(u"SELECT hexastore.cart_add(?, 60)"_s, {m_itemA.variantId}), u"HX301"_s);
    QCOMPARE(state(u"SELECT hexastore.cart_add(?, -59)"_s, {m_itemA.variantId}), u"ok"_s);
    QCOMPARE(scalar(u"SELECT quantity FROM hexastore.cart_items"_s), 1);
    QCOMPARE(state(u"SELECT hexastore.cart_add(?, -1)"_s, {m_itemA.variantId}), u"ok"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.cart_items"_s), 0);

    // A deactivated item cannot be added; one deactivated after adding is
    // shown as unavailable, with its price change marked.
    QCOMPARE(state(u"SELECT hexastore.cart_set_quantity(?, 1)"_s, {m_itemB.variantId}), u"ok"_s);
    QVERIFY(m_db->admin().execute(
        u"UPDATE hexastore.product_variants SET active = false, price = 21 WHERE id = ?"_s,
        {m_itemB.variantId}));
    QCOMPARE(state(u"SELECT hexastore.cart_set_quantity(?, 1)"_s, {m_itemB.variantId}), u"HX302"_s);
    QCOMPARE(text(u"SELECT state || ' ' || added_price || ' ' || price FROM hexastore.my_cart()"_s),
             u"unavailable 20.00 21.00"_s);
    QCOMPARE(
        state(u"SELECT hexastore.place_order(?, '', 'cash_on_delivery')"_s, {m_addresses[u"x"_s]}),
        u"HX302"_s);
    QVERIFY(m_db->admin().execute(
        u"UPDATE hexastore.product_variants SET active = true, price = 20 WHERE id = ?"_s,
        {m_itemB.variantId}));
    QCOMPARE(state(u"SELECT hexastore.cart_clear()"_s), u"ok"_s);
}

void TstOrderSql::ordersAreVisibleToTheirPartiesOnly()
{
    const QList<qint64> ids = order(u"x"_s, {{m_itemA.variantId, 1}, {m_itemB.variantId, 1}});
    QCOMPARE(ids.size(), 2);
    const QVariantList both{ids[0], ids[1]};
    const QString countOrders = u"SELECT count(*) FROM hexastore.orders WHERE id IN (?, ?)"_s;
    const QString countItems =
        u"SELECT count(*) FROM hexastore.order_items WHERE order_id IN (?, ?)"_s;
    const QString countHistory =
        u"SELECT count(*) FROM hexastore.order_status_history WHERE order_id IN (?, ?)"_s;
    const QString countDeliveries =
        u"SELECT count(*) FROM hexastore.deliveries WHERE order_id IN (?, ?)"_s;
    as(u"x"_s);
    QCOMPARE(scalar(countOrders, both), 2);
    QCOMPARE(scalar(countItems, both), 2);
    QCOMPARE(scalar(countHistory, both), 2);
    QCOMPARE(scalar(countDeliveries, both), 2);
    as(u"y"_s);
    QCOMPARE(scalar(countOrders, both), 0);
    QCOMPARE(scalar(countItems, both), 0);
    QCOMPARE(scalar(countHistory, both), 0);
    QCOMPARE(scalar(countDeliveries, both), 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.checkouts"_s), 0);
    as(u"a"_s); // sees the order for their own goods only
    QCOMPARE(scalar(countOrders, both), 1);
    QCOMPARE(scalar(countItems, both), 1);
    as(u"courier"_s);
    QCOMPARE(scalar(countOrders, both), 0);
    as(QString());
    QCOMPARE(scalar(countOrders, both), 0);
    as(u"admin"_s);
    QCOMPARE(scalar(countOrders, both), 2);
}

void TstOrderSql::nobodyOrdersInSomeoneElsesName()
{
    as(u"x"_s);
    QCOMPARE(state(u"INSERT INTO hexastore.orders (checkout_id, buyer_id, seller_id, buyer_name, "
                   "seller_name, payment_method, subtotal, discount, total, delivery_address) "
                   "VALUES (1, ?, ?, 'Y', 'A', 'cash_on_delivery', 1, 0, 1, '{}')"_s,
                   {m_users[u"y"_s], m_users[u"a"_s]}),
             u"42501"_s);
    QCOMPARE(state(u"INSERT INTO hexastore.order_items (order_id, line, product_id, product_name, "
                   "sku, options, unit_price, quantity, line_total) "
                   "VALUES (1, 99, ?, 'x', 'x', '{}', 0, 1, 0)"_s,
                   {m_itemA.productId}),
             u"42501"_s);
    // Someone else's address is no address of the caller's.
    QCOMPARE(state(u"SELECT hexastore.cart_set_quantity(?, 1)"_s, {m_itemA.variantId}), u"ok"_s);
    QCOMPARE(
        state(u"SELECT hexastore.place_order(?, '', 'cash_on_delivery')"_s, {m_addresses[u"y"_s]}),
        u"HX306"_s);
    QCOMPARE(state(u"SELECT hexastore.place_order(?, '', 'credit_card')"_s, {m_addresses[u"x"_s]}),
             u"HX307"_s);
    // A seller cannot check out (nor can anyone without a session).
    as(u"a"_s);
    QCOMPARE(
        state(u"SELECT hexastore.place_order(?, '', 'cash_on_delivery')"_s, {m_addresses[u"x"_s]}),
        u"HX304"_s);
    as(u"y"_s);
    QCOMPARE(
        state(u"SELECT hexastore.place_order(?, '', 'cash_on_delivery')"_s, {m_addresses[u"y"_s]}),
        u"HX305"_s);
    as(u"x"_s);
    QCOMPARE(state(u"SELECT hexastore.cart_clear()"_s), u"ok"_s);
}

void TstOrderSql::pricesAndTotalsNeverChange()
{
    const QList<qint64> ids = order(u"y"_s, {{m_itemA.variantId, 2}});
    QCOMPARE(ids.size(), 1);
    for (const QString& who : {u"y"_s, u"a"_s, u"admin"_s}) {
        as(who);
        QCOMPARE(state(u"UPDATE hexastore.orders SET total = 0 WHERE id = ?"_s, {ids[0]}),
                 u"42501"_s);
        QCOMPARE(
            state(u"UPDATE hexastore.orders SET status = 'delivered' WHERE id = ?"_s, {ids[0]}),
            u"42501"_s);
        QCOMPARE(state(u"UPDATE hexastore.order_items SET unit_price = 0 WHERE order_id = ?"_s,
                       {ids[0]}),
                 u"42501"_s);
        QCOMPARE(state(u"DELETE FROM hexastore.orders WHERE id = ?"_s, {ids[0]}), u"42501"_s);
    }
    // Even the owner (through any future definer function) cannot change the amounts.
    auto changed = m_db->admin().execute(u"UPDATE hexastore.orders SET total = 1, subtotal = 1 "
                                         "WHERE id = ?"_s,
                                         {ids[0]});
    QVERIFY(!changed);
    QCOMPARE(changed.error().sqlState(), u"42501"_s);
    // A later price change does not touch the order's snapshot.
    QVERIFY(m_db->admin().execute(
        u"UPDATE hexastore.product_variants SET price = 99 WHERE id = ?"_s, {m_itemA.variantId}));
    as(u"y"_s);
    QCOMPARE(text(u"SELECT total::text FROM hexastore.orders WHERE id = ?"_s, {ids[0]}),
             u"20.00"_s);
    QVERIFY(m_db->admin().execute(
        u"UPDATE hexastore.product_variants SET price = 10 WHERE id = ?"_s, {m_itemA.variantId}));
}

void TstOrderSql::statesCannotBeSkipped()
{
    const QList<qint64> ids = order(u"y"_s, {{m_itemB.variantId, 1}});
    QCOMPARE(ids.size(), 1);
    as(u"admin"_s);
    for (const QString& to : {u"shipped"_s, u"delivered"_s, u"pending"_s, u"nonsense"_s}) {
        QCOMPARE(state(u"SELECT hexastore.set_order_status(?, ?, 'testing')"_s, {ids[0], to}),
                 u"HX321"_s);
    }
    // The machine holds for the owner too (a trigger), not only in the function.
    auto skipped = m_db->admin().execute(
        u"UPDATE hexastore.orders SET status = 'delivered' WHERE id = ?"_s, {ids[0]});
    QVERIFY(!skipped);
    QCOMPARE(skipped.error().sqlState(), u"HX321"_s);
    // The legal path, one step at a time.
    for (const QString& to : {u"confirmed"_s, u"shipped"_s, u"delivered"_s}) {
        QCOMPARE(state(u"SELECT hexastore.set_order_status(?, ?, 'testing')"_s, {ids[0], to}),
                 u"ok"_s);
    }
    QCOMPARE(state(u"SELECT hexastore.set_order_status(?, 'cancelled', 'too late')"_s, {ids[0]}),
             u"HX321"_s);
    as(u"y"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.order_status_history WHERE order_id = ?"_s,
                    {ids[0]}),
             4);
}

void TstOrderSql::whoMayMoveAnOrder()
{
    const QList<qint64> ids = order(u"y"_s, {{m_itemA.variantId, 1}});
    QCOMPARE(ids.size(), 1);
    as(u"y"_s); // the buyer only cancels
    QCOMPARE(state(u"SELECT hexastore.set_order_status(?, 'confirmed')"_s, {ids[0]}), u"HX322"_s);
    as(u"x"_s); // another buyer does not even see it
    QCOMPARE(state(u"SELECT hexastore.set_order_status(?, 'cancelled')"_s, {ids[0]}), u"HX325"_s);
    as(u"b"_s); // nor does another seller
    QCOMPARE(state(u"SELECT hexastore.set_order_status(?, 'confirmed')"_s, {ids[0]}), u"HX325"_s);
    as(u"courier"_s);
    QCOMPARE(state(u"SELECT hexastore.set_order_status(?, 'confirmed')"_s, {ids[0]}), u"HX325"_s);
    as(u"admin"_s); // administrators always say why
    QCOMPARE(state(u"SELECT hexastore.set_order_status(?, 'confirmed', '  ')"_s, {ids[0]}),
             u"HX324"_s);
    as(u"a"_s);
    QCOMPARE(text(u"SELECT array_to_string(hexastore.order_actions(?), ',')"_s, {ids[0]}),
             u"confirmed,cancelled"_s);
    QCOMPARE(state(u"SELECT hexastore.set_order_status(?, 'confirmed')"_s, {ids[0]}), u"ok"_s);
    // Once confirmed, the seller can no longer reject it or ship it themselves.
    QCOMPARE(state(u"SELECT hexastore.set_order_status(?, 'cancelled')"_s, {ids[0]}), u"HX326"_s);
    QCOMPARE(state(u"SELECT hexastore.set_order_status(?, 'shipped')"_s, {ids[0]}), u"HX326"_s);
    QCOMPARE(text(u"SELECT array_to_string(hexastore.order_actions(?), ',')"_s, {ids[0]}), u""_s);
    as(u"y"_s);
    QCOMPARE(text(u"SELECT array_to_string(hexastore.order_actions(?), ',')"_s, {ids[0]}),
             u"cancelled"_s);
    QCOMPARE(
        state(u"SELECT hexastore.set_order_status(?, 'cancelled', 'changed my mind')"_s, {ids[0]}),
        u"ok"_s);
    QCOMPARE(text(u"SELECT actor_role::text || ':' || reason FROM hexastore.order_status_history "
                  "WHERE order_id = ? ORDER BY id DESC LIMIT 1"_s,
                  {ids[0]}),
             u"buyer:changed my mind"_s);
}

void TstOrderSql::cancellingTwiceRestoresStockOnce()
{
    const int before = stockOf(m_itemB.variantId);
    const QList<qint64> ids = order(u"x"_s, {{m_itemB.variantId, 3}});
    QCOMPARE(ids.size(), 1);
    QCOMPARE(stockOf(m_itemB.variantId), before - 3);
    as(u"x"_s);
    QCOMPARE(state(u"SELECT hexastore.set_order_status(?, 'cancelled')"_s, {ids[0]}), u"ok"_s);
    QCOMPARE(stockOf(m_itemB.variantId), before);
    QCOMPARE(state(u"SELECT hexastore.set_order_status(?, 'cancelled')"_s, {ids[0]}), u"HX321"_s);
    as(u"admin"_s);
    QCOMPARE(state(u"SELECT hexastore.set_order_status(?, 'cancelled', 'again')"_s, {ids[0]}),
             u"HX321"_s);
    QCOMPARE(stockOf(m_itemB.variantId), before);
    as(u"x"_s);
    QCOMPARE(text(u"SELECT status::text FROM hexastore.deliveries WHERE order_id = ?"_s, {ids[0]}),
             u"cancelled"_s);
}

void TstOrderSql::buyersCancelAtMostThreeTimesInThirtyDays()
{
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i) {
        const QList<qint64> placed = order(u"z"_s, {{m_itemA.variantId, 1}});
        QCOMPARE(placed.size(), 1);
        ids << placed;
    }
    as(u"z"_s);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(state(u"SELECT hexastore.set_order_status(?, 'cancelled')"_s, {ids[i]}), u"ok"_s);
    auto fourth = m_sql->query(u"SELECT hexastore.set_order_status(?, 'cancelled')"_s, {ids[3]});
    QVERIFY(!fourth);
    QCOMPARE(fourth.error().sqlState(), u"HX323"_s);
    QVERIFY2(fourth.error().message().contains(u"3"_s) &&
                 fourth.error().message().contains(u"30"_s),
             qPrintable(fourth.error().message()));
    // A seller's rejection does not count against the buyer.
    as(u"a"_s);
    QCOMPARE(state(u"SELECT hexastore.set_order_status(?, 'cancelled', 'sold out')"_s, {ids[3]}),
             u"ok"_s);
    // Older cancellations fall out of the window.
    QVERIFY(m_db->admin().execute(
        u"UPDATE hexastore.order_status_history SET changed_at = now() - interval '31 days' "
        "WHERE changed_by = ? AND to_status = 'cancelled'"_s,
        {m_users[u"z"_s]}));
    const QList<qint64> again = order(u"z"_s, {{m_itemA.variantId, 1}});
    as(u"z"_s);
    QCOMPARE(state(u"SELECT hexastore.set_order_status(?, 'cancelled')"_s, {again.value(0)}),
             u"ok"_s);
}

void TstOrderSql::cancellationLimitHoldsUnderEveryIsolationLevel_data()
{
    QTest::addColumn<QString>("isolation");
    QTest::newRow("read committed") << u"READ COMMITTED"_s;
    QTest::newRow("repeatable read") << u"REPEATABLE READ"_s;
    QTest::newRow("serializable") << u"SERIALIZABLE"_s;
}

void TstOrderSql::cancellationLimitHoldsUnderEveryIsolationLevel()
{
    // A buyer opens a transaction ahead (its snapshot taken), cancels three
    // orders on a second connection, then cancels a fourth in the first one.
    QFETCH(QString, isolation);
    const QString buyer = u"early-"_s + QString(isolation).replace(u' ', u'-').toLower();
    addBuyer(buyer);
    // Four different items, so that no stock row is shared between the
    // cancellations (restoring it would also fail to serialise).
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i) {
        const auto item =
            m_db->createListing(m_users[u"a"_s], buyer + QString::number(i), u"1.00"_s, 1);
        ids << order(buyer, {{item.variantId, 1}});
    }
    QCOMPARE(ids.size(), 4);

    ClientSql other(*m_db);
    QVERIFY(other.login(buyer, buyer + u"@test.example"_s, u"password of "_s + buyer));
    QVERIFY(other.as(buyer));
    as(buyer);
    const auto level = isolation == u"SERIALIZABLE"_s      ? SqlExecutor::Isolation::Serializable
                       : isolation == u"REPEATABLE READ"_s ? SqlExecutor::Isolation::RepeatableRead
                                                           : SqlExecutor::Isolation::ReadCommitted;
    QVERIFY(m_sql->begin(SqlExecutor::Access::ReadWrite, level));
    QVERIFY(m_sql->query(u"SELECT count(*) FROM hexastore.orders"_s));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(other.state(u"SELECT hexastore.set_order_status(?, 'cancelled')"_s, {ids[i]}),
                 u"ok"_s);
    }
    auto fourth = m_sql->query(u"SELECT hexastore.set_order_status(?, 'cancelled')"_s, {ids[3]});
    const QString outcome = fourth ? u"ok"_s : fourth.error().sqlState();
    m_sql->rollback();
    // Refused by the limit, or (on an old snapshot) unable to serialise, so
    // that the client's retry meets the limit.
    QVERIFY2(outcome == u"HX323"_s || outcome == u"40001"_s, qPrintable(outcome));
    QCOMPARE(state(u"SELECT hexastore.set_order_status(?, 'cancelled')"_s, {ids[3]}), u"HX323"_s);
    QCOMPARE(m_db->admin()
                 .queryOne(u"SELECT count(*) FROM hexastore.orders WHERE buyer_id = ? "
                           "AND status = 'cancelled'"_s,
                           {m_users[buyer]})
                 ->value(0)
                 .toInt(),
             3);
}

void TstOrderSql::siblingCancellationsGiveThePromoUseBack()
{
    // One checkout, two sellers, a code usable once per buyer. Both sellers
    // reject at the same time: the last one out must give the use back.
    auto& admin = m_db->admin();
    QVERIFY(admin.execute(u"INSERT INTO hexastore.promo_codes (code, kind, value, per_buyer_limit) "
                          "VALUES ('PAIR1', 'percent', 10, 1)"_s));
    addBuyer(u"pair"_s);
    const auto usesLeft = [&] {
        return text(
            u"SELECT coalesce(promo_error, 'applies') FROM hexastore.cart_quote('PAIR1')"_s);
    };
    const auto released = [&](qint64 orderId) {
        return admin
            .queryOne(u"SELECT r.released_at IS NOT NULL FROM hexastore.promo_redemptions r "
                      "JOIN hexastore.orders o ON o.checkout_id = r.checkout_id WHERE o.id = ?"_s,
                      {orderId})
            ->value(0)
            .toBool();
    };

    // Read committed: seller b's cancel waits for seller a's open one.
    QList<qint64> ids =
        order(u"pair"_s, {{m_itemA.variantId, 1}, {m_itemB.variantId, 1}}, u"PAIR1"_s);
    QCOMPARE(ids.size(), 2);
    as(u"a"_s);
    QVERIFY(m_sql->begin());
    QVERIFY(m_sql->query(u"SELECT hexastore.set_order_status(?, 'cancelled', 'a rejects')"_s,
                         {ids[0]}));
    BackgroundStatement sellerB(m_db->clientSettings(), m_client->token(u"b"_s),
                                u"SELECT hexastore.set_order_status(?, 'cancelled', 'b rejects')"_s,
                                {ids[1]});
    sellerB.waitUntilBlocked(admin); // before the fix it did not wait at all
    QVERIFY(m_sql->commit());
    QVERIFY2(!sellerB.result().startsWith(u"<error"_s), qPrintable(sellerB.result()));
    QVERIFY(released(ids[0]));
    as(u"pair"_s);
    QCOMPARE(usesLeft(), u"applies"_s);

    // Repeatable read: seller b's snapshot predates seller a's cancel. It may
    // not serialise (the client retries), but never keeps the use.
    ids = order(u"pair"_s, {{m_itemA.variantId, 1}, {m_itemB.variantId, 1}}, u"PAIR1"_s);
    QCOMPARE(ids.size(), 2);
    ClientSql sellerBEarly(*m_db);
    QVERIFY(sellerBEarly.login(u"b"_s, u"b@test.example"_s, u"password of b"_s));
    QVERIFY(sellerBEarly.as(u"b"_s));
    SqlExecutor& early = sellerBEarly.sql();
    QVERIFY(early.begin(SqlExecutor::Access::ReadWrite, SqlExecutor::Isolation::RepeatableRead));
    QVERIFY(early.query(u"SELECT count(*) FROM hexastore.orders"_s));
    as(u"a"_s);
    QCOMPARE(state(u"SELECT hexastore.set_order_status(?, 'cancelled', 'a rejects')"_s, {ids[0]}),
             u"ok"_s);
    auto late =
        early.query(u"SELECT hexastore.set_order_status(?, 'cancelled', 'b rejects')"_s, {ids[1]});
    if (late) {
        QVERIFY(early.commit());
    } else {
        QCOMPARE(late.error().sqlState(), u"40001"_s);
        early.rollback();
        QCOMPARE(sellerBEarly.state(
                     u"SELECT hexastore.set_order_status(?, 'cancelled', 'b rejects')"_s, {ids[1]}),
                 u"ok"_s);
    }
    QVERIFY(released(ids[0]));
    as(u"pair"_s);
    QCOMPARE(usesLeft(), u"applies"_s);
    QCOMPARE(admin.queryOne(u"SELECT used_count FROM hexastore.promo_codes WHERE code = 'PAIR1'"_s)
                 ->value(0)
                 .toInt(),
             0);
    QCOMPARE(state(u"SELECT hexastore.cart_clear()"_s), u"ok"_s);
}

void TstOrderSql::cancellingSiblingsInOneTransactionDoesNotDeadlock()
{
    // An administrator cancels both orders of a checkout in one transaction;
    // meanwhile a seller rejects the second. The seller waits; nobody deadlocks.
    addBuyer(u"sibling"_s);
    const QList<qint64> ids = order(u"sibling"_s, {{m_itemA.variantId, 1}, {m_itemB.variantId, 1}});
    QCOMPARE(ids.size(), 2);
    as(u"admin"_s);
    QVERIFY(m_sql->begin());
    QVERIFY(m_sql->query(u"SELECT hexastore.set_order_status(?, 'cancelled', 'duplicate')"_s,
                         {ids[0]}));
    BackgroundStatement seller(m_db->clientSettings(), m_client->token(u"b"_s),
                               u"SELECT hexastore.set_order_status(?, 'cancelled', 'b')"_s,
                               {ids[1]});
    QVERIFY2(seller.waitUntilBlocked(m_db->admin()), "the seller's cancel did not wait");
    auto second =
        m_sql->query(u"SELECT hexastore.set_order_status(?, 'cancelled', 'duplicate')"_s, {ids[1]});
    const QString outcome = second ? u"ok"_s : second.error().sqlState();
    if (second)
        QVERIFY(m_sql->commit());
    else
        m_sql->rollback();
    QCOMPARE(outcome, u"ok"_s);
    QCOMPARE(seller.result(), u"<error HX321>"_s); // already cancelled by then
}

void TstOrderSql::aLineAddedDuringCheckoutIsNotOrdered()
{
    // The checkout waits for a product row that its seller is saving; meanwhile
    // the buyer adds another seller's item on a second connection.
    const auto gate = m_db->createListing(m_users[u"a"_s], u"Gate lamp"_s, u"12.00"_s, 10);
    const auto late = m_db->createListing(m_users[u"b"_s], u"Late stool"_s, u"30.00"_s, 10);
    addBuyer(u"hasty"_s);
    as(u"hasty"_s);
    QCOMPARE(state(u"SELECT hexastore.cart_set_quantity(?, 1)"_s, {gate.variantId}), u"ok"_s);

    as(u"a"_s);
    QVERIFY(m_sql->begin());
    QVERIFY(m_sql->execute(u"UPDATE hexastore.products SET description = 'gate' WHERE id = ?"_s,
                           {gate.productId}));
    BackgroundStatement checkout(m_db->clientSettings(), m_client->token(u"hasty"_s),
                                 u"SELECT array_to_string(hexastore.place_order(?, NULL, "
                                 "'cash_on_delivery'), ',')"_s,
                                 {m_addresses[u"hasty"_s]});
    QVERIFY2(checkout.waitUntilBlocked(m_db->admin()), "the checkout never waited for the product");

    ClientSql buyerElsewhere(*m_db);
    QVERIFY(buyerElsewhere.login(u"hasty"_s, u"hasty@test.example"_s, u"password of hasty"_s));
    QVERIFY(buyerElsewhere.as(u"hasty"_s));
    QCOMPARE(buyerElsewhere.state(u"SELECT hexastore.cart_set_quantity(?, 1)"_s, {late.variantId}),
             u"ok"_s);
    QVERIFY(m_sql->commit());

    // Only what the checkout locked and checked is ordered; the new line waits
    // in the cart, and its product was never ordered, so it can be deleted.
    const QString placed = checkout.result();
    QVERIFY2(!placed.isEmpty() && !placed.contains(u','), qPrintable(placed));
    QCOMPARE(m_db->admin()
                 .queryOne(u"SELECT string_agg(product_name, ',') FROM hexastore.order_items "
                           "WHERE order_id = ?"_s,
                           {placed.toLongLong()})
                 ->value(0)
                 .toString(),
             u"Gate lamp"_s);
    as(u"hasty"_s);
    QCOMPARE(scalar(u"SELECT variant_id FROM hexastore.cart_items"_s), late.variantId);
    QCOMPARE(stockOf(late.variantId), 10);
    as(u"b"_s);
    QCOMPARE(text(u"SELECT hexastore.delete_product(?)"_s, {late.productId}), u"deleted"_s);
}

void TstOrderSql::checkoutIsAllOrNothing()
{
    const int stockA = stockOf(m_itemA.variantId);
    const int stockB = stockOf(m_itemB.variantId);
    as(u"w"_s);
    const qint64 ordersBefore = scalar(u"SELECT count(*) FROM hexastore.orders"_s);
    QCOMPARE(state(u"SELECT hexastore.cart_set_quantity(?, 2)"_s, {m_itemA.variantId}), u"ok"_s);
    QCOMPARE(state(u"SELECT hexastore.cart_set_quantity(?, 2)"_s, {m_itemB.variantId}), u"ok"_s);
    // The second item sells out meanwhile: nothing is ordered, nothing is taken.
    QVERIFY(m_db->admin().execute(u"UPDATE hexastore.product_variants SET stock = 1 WHERE id = ?"_s,
                                  {m_itemB.variantId}));
    auto refused = m_sql->query(u"SELECT hexastore.place_order(?, '', 'cash_on_delivery')"_s,
                                {m_addresses[u"w"_s]});
    QVERIFY(!refused);
    QCOMPARE(refused.error().sqlState(), u"HX301"_s);
    QVERIFY2(refused.error().message().contains(u"Beta chair"_s),
             qPrintable(refused.error().message()));
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.orders"_s), ordersBefore);
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.cart_items"_s), 2);
    QCOMPARE(stockOf(m_itemA.variantId), stockA);
    QVERIFY(m_db->admin().execute(u"UPDATE hexastore.product_variants SET stock = ? WHERE id = ?"_s,
                                  {stockB, m_itemB.variantId}));
    QCOMPARE(
        state(u"SELECT hexastore.place_order(?, '', 'cash_on_delivery')"_s, {m_addresses[u"w"_s]}),
        u"ok"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.orders"_s), ordersBefore + 2);
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.cart_items"_s), 0);
    QCOMPARE(stockOf(m_itemA.variantId), stockA - 2);
    QCOMPARE(stockOf(m_itemB.variantId), stockB - 2);
    // Ordered products are archived, never deleted.
    QCOMPARE(m_db->admin()
                 .queryOne(u"SELECT ever_ordered FROM hexastore.products WHERE id = ?"_s,
                           {m_itemB.productId})
                 ->value(0)
                 .toBool(),
             true);
}

void TstOrderSql::aRepeatedRequestOrdersOnce()
{
    const QString request = u"6f1c1e4a-93b5-4c55-9a51-0b7a8e1f2d33"_s;
    const int before = stockOf(m_itemA.variantId);
    as(u"w"_s);
    QCOMPARE(state(u"SELECT hexastore.cart_set_quantity(?, 1)"_s, {m_itemA.variantId}), u"ok"_s);
    const QString call = u"SELECT array_to_string(hexastore.place_order(?, '', "
                         "'cash_on_delivery', ?::uuid), ',')"_s;
    const QString first = text(call, {m_addresses[u"w"_s], request});
    QVERIFY(!first.isEmpty() && !first.startsWith(u"<error"_s));
    // The answer was lost; the client sends the same request again.
    QCOMPARE(text(call, {m_addresses[u"w"_s], request}), first);
    QCOMPARE(stockOf(m_itemA.variantId), before - 1);
    QCOMPARE(
        scalar(u"SELECT count(*) FROM hexastore.checkouts WHERE request_id = ?::uuid"_s, {request}),
        1);
    // Another buyer's request id is theirs alone.
    as(u"x"_s);
    QCOMPARE(state(u"SELECT hexastore.cart_set_quantity(?, 1)"_s, {m_itemA.variantId}), u"ok"_s);
    const QString other = text(call, {m_addresses[u"x"_s], request});
    QVERIFY(!other.startsWith(u"<error"_s) && other != first);
}

void TstOrderSql::discountIsSharedToTheCent()
{
    QVERIFY(m_db->admin().execute(
        u"INSERT INTO hexastore.promo_codes (code, kind, value) VALUES ('ODDCENTS', 'fixed', 7.01)"_s));
    // Subtotals 10.10 (seller a) and 20.00 (seller b): 7.01 does not split evenly.
    const QList<qint64> ids =
        order(u"w"_s, {{m_itemA.variantId, 1}, {m_itemA2.variantId, 1}, {m_itemB.variantId, 1}},
              u"oddcents"_s);
    QCOMPARE(ids.size(), 2);
    as(u"w"_s);
    QCOMPARE(text(u"SELECT sum(discount)::text FROM hexastore.orders WHERE id IN (?, ?)"_s,
                  {ids[0], ids[1]}),
             u"7.01"_s);
    QCOMPARE(
        text(u"SELECT string_agg(subtotal || '-' || discount || '=' || total, ' ' ORDER BY id) "
             "FROM hexastore.orders WHERE id IN (?, ?)"_s,
             {ids[0], ids[1]}),
        u"10.10-2.35=7.75 20.00-4.66=15.34"_s);
    QCOMPARE(text(u"SELECT string_agg(DISTINCT promo_code, ',') FROM hexastore.orders "
                  "WHERE id IN (?, ?)"_s,
                  {ids[0], ids[1]}),
             u"ODDCENTS"_s);
}

void TstOrderSql::promoLimitsHold()
{
    auto& admin = m_db->admin();
    QVERIFY(admin.execute(u"INSERT INTO hexastore.promo_codes (code, kind, value, usage_limit) "
                          "VALUES ('ONCE', 'percent', 10, 1)"_s));
    QVERIFY(admin.execute(u"INSERT INTO hexastore.promo_codes (code, kind, value, per_buyer_limit) "
                          "VALUES ('EACH1', 'percent', 10, 1)"_s));
    QVERIFY(admin.execute(u"INSERT INTO hexastore.promo_codes (code, kind, value, min_subtotal) "
                          "VALUES ('BIG', 'fixed', 5, 1000)"_s));
    QVERIFY(admin.execute(u"INSERT INTO hexastore.promo_codes (code, kind, value, valid_until, "
                          "valid_from) VALUES ('OLD', 'fixed', 5, now() - interval '1 day', "
                          "now() - interval '2 days')"_s));
    QVERIFY(admin.execute(u"INSERT INTO hexastore.promo_codes (code, kind, value, valid_from) "
                          "VALUES ('SOON', 'fixed', 5, now() + interval '1 day')"_s));
    QVERIFY(admin.execute(u"INSERT INTO hexastore.promo_codes (code, kind, value, active) "
                          "VALUES ('OFF', 'fixed', 5, false)"_s));

    // cart_quote says why a code does not apply, with place_order's own codes.
    as(u"y"_s);
    QCOMPARE(state(u"SELECT hexastore.cart_set_quantity(?, 1)"_s, {m_itemA.variantId}), u"ok"_s);
    const QString why = u"SELECT coalesce(promo_error, 'applies') FROM hexastore.cart_quote(?)"_s;
    QCOMPARE(text(why, {u"once"_s}), u"applies"_s);
    QCOMPARE(text(why, {u"BIG"_s}), u"HX315"_s);
    QCOMPARE(text(why, {u"OLD"_s}), u"HX314"_s);
    QCOMPARE(text(why, {u"SOON"_s}), u"HX313"_s);
    QCOMPARE(text(why, {u"OFF"_s}), u"HX312"_s);
    QCOMPARE(text(why, {u"NOSUCH"_s}), u"HX311"_s);
    for (const QString& code : {u"BIG"_s, u"OLD"_s, u"SOON"_s, u"OFF"_s, u"NOSUCH"_s}) {
        QVERIFY(state(u"SELECT hexastore.place_order(?, ?, 'cash_on_delivery')"_s,
                      {m_addresses[u"y"_s], code})
                    .startsWith(u"HX31"_s));
    }
    QCOMPARE(state(u"SELECT hexastore.cart_clear()"_s), u"ok"_s);

    // Total usage limit: the second buyer is refused.
    const QList<qint64> first = order(u"y"_s, {{m_itemA.variantId, 1}}, u"ONCE"_s);
    QCOMPARE(first.size(), 1);
    QVERIFY(order(u"x"_s, {{m_itemA.variantId, 1}}, u"ONCE"_s).isEmpty());
    as(u"x"_s);
    QCOMPARE(state(u"SELECT hexastore.place_order(?, 'ONCE', 'cash_on_delivery')"_s,
                   {m_addresses[u"x"_s]}),
             u"HX316"_s);
    // Cancelling gives the use back, once.
    as(u"y"_s);
    QCOMPARE(state(u"SELECT hexastore.set_order_status(?, 'cancelled')"_s, {first[0]}), u"ok"_s);
    QCOMPARE(admin.queryOne(u"SELECT used_count FROM hexastore.promo_codes WHERE code = 'ONCE'"_s)
                 ->value(0)
                 .toInt(),
             0);
    as(u"x"_s);
    QCOMPARE(state(u"SELECT hexastore.place_order(?, 'ONCE', 'cash_on_delivery')"_s,
                   {m_addresses[u"x"_s]}),
             u"ok"_s);
    QCOMPARE(admin.queryOne(u"SELECT used_count FROM hexastore.promo_codes WHERE code = 'ONCE'"_s)
                 ->value(0)
                 .toInt(),
             1);

    // Per-buyer limit.
    QCOMPARE(order(u"x"_s, {{m_itemA.variantId, 1}}, u"EACH1"_s).size(), 1);
    QVERIFY(order(u"x"_s, {{m_itemA.variantId, 1}}, u"EACH1"_s).isEmpty());
    as(u"x"_s);
    QCOMPARE(state(u"SELECT hexastore.place_order(?, 'EACH1', 'cash_on_delivery')"_s,
                   {m_addresses[u"x"_s]}),
             u"HX317"_s);
    QCOMPARE(order(u"y"_s, {{m_itemA.variantId, 1}}, u"EACH1"_s).size(), 1);
    as(u"x"_s);
    QCOMPARE(state(u"SELECT hexastore.cart_clear()"_s), u"ok"_s);
}

void TstOrderSql::promoCodesAreAdminsOnly()
{
    for (const QString& who : {u"x"_s, u"a"_s, u"courier"_s}) {
        as(who);
        QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.promo_codes"_s), 0);
        QCOMPARE(state(u"INSERT INTO hexastore.promo_codes (code, kind, value) "
                       "VALUES ('MINE', 'percent', 100)"_s),
                 u"42501"_s);
        QCOMPARE(state(u"UPDATE hexastore.promo_codes SET used_count = 0"_s), u"42501"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.promo_redemptions WHERE buyer_id <> ?"_s,
                        {m_users.value(who)}),
                 0);
    }
    as(u"admin"_s);
    QCOMPARE(state(u"INSERT INTO hexastore.promo_codes (code, kind, value) "
                   "VALUES ('HALF', 'percent', 50)"_s),
             u"ok"_s);
    QCOMPARE(state(u"INSERT INTO hexastore.promo_codes (code, kind, value) "
                   "VALUES ('half', 'fixed', 5)"_s),
             u"HX356"_s);
    QCOMPARE(state(u"INSERT INTO hexastore.promo_codes (code, kind, value) "
                   "VALUES ('TOOMUCH', 'percent', 101)"_s),
             u"HX352"_s);
    QCOMPARE(state(u"INSERT INTO hexastore.promo_codes (code, kind, value) "
                   "VALUES ('x', 'percent', 5)"_s),
             u"HX351"_s);
    // Even an administrator cannot make up uses.
    QCOMPARE(state(u"UPDATE hexastore.promo_codes SET used_count = 0"_s), u"42501"_s);
}

void TstOrderSql::reviewsNeedADeliveredPurchase()
{
    const QList<qint64> ids = order(u"x"_s, {{m_itemB.variantId, 1}});
    QCOMPARE(ids.size(), 1);
    const QString insert =
        u"INSERT INTO hexastore.reviews (product_id, rating, comment) VALUES (?, ?, ?)"_s;
    as(u"x"_s);
    QCOMPARE(scalar(u"SELECT hexastore.can_review(?)::int"_s, {m_itemB.productId}), 0);
    QCOMPARE(state(insert, {m_itemB.productId, 5, u"great"_s}), u"HX331"_s);
    as(u"admin"_s);
    for (const QString& to : {u"confirmed"_s, u"shipped"_s, u"delivered"_s}) {
        QCOMPARE(state(u"SELECT hexastore.set_order_status(?, ?, 'test')"_s, {ids[0], to}),
                 u"ok"_s);
    }
    as(u"z"_s); // bought it, but never had it delivered
    QCOMPARE(state(insert, {m_itemB.productId, 1, u"awful"_s}), u"HX331"_s);
    as(u"admin"_s);
    QCOMPARE(state(insert, {m_itemB.productId, 5, u"fake"_s}), u"HX331"_s);
    as(u"x"_s);
    QCOMPARE(scalar(u"SELECT hexastore.can_review(?)::int"_s, {m_itemB.productId}), 1);
    QCOMPARE(state(insert, {m_itemB.productId, 6, u"too good"_s}), u"HX332"_s);
    QCOMPARE(state(insert, {m_itemB.productId, 4, QString(2001, u'a')}), u"HX333"_s);
    QCOMPARE(state(insert, {m_itemB.productId, 4, u"solid"_s}), u"ok"_s);
    QCOMPARE(state(insert, {m_itemB.productId, 5, u"again"_s}), u"HX334"_s);
    QCOMPARE(text(u"SELECT rating_avg::text || '/' || rating_count FROM hexastore.products "
                  "WHERE id = ?"_s,
                  {m_itemB.productId}),
             u"4.00/1"_s);
    // Nobody moves a review to another author or product.
    QCOMPARE(state(u"UPDATE hexastore.reviews SET buyer_id = ?"_s, {m_users[u"y"_s]}), u"42501"_s);
    QCOMPARE(state(u"UPDATE hexastore.reviews SET product_id = ?"_s, {m_itemA.productId}),
             u"42501"_s);
    // Only the author edits or deletes it.
    as(u"y"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.product_reviews WHERE product_id = ?"_s,
                    {m_itemB.productId}),
             1);
    QCOMPARE(*m_sql->execute(u"UPDATE hexastore.reviews SET rating = 1"_s), 0);
    QCOMPARE(*m_sql->execute(u"DELETE FROM hexastore.reviews"_s), 0);
    as(u"x"_s);
    QCOMPARE(*m_sql->execute(u"UPDATE hexastore.reviews SET rating = 2"_s), 1);
    QCOMPARE(text(u"SELECT rating_avg::text FROM hexastore.products WHERE id = ?"_s,
                  {m_itemB.productId}),
             u"2.00"_s);
    QCOMPARE(*m_sql->execute(u"DELETE FROM hexastore.reviews"_s), 1);
    QCOMPARE(text(u"SELECT rating_avg::text || '/' || rating_count FROM hexastore.products "
                  "WHERE id = ?"_s,
                  {m_itemB.productId}),
             u"0.00/0"_s);
}

void TstOrderSql::addressesArePrivateAndValidated()
{
    as(u"y"_s);
    QCOMPARE(
        scalar(u"SELECT count(*) FROM hexastore.addresses WHERE id = ?"_s, {m_addresses[u"x"_s]}),
        0);
    QCOMPARE(*m_sql->execute(u"UPDATE hexastore.addresses SET city = 'Elsewhere' WHERE id = ?"_s,
                             {m_addresses[u"x"_s]}),
             0);
    QCOMPARE(
        *m_sql->execute(u"DELETE FROM hexastore.addresses WHERE id = ?"_s, {m_addresses[u"x"_s]}),
        0);
    QCOMPARE(state(u"SELECT hexastore.set_default_address(?)"_s, {m_addresses[u"x"_s]}),
             u"HX306"_s);
    QCOMPARE(state(u"UPDATE hexastore.addresses SET buyer_id = ?"_s, {m_users[u"x"_s]}),
             u"42501"_s);
    const QString insert =
        u"INSERT INTO hexastore.addresses (recipient, phone, country, city, "
        "street, house, postal_code) VALUES (?, ?, 'DE', 'Bonn', 'Weg', '1', ?)"_s;
    QCOMPARE(state(insert, {u"Y"_s, u"call me"_s, u"53111"_s}), u"HX342"_s);
    QCOMPARE(state(insert, {u"  "_s, u"+49 228 12345"_s, u"53111"_s}), u"HX341"_s);
    QCOMPARE(state(insert, {u"Y"_s, u"+49 228 12345"_s, u"!"_s}), u"HX347"_s);
    QCOMPARE(state(insert, {u"Y"_s, u"+49 228 12345"_s, u"53111"_s}), u"ok"_s);
    const qint64 second = scalar(u"SELECT max(id) FROM hexastore.addresses"_s);
    QCOMPARE(state(u"SELECT hexastore.set_default_address(?)"_s, {second}), u"ok"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.addresses WHERE is_default"_s), 1);
    QCOMPARE(state(u"UPDATE hexastore.addresses SET is_default = true"_s), u"23P01"_s);
    // Sellers have no addresses to order to.
    as(u"a"_s);
    QCOMPARE(state(insert, {u"A"_s, u"+49 228 12345"_s, u"53111"_s}), u"42501"_s);
}

void TstOrderSql::adminChangesAreAudited()
{
    const QList<qint64> ids = order(u"w"_s, {{m_itemA.variantId, 1}});
    QCOMPARE(ids.size(), 1);
    as(u"admin"_s);
    QCOMPARE(
        state(u"SELECT hexastore.set_order_status(?, 'cancelled', 'fraud suspected')"_s, {ids[0]}),
        u"ok"_s);
    QCOMPARE(text(u"SELECT reason || ':' || (details #>> '{before,status}') || '>' "
                  "|| (details #>> '{after,status}') "
                  "FROM hexastore.audit_log WHERE entity = 'order' AND entity_id = ?"_s,
                  {ids[0]}),
             u"fraud suspected:pending>cancelled"_s);
    QVERIFY(scalar(u"SELECT count(*) FROM hexastore.audit_log WHERE action LIKE 'promo.%'"_s) > 0);
    as(u"w"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM hexastore.audit_log"_s), 0);
    QCOMPARE(state(u"INSERT INTO hexastore.audit_log (action, entity) VALUES ('x', 'y')"_s),
             u"42501"_s);
    as(u"admin"_s);
    QCOMPARE(state(u"DELETE FROM hexastore.audit_log"_s), u"42501"_s);
}

QTEST_GUILESS_MAIN(TstOrderSql)
#include "tst_order_sql.moc"
