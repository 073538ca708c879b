// The delivery rules of issue #10 tried with raw SQL as hexastore_client:
// dispatch, the lifecycle and its proof, the courier's sync protocol, privacy,
// and profiles — what someone with psql and the client's settings could try.
#include "tests/support/BackgroundStatement.h"
#include "tests/support/ClientSql.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

class TstDeliverySql : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void onlyConfirmedOrdersAreDispatched();
    void dispatchIsForAdministratorsOnly();
    void couriersSeeOnlyTheirOwnDeliveries();
    void aDeliveryGoesThroughItsLifecycleAndTheOrderFollows();
    void deliveredNeedsItsProof();
    void aRepeatedBatchIsAppliedOnce();
    void aGapIsRefusedAndNothingApplied();
    void aDeviceBelongsToOneCourier();
    void onlyCouriersSync();
    void aReassignedDeliveryRejectsTheOldCouriersEvents();
    void aDeliveryOnItsWayIsHandedOverWithAReason();
    void aStrangersRefusedStepLeavesNoWords();
    void aRestoredDeviceIsToldToNumberAgain();
    void newPickupDetailsReachTheCourier();
    void statesCannotBeSkippedByAnyWriter();
    void threeFailedAttemptsThenTheGoodsGoBack();
    void aCancelledOrderCancelsItsDelivery();
    void aShippedOrderIsNotCancelledByHand();
    void detailsFadeAfterTheDeliveryEnds();
    void sellersKeepTheirOwnPickupDetails();
    void courierProfilesAreForAdministrators();
    void nobodyWritesIntoSomeoneElsesTimeline();
    void aBadDeviceClockNeverBlocksTheQueue();
    void aBatchLocksOnlyTheCouriersOwnDeliveries();
    void aFormerCourierLearnsOnlyThatItIsGone();
    void proofAndAttemptsChangeOnlyWithTheStatus();

private:
    void as(const QString& who) { QVERIFY(m_client->as(who)); }
    QString state(const QString& sql, const QVariantList& params = {})
    {
        return m_client->state(sql, params);
    }
    QString text(const QString& sql, const QVariantList& params = {})
    {
        return m_client->text(sql, params);
    }
    qint64 adminScalar(const QString& sql, const QVariantList& params = {})
    {
        auto row = m_db->admin().queryOne(sql, params);
        return row ? row->value(0).toLongLong() : -1;
    }
    QString adminText(const QString& sql, const QVariantList& params = {})
    {
        auto row = m_db->admin().queryOne(sql, params);
        return row ? row->value(0).toString() : u"<error>"_s;
    }
    struct Placed {
        qint64 order = 0;
        qint64 delivery = 0;
    };
    // A buyer's order of one item, confirmed by its seller when `confirm`.
    Placed placeOrder(bool confirm = true);
    // An order confirmed and dispatched to the courier.
    Placed dispatched(const QString& courier);
    // One event as the device sends it.
    QJsonObject event(qint64 seq, qint64 delivery, const QString& from, const QString& to,
                      const QJsonObject& extra = {});
    // The courier's upload of a batch; the server's answer, or {"error": SQLSTATE}.
    QJsonObject sync(const QString& courier, const QString& device, const QJsonArray& events);
    QString deliveryStatus(qint64 delivery)
    {
        return adminText(u"SELECT status::text FROM hexastore.deliveries WHERE id = ?"_s,
                         {delivery});
    }
    QString orderStatus(qint64 order)
    {
        return adminText(u"SELECT status::text FROM hexastore.orders WHERE id = ?"_s, {order});
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ClientSql> m_client;
    QHash<QString, qint64> m_users;
    qint64 m_address = 0;
    TestDatabase::Listing m_item;
    QString m_deviceA = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString m_deviceB = QUuid::createUuid().toString(QUuid::WithoutBraces);
    qint64 m_seqA = 0;
    qint64 m_seqB = 0;
};

void TstDeliverySql::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(u"delivery_sql"_s);
    QVERIFY2(m_db->isReady(), qPrintable(m_db->failure()));
    m_client = std::make_unique<ClientSql>(*m_db);
    QVERIFY(m_client->isOpen());
    const QList<QPair<QString, Role>> people{
        {u"seller"_s, Role::Seller}, {u"other_seller"_s, Role::Seller}, {u"buyer"_s, Role::Buyer},
        {u"c1"_s, Role::Courier},    {u"c2"_s, Role::Courier},          {u"admin"_s, Role::Admin}};
    for (const auto& [name, role] : people) {
        const QString email = name + u"@test.example"_s;
        const qint64 id = m_db->createUser(role, email, u"password of "_s + name, name);
        QVERIFY(id > 0);
        m_users.insert(name, id);
        QVERIFY(m_client->login(name, email, u"password of "_s + name));
    }
    m_address = m_db->createAddress(m_users[u"buyer"_s]);
    m_item = m_db->createListing(m_users[u"seller"_s], u"Teapot"_s, u"24.50"_s, 1000);
    QVERIFY(m_address > 0 && m_item.variantId > 0);
}

void TstDeliverySql::cleanupTestCase()
{
    m_client.reset();
    m_db.reset();
}

void TstDeliverySql::init()
{
    as(QString());
}

TstDeliverySql::Placed TstDeliverySql::placeOrder(bool confirm)
{
    as(u"buyer"_s);
    if (state(u"SELECT hexastore.cart_set_quantity(?, 1)"_s, {m_item.variantId}) != u"ok"_s)
        return {};
    const QString id =
        text(u"SELECT (hexastore.place_order(?, NULL, 'cash_on_delivery'))[1]"_s, {m_address});
    Placed placed{id.toLongLong(),
                  adminScalar(u"SELECT id FROM hexastore.deliveries WHERE order_id = ?"_s,
                              {id.toLongLong()})};
    if (confirm) {
        as(u"seller"_s);
        if (state(u"SELECT hexastore.set_order_status(?, 'confirmed')"_s, {placed.order}) !=
            u"ok"_s)
            return {};
    }
    return placed;
}

TstDeliverySql::Placed TstDeliverySql::dispatched(const QString& courier)
{
    const Placed placed = placeOrder();
    as(u"admin"_s);
    if (text(u"SELECT hexastore.dispatch_deliveries(ARRAY[?]::bigint[], ?)"_s,
             {placed.delivery, m_users[courier]}) != u"1"_s)
        return {};
    return placed;
}

QJsonObject TstDeliverySql::event(qint64 seq, qint64 delivery, const QString& from,
                                  const QString& to, const QJsonObject& extra)
{
    QJsonObject e = extra;
    e[u"event_id"_s] = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e[u"seq"_s] = seq;
    e[u"delivery_id"_s] = delivery;
    e[u"from"_s] = from;
    e[u"to"_s] = to;
    e[u"device_time"_s] = u"2026-11-29T10:00:00Z"_s;
    return e;
}

