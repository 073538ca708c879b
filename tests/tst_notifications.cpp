// Notifications (issue #14): the database records them for the people
// concerned (buyer, seller, courier) whatever changes an order or delivery;
// each user reads and marks only their own (row-level security, tried with
// raw SQL as hexastore_client); the service gives the badge's figures and the
// new ones since the last seen; the model passes QAbstractItemModelTester.
#include "models/NotificationTableModel.h"
#include "services/notifications/NotificationService.h"
#include "tests/support/ClientSql.h"
#include "tests/support/ServiceClient.h"
#include "tests/support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;

class TstNotifications : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theConcernedHearOfEachStep();
    void eachUserReadsAndMarksOnlyTheirOwn();
    void theServiceCountsAndFindsTheNewOnes();
    void theModelShowsThem();

private:
    // Kinds of the user's notifications about that order, oldest first.
    QStringList kinds(qint64 userId, qint64 orderId);

    std::unique_ptr<TestDatabase> m_db;
    qint64 m_buyer = 0;
    qint64 m_seller = 0;
    qint64 m_courier = 0;
    qint64 m_courier2 = 0;
    qint64 m_address = 0;
    TestDatabase::Listing m_listing;
    qint64 m_delivery = 0;
    qint64 m_order = 0;
};

QStringList TstNotifications::kinds(qint64 userId, qint64 orderId)
{
    auto rows = m_db->admin().query(u"SELECT kind FROM hexastore.notifications "
                                    "WHERE user_id = ? AND order_id = ? ORDER BY id"_s,
                                    {userId, orderId});
    QStringList list;
    if (rows)
        for (const QSqlRecord& r : *rows)
            list << r.value(0).toString();
    return list;
}

void TstNotifications::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(u"notifications"_s);
    QVERIFY2(m_db->isReady(), qPrintable(m_db->failure()));
    m_buyer = m_db->createUser(Role::Buyer, u"buyer@test.example"_s, u"buyer password 1"_s);
    m_seller = m_db->createUser(Role::Seller, u"seller@test.example"_s, u"seller password 1"_s);
    m_courier = m_db->createUser(Role::Courier, u"courier@test.example"_s, u"courier password 1"_s);
    m_courier2 =
        m_db->createUser(Role::Courier, u"courier2@test.example"_s, u"courier password 2"_s);
    m_db->createUser(Role::Admin, u"admin@test.example"_s, u"admin password 1"_s);
    m_address = m_db->createAddress(m_buyer);
    m_listing = m_db->createListing(m_seller, u"Lamp"_s, u"10.00"_s, 50);
    QVERIFY(m_buyer > 0 && m_seller > 0 && m_courier > 0 && m_address > 0);
    m_delivery = m_db->createDispatchedDelivery(m_buyer, m_address, m_seller, m_listing, m_courier);
    QVERIFY(m_delivery > 0);
    m_order =
        m_db->admin()
            .queryOne(u"SELECT order_id FROM hexastore.deliveries WHERE id = ?"_s, {m_delivery})
            ->value(0)
            .toLongLong();
}

void TstNotifications::cleanupTestCase()
{
    m_db.reset();
}

