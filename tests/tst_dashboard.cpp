// The dashboard's figures (issue #11): equal to plain aggregate queries over
// a year of order history plus live changes, folded or still pending; right
// on a small known data set; and scoped by row-level security, so that a
// seller never sees another shop's figures.
#include "services/dashboard/DashboardReference.h"
#include "services/dashboard/DashboardService.h"
#include "services/demo/HistoricalOrderSeeder.h"
#include "tests/support/ClientSql.h"
#include "tests/support/TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;

class TstDashboard : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void figuresEqualThePlainAggregates();
    void pendingChangesCountBeforeTheyAreFolded();
    void aSmallShopShowsWhatHappened();
    void sellersSeeOnlyTheirOwnShop();
    void othersHaveNoDashboard();
    void cashHandedInLeavesTheList();

private:
    Result<DashboardFigures> dashboardAs(const QString& who, std::optional<qint64> seller,
                                         bool fold = true);
    Result<DashboardFigures> plain(std::optional<qint64> seller);
    // A delivery of the listing to the buyer taken to delivered (cash collected).
    bool deliver(qint64 deliveryId, const QString& amount);
    static QString describe(const DashboardFigures& a, const DashboardFigures& b);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ClientSql> m_client;
    qint64 m_sellerA = 0;
    qint64 m_sellerB = 0;
    qint64 m_buyer = 0;
    qint64 m_courier = 0;
    qint64 m_address = 0;
    TestDatabase::Listing m_lamp;
    TestDatabase::Listing m_mug;
};

void TstDashboard::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(u"dashboard"_s);
    QVERIFY2(m_db->isReady(), qPrintable(m_db->failure()));
    m_client = std::make_unique<ClientSql>(*m_db);
    QVERIFY(m_client->isOpen());
    m_db->createUser(Role::Admin, u"ada@test.example"_s, u"admin password"_s, u"Ada"_s);
    m_sellerA =
        m_db->createUser(Role::Seller, u"sam@test.example"_s, u"seller password"_s, u"Sam"_s);
    m_sellerB =
        m_db->createUser(Role::Seller, u"sue@test.example"_s, u"seller password"_s, u"Sue"_s);
    m_buyer = m_db->createUser(Role::Buyer, u"bea@test.example"_s, u"buyer password"_s, u"Bea"_s);
    m_courier =
        m_db->createUser(Role::Courier, u"cid@test.example"_s, u"courier password"_s, u"Cid"_s);
    m_db->createUser(Role::Courier, u"cat@test.example"_s, u"courier password"_s, u"Cat"_s);
    m_address = m_db->createAddress(m_buyer);
    m_lamp = m_db->createListing(m_sellerA, u"Lamp"_s, u"24.50"_s, 40);
    m_mug = m_db->createListing(m_sellerB, u"Mug"_s, u"7.25"_s, 3);
    m_db->createListing(m_sellerA, u"Vase"_s, u"13.00"_s, 0);
    QVERIFY(m_client->login(u"ada"_s, u"ada@test.example"_s, u"admin password"_s));
    QVERIFY(m_client->login(u"sam"_s, u"sam@test.example"_s, u"seller password"_s));
    QVERIFY(m_client->login(u"sue"_s, u"sue@test.example"_s, u"seller password"_s));
    QVERIFY(m_client->login(u"bea"_s, u"bea@test.example"_s, u"buyer password"_s));
    QVERIFY(m_client->login(u"cid"_s, u"cid@test.example"_s, u"courier password"_s));

    // A year of history, written in bulk with the summaries rebuilt after it.
    auto added = HistoricalOrderSeeder(m_db->admin()).seed(400, 11);
    QVERIFY2(added.has_value(), qPrintable(added ? QString() : added.error().message()));
    QCOMPARE(*added, 400);
}

void TstDashboard::cleanupTestCase()
{
    m_client.reset();
    m_db.reset();
}

Result<DashboardFigures> TstDashboard::dashboardAs(const QString& who, std::optional<qint64> seller,
                                                   bool fold)
{
    if (!m_client->as(who))
        return std::unexpected(ServiceError(ServiceError::Code::Internal, u"no token"_s));
    if (fold)
        return DashboardService::load(m_client->sql(), seller);
    auto row = m_client->sql().queryOne(
        u"SELECT hexastore.dashboard_figures(?)::text"_s,
        {seller ? QVariant(*seller) : QVariant(QMetaType::fromType<qint64>())});
    if (!row)
        return std::unexpected(row.error());
    return DashboardService::fromJson(
        QJsonDocument::fromJson(row->value(0).toString().toUtf8()).object());
}