QJsonObject TstDeliverySql::sync(const QString& courier, const QString& device,
                                 const QJsonArray& events)
{
    as(courier);
    const QString answer =
        text(u"SELECT hexastore.sync_delivery_events(?::uuid, ?::jsonb)::text"_s,
             {device, QString::fromUtf8(QJsonDocument(events).toJson(QJsonDocument::Compact))});
    if (answer.startsWith(u"<error"_s))
        return {{u"error"_s, answer.mid(7, 5)}};
    return QJsonDocument::fromJson(answer.toUtf8()).object();
}

void TstDeliverySql::onlyConfirmedOrdersAreDispatched()
{
    const Placed pending = placeOrder(false);
    QVERIFY(pending.delivery > 0);
    as(u"admin"_s);
    QCOMPARE(state(u"SELECT hexastore.dispatch_deliveries(ARRAY[?]::bigint[], ?)"_s,
                   {pending.delivery, m_users[u"c1"_s]}),
             u"HX402"_s);
    as(u"seller"_s);
    QCOMPARE(state(u"SELECT hexastore.set_order_status(?, 'confirmed')"_s, {pending.order}),
             u"ok"_s);
    as(u"admin"_s);
    QCOMPARE(text(u"SELECT hexastore.dispatch_deliveries(ARRAY[?]::bigint[], ?, 'route north')"_s,
                  {pending.delivery, m_users[u"c1"_s]}),
             u"1"_s);
    QCOMPARE(deliveryStatus(pending.delivery), u"assigned"_s);
    // Audited, and in the delivery's timeline.
    QCOMPARE(adminText(u"SELECT action || ':' || reason FROM hexastore.audit_log "
                       "WHERE entity = 'delivery' AND entity_id = ? ORDER BY id DESC LIMIT 1"_s,
                       {pending.delivery}),
             u"delivery.assign:route north"_s);
    QCOMPARE(adminScalar(u"SELECT count(*) FROM hexastore.delivery_events WHERE delivery_id = ? "
                         "AND to_status = 'assigned' AND actor_role = 'admin'"_s,
                         {pending.delivery}),
             1);
    // A buyer's delivery never goes to a buyer, nor to a disabled courier.
    QCOMPARE(state(u"SELECT hexastore.unassign_delivery(?)"_s, {pending.delivery}), u"ok"_s);
    QCOMPARE(state(u"SELECT hexastore.dispatch_deliveries(ARRAY[?]::bigint[], ?)"_s,
                   {pending.delivery, m_users[u"buyer"_s]}),
             u"HX403"_s);
    QCOMPARE(state(u"SELECT hexastore.dispatch_deliveries(ARRAY[?]::bigint[], ?)"_s,
                   {pending.delivery, -5}),
             u"HX403"_s);
    QCOMPARE(state(u"SELECT hexastore.dispatch_deliveries(ARRAY[?, -1]::bigint[], ?)"_s,
                   {pending.delivery, m_users[u"c1"_s]}),
             u"HX404"_s);
    QCOMPARE(deliveryStatus(pending.delivery), u"unassigned"_s); // all or nothing
}

void TstDeliverySql::dispatchIsForAdministratorsOnly()
{
    const Placed placed = placeOrder();
    for (const QString& who : {u"buyer"_s, u"seller"_s, u"c1"_s, QString()}) {
        as(who);
        QVERIFY(state(u"SELECT hexastore.dispatch_deliveries(ARRAY[?]::bigint[], ?)"_s,
                      {placed.delivery, m_users[u"c1"_s]}) != u"ok"_s);
        QVERIFY(state(u"SELECT hexastore.unassign_delivery(?)"_s, {placed.delivery}) != u"ok"_s);
        QVERIFY(state(u"SELECT hexastore.admin_set_courier_profile(?, '', 'car', true)"_s,
                      {m_users[u"c1"_s]}) != u"ok"_s);
        // No table write either.
        QVERIFY(state(u"UPDATE hexastore.deliveries SET courier_id = ? WHERE id = ?"_s,
                      {m_users[u"c1"_s], placed.delivery}) != u"ok"_s);
    }
    QCOMPARE(deliveryStatus(placed.delivery), u"unassigned"_s);
    QCOMPARE(adminScalar(u"SELECT count(*) FROM hexastore.courier_profiles"_s), 0);
}

void TstDeliverySql::couriersSeeOnlyTheirOwnDeliveries()
{
    const Placed placed = dispatched(u"c1"_s);
    as(u"c1"_s);
    QCOMPARE(text(u"SELECT count(*) FROM hexastore.deliveries WHERE id = ?"_s, {placed.delivery}),
             u"1"_s);
    QCOMPARE(text(u"SELECT count(*) FROM hexastore.orders"_s), u"0"_s); // orders stay hidden
    QCOMPARE(text(u"SELECT phone FROM hexastore.courier_deliveries('{}') WHERE delivery_id = ?"_s,
                  {placed.delivery}),
             u"+49 30 1234567"_s);
    QVERIFY(text(u"SELECT items::text FROM hexastore.courier_deliveries('{}') "
                 "WHERE delivery_id = ?"_s,
                 {placed.delivery})
                .contains(u"Teapot"_s));
    QCOMPARE(text(u"SELECT amount_to_collect FROM hexastore.courier_deliveries('{}') "
                  "WHERE delivery_id = ?"_s,
                  {placed.delivery}),
             u"24.50"_s);
    as(u"c2"_s);
    QCOMPARE(text(u"SELECT count(*) FROM hexastore.deliveries WHERE id = ?"_s, {placed.delivery}),
             u"0"_s);
    QCOMPARE(text(u"SELECT count(*) FROM hexastore.courier_deliveries(?::jsonb) "
                  "WHERE delivery_id = ?"_s,
                  {u"{\"%1\": 0}"_s.arg(placed.delivery), placed.delivery}),
             u"0"_s); // asking for it by id does not help
    QCOMPARE(text(u"SELECT count(*) FROM hexastore.delivery_events WHERE delivery_id = ?"_s,
                  {placed.delivery}),
             u"0"_s);
    // The buyer sees the status and the timeline of their delivery; a courier's
    // functions are not theirs.
    as(u"buyer"_s);
    QCOMPARE(
        text(u"SELECT status::text FROM hexastore.deliveries WHERE id = ?"_s, {placed.delivery}),
        u"assigned"_s);
    QCOMPARE(text(u"SELECT string_agg(to_status::text, ',') FROM "
                  "hexastore.delivery_timeline(?)"_s,
                  {placed.delivery}),
             u"assigned"_s);
    // Not the raw events: devices, dispatch reasons and refused events stay out.
    QCOMPARE(text(u"SELECT count(*) FROM hexastore.delivery_events WHERE delivery_id = ?"_s,
                  {placed.delivery}),
             u"0"_s);
    QCOMPARE(state(u"SELECT * FROM hexastore.courier_deliveries('{}')"_s), u"HX411"_s);
    as(u"other_seller"_s);
    QCOMPARE(text(u"SELECT count(*) FROM hexastore.delivery_timeline(?)"_s, {placed.delivery}),
             u"0"_s);
}