void TstNotifications::theConcernedHearOfEachStep()
{
    // The order was placed, confirmed and handed to the courier.
    QCOMPARE(kinds(m_seller, m_order), QStringList{u"order_new"_s});
    QCOMPARE(kinds(m_buyer, m_order), QStringList{u"order_confirmed"_s});
    QCOMPARE(kinds(m_courier, m_order), QStringList{u"assignment_new"_s});

    // Picked up, written here as an operator would (not by the courier, who
    // would not hear of their own step): the courier hears of the change.
    QVERIFY(m_db->admin()
                .execute(u"UPDATE hexastore.deliveries SET status = 'picked_up' WHERE id = ?"_s,
                         {m_delivery})
                .has_value());
    QCOMPARE(kinds(m_courier, m_order),
             QStringList({u"assignment_new"_s, u"assignment_changed"_s}));
    // The administrator gives it to another courier, through the app's function.
    ClientSql admin(*m_db);
    QVERIFY(admin.login(u"admin"_s, u"admin@test.example"_s, u"admin password 1"_s));
    QVERIFY(admin.as(u"admin"_s));
    QCOMPARE(admin.state(u"SELECT hexastore.hand_over_delivery(?, ?, 'Anna is ill today')"_s,
                         {m_delivery, m_courier2}),
             u"ok"_s);
    QCOMPARE(kinds(m_courier, m_order), QStringList({u"assignment_new"_s, u"assignment_changed"_s,
                                                     u"assignment_withdrawn"_s}));
    QCOMPARE(kinds(m_courier2, m_order), QStringList{u"assignment_new"_s});

    // A failed attempt: the buyer hears of it; the courier who recorded it does not.
    QVERIFY(m_db->admin()
                .execute(u"UPDATE hexastore.deliveries SET status = 'out_for_delivery' "
                         "WHERE id = ?"_s,
                         {m_delivery})
                .has_value());
    QVERIFY(m_db->admin()
                .execute(u"UPDATE hexastore.deliveries SET status = 'failed_attempt', "
                         "failed_attempts = 1, last_failure = 'recipient_absent' WHERE id = ?"_s,
                         {m_delivery})
                .has_value());
    QCOMPARE(kinds(m_buyer, m_order),
             QStringList({u"order_confirmed"_s, u"order_shipped"_s, u"delivery_failed"_s}));

    // A second order, cancelled by an administrator: buyer and seller hear
    // of it, and the courier loses the delivery.
    const qint64 delivery2 =
        m_db->createDispatchedDelivery(m_buyer, m_address, m_seller, m_listing, m_courier);
    QVERIFY(delivery2 > 0);
    const qint64 order2 =
        m_db->admin()
            .queryOne(u"SELECT order_id FROM hexastore.deliveries WHERE id = ?"_s, {delivery2})
            ->value(0)
            .toLongLong();
    QCOMPARE(admin.state(u"SELECT hexastore.set_order_status(?, 'cancelled', 'out of stock')"_s,
                         {order2}),
             u"ok"_s);
    QCOMPARE(kinds(m_buyer, order2), QStringList({u"order_confirmed"_s, u"order_cancelled"_s}));
    QCOMPARE(kinds(m_seller, order2), QStringList({u"order_new"_s, u"order_cancelled_seller"_s}));
    QCOMPARE(kinds(m_courier, order2),
             QStringList({u"assignment_new"_s, u"assignment_withdrawn"_s}));
}

