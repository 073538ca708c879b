// The dispatcher's service (issue #10): the queue, couriers with their load,
// assigning, reassigning and unassigning, the timeline and courier profiles,
// through the service layer as an administrator would use them.
#include "tests/support/ClientSql.h"
#include "tests/support/ServiceClient.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

class TstDispatchService : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void theQueueHoldsConfirmedOrdersOnly();
    void assignReassignAndUnassign();
    void couriersShowTheirLoadAndProfile();
    void theTimelineTellsWhoDidWhat();
    void refusalsAreSentences();
    void buyersAndSellersSeeWhereTheDeliveryIs();
    void aDeliveryOnItsWayIsHandedOver();
    void sellersKeepTheirPickupDetails();

private:
    // A confirmed order of one item for the buyer; returns its delivery id.
    qint64 confirmedDelivery(const QString& city = u"Berlin"_s);
    qint64 adminScalar(const QString& sql, const QVariantList& params = {})
    {
        auto row = m_db->admin().queryOne(sql, params);
        return row ? row->value(0).toLongLong() : -1;
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServiceClient> m_admin;
    std::unique_ptr<ServiceClient> m_buyer;
    std::unique_ptr<ServiceClient> m_seller;
    qint64 m_courierA = 0;
    qint64 m_courierB = 0;
    qint64 m_buyerId = 0;
    TestDatabase::Listing m_item;
};

void TstDispatchService::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(u"dispatch_service"_s);
    QVERIFY2(m_db->isReady(), qPrintable(m_db->failure()));
    m_db->createUser(Role::Admin, u"ada@test.example"_s, u"admin password"_s, u"Ada"_s);
    const qint64 seller =
        m_db->createUser(Role::Seller, u"sam@test.example"_s, u"seller password"_s, u"Sam's"_s);
    m_buyerId = m_db->createUser(Role::Buyer, u"bo@test.example"_s, u"buyer password"_s, u"Bo"_s);
    m_courierA = m_db->createUser(Role::Courier, u"cara@test.example"_s, u"courier password"_s,
                                  u"Cara Courier"_s);
    m_courierB = m_db->createUser(Role::Courier, u"cole@test.example"_s, u"courier password"_s,
                                  u"Cole Courier"_s);
    m_item = m_db->createListing(seller, u"Kettle"_s, u"30.00"_s, 100);
    const auto settings = m_db->clientSettings();
    m_admin = std::make_unique<ServiceClient>(settings, u"ada@test.example"_s, u"admin password"_s);
    m_buyer = std::make_unique<ServiceClient>(settings, u"bo@test.example"_s, u"buyer password"_s);
    m_seller =
        std::make_unique<ServiceClient>(settings, u"sam@test.example"_s, u"seller password"_s);
    QVERIFY(m_admin->ok && m_buyer->ok && m_seller->ok);
}

void TstDispatchService::cleanupTestCase()
{
    m_admin.reset();
    m_buyer.reset();
    m_seller.reset();
    m_db.reset();
}

qint64 TstDispatchService::confirmedDelivery(const QString& city)
{
    const qint64 address = m_db->createAddress(m_buyerId, city);
    if (!await(m_buyer->cart.setQuantity(m_item.variantId, 1)))
        return 0;
    auto placed = await(m_buyer->orders.placeOrder(address, QString()));
    if (!placed || placed->isEmpty())
        return 0;
    if (!await(m_seller->orders.setStatus(placed->first(), OrderStatus::Confirmed, QString())))
        return 0;
    return adminScalar(u"SELECT id FROM hexastore.deliveries WHERE order_id = ?"_s,
                       {placed->first()});
}