void TstDeliverySql::aDeliveryGoesThroughItsLifecycleAndTheOrderFollows()
{
    const Placed placed = dispatched(u"c1"_s);
    const qint64 d = placed.delivery;
    QJsonObject answer =
        sync(u"c1"_s, m_deviceA,
             {event(++m_seqA, d, u"assigned"_s, u"picked_up"_s),
              event(++m_seqA, d, u"picked_up"_s, u"out_for_delivery"_s),
              event(++m_seqA, d, u"out_for_delivery"_s, u"failed_attempt"_s,
                    {{u"reason"_s, u"recipient_absent"_s}}),
              event(++m_seqA, d, u"failed_attempt"_s, u"out_for_delivery"_s),
              event(++m_seqA, d, u"out_for_delivery"_s, u"delivered"_s,
                    {{u"recipient_name"_s, u"Test Recipient"_s}, {u"cash"_s, u"24.50"_s}})});
    QCOMPARE(answer.value(u"last_seq"_s).toInteger(), m_seqA);
    const QJsonArray results = answer.value(u"results"_s).toArray();
    QCOMPARE(results.size(), 5);
    for (const QJsonValue& r : results)
        QCOMPARE(r.toObject().value(u"outcome"_s).toString(), u"applied"_s);
    QCOMPARE(results.last().toObject().value(u"status"_s).toString(), u"delivered"_s);
    QCOMPARE(deliveryStatus(d), u"delivered"_s);
    QCOMPARE(orderStatus(placed.order), u"delivered"_s);
    QCOMPARE(adminText(u"SELECT string_agg(to_status::text, ',' ORDER BY id) "
                       "FROM hexastore.order_status_history WHERE order_id = ?"_s,
                       {placed.order}),
             u"pending,confirmed,shipped,delivered"_s);
    QCOMPARE(adminScalar(u"SELECT failed_attempts FROM hexastore.deliveries WHERE id = ?"_s, {d}),
             1);
    // The buyer may now review the product.
    as(u"buyer"_s);
    QCOMPARE(text(u"SELECT hexastore.can_review(?)"_s, {m_item.productId}), u"true"_s);
    // A final delivery never moves again.
    answer = sync(u"c1"_s, m_deviceA, {event(++m_seqA, d, u"delivered"_s, u"out_for_delivery"_s)});
    QCOMPARE(answer[u"results"_s][0][u"code"_s].toString(), u"HX401"_s);
}

void TstDeliverySql::deliveredNeedsItsProof()
{
    const Placed placed = dispatched(u"c1"_s);
    const qint64 d = placed.delivery;
    QJsonObject answer = sync(u"c1"_s, m_deviceA,
                              {event(++m_seqA, d, u"assigned"_s, u"picked_up"_s),
                               event(++m_seqA, d, u"picked_up"_s, u"out_for_delivery"_s)});
    QCOMPARE(answer[u"results"_s][1][u"outcome"_s].toString(), u"applied"_s);
    // A picture on the server that the seller uploaded, not the courier.
    const QString sellersPicture =
        adminText(u"INSERT INTO hexastore.images (sha256, mime, width, height, bytes, thumbnail, "
                  "created_by) VALUES (sha256('\\x0102'::bytea), 'image/png', 1, 1, '\\x0102', "
                  "'\\x01', ?) RETURNING encode(sha256, 'hex')"_s,
                  {m_users[u"seller"_s]});
    QCOMPARE(sellersPicture.size(), 64);
    const QList<QPair<QJsonObject, QString>> refused{
        {{{u"cash"_s, u"24.50"_s}}, u"HX406"_s},                                 // no name
        {{{u"recipient_name"_s, u"  "_s}, {u"cash"_s, u"24.50"_s}}, u"HX406"_s}, // blank name
        {{{u"recipient_name"_s, u"R"_s}}, u"HX407"_s},                           // no cash
        {{{u"recipient_name"_s, u"R"_s}, {u"cash"_s, u"20.00"_s}}, u"HX407"_s},  // wrong cash
        {{{u"recipient_name"_s, u"R"_s}, {u"cash"_s, u"24.5x"_s}}, u"HX407"_s},  // not money
        {{{u"recipient_name"_s, u"R"_s}, {u"cash"_s, u"24.50"_s}, {u"photo"_s, u"00ff"_s}},
         u"HX410"_s},
        {{{u"recipient_name"_s, u"R"_s}, {u"cash"_s, u"24.50"_s}, {u"photo"_s, QString(64, u'a')}},
         u"HX410"_s}, // not uploaded
        {{{u"recipient_name"_s, u"R"_s}, {u"cash"_s, u"24.50"_s}, {u"photo"_s, sellersPicture}},
         u"HX410"_s}, // someone else's picture
        {{{u"recipient_name"_s, QJsonObject{{u"who"_s, u"me"_s}}}, {u"cash"_s, u"24.50"_s}},
         u"HX406"_s}, // a name is a text
        {{{u"recipient_name"_s, u"\u200b\u2060\ufeff"_s}, {u"cash"_s, u"24.50"_s}},
         u"HX406"_s},                                                            // invisible
        {{{u"recipient_name"_s, u"R"_s}, {u"cash"_s, u"24.500"_s}}, u"HX407"_s}, // three decimals
        {{{u"recipient_name"_s, u"R"_s}, {u"cash"_s, QJsonArray{24.5}}},
         u"HX407"_s}, // not a number
    };
    for (const auto& [extra, code] : refused) {
        answer = sync(u"c1"_s, m_deviceA,
                      {event(++m_seqA, d, u"out_for_delivery"_s, u"delivered"_s, extra)});
        QCOMPARE(answer[u"results"_s][0][u"outcome"_s].toString(), u"rejected"_s);
        QCOMPARE(answer[u"results"_s][0][u"code"_s].toString(), code);
        QCOMPARE(answer[u"results"_s][0][u"status"_s].toString(), u"out_for_delivery"_s);
        QCOMPARE(answer[u"last_seq"_s].toInteger(), m_seqA); // the queue goes on
    }
    QCOMPARE(deliveryStatus(d), u"out_for_delivery"_s);
    QCOMPARE(orderStatus(placed.order), u"shipped"_s);
    QCOMPARE(adminScalar(u"SELECT count(*) FROM hexastore.delivery_events WHERE delivery_id = ? "
                         "AND outcome = 'rejected'"_s,
                         {d}),
             refused.size());
    // Not even the owner writes a delivered status without its proof.
    QVERIFY(!m_db->admin().execute(
        u"UPDATE hexastore.deliveries SET status = 'delivered', recipient_name = 'X' "
        "WHERE id = ?"_s,
        {d}));
    answer = sync(u"c1"_s, m_deviceA,
                  {event(++m_seqA, d, u"out_for_delivery"_s, u"delivered"_s,
                         {{u"recipient_name"_s, u"R. Ecipient"_s}, {u"cash"_s, u"24.5"_s}})});
    QCOMPARE(answer[u"results"_s][0][u"outcome"_s].toString(), u"applied"_s);
    QCOMPARE(adminText(u"SELECT recipient_name || ' ' || cash_collected FROM "
                       "hexastore.deliveries WHERE id = ?"_s,
                       {d}),
             u"R. Ecipient 24.50"_s);
}