void TstNotifications::eachUserReadsAndMarksOnlyTheirOwn()
{
    ClientSql sql(*m_db);
    QVERIFY(sql.login(u"buyer"_s, u"buyer@test.example"_s, u"buyer password 1"_s));
    QVERIFY(sql.login(u"seller"_s, u"seller@test.example"_s, u"seller password 1"_s));
    const qint64 buyersOwn = m_db->admin()
                                 .queryOne(u"SELECT count(*) FROM hexastore.notifications "
                                           "WHERE user_id = ?"_s,
                                           {m_buyer})
                                 ->value(0)
                                 .toLongLong();
    QVERIFY(buyersOwn >= 3);
    QVERIFY(sql.as(u"buyer"_s));
    QCOMPARE(sql.scalar(u"SELECT count(*) FROM hexastore.notifications"_s), buyersOwn);
    QCOMPARE(
        sql.scalar(u"SELECT count(*) FROM hexastore.notifications WHERE user_id <> ?"_s, {m_buyer}),
        0);
    // Marking another's read does nothing; writing anything but read_at is refused.
    const qint64 sellers = m_db->admin()
                               .queryOne(u"SELECT min(id) FROM hexastore.notifications "
                                         "WHERE user_id = ?"_s,
                                         {m_seller})
                               ->value(0)
                               .toLongLong();
    QCOMPARE(sql.scalar(u"WITH u AS (UPDATE hexastore.notifications SET read_at = now() "
                        "WHERE id = ? RETURNING 1) SELECT count(*) FROM u"_s,
                        {sellers}),
             0);
    QCOMPARE(sql.state(u"UPDATE hexastore.notifications SET user_id = ?"_s, {m_buyer}), u"42501"_s);
    QCOMPARE(sql.state(u"UPDATE hexastore.notifications SET kind = 'order_new'"_s), u"42501"_s);
    QCOMPARE(sql.state(u"INSERT INTO hexastore.notifications (user_id, kind) "
                       "VALUES (?, 'order_new')"_s,
                       {m_buyer}),
             u"42501"_s);
    QCOMPARE(sql.state(u"DELETE FROM hexastore.notifications"_s), u"42501"_s);
    QCOMPARE(sql.state(u"SELECT hexastore._notify(?, 'order_new', NULL, NULL)"_s, {m_buyer}),
             u"42501"_s);
    QCOMPARE(sql.state(u"SELECT emailed_at FROM hexastore.notifications"_s), u"42501"_s);
    // Anonymous: nothing at all.
    QVERIFY(sql.as(QString()));
    QCOMPARE(sql.scalar(u"SELECT count(*) FROM hexastore.notifications"_s), 0);
    QVERIFY(m_db->admin()
                .queryOne(u"SELECT read_at IS NULL FROM hexastore.notifications WHERE id = ?"_s,
                          {sellers})
                ->value(0)
                .toBool());
}

void TstNotifications::theServiceCountsAndFindsTheNewOnes()
{
    ServiceClient buyer(m_db->clientSettings(), u"buyer@test.example"_s, u"buyer password 1"_s);
    QVERIFY(buyer.ok);
    auto first = await(buyer.notifications.summary());
    QVERIFY(first.has_value());
    QVERIFY(first->unread >= 3);
    auto latest = await(buyer.notifications.latest());
    QVERIFY(latest.has_value());
    QCOMPARE(latest->size(), first->unread);
    QCOMPARE(latest->first().id, first->newestId); // newest first

    // Something new happens: since() finds exactly it.
    const qint64 delivery3 =
        m_db->createDispatchedDelivery(m_buyer, m_address, m_seller, m_listing, m_courier);
    QVERIFY(delivery3 > 0);
    auto news = await(buyer.notifications.since(first->newestId));
    QVERIFY(news.has_value());
    QCOMPARE(news->size(), 1);
    QCOMPARE(news->first().kind, u"order_confirmed"_s);
    QVERIFY(NotificationService::describe(news->first()).contains(u"confirmed"_s));

    auto marked = await(buyer.notifications.markRead({news->first().id}));
    QVERIFY(marked.has_value());
    QCOMPARE(*marked, 1);
    auto after = await(buyer.notifications.summary());
    QCOMPARE(after->unread, first->unread);
    auto all = await(buyer.notifications.markAllRead());
    QVERIFY(all.has_value());
    QCOMPARE(await(buyer.notifications.summary())->unread, 0);
}

void TstNotifications::theModelShowsThem()
{
    NotificationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    Notification a{3, u"order_new"_s, 7, 0, QDateTime::currentDateTimeUtc(), false};
    Notification b{2, u"assignment_new"_s, 7, 9, QDateTime::currentDateTimeUtc(), true};
    model.setNotifications({a, b});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.unreadCount(), 1);
    QVERIFY(model.data(model.index(0, NotificationTableModel::Text)).toString().contains(u"#7"_s));
    QVERIFY(model.data(model.index(0, 0), Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.data(model.index(1, 0), Qt::FontRole).isValid());
    model.markRead({3});
    QCOMPARE(model.unreadCount(), 0);
    QVERIFY(model.data(model.index(1, NotificationTableModel::Text))
                .toString()
                .contains(u"Delivery #9"_s));
    model.setNotifications({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TstNotifications)
#include "tst_notifications.moc"