void TstDispatchService::theQueueHoldsConfirmedOrdersOnly()
{
    const qint64 ready = confirmedDelivery(u"Hamburg"_s);
    QVERIFY(ready > 0);
    // A pending order is not ready to dispatch.
    QVERIFY(await(m_buyer->cart.setQuantity(m_item.variantId, 1)));
    auto pending = await(m_buyer->orders.placeOrder(m_db->createAddress(m_buyerId), QString()));
    QVERIFY(pending);

    auto queue = await(m_admin->dispatch.deliveries(DeliveryQuery{}));
    QVERIFY2(queue, queue ? "" : qPrintable(queue.error().message()));
    QList<qint64> ids;
    for (const DeliveryQueueRow& row : *queue) {
        ids << row.deliveryId;
        QCOMPARE(row.status, DeliveryStatus::Unassigned);
    }
    QVERIFY(ids.contains(ready));
    QCOMPARE(queue->last().city, u"Hamburg"_s);
    QCOMPARE(queue->last().total, Money::fromCents(3000));
    QVERIFY(queue->last().confirmedAt.isValid());
    // Search by city; keyset paging continues after the last id.
    DeliveryQuery hamburg;
    hamburg.text = u"hamb"_s;
    auto found = await(m_admin->dispatch.deliveries(hamburg));
    QVERIFY(found && found->size() == 1);
    auto after = await(m_admin->dispatch.deliveries(DeliveryQuery{}, ready));
    QVERIFY(after && after->isEmpty());
    // Nobody but an administrator sees the queue's orders.
    auto asBuyer = await(m_buyer->dispatch.couriers());
    QVERIFY(asBuyer && asBuyer->isEmpty());
}

void TstDispatchService::assignReassignAndUnassign()
{
    const qint64 first = confirmedDelivery();
    const qint64 second = confirmedDelivery();
    auto assigned = await(m_admin->dispatch.assign({first, second}, m_courierA, u"north"_s));
    QVERIFY2(assigned, assigned ? "" : qPrintable(assigned.error().message()));
    QCOMPARE(*assigned, 2);
    DeliveryQuery active;
    active.scope = DeliveryQuery::Scope::Active;
    active.courierId = m_courierA;
    auto hers = await(m_admin->dispatch.deliveries(active));
    QVERIFY(hers);
    QCOMPARE(hers->size(), 2);
    QCOMPARE(hers->first().courierName, u"Cara Courier"_s);
    QVERIFY(hers->first().assignedAt.isValid());

    QCOMPARE(*await(m_admin->dispatch.assign({second}, m_courierB, u"closer"_s)), 1);
    QVERIFY(await(m_admin->dispatch.unassign(first, u"waiting for the customer"_s)));
    QCOMPARE(adminScalar(u"SELECT count(*) FROM hexastore.deliveries WHERE courier_id = ?"_s,
                         {m_courierA}),
             0);
    QCOMPARE(adminScalar(u"SELECT count(*) FROM hexastore.audit_log WHERE entity = 'delivery' "
                         "AND entity_id IN (?, ?)"_s,
                         {first, second}),
             4);
}

void TstDispatchService::couriersShowTheirLoadAndProfile()
{
    const qint64 delivery = confirmedDelivery();
    QVERIFY(await(m_admin->dispatch.assign({delivery}, m_courierB)));
    QVERIFY(await(m_admin->dispatch.setCourierProfile(m_courierB, u"+49 170 5550101"_s,
                                                      CourierSummary::Vehicle::Car, true)));
    auto couriers = await(m_admin->dispatch.couriers());
    QVERIFY(couriers);
    QCOMPARE(couriers->size(), 2);
    const CourierSummary& cole = couriers->at(1);
    QCOMPARE(cole.name, u"Cole Courier"_s);
    QCOMPARE(cole.phone, u"+49 170 5550101"_s);
    QCOMPARE(cole.vehicle, CourierSummary::Vehicle::Car);
    QVERIFY(cole.onDuty);
    QVERIFY(cole.deliveriesInHand >= 1);
    QCOMPARE(couriers->at(0).onDuty, false); // no profile yet: off duty, by bicycle
    // A phone number is taken as typed, and refused with a reason.
    auto refused = await(m_admin->dispatch.setCourierProfile(m_courierB, u"call me"_s,
                                                             CourierSummary::Vehicle::Car, true));
    QVERIFY(!refused);
    QCOMPARE(refused.error().field(), u"phone"_s);
}