void TstDeliverySql::aRepeatedBatchIsAppliedOnce()
{
    const Placed placed = dispatched(u"c1"_s);
    const QJsonArray batch{event(++m_seqA, placed.delivery, u"assigned"_s, u"picked_up"_s),
                           event(++m_seqA, placed.delivery, u"picked_up"_s, u"out_for_delivery"_s)};
    const QJsonObject first = sync(u"c1"_s, m_deviceA, batch);
    const qint64 version =
        adminScalar(u"SELECT version FROM hexastore.deliveries WHERE id = ?"_s, {placed.delivery});
    const qint64 events = adminScalar(u"SELECT count(*) FROM hexastore.delivery_events"_s);
    const QJsonObject again = sync(u"c1"_s, m_deviceA, batch);
    QCOMPARE(again[u"results"_s].toArray().size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(again[u"results"_s][i][u"outcome"_s], first[u"results"_s][i][u"outcome"_s]);
        QCOMPARE(again[u"results"_s][i][u"event_id"_s], first[u"results"_s][i][u"event_id"_s]);
        QCOMPARE(again[u"results"_s][i][u"status"_s], first[u"results"_s][i][u"status"_s]);
    }
    QCOMPARE(
        adminScalar(u"SELECT version FROM hexastore.deliveries WHERE id = ?"_s, {placed.delivery}),
        version);
    QCOMPARE(adminScalar(u"SELECT count(*) FROM hexastore.delivery_events"_s), events);
    // The same event under a new sequence number is not applied again either.
    QJsonObject reused = batch[1].toObject();
    reused[u"seq"_s] = ++m_seqA;
    const QJsonObject answer = sync(u"c1"_s, m_deviceA, {reused});
    QCOMPARE(answer[u"results"_s][0][u"code"_s].toString(), u"HX413"_s);
    QCOMPARE(answer[u"last_seq"_s].toInteger(), m_seqA);
}

void TstDeliverySql::aGapIsRefusedAndNothingApplied()
{
    const Placed placed = dispatched(u"c1"_s);
    const QJsonObject answer = sync(
        u"c1"_s, m_deviceA, {event(m_seqA + 2, placed.delivery, u"assigned"_s, u"picked_up"_s)});
    QCOMPARE(answer[u"expected_seq"_s].toInteger(), m_seqA + 1);
    QCOMPARE(answer[u"last_seq"_s].toInteger(), m_seqA);
    QCOMPARE(answer[u"results"_s].toArray().size(), 0);
    QCOMPARE(deliveryStatus(placed.delivery), u"assigned"_s);
    // Malformed batches are refused whole.
    for (const QString& bad : {u"{}"_s, u"[{\"seq\": 1}]"_s, u"[{\"seq\": \"x\"}]"_s}) {
        as(u"c1"_s);
        QCOMPARE(
            state(u"SELECT hexastore.sync_delivery_events(?::uuid, ?::jsonb)"_s, {m_deviceA, bad}),
            u"HX412"_s);
    }
}

void TstDeliverySql::aDeviceBelongsToOneCourier()
{
    const Placed placed = dispatched(u"c2"_s);
    // c2 sends under c1's device id: refused before anything is read.
    const QJsonObject answer = sync(
        u"c2"_s, m_deviceA, {event(m_seqA + 1, placed.delivery, u"assigned"_s, u"picked_up"_s)});
    QCOMPARE(answer[u"error"_s].toString(), u"HX411"_s);
    QCOMPARE(deliveryStatus(placed.delivery), u"assigned"_s);
    // Couriers cannot write their cursor or events directly.
    as(u"c1"_s);
    QVERIFY(state(u"UPDATE hexastore.courier_devices SET last_seq = 0"_s) != u"ok"_s);
    QVERIFY(state(u"INSERT INTO hexastore.delivery_events (event_id, delivery_id, to_status, "
                  "outcome) VALUES (gen_random_uuid(), ?, 'delivered', 'applied')"_s,
                  {placed.delivery}) != u"ok"_s);
}

void TstDeliverySql::onlyCouriersSync()
{
    const Placed placed = dispatched(u"c1"_s);
    for (const QString& who : {u"buyer"_s, u"seller"_s, u"admin"_s, QString()}) {
        const QJsonObject answer = sync(who, QUuid::createUuid().toString(QUuid::WithoutBraces),
                                        {event(1, placed.delivery, u"assigned"_s, u"picked_up"_s)});
        QVERIFY2(answer.contains(u"error"_s), qPrintable(who));
    }
    QCOMPARE(deliveryStatus(placed.delivery), u"assigned"_s);
}

void TstDeliverySql::aReassignedDeliveryRejectsTheOldCouriersEvents()
{
    const Placed placed = dispatched(u"c1"_s);
    const qint64 d = placed.delivery;
    as(u"c1"_s);
    const QString version = text(
        u"SELECT version FROM hexastore.courier_deliveries('{}') WHERE delivery_id = ?"_s, {d});
    // Offline, c1 picks it up; meanwhile the dispatcher gives it to c2.
    as(u"admin"_s);
    QCOMPARE(text(u"SELECT hexastore.dispatch_deliveries(ARRAY[?]::bigint[], ?, 'c1 is ill')"_s,
                  {d, m_users[u"c2"_s]}),
             u"1"_s);
    QCOMPARE(adminText(u"SELECT action FROM hexastore.audit_log WHERE entity = 'delivery' "
                       "AND entity_id = ? ORDER BY id DESC LIMIT 1"_s,
                       {d}),
             u"delivery.reassign"_s);
    QJsonObject answer =
        sync(u"c1"_s, m_deviceA, {event(++m_seqA, d, u"assigned"_s, u"picked_up"_s)});
    QCOMPARE(answer[u"results"_s][0][u"outcome"_s].toString(), u"rejected"_s);
    QCOMPARE(answer[u"results"_s][0][u"code"_s].toString(), u"HX409"_s);
    QCOMPARE(answer[u"results"_s][0][u"status"_s].toString(), u"assigned"_s); // the server's state
    // c1's next pull says it is no longer theirs, without its details.
    as(u"c1"_s);
    auto rows = m_client->sql().query(
        u"SELECT mine, address, phone FROM hexastore.courier_deliveries(?::jsonb) "
        "WHERE delivery_id = ?"_s,
        {u"{\"%1\": %2}"_s.arg(d).arg(version), d});
    QVERIFY(rows && rows->size() == 1);
    QCOMPARE(rows->first().value(0).toBool(), false);
    QVERIFY(rows->first().value(1).isNull() && rows->first().value(2).isNull());
    // c2 works it.
    answer = sync(u"c2"_s, m_deviceB, {event(++m_seqB, d, u"assigned"_s, u"picked_up"_s)});
    QCOMPARE(answer[u"results"_s][0][u"outcome"_s].toString(), u"applied"_s);
    // After pickup nobody changes the courier.
    as(u"admin"_s);
    QCOMPARE(state(u"SELECT hexastore.dispatch_deliveries(ARRAY[?]::bigint[], ?)"_s,
                   {d, m_users[u"c1"_s]}),
             u"HX401"_s);
    QCOMPARE(state(u"SELECT hexastore.unassign_delivery(?)"_s, {d}), u"HX401"_s);
}