Result<DashboardFigures> TstDashboard::plain(std::optional<qint64> seller)
{
    return DashboardReference(m_db->admin()).compute(seller);
}

bool TstDashboard::deliver(qint64 deliveryId, const QString& amount)
{
    SqlExecutor& sql = m_db->admin();
    return sql.execute(u"UPDATE hexastore.deliveries SET status = 'picked_up' WHERE id = ?"_s,
                       {deliveryId}) &&
           sql.execute(
               u"UPDATE hexastore.deliveries SET status = 'out_for_delivery' WHERE id = ?"_s,
               {deliveryId}) &&
           sql.execute(u"UPDATE hexastore.deliveries SET status = 'delivered', "
                       "recipient_name = 'Bea', cash_collected = ?::numeric WHERE id = ?"_s,
                       {amount, deliveryId});
}

QString TstDashboard::describe(const DashboardFigures& a, const DashboardFigures& b)
{
    QStringList diff;
    if (a.today != b.today)
        diff << u"today"_s;
    if (a.periods != b.periods) {
        for (qsizetype i = 0; i < std::min(a.periods.size(), b.periods.size()); ++i) {
            const auto& x = a.periods.at(i);
            const auto& y = b.periods.at(i);
            if (!(x == y)) {
                diff << u"period %1: placed %2/%3 cancelled %4/%5 delivered %6/%7 revenue %8/%9"_s
                            .arg(x.days)
                            .arg(x.placed)
                            .arg(y.placed)
                            .arg(x.cancelled)
                            .arg(y.cancelled)
                            .arg(x.delivered)
                            .arg(y.delivered)
                            .arg(x.revenue.toDecimal(), y.revenue.toDecimal());
            }
        }
    }
    if (a.daily != b.daily)
        diff << u"daily"_s;
    if (a.ordersByStatus != b.ordersByStatus)
        diff << u"orders by status"_s;
    if (a.deliveriesByStatus != b.deliveriesByStatus)
        diff << u"deliveries by status"_s;
    if (a.topProducts != b.topProducts)
        diff << u"top products"_s;
    if (a.lowStock != b.lowStock)
        diff << u"low stock"_s;
    if (a.courierCash != b.courierCash)
        diff << u"courier cash"_s;
    if (a.sellerId != b.sellerId)
        diff << u"seller"_s;
    return diff.join(u"; "_s);
}

void TstDashboard::figuresEqualThePlainAggregates()
{
    // Live changes on top of the history: new orders, one delivered, one cancelled.
    const qint64 first =
        m_db->createDispatchedDelivery(m_buyer, m_address, m_sellerA, m_lamp, m_courier);
    const qint64 second =
        m_db->createDispatchedDelivery(m_buyer, m_address, m_sellerB, m_mug, m_courier);
    QVERIFY(first > 0 && second > 0);
    QVERIFY(deliver(first, u"24.50"_s));
    QVERIFY(m_db->admin().execute(u"UPDATE hexastore.orders SET status = 'cancelled' WHERE id = "
                                  "(SELECT order_id FROM hexastore.deliveries WHERE id = ?)"_s,
                                  {second}));

    for (const std::optional<qint64>& scope :
         {std::optional<qint64>(), std::optional<qint64>(m_sellerA),
          std::optional<qint64>(m_sellerB)}) {
        auto shown = dashboardAs(u"ada"_s, scope);
        QVERIFY2(shown.has_value(), qPrintable(shown ? QString() : shown.error().message()));
        auto expected = plain(scope);
        QVERIFY(expected.has_value());
        QVERIFY2(*shown == *expected, qPrintable(describe(*shown, *expected)));
        QCOMPARE(shown->periods.size(), 3);
        QCOMPARE(shown->daily.size(), 30);
        QVERIFY(shown->periods.at(2).placed > 0); // the history reaches into the last 30 days
    }
    auto own = dashboardAs(u"sam"_s, m_sellerA);
    QVERIFY(own.has_value());
    auto expected = plain(m_sellerA);
    QVERIFY(expected.has_value());
    QVERIFY2(*own == *expected, qPrintable(describe(*own, *expected)));
    QVERIFY(own->courierCash.isEmpty());
    QVERIFY(!own->periods.at(0).newUsers.has_value());
}