void TstDispatchService::theTimelineTellsWhoDidWhat()
{
    const qint64 delivery = confirmedDelivery();
    QVERIFY(await(m_admin->dispatch.assign({delivery}, m_courierA, u"first round"_s)));
    QVERIFY(await(m_admin->dispatch.assign({delivery}, m_courierB, u"second round"_s)));
    auto events = await(m_admin->dispatch.timeline(delivery));
    QVERIFY(events);
    QCOMPARE(events->size(), 2);
    QCOMPARE(events->at(0).to, DeliveryStatus::Assigned);
    QCOMPARE(events->at(0).from, DeliveryStatus::Unassigned);
    QCOMPARE(events->at(0).actorName, u"Ada"_s);
    QCOMPARE(events->at(0).courierName, u"Cara Courier"_s);
    QCOMPARE(events->at(1).courierName, u"Cole Courier"_s);
    QCOMPARE(events->at(1).note, u"second round"_s);
    QVERIFY(events->at(1).applied);
    QVERIFY(!events->at(1).deviceTime.isValid()); // a dispatcher's action has no device
    // The buyer does not read the dispatcher's timeline (reasons, devices).
    auto buyers = await(m_buyer->dispatch.timeline(delivery));
    QVERIFY(buyers && buyers->isEmpty());
}

void TstDispatchService::refusalsAreSentences()
{
    // A pending order's delivery: the database says why, in words.
    QVERIFY(await(m_buyer->cart.setQuantity(m_item.variantId, 1)));
    auto pending = await(m_buyer->orders.placeOrder(m_db->createAddress(m_buyerId), QString()));
    QVERIFY(pending);
    const qint64 delivery = adminScalar(u"SELECT id FROM hexastore.deliveries WHERE order_id = ?"_s,
                                        {pending->first()});
    auto refused = await(m_admin->dispatch.assign({delivery}, m_courierA));
    QVERIFY(!refused);
    QCOMPARE(refused.error().sqlState(), u"HX402"_s);
    QCOMPARE(refused.error().message(),
             u"Only a confirmed order is dispatched; this one is Pending."_s);
    // Nothing chosen, or a reason too long: refused before the database.
    QCOMPARE(await(m_admin->dispatch.assign({}, m_courierA)).error().code(),
             ServiceError::Code::Validation);
    QCOMPARE(await(m_admin->dispatch.unassign(delivery, QString(1001, u'x'))).error().field(),
             u"reason"_s);
    // Not an administrator.
    auto notAdmin = await(m_seller->dispatch.assign({delivery}, m_courierA));
    QCOMPARE(notAdmin.error().code(), ServiceError::Code::Forbidden);
}