void TstDeliverySql::aDeliveryOnItsWayIsHandedOverWithAReason()
{
    const Placed placed = dispatched(u"c1"_s);
    const qint64 d = placed.delivery;
    QJsonObject answer =
        sync(u"c1"_s, m_deviceA, {event(++m_seqA, d, u"assigned"_s, u"picked_up"_s)});
    QCOMPARE(answer[u"results"_s][0][u"outcome"_s].toString(), u"applied"_s);
    // Only administrators hand over, and only with a reason.
    for (const QString& who : {u"c1"_s, u"c2"_s, u"seller"_s, u"buyer"_s}) {
        as(who);
        QCOMPARE(state(u"SELECT hexastore.hand_over_delivery(?, ?, 'mine now')"_s,
                       {d, m_users[u"c2"_s]}),
                 u"42501"_s);
    }
    as(u"admin"_s);
    QCOMPARE(state(u"SELECT hexastore.hand_over_delivery(?, ?, '  ')"_s, {d, m_users[u"c2"_s]}),
             u"HX418"_s);
    QCOMPARE(state(u"SELECT hexastore.hand_over_delivery(?, ?, E'\\t\\n\\u200b')"_s,
                   {d, m_users[u"c2"_s]}),
             u"HX418"_s);
    QCOMPARE(
        state(u"SELECT hexastore.hand_over_delivery(?, ?, 'ill')"_s, {d, m_users[u"seller"_s]}),
        u"HX403"_s); // not a courier
    QCOMPARE(
        state(u"SELECT hexastore.hand_over_delivery(?, ?, 'c1 fell ill')"_s, {d, m_users[u"c2"_s]}),
        u"ok"_s);
    QCOMPARE(deliveryStatus(d), u"picked_up"_s); // the goods are still on their way
    QCOMPARE(adminScalar(u"SELECT courier_id FROM hexastore.deliveries WHERE id = ?"_s, {d}),
             m_users[u"c2"_s]);
    QCOMPARE(adminText(u"SELECT action FROM hexastore.audit_log WHERE entity = 'delivery' "
                       "AND entity_id = ? ORDER BY id DESC LIMIT 1"_s,
                       {d}),
             u"delivery.hand_over"_s);
    // The first courier's next step is refused; the second one goes on.
    answer = sync(u"c1"_s, m_deviceA, {event(++m_seqA, d, u"picked_up"_s, u"out_for_delivery"_s)});
    QCOMPARE(answer[u"results"_s][0][u"code"_s].toString(), u"HX409"_s);
    answer = sync(u"c2"_s, m_deviceB, {event(++m_seqB, d, u"picked_up"_s, u"out_for_delivery"_s)});
    QCOMPARE(answer[u"results"_s][0][u"outcome"_s].toString(), u"applied"_s);
    // Not before pickup (that is dispatch's job), and never to nobody.
    const Placed waiting = dispatched(u"c1"_s);
    as(u"admin"_s);
    QCOMPARE(state(u"SELECT hexastore.hand_over_delivery(?, ?, 'why not')"_s,
                   {waiting.delivery, m_users[u"c2"_s]}),
             u"HX401"_s);
    QVERIFY(state(u"SELECT hexastore.hand_over_delivery(?, NULL, 'nobody')"_s, {d}) != u"ok"_s);
    QCOMPARE(adminScalar(u"SELECT courier_id FROM hexastore.deliveries WHERE id = ?"_s, {d}),
             m_users[u"c2"_s]);
}

void TstDeliverySql::aStrangersRefusedStepLeavesNoWords()
{
    const Placed placed = dispatched(u"c1"_s);
    // c2 never held it: the step is refused and stored, its words are not.
    const QJsonObject answer =
        sync(u"c2"_s, m_deviceB,
             {event(++m_seqB, placed.delivery, u"assigned"_s, u"picked_up"_s,
                    {{u"note"_s, u"<a href='https://evil.example'>call the dispatcher</a>"_s},
                     {u"recipient_name"_s, u"<b>Cash handed over</b>"_s},
                     {u"cash"_s, u"24.50"_s}})});
    QCOMPARE(answer[u"results"_s][0][u"code"_s].toString(), u"HX409"_s);
    QVERIFY(answer[u"results"_s][0][u"status"_s].isNull()); // nor what the state is
    auto row =
        m_db->admin().queryOne(u"SELECT note, recipient_name IS NULL, cash_collected IS NULL FROM "
                               "hexastore.delivery_events WHERE device_id = ?::uuid AND seq = ?"_s,
                               {m_deviceB, m_seqB});
    QVERIFY(row);
    QCOMPARE(row->value(0).toString(), QString());
    QVERIFY(row->value(1).toBool() && row->value(2).toBool());
}

void TstDeliverySql::aRestoredDeviceIsToldToNumberAgain()
{
    const Placed placed = dispatched(u"c1"_s);
    const qint64 before = m_seqA;
    QJsonObject answer =
        sync(u"c1"_s, m_deviceA, {event(++m_seqA, placed.delivery, u"assigned"_s, u"picked_up"_s)});
    QCOMPARE(answer[u"results"_s][0][u"outcome"_s].toString(), u"applied"_s);
    const qint64 events = adminScalar(u"SELECT count(*) FROM hexastore.delivery_events"_s);
    // The device was restored from a copy made before that event: it numbers
    // a new event as the one the server has. Nothing is taken, and it is told
    // where to go on from.
    answer = sync(u"c1"_s, m_deviceA,
                  {event(before + 1, placed.delivery, u"picked_up"_s, u"out_for_delivery"_s)});
    QCOMPARE(answer[u"renumber_after"_s].toInteger(), m_seqA);
    QCOMPARE(answer[u"results"_s].toArray().size(), 0);
    QCOMPARE(adminScalar(u"SELECT count(*) FROM hexastore.delivery_events"_s), events);
    QCOMPARE(deliveryStatus(placed.delivery), u"picked_up"_s);
    // Numbered again, it is applied.
    answer = sync(u"c1"_s, m_deviceA,
                  {event(++m_seqA, placed.delivery, u"picked_up"_s, u"out_for_delivery"_s)});
    QCOMPARE(answer[u"results"_s][0][u"outcome"_s].toString(), u"applied"_s);
}