void TstDashboard::pendingChangesCountBeforeTheyAreFolded()
{
    auto folded = dashboardAs(u"ada"_s, std::nullopt);
    QVERIFY(folded.has_value());
    QCOMPARE(
        m_db->admin().queryOne(u"SELECT count(*) FROM hexastore.stats_delta"_s)->value(0).toInt(),
        0);
    const qint64 delivery =
        m_db->createDispatchedDelivery(m_buyer, m_address, m_sellerA, m_lamp, m_courier);
    QVERIFY(delivery > 0);
    QVERIFY(deliver(delivery, u"24.50"_s));
    QVERIFY(
        m_db->admin().queryOne(u"SELECT count(*) FROM hexastore.stats_delta"_s)->value(0).toInt() >
        0);
    auto unfolded = dashboardAs(u"ada"_s, std::nullopt, false);
    QVERIFY(unfolded.has_value());
    auto expected = plain(std::nullopt);
    QVERIFY(expected.has_value());
    QVERIFY2(*unfolded == *expected, qPrintable(describe(*unfolded, *expected)));
    QCOMPARE(unfolded->periods.at(0).placed, folded->periods.at(0).placed + 1);
    QCOMPARE(unfolded->periods.at(0).revenue,
             folded->periods.at(0).revenue + Money::fromCents(2450));
}

// A shop that opens after the history: every figure can be counted by hand.
void TstDashboard::aSmallShopShowsWhatHappened()
{
    const qint64 shop =
        m_db->createUser(Role::Seller, u"new@test.example"_s, u"seller password"_s, u"New Shop"_s);
    QVERIFY(m_client->login(u"new"_s, u"new@test.example"_s, u"seller password"_s));
    const auto chair = m_db->createListing(shop, u"Chair"_s, u"80.00"_s, 2);
    const auto desk = m_db->createListing(shop, u"Desk"_s, u"150.00"_s, 9);
    const qint64 one = m_db->createDispatchedDelivery(m_buyer, m_address, shop, chair, m_courier);
    const qint64 two = m_db->createDispatchedDelivery(m_buyer, m_address, shop, chair, m_courier);
    const qint64 three = m_db->createDispatchedDelivery(m_buyer, m_address, shop, desk, m_courier);
    QVERIFY(one > 0 && two > 0 && three > 0);
    QVERIFY(deliver(one, u"80.00"_s));
    QVERIFY(deliver(three, u"150.00"_s));

    auto f = dashboardAs(u"new"_s, std::nullopt);
    QVERIFY(f.has_value());
    QCOMPARE(f->sellerId, std::optional<qint64>(shop));
    QCOMPARE(f->periods.at(0).days, 1);
    QCOMPARE(f->periods.at(0).placed, 3);
    QCOMPARE(f->periods.at(0).placedBefore, 0);
    QCOMPARE(f->periods.at(0).delivered, 2);
    QCOMPARE(f->periods.at(0).revenue, Money::fromCents(23000));
    QCOMPARE(
        DashboardFigures::Period::average(f->periods.at(0).revenue, f->periods.at(0).delivered),
        Money::fromCents(11500));
    QCOMPARE(f->ordersByStatus, (QMap<QString, qint64>{{u"confirmed"_s, 1}, {u"delivered"_s, 2}}));
    QCOMPARE(f->deliveriesByStatus,
             (QMap<QString, qint64>{{u"assigned"_s, 1}, {u"delivered"_s, 2}}));
    QCOMPARE(f->topProducts.size(), 2);
    QCOMPARE(f->topProducts.at(0).name, u"Chair"_s);
    QCOMPARE(f->topProducts.at(0).units, 2);
    QCOMPARE(f->topProducts.at(0).amount, Money::fromCents(16000));
    QCOMPARE(f->daily.last().orders, 3);
    QCOMPARE(f->daily.last().revenue, Money::fromCents(23000));
    // createListing set the stock; nothing here took it away.
    QCOMPARE(f->lowStock.size(), 1);
    QCOMPARE(f->lowStock.at(0).name, u"Chair"_s);
    QCOMPARE(f->lowStock.at(0).stock, 2);

    // Cancelling gives the units back and moves the order's status.
    QVERIFY(m_db->admin().execute(u"UPDATE hexastore.orders SET status = 'cancelled' WHERE id = "
                                  "(SELECT order_id FROM hexastore.deliveries WHERE id = ?)"_s,
                                  {two}));
    auto after = dashboardAs(u"new"_s, std::nullopt);
    QVERIFY(after.has_value());
    QCOMPARE(after->periods.at(0).cancelled, 1);
    // One chair and one desk now: ties go by product number.
    QCOMPARE(after->topProducts.at(0).name, u"Chair"_s);
    QCOMPARE(after->topProducts.at(0).units, 1);
    QCOMPARE(after->topProducts.at(1).units, 1);
    QCOMPARE(after->ordersByStatus.value(u"cancelled"_s), 1);
}