void TstDispatchService::buyersAndSellersSeeWhereTheDeliveryIs()
{
    const qint64 delivery = confirmedDelivery();
    const qint64 order =
        adminScalar(u"SELECT order_id FROM hexastore.deliveries WHERE id = ?"_s, {delivery});
    QVERIFY(await(m_admin->dispatch.assign({delivery}, m_courierA, u"internal note"_s)));
    // The courier's device reports three steps.
    ClientSql courier(*m_db);
    QVERIFY(courier.login(u"cara"_s, u"cara@test.example"_s, u"courier password"_s));
    QVERIFY(courier.as(u"cara"_s));
    QJsonArray events;
    const QList<QPair<QString, QString>> steps{{u"assigned"_s, u"picked_up"_s},
                                               {u"picked_up"_s, u"out_for_delivery"_s},
                                               {u"out_for_delivery"_s, u"failed_attempt"_s}};
    qint64 seq = 0;
    for (const auto& [from, to] : steps) {
        events.append(
            QJsonObject{{u"event_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                        {u"seq"_s, ++seq},
                        {u"delivery_id"_s, delivery},
                        {u"from"_s, from},
                        {u"to"_s, to},
                        {u"reason"_s, u"recipient_absent"_s}});
    }
    QCOMPARE(courier.state(u"SELECT hexastore.sync_delivery_events(?::uuid, ?::jsonb)"_s,
                           {QUuid::createUuid().toString(QUuid::WithoutBraces),
                            QString::fromUtf8(QJsonDocument(events).toJson())}),
             u"ok"_s);

    for (ServiceClient* party : {m_buyer.get(), m_seller.get()}) {
        auto detail = await(party->orders.detail(order));
        QVERIFY2(detail, detail ? "" : qPrintable(detail.error().message()));
        QCOMPARE(detail->deliveryStatus, DeliveryStatus::FailedAttempt);
        QCOMPARE(detail->deliverySteps.size(), 4);
        QCOMPARE(detail->deliverySteps.at(0).to, DeliveryStatus::Assigned);
        QCOMPARE(detail->deliverySteps.at(3).to, DeliveryStatus::FailedAttempt);
        QCOMPARE(detail->deliverySteps.at(3).failureReason, u"recipient_absent"_s);
    }
}

void TstDispatchService::aDeliveryOnItsWayIsHandedOver()
{
    const qint64 d = confirmedDelivery();
    QVERIFY(await(m_admin->dispatch.assign({d}, m_courierA)));
    // Cara picks it up (written as the owner: the courier's sync is tested elsewhere).
    QVERIFY(m_db->admin().execute(
        u"UPDATE hexastore.deliveries SET status = 'picked_up' WHERE id = ?"_s, {d}));
    // Not without a reason: refused before the database is asked.
    auto refused = await(m_admin->dispatch.handOver(d, m_courierB, u"   "_s));
    QVERIFY(!refused);
    QCOMPARE(refused.error().field(), u"reason"_s);
    QVERIFY(!await(m_seller->dispatch.handOver(d, m_courierB, u"mine"_s)));
    QVERIFY(await(m_admin->dispatch.handOver(d, m_courierB, u"Cara fell ill"_s)));
    QCOMPARE(adminScalar(u"SELECT courier_id FROM hexastore.deliveries WHERE id = ?"_s, {d}),
             m_courierB);
    auto timeline = await(m_admin->dispatch.timeline(d));
    QVERIFY(timeline && !timeline->isEmpty());
    QCOMPARE(timeline->last().note, u"Cara fell ill"_s);
    QCOMPARE(timeline->last().courierName, u"Cole Courier"_s);
}

void TstDispatchService::sellersKeepTheirPickupDetails()
{
    auto none = await(m_seller->pickup.mine());
    QVERIFY(none);
    QVERIFY(none->address.isEmpty() && none->phone.isEmpty());
    auto badPhone = await(m_seller->pickup.save({u"Hof 2, 10115 Berlin"_s, u"call me"_s}));
    QVERIFY(!badPhone);
    QCOMPARE(badPhone.error().field(), u"phone"_s);
    auto tooLong = await(m_seller->pickup.save({QString(501, u'x'), QString()}));
    QVERIFY(!tooLong);
    QCOMPARE(tooLong.error().field(), u"pickup_address"_s);
    QVERIFY(await(m_seller->pickup.save({u"Hof 2, 10115 Berlin"_s, u"+49 30 555 0101"_s})));
    QVERIFY(await(m_seller->pickup.save({u"Hof 3, 10115 Berlin"_s, u"+49 30 555 0101"_s})));
    auto mine = await(m_seller->pickup.mine());
    QVERIFY(mine);
    QCOMPARE(mine->address, u"Hof 3, 10115 Berlin"_s);
    QCOMPARE(mine->phone, u"+49 30 555 0101"_s);
    // A buyer has none and cannot make one.
    QVERIFY(!await(m_buyer->pickup.save({u"x"_s, QString()})));
}

QTEST_GUILESS_MAIN(TstDispatchService)
#include "tst_dispatch_service.moc"