void TstDeliverySql::newPickupDetailsReachTheCourier()
{
    const Placed placed = dispatched(u"c1"_s);
    as(u"c1"_s);
    const QString version =
        text(u"SELECT version FROM hexastore.courier_deliveries('{}') WHERE delivery_id = ?"_s,
             {placed.delivery});
    const QString known = u"{\"%1\": %2}"_s.arg(placed.delivery).arg(version);
    QCOMPARE(text(u"SELECT count(*) FROM hexastore.courier_deliveries(?::jsonb) "
                  "WHERE delivery_id = ?"_s,
                  {known, placed.delivery}),
             u"0"_s); // nothing new
    as(u"seller"_s);
    QCOMPARE(state(u"INSERT INTO hexastore.seller_profiles (pickup_address, pickup_phone) "
                   "VALUES ('Hof 9, 10115 Berlin', '+49 30 555 0199')"_s),
             u"ok"_s);
    as(u"c1"_s);
    QCOMPARE(text(u"SELECT pickup_address FROM hexastore.courier_deliveries(?::jsonb) "
                  "WHERE delivery_id = ?"_s,
                  {known, placed.delivery}),
             u"Hof 9, 10115 Berlin"_s);
    // (sellersKeepTheirOwnPickupDetails starts from no details.)
    QVERIFY(m_db->admin().execute(u"DELETE FROM hexastore.seller_profiles WHERE seller_id = ?"_s,
                                  {m_users[u"seller"_s]}));
}

void TstDeliverySql::statesCannotBeSkippedByAnyWriter()
{
    const Placed placed = dispatched(u"c1"_s);
    const qint64 d = placed.delivery;
    for (const QString& to : {u"delivered"_s, u"out_for_delivery"_s, u"returned"_s, u"cancelled"_s,
                              u"unassigned"_s, u"nonsense"_s}) {
        const QJsonObject answer =
            sync(u"c1"_s, m_deviceA, {event(++m_seqA, d, u"assigned"_s, to)});
        QCOMPARE(answer[u"results"_s][0][u"code"_s].toString(), u"HX401"_s);
    }
    // A stale expectation is refused with the server's state.
    const QJsonObject stale =
        sync(u"c1"_s, m_deviceA, {event(++m_seqA, d, u"picked_up"_s, u"out_for_delivery"_s)});
    QCOMPARE(stale[u"results"_s][0][u"code"_s].toString(), u"HX417"_s);
    QCOMPARE(deliveryStatus(d), u"assigned"_s);
    // The rule binds the owner too.
    QVERIFY(!m_db->admin().execute(
        u"UPDATE hexastore.deliveries SET status = 'out_for_delivery' WHERE id = ?"_s, {d}));
    QCOMPARE(deliveryStatus(d), u"assigned"_s);
}

void TstDeliverySql::threeFailedAttemptsThenTheGoodsGoBack()
{
    const Placed placed = dispatched(u"c1"_s);
    const qint64 d = placed.delivery;
    const qint64 stockBefore = adminScalar(
        u"SELECT stock FROM hexastore.product_variants WHERE id = ?"_s, {m_item.variantId});
    QJsonArray batch{event(++m_seqA, d, u"assigned"_s, u"picked_up"_s)};
    for (int attempt = 0; attempt < 3; ++attempt) {
        batch << event(++m_seqA, d, attempt == 0 ? u"picked_up"_s : u"failed_attempt"_s,
                       u"out_for_delivery"_s);
        batch << event(++m_seqA, d, u"out_for_delivery"_s, u"failed_attempt"_s,
                       {{u"reason"_s, attempt == 2 ? u"other"_s : u"address_not_found"_s},
                        {u"note"_s, attempt == 2 ? u"gate locked"_s : QString()}});
    }
    QJsonObject answer = sync(u"c1"_s, m_deviceA, batch);
    for (const QJsonValue& r : answer[u"results"_s].toArray())
        QCOMPARE(r[u"outcome"_s].toString(), u"applied"_s);
    // "Other" needs a note; a fourth round is refused; the goods go back.
    answer =
        sync(u"c1"_s, m_deviceA, {event(++m_seqA, d, u"failed_attempt"_s, u"out_for_delivery"_s)});
    QCOMPARE(answer[u"results"_s][0][u"code"_s].toString(), u"HX408"_s);
    answer = sync(u"c1"_s, m_deviceA, {event(++m_seqA, d, u"failed_attempt"_s, u"returned"_s)});
    QCOMPARE(answer[u"results"_s][0][u"outcome"_s].toString(), u"applied"_s);
    QCOMPARE(orderStatus(placed.order), u"cancelled"_s);
    QCOMPARE(adminScalar(u"SELECT stock FROM hexastore.product_variants WHERE id = ?"_s,
                         {m_item.variantId}),
             stockBefore + 1);
    QCOMPARE(adminText(u"SELECT last_failure || ':' || last_failure_note FROM "
                       "hexastore.deliveries WHERE id = ?"_s,
                       {d}),
             u"other:gate locked"_s);
    // A reason is required for every failed attempt.
    const Placed other = dispatched(u"c1"_s);
    answer = sync(u"c1"_s, m_deviceA,
                  {event(++m_seqA, other.delivery, u"assigned"_s, u"picked_up"_s),
                   event(++m_seqA, other.delivery, u"picked_up"_s, u"out_for_delivery"_s),
                   event(++m_seqA, other.delivery, u"out_for_delivery"_s, u"failed_attempt"_s),
                   event(++m_seqA, other.delivery, u"out_for_delivery"_s, u"failed_attempt"_s,
                         {{u"reason"_s, u"other"_s}}),
                   event(++m_seqA, other.delivery, u"out_for_delivery"_s, u"failed_attempt"_s,
                         {{u"reason"_s, u"bored"_s}})});
    for (int i = 2; i < 5; ++i)
        QCOMPARE(answer[u"results"_s][i][u"code"_s].toString(), u"HX405"_s);
}

void TstDeliverySql::aCancelledOrderCancelsItsDelivery()
{
    const Placed placed = dispatched(u"c1"_s);
    as(u"c1"_s);
    const QString version =
        text(u"SELECT version FROM hexastore.courier_deliveries('{}') WHERE delivery_id = ?"_s,
             {placed.delivery});
    as(u"buyer"_s);
    QCOMPARE(state(u"SELECT hexastore.set_order_status(?, 'cancelled')"_s, {placed.order}),
             u"ok"_s);
    QCOMPARE(deliveryStatus(placed.delivery), u"cancelled"_s);
    // The courier hears of it on the next pull, and a queued pickup is refused.
    as(u"c1"_s);
    QCOMPARE(text(u"SELECT status::text FROM hexastore.courier_deliveries(?::jsonb) "
                  "WHERE delivery_id = ?"_s,
                  {u"{\"%1\": %2}"_s.arg(placed.delivery).arg(version), placed.delivery}),
             u"cancelled"_s);
    const QJsonObject answer =
        sync(u"c1"_s, m_deviceA, {event(++m_seqA, placed.delivery, u"assigned"_s, u"picked_up"_s)});
    QCOMPARE(answer[u"results"_s][0][u"code"_s].toString(), u"HX417"_s);
    QCOMPARE(answer[u"results"_s][0][u"status"_s].toString(), u"cancelled"_s);
}