void TstDashboard::sellersSeeOnlyTheirOwnShop()
{
    // Asking for another shop still shows one's own.
    auto asked = dashboardAs(u"sam"_s, m_sellerB);
    QVERIFY(asked.has_value());
    QCOMPARE(asked->sellerId, std::optional<qint64>(m_sellerA));
    auto expected = plain(m_sellerA);
    QVERIFY(expected.has_value());
    QVERIFY2(*asked == *expected, qPrintable(describe(*asked, *expected)));
    // The summaries themselves, read directly, hold only their rows.
    QVERIFY(m_client->as(u"sam"_s));
    for (const QString& table :
         {u"stats_orders_placed"_s, u"stats_revenue"_s, u"stats_order_status"_s,
          u"stats_delivery_status"_s, u"stats_product_sales"_s, u"stats_delta"_s}) {
        QCOMPARE(
            m_client->scalar(u"SELECT count(*) FROM hexastore.%1 WHERE seller_id <> ?"_s.arg(table),
                             {m_sellerA}),
            0);
        QCOMPARE(m_client->state(u"DELETE FROM hexastore.%1"_s.arg(table)), u"42501"_s);
        QCOMPARE(m_client->state(u"INSERT INTO hexastore.stats_delta (kind, seller_id, n) "
                                 "VALUES ('placed', 1, 1000)"_s),
                 u"42501"_s);
    }
    QVERIFY(m_client->scalar(u"SELECT count(*) FROM hexastore.stats_product_sales"_s) > 0);
    // Nobody holds the compactors' turn to stop the folding (an advisory lock
    // anyone could take would).
    QCOMPARE(m_client->state(u"SELECT * FROM hexastore.stats_fold_turn FOR UPDATE"_s), u"42501"_s);
    // Folding is harmless to call, but writes nothing a client chooses.
    QCOMPARE(m_client->state(u"SELECT hexastore._stats_rebuild()"_s), u"42501"_s);
    QCOMPARE(m_client->state(u"SELECT hexastore._stats_fold()"_s), u"42501"_s);
}

void TstDashboard::othersHaveNoDashboard()
{
    for (const QString& who : {u"bea"_s, u"cid"_s}) {
        QVERIFY(m_client->as(who));
        QCOMPARE(m_client->state(u"SELECT hexastore.dashboard_figures(NULL)"_s), u"42501"_s);
        QCOMPARE(m_client->scalar(u"SELECT count(*) FROM hexastore.stats_revenue"_s), 0);
    }
    QVERIFY(m_client->as(QString()));
    QCOMPARE(m_client->state(u"SELECT hexastore.dashboard_figures(NULL)"_s), u"42501"_s);
    QCOMPARE(m_client->state(u"SELECT hexastore.dashboard_compact()"_s), u"28000"_s);
}

void TstDashboard::cashHandedInLeavesTheList()
{
    auto before = dashboardAs(u"ada"_s, std::nullopt);
    QVERIFY(before.has_value());
    const auto held = std::find_if(before->courierCash.cbegin(), before->courierCash.cend(),
                                   [&](const auto& c) { return c.courierId == m_courier; });
    QVERIFY(held != before->courierCash.cend());
    QVERIFY(held->amount > Money());
    QVERIFY(m_client->as(u"ada"_s));
    QCOMPARE(
        m_client->text(u"SELECT hexastore.admin_mark_cash_received(?, ?::numeric, 'counted')"_s,
                       {m_courier, held->amount.toDecimal()}),
        QString::number(held->deliveries));
    auto after = dashboardAs(u"ada"_s, std::nullopt);
    QVERIFY(after.has_value());
    QVERIFY(std::none_of(after->courierCash.cbegin(), after->courierCash.cend(),
                         [&](const auto& c) { return c.courierId == m_courier; }));
    auto expected = plain(std::nullopt);
    QVERIFY(expected.has_value());
    QVERIFY2(*after == *expected, qPrintable(describe(*after, *expected)));
}

QTEST_GUILESS_MAIN(TstDashboard)
#include "tst_dashboard.moc"