void TstDeliverySql::aShippedOrderIsNotCancelledByHand()
{
    const Placed placed = dispatched(u"c1"_s);
    sync(u"c1"_s, m_deviceA, {event(++m_seqA, placed.delivery, u"assigned"_s, u"picked_up"_s)});
    QCOMPARE(orderStatus(placed.order), u"shipped"_s);
    as(u"buyer"_s);
    QCOMPARE(state(u"SELECT hexastore.set_order_status(?, 'cancelled')"_s, {placed.order}),
             u"HX327"_s);
    as(u"admin"_s);
    QCOMPARE(
        state(u"SELECT hexastore.set_order_status(?, 'cancelled', 'refund')"_s, {placed.order}),
        u"HX327"_s);
    QVERIFY(!text(u"SELECT hexastore.order_actions(?)::text"_s, {placed.order})
                 .contains(u"cancelled"_s));
    QCOMPARE(orderStatus(placed.order), u"shipped"_s);
}

void TstDeliverySql::detailsFadeAfterTheDeliveryEnds()
{
    const Placed placed = dispatched(u"c1"_s);
    const qint64 d = placed.delivery;
    sync(u"c1"_s, m_deviceA,
         {event(++m_seqA, d, u"assigned"_s, u"picked_up"_s),
          event(++m_seqA, d, u"picked_up"_s, u"out_for_delivery"_s),
          event(++m_seqA, d, u"out_for_delivery"_s, u"delivered"_s,
                {{u"recipient_name"_s, u"Neighbour"_s}, {u"cash"_s, u"24.50"_s}})});
    QCOMPARE(deliveryStatus(d), u"delivered"_s);
    const QString known = u"{\"%1\": 1}"_s.arg(d);
    const QString query = u"SELECT coalesce(address, '-') || '|' || coalesce(phone, '-') FROM "
                          "hexastore.courier_deliveries(?::jsonb) WHERE delivery_id = ?"_s;
    as(u"c1"_s);
    // For their records: the address, but no phone number any more.
    QCOMPARE(text(query, {known, d}), u"Hauptstrasse 5, 10115 Berlin, Germany|-"_s);
    QVERIFY(m_db->admin().execute(
        u"UPDATE hexastore.deliveries SET finished_at = now() - interval '2 days' WHERE id = ?"_s,
        {d}));
    as(u"c1"_s);
    QCOMPARE(text(query, {known, d}), u"-|-"_s);
}

void TstDeliverySql::sellersKeepTheirOwnPickupDetails()
{
    as(u"seller"_s);
    QCOMPARE(state(u"INSERT INTO hexastore.seller_profiles (pickup_address, pickup_phone) "
                   "VALUES ('Werkstatt, Hof 2, 10115 Berlin', 'call me')"_s),
             u"HX415"_s);
    QCOMPARE(state(u"INSERT INTO hexastore.seller_profiles (pickup_address, pickup_phone) "
                   "VALUES ('Werkstatt, Hof 2, 10115 Berlin', '+49 30 555 0101')"_s),
             u"ok"_s);
    // Nobody writes another seller's row or picks its owner.
    QVERIFY(state(u"INSERT INTO hexastore.seller_profiles (seller_id, pickup_address) "
                  "VALUES (?, 'x')"_s,
                  {m_users[u"other_seller"_s]}) != u"ok"_s);
    as(u"other_seller"_s);
    QCOMPARE(text(u"SELECT count(*) FROM hexastore.seller_profiles"_s), u"0"_s);
    QCOMPARE(state(u"UPDATE hexastore.seller_profiles SET pickup_address = 'mine'"_s), u"ok"_s);
    as(u"buyer"_s);
    QVERIFY(state(u"INSERT INTO hexastore.seller_profiles (pickup_address) VALUES ('x')"_s) !=
            u"ok"_s);
    QCOMPARE(
        adminText(u"SELECT pickup_address FROM hexastore.seller_profiles WHERE seller_id = ?"_s,
                  {m_users[u"seller"_s]}),
        u"Werkstatt, Hof 2, 10115 Berlin"_s);
    // The courier collecting from the seller sees them.
    const Placed placed = dispatched(u"c1"_s);
    as(u"c1"_s);
    QCOMPARE(text(u"SELECT pickup_address || '|' || pickup_phone FROM "
                  "hexastore.courier_deliveries('{}') WHERE delivery_id = ?"_s,
                  {placed.delivery}),
             u"Werkstatt, Hof 2, 10115 Berlin|+49 30 555 0101"_s);
}

void TstDeliverySql::courierProfilesAreForAdministrators()
{
    as(u"admin"_s);
    QCOMPARE(state(u"SELECT hexastore.admin_set_courier_profile(?, 'call me', 'car', true)"_s,
                   {m_users[u"c1"_s]}),
             u"HX415"_s);
    QCOMPARE(state(u"SELECT hexastore.admin_set_courier_profile(?, '', 'rocket', true)"_s,
                   {m_users[u"c1"_s]}),
             u"HX111"_s);
    QCOMPARE(state(u"SELECT hexastore.admin_set_courier_profile(?, '', 'car', true)"_s,
                   {m_users[u"buyer"_s]}),
             u"HX113"_s);
    QCOMPARE(state(u"SELECT hexastore.admin_set_courier_profile(?, '+49 170 1234567', "
                   "'motorbike', true)"_s,
                   {m_users[u"c1"_s]}),
             u"ok"_s);
    QCOMPARE(adminText(u"SELECT action FROM hexastore.audit_log ORDER BY id DESC LIMIT 1"_s),
             u"courier.profile"_s);
    as(u"c1"_s);
    QCOMPARE(text(u"SELECT vehicle::text FROM hexastore.courier_profiles"_s), u"motorbike"_s);
    QVERIFY(state(u"UPDATE hexastore.courier_profiles SET on_duty = false"_s) != u"ok"_s);
    as(u"c2"_s);
    QCOMPARE(text(u"SELECT count(*) FROM hexastore.courier_profiles"_s), u"0"_s);
}

void TstDeliverySql::nobodyWritesIntoSomeoneElsesTimeline()
{
    // c2 sends an event about c1's delivery, with a note meant for the buyer.
    const Placed placed = dispatched(u"c1"_s);
    const QJsonObject answer = sync(u"c2"_s, m_deviceB,
                                    {event(++m_seqB, placed.delivery, u"assigned"_s, u"picked_up"_s,
                                           {{u"note"_s, u"pay 20 EUR to IBAN XX00"_s},
                                            {u"recipient_name"_s, u"IMPERSONATED"_s}})});
    QCOMPARE(answer[u"results"_s][0][u"code"_s].toString(), u"HX409"_s);
    QVERIFY(answer[u"results"_s][0][u"status"_s].isNull()); // nothing about it either
    as(u"buyer"_s);
    QCOMPARE(text(u"SELECT count(*) FROM hexastore.delivery_timeline(?) "
                  "WHERE actor_role = 'courier'"_s,
                  {placed.delivery}),
             u"0"_s);
    as(u"c1"_s);
    QCOMPARE(text(u"SELECT count(*) FROM hexastore.delivery_timeline(?) "
                  "WHERE actor_role = 'courier'"_s,
                  {placed.delivery}),
             u"0"_s);
    // Dispatch reasons are for administrators.
    as(u"admin"_s);
    QCOMPARE(state(u"SELECT hexastore.unassign_delivery(?, 'courier caught stealing')"_s,
                   {placed.delivery}),
             u"ok"_s);
    QCOMPARE(state(u"SELECT hexastore.unassign_delivery(?, 'again')"_s, {placed.delivery}),
             u"HX401"_s); // only an assigned delivery goes back
    as(u"buyer"_s);
    QCOMPARE(text(u"SELECT count(*) FROM hexastore.delivery_timeline(?)"_s, {placed.delivery}),
             u"2"_s);
}

void TstDeliverySql::aBadDeviceClockNeverBlocksTheQueue()
{
    const Placed placed = dispatched(u"c1"_s);
    QJsonArray batch;
    for (const QString& clock :
         {u"2026-02-30T10:00:00Z"_s, u"2026-11-29T25:00:00Z"_s, u"0000-01-01T10:00:00Z"_s,
          u"2026-13-01T10:00:00Z"_s, u"2026-11-29T10:00:00+99:00"_s, u"yesterday"_s,
          u"2026-11-29T24:00:00Z"_s, u"2026-12-31T23:59:60Z"_s}) {
        QJsonObject e = event(++m_seqA, placed.delivery, u"picked_up"_s, u"out_for_delivery"_s);
        e[u"device_time"_s] = clock;
        batch << e;
    }
    QJsonObject good = event(++m_seqA, placed.delivery, u"assigned"_s, u"picked_up"_s);
    good[u"device_time"_s] = u"2026-11-29T10:00:00.123+01:00"_s;
    batch << good;
    const QJsonObject answer = sync(u"c1"_s, m_deviceA, batch);
    QVERIFY2(!answer.contains(u"error"_s), qPrintable(answer[u"error"_s].toString()));
    QCOMPARE(answer[u"last_seq"_s].toInteger(), m_seqA);
    QCOMPARE(answer[u"results"_s].toArray().last()[u"outcome"_s].toString(), u"applied"_s);
    QCOMPARE(m_db->admin()
                 .queryOne(u"SELECT count(*) FILTER (WHERE device_time IS NULL), "
                           "max(device_time) FROM hexastore.delivery_events "
                           "WHERE delivery_id = ? AND device_id IS NOT NULL"_s,
                           {placed.delivery})
                 ->value(0)
                 .toInt(),
             8);
}

void TstDeliverySql::aBatchLocksOnlyTheCouriersOwnDeliveries()
{
    // c2 holds a batch open that names c1's delivery: c1 is not held up.
    const Placed placed = dispatched(u"c1"_s);
    ClientSql other(*m_db);
    QVERIFY(other.login(u"c2"_s, u"c2@test.example"_s, u"password of c2"_s));
    QVERIFY(other.as(u"c2"_s));
    QVERIFY(other.sql().begin());
    QVERIFY(other.sql().query(
        u"SELECT hexastore.sync_delivery_events(?::uuid, ?::jsonb)"_s,
        {m_deviceB,
         QString::fromUtf8(QJsonDocument(QJsonArray{event(++m_seqB, placed.delivery,
                                                          u"failed_attempt"_s, u"returned"_s)})
                               .toJson())}));
    BackgroundStatement c1(
        m_db->clientSettings(), m_client->token(u"c1"_s),
        u"SELECT hexastore.sync_delivery_events(?::uuid, ?::jsonb)::text"_s,
        {m_deviceA,
         QString::fromUtf8(QJsonDocument(QJsonArray{event(++m_seqA, placed.delivery, u"assigned"_s,
                                                          u"picked_up"_s)})
                               .toJson())});
    QVERIFY2(!c1.waitUntilBlocked(m_db->admin()), "c1 waited for c2's transaction");
    QVERIFY(c1.result().contains(u"\"applied\""_s));
    other.sql().rollback();
}

void TstDeliverySql::aFormerCourierLearnsOnlyThatItIsGone()
{
    const Placed placed = dispatched(u"c1"_s);
    as(u"admin"_s);
    QCOMPARE(state(u"SELECT hexastore.unassign_delivery(?)"_s, {placed.delivery}), u"ok"_s);
    QCOMPARE(text(u"SELECT hexastore.dispatch_deliveries(ARRAY[?]::bigint[], ?)"_s,
                  {placed.delivery, m_users[u"c2"_s]}),
             u"1"_s);
    as(u"c1"_s);
    auto rows = m_client->sql().query(
        u"SELECT mine, amount_to_collect, assigned_at, failed_attempts, address, phone, items "
        "FROM hexastore.courier_deliveries(?::jsonb) WHERE delivery_id = ?"_s,
        {u"{\"%1\": 0}"_s.arg(placed.delivery), placed.delivery});
    QVERIFY(rows && rows->size() == 1);
    const QSqlRecord& gone = rows->first();
    QCOMPARE(gone.value(0).toBool(), false);
    for (int column = 1; column < gone.count(); ++column)
        QVERIFY2(gone.value(column).isNull(), qPrintable(gone.fieldName(column)));
}

void TstDeliverySql::proofAndAttemptsChangeOnlyWithTheStatus()
{
    const Placed placed = dispatched(u"c1"_s);
    sync(u"c1"_s, m_deviceA,
         {event(++m_seqA, placed.delivery, u"assigned"_s, u"picked_up"_s),
          event(++m_seqA, placed.delivery, u"picked_up"_s, u"out_for_delivery"_s),
          event(++m_seqA, placed.delivery, u"out_for_delivery"_s, u"delivered"_s,
                {{u"recipient_name"_s, u"\u00a0Bea\n"_s}, {u"cash"_s, 24.5}})});
    QCOMPARE(adminText(u"SELECT recipient_name || '|' || cash_collected FROM "
                       "hexastore.deliveries WHERE id = ?"_s,
                       {placed.delivery}),
             u"Bea|24.50"_s);
    // Not even the owner rewrites the proof or the attempts afterwards.
    for (const QString& change :
         {u"cash_collected = 0"_s, u"recipient_name = 'nobody'"_s, u"failed_attempts = 2"_s}) {
        QVERIFY(!m_db->admin().execute(u"UPDATE hexastore.deliveries SET "_s + change +
                                           u" WHERE id = ?"_s,
                                       {placed.delivery}));
    }
    // A name of nothing but invisible spaces is no name.
    const Placed other = dispatched(u"c1"_s);
    const QJsonObject answer =
        sync(u"c1"_s, m_deviceA,
             {event(++m_seqA, other.delivery, u"assigned"_s, u"picked_up"_s),
              event(++m_seqA, other.delivery, u"picked_up"_s, u"out_for_delivery"_s),
              event(++m_seqA, other.delivery, u"out_for_delivery"_s, u"delivered"_s,
                    {{u"recipient_name"_s, u"\n\u00a0\u3000"_s}, {u"cash"_s, u"24.50"_s}})});
    QCOMPARE(answer[u"results"_s][2][u"code"_s].toString(), u"HX406"_s);
}

QTEST_GUILESS_MAIN(TstDeliverySql)
#include "tst_delivery_sql.moc"
