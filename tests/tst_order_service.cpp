// Cart, checkout and orders through the service layer: the buyer's and the
// seller's paths, races for the last units, and a connection killed in the
// middle of a checkout.
#include "db/DbWorker.h"
#include "services/auth/AuthService.h"
#include "services/orders/AddressService.h"
#include "services/orders/CartService.h"
#include "services/orders/OrderService.h"
#include "services/orders/PromoCodeService.h"
#include "services/orders/ReviewService.h"
#include "tests/support/ServiceClient.h"
#include "tests/support/SyncWait.h"
#include "tests/support/TestDatabase.h"

#include <QDeadlineTimer>
#include <QSqlRecord>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using Code = ServiceError::Code;

namespace {
using Client = ServiceClient;
} // namespace

class TstOrderService : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void cartAddsChangesAndRemoves();
    void cartRefusalsNameTheItem();
    void cartMarksChangedAndUnavailableLines();
    void promoQuoteSaysWhy();
    void checkoutSplitsBySellerAndSellerConfirms();
    void buyerCancelsAndStockComesBack();
    void orderListsFilter();
    void adminNeedsAReason();
    void addressesAndDefault();
    void promoCodesAreManaged();
    void reviewsAfterDelivery();
    void raceForTheLastUnits();
    void killedMidCheckoutIsAllOrNothing();

private:
    std::unique_ptr<Client> buyer(const QString& name);
    QList<qint64> checkout(Client& client, const QList<QPair<qint64, int>>& items,
                           const QString& promo = {});
    qint64 addressOf(const QString& name);
    int stockOf(qint64 variantId);
    qint64 adminScalar(const QString& sql, const QVariantList& params = {});

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Client> m_buyer;
    std::unique_ptr<Client> m_sellerA;
    std::unique_ptr<Client> m_sellerB;
    std::unique_ptr<Client> m_admin;
    QHash<QString, qint64> m_users;
    TestDatabase::Listing m_lamp;  // seller a
    TestDatabase::Listing m_chair; // seller b
    int m_buyers = 0;
};

void TstOrderService::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(u"order_service"_s);
    QVERIFY2(m_db->isReady(), qPrintable(m_db->failure()));
    m_users[u"a"_s] = m_db->createUser(Role::Seller, u"a@test.example"_s, u"seller a password"_s,
                                       u"Alice Seller"_s);
    m_users[u"b"_s] = m_db->createUser(Role::Seller, u"b@test.example"_s, u"seller b password"_s,
                                       u"Bob Seller"_s);
    m_users[u"admin"_s] =
        m_db->createUser(Role::Admin, u"admin@test.example"_s, u"admin password"_s, u"Ada Admin"_s);
    m_lamp = m_db->createListing(m_users[u"a"_s], u"Desk lamp"_s, u"25.00"_s, 10);
    m_chair = m_db->createListing(m_users[u"b"_s], u"Office chair"_s, u"120.00"_s, 10);
    QVERIFY(m_lamp.variantId > 0 && m_chair.variantId > 0);
    m_buyer = buyer(u"ben"_s);
    QVERIFY(m_buyer && m_buyer->ok);
    m_sellerA = std::make_unique<Client>(m_db->clientSettings(), u"a@test.example"_s,
                                         u"seller a password"_s);
    m_sellerB = std::make_unique<Client>(m_db->clientSettings(), u"b@test.example"_s,
                                         u"seller b password"_s);
    m_admin = std::make_unique<Client>(m_db->clientSettings(), u"admin@test.example"_s,
                                       u"admin password"_s);
    QVERIFY(m_sellerA->ok && m_sellerB->ok && m_admin->ok);
}

void TstOrderService::cleanupTestCase()
{
    m_buyer.reset();
    m_sellerA.reset();
    m_sellerB.reset();
    m_admin.reset();
    m_db.reset();
}

std::unique_ptr<Client> TstOrderService::buyer(const QString& name)
{
    const QString email = name + u"@buyers.example"_s;
    const qint64 id = m_db->createUser(Role::Buyer, email, u"buyer password"_s, name);
    if (id <= 0)
        return nullptr;
    m_users[name] = id;
    m_db->createAddress(id);
    return std::make_unique<Client>(m_db->clientSettings(), email, u"buyer password"_s);
}

qint64 TstOrderService::addressOf(const QString& name)
{
    return adminScalar(u"SELECT id FROM hexastore.addresses WHERE buyer_id = ? AND is_default"_s,
                       {m_users.value(name)});
}

int TstOrderService::stockOf(qint64 variantId)
{
    return int(
        adminScalar(u"SELECT stock FROM hexastore.product_variants WHERE id = ?"_s, {variantId}));
}

qint64 TstOrderService::adminScalar(const QString& sql, const QVariantList& params)
{
    auto row = m_db->admin().queryOne(sql, params);
    return row ? row->value(0).toLongLong() : -1;
}

QList<qint64> TstOrderService::checkout(Client& client, const QList<QPair<qint64, int>>& items,
                                        const QString& promo)
{
    for (const auto& [variant, quantity] : items) {
        if (auto set = await(client.cart.setQuantity(variant, quantity)); !set) {
            qWarning() << "cart:" << set.error().message();
            return {};
        }
    }
    auto addresses = await(client.addresses.addresses());
    if (!addresses || addresses->isEmpty())
        return {};
    auto placed = await(client.orders.placeOrder(addresses->first().id, promo));
    if (!placed)
        qWarning() << "checkout:" << placed.error().message() << placed.error().detail();
    return placed ? *placed : QList<qint64>();
}

void TstOrderService::cartAddsChangesAndRemoves()
{
    CartService& cart = m_buyer->cart;
    QCOMPARE(*await(cart.add(m_lamp.variantId, 1)), 1);
    QCOMPARE(*await(cart.add(m_lamp.variantId, 2)), 3);
    QCOMPARE(*await(cart.add(m_lamp.variantId, -1)), 2);
    QCOMPARE(*await(cart.setQuantity(m_chair.variantId, 4)), 4);
    auto lines = await(cart.lines());
    QVERIFY(lines);
    QCOMPARE(lines->size(), 2);
    QCOMPARE(lines->at(0).productName, u"Desk lamp"_s);
    QCOMPARE(lines->at(0).quantity, 2);
    QCOMPARE(lines->at(0).sellerName, u"Alice Seller"_s);
    QCOMPARE(lines->at(0).price, Money::fromCents(2500));
    QCOMPARE(lines->at(1).lineTotal(), Money::fromCents(48000));
    auto quote = await(cart.quote(QString()));
    QVERIFY(quote);
    QCOMPARE(quote->subtotal, Money::fromCents(53000));
    QCOMPARE(quote->total, Money::fromCents(53000));
    QVERIFY(!quote->promoProblem);

    QVERIFY(await(cart.remove(m_chair.variantId)));
    QCOMPARE(await(cart.lines())->size(), 1);
    QCOMPARE(*await(cart.add(m_lamp.variantId, -2)), 0); // down to nothing: the line goes
    QCOMPARE(await(cart.lines())->size(), 0);
    QCOMPARE(*await(cart.add(m_lamp.variantId, 1)), 1);
    QVERIFY(await(cart.clear()));
    QCOMPARE(await(cart.lines())->size(), 0);
}

void TstOrderService::cartRefusalsNameTheItem()
{
    auto tooMany = await(m_buyer->cart.setQuantity(m_lamp.variantId, 11));
    QVERIFY(!tooMany);
    QCOMPARE(tooMany.error().code(), Code::Validation);
    QCOMPARE(tooMany.error().message(),
             u"Only 10 of “Desk lamp” are available; you asked for 11."_s);
    auto zero = await(m_buyer->cart.setQuantity(m_lamp.variantId, 0));
    QVERIFY(!zero);
    QCOMPARE(zero.error().field(), u"quantity"_s);
    auto seller = await(m_sellerA->cart.add(m_chair.variantId, 1));
    QVERIFY(!seller);
    QCOMPARE(seller.error().code(), Code::Forbidden);
}

void TstOrderService::cartMarksChangedAndUnavailableLines()
{
    const auto extra = m_db->createListing(m_users[u"a"_s], u"Lamp bulb"_s, u"3.00"_s, 5);
    CartService& cart = m_buyer->cart;
    QVERIFY(await(cart.setQuantity(m_lamp.variantId, 1)));
    QVERIFY(await(cart.setQuantity(m_chair.variantId, 3)));
    QVERIFY(await(cart.setQuantity(extra.variantId, 1)));
    auto& admin = m_db->admin();
    QVERIFY(admin.execute(u"UPDATE hexastore.product_variants SET price = 27.50 WHERE id = ?"_s,
                          {m_lamp.variantId}));
    QVERIFY(admin.execute(u"UPDATE hexastore.product_variants SET stock = 2 WHERE id = ?"_s,
                          {m_chair.variantId}));
    QVERIFY(admin.execute(u"UPDATE hexastore.products SET active = false WHERE id = ?"_s,
                          {extra.productId}));
    auto lines = await(cart.lines());
    QVERIFY(lines);
    QCOMPARE(lines->size(), 3);
    QVERIFY(lines->at(0).priceChanged());
    QCOMPARE(lines->at(0).addedPrice, Money::fromCents(2500));
    QCOMPARE(lines->at(0).price, Money::fromCents(2750));
    QCOMPARE(lines->at(0).state, CartLine::State::Ok);
    QCOMPARE(lines->at(1).state, CartLine::State::Short);
    QCOMPARE(lines->at(2).state, CartLine::State::Unavailable);
    QCOMPARE(lines->at(2).productName, u"Lamp bulb"_s); // still named, though hidden now

    auto refused = await(m_buyer->orders.placeOrder(addressOf(u"ben"_s), QString()));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message().contains(u"Office chair"_s),
             qPrintable(refused.error().message()));
    QVERIFY(admin.execute(u"UPDATE hexastore.product_variants SET price = 25 WHERE id = ?"_s,
                          {m_lamp.variantId}));
    QVERIFY(admin.execute(u"UPDATE hexastore.product_variants SET stock = 10 WHERE id = ?"_s,
                          {m_chair.variantId}));
    QVERIFY(await(cart.clear()));
}

void TstOrderService::promoQuoteSaysWhy()
{
    PromoCode promo;
    promo.code = u"SPRING10"_s;
    promo.percent = 10;
    promo.minSubtotal = Money::fromCents(10000);
    QVERIFY(await(m_admin->promoCodes.save(promo)));
    QVERIFY(await(m_buyer->cart.setQuantity(m_lamp.variantId, 2))); // 50.00
    auto quote = await(m_buyer->cart.quote(u"spring10"_s));
    QVERIFY(quote);
    QCOMPARE(quote->discount, Money());
    QVERIFY(quote->promoProblem);
    QCOMPARE(quote->promoProblem->message(),
             u"The promo code “SPRING10” needs a subtotal of at least 100.00; the cart comes to "
             "50.00."_s);
    QVERIFY(await(m_buyer->cart.setQuantity(m_lamp.variantId, 4))); // 100.00
    quote = await(m_buyer->cart.quote(u"spring10"_s));
    QVERIFY(!quote->promoProblem);
    QCOMPARE(quote->discount, Money::fromCents(1000));
    QCOMPARE(quote->total, Money::fromCents(9000));
    quote = await(m_buyer->cart.quote(u"NOPE"_s));
    QCOMPARE(quote->promoProblem->message(), u"There is no promo code “NOPE”."_s);
    QVERIFY(await(m_buyer->cart.clear()));
}

void TstOrderService::checkoutSplitsBySellerAndSellerConfirms()
{
    const int lampStock = stockOf(m_lamp.variantId);
    const int chairStock = stockOf(m_chair.variantId);
    const QList<qint64> ids =
        checkout(*m_buyer, {{m_lamp.variantId, 2}, {m_chair.variantId, 1}}, u"SPRING10"_s);
    QCOMPARE(ids.size(), 2);
    QCOMPARE(stockOf(m_lamp.variantId), lampStock - 2);
    QCOMPARE(stockOf(m_chair.variantId), chairStock - 1);
    QCOMPARE(await(m_buyer->cart.lines())->size(), 0);

    auto lampOrder = await(m_buyer->orders.detail(ids[0]));
    QVERIFY(lampOrder);
    QCOMPARE(lampOrder->summary.sellerName, u"Alice Seller"_s);
    QCOMPARE(lampOrder->summary.status, OrderStatus::Pending);
    QCOMPARE(lampOrder->summary.subtotal, Money::fromCents(5000));
    QCOMPARE(lampOrder->summary.discount, Money::fromCents(500));
    QCOMPARE(lampOrder->items.size(), 1);
    QCOMPARE(lampOrder->items[0].productName, u"Desk lamp"_s);
    QCOMPARE(lampOrder->history.size(), 1);
    QCOMPARE(lampOrder->allowedNext, QList<OrderStatus>{OrderStatus::Cancelled});
    QCOMPARE(lampOrder->summary.address.value(u"city"_s).toString(), u"Berlin"_s);

    // Seller a sees and confirms their order, and cannot touch seller b's.
    auto sellerView = await(m_sellerA->orders.detail(ids[0]));
    QVERIFY(sellerView);
    QCOMPARE(sellerView->allowedNext,
             (QList<OrderStatus>{OrderStatus::Confirmed, OrderStatus::Cancelled}));
    QVERIFY(!await(m_sellerA->orders.detail(ids[1])));
    QVERIFY(await(m_sellerA->orders.setStatus(ids[0], OrderStatus::Confirmed, QString())));
    auto other = await(m_sellerA->orders.setStatus(ids[1], OrderStatus::Confirmed, QString()));
    QVERIFY(!other);
    QCOMPARE(other.error().code(), Code::NotFound);
    QCOMPARE(await(m_buyer->orders.detail(ids[0]))->summary.status, OrderStatus::Confirmed);
}

void TstOrderService::buyerCancelsAndStockComesBack()
{
    const int before = stockOf(m_chair.variantId);
    const QList<qint64> ids = checkout(*m_buyer, {{m_chair.variantId, 2}});
    QCOMPARE(ids.size(), 1);
    QCOMPARE(stockOf(m_chair.variantId), before - 2);
    QVERIFY(await(m_buyer->orders.setStatus(ids[0], OrderStatus::Cancelled, QString())));
    QCOMPARE(stockOf(m_chair.variantId), before);
    auto again = await(m_buyer->orders.setStatus(ids[0], OrderStatus::Cancelled, QString()));
    QVERIFY(!again);
    QCOMPARE(again.error().message(), u"An order that is Cancelled cannot become Cancelled."_s);
    QCOMPARE(stockOf(m_chair.variantId), before);
    auto detail = await(m_buyer->orders.detail(ids[0]));
    QCOMPARE(detail->history.size(), 2);
    QCOMPARE(detail->history[1].actorRole, std::optional<Role>(Role::Buyer));
    QVERIFY(detail->allowedNext.isEmpty());
}

void TstOrderService::orderListsFilter()
{
    OrderQuery all;
    auto mine = await(m_buyer->orders.orders(all, std::nullopt, 50));
    QVERIFY(mine);
    QCOMPARE(mine->size(), 3);
    QVERIFY(mine->at(0).id > mine->at(1).id); // newest first
    auto page = await(m_buyer->orders.orders(all, mine->at(0).id, 1));
    QCOMPARE(page->size(), 1);
    QCOMPARE(page->at(0).id, mine->at(1).id);

    OrderQuery cancelled;
    cancelled.status = OrderStatus::Cancelled;
    QCOMPARE(await(m_buyer->orders.orders(cancelled, std::nullopt, 50))->size(), 1);
    QCOMPARE(await(m_sellerB->orders.orders(all, std::nullopt, 50))->size(), 2);
    QCOMPARE(await(m_sellerA->orders.orders(all, std::nullopt, 50))->size(), 1);

    OrderQuery byName;
    byName.text = u"bob sel"_s;
    QCOMPARE(await(m_admin->orders.orders(byName, std::nullopt, 50))->size(), 2);
    byName.text = u"ben@buyers"_s; // e-mails: administrators only
    QCOMPARE(await(m_admin->orders.orders(byName, std::nullopt, 50))->size(), 3);
    QCOMPARE(await(m_sellerB->orders.orders(byName, std::nullopt, 50))->size(), 0);
    byName.text = u"#%1"_s.arg(mine->at(2).id);
    QCOMPARE(await(m_admin->orders.orders(byName, std::nullopt, 50))->size(), 1);
    byName.text = u"100%_"_s; // wildcards are taken literally
    QCOMPARE(await(m_admin->orders.orders(byName, std::nullopt, 50))->size(), 0);

    OrderQuery dated;
    dated.from = QDate::currentDate().addDays(1);
    QCOMPARE(await(m_admin->orders.orders(dated, std::nullopt, 50))->size(), 0);
    dated.from = QDate::currentDate().addDays(-1);
    dated.until = QDate::currentDate();
    QCOMPARE(await(m_admin->orders.orders(dated, std::nullopt, 50))->size(), 3);
}

void TstOrderService::adminNeedsAReason()
{
    OrderQuery pending;
    pending.status = OrderStatus::Pending;
    auto orders = await(m_admin->orders.orders(pending, std::nullopt, 1));
    QVERIFY(orders && !orders->isEmpty());
    const qint64 id = orders->first().id;
    auto silent = await(m_admin->orders.setStatus(id, OrderStatus::Confirmed, u" "_s));
    QVERIFY(!silent);
    QCOMPARE(silent.error().field(), u"reason"_s);
    QVERIFY(await(m_admin->orders.setStatus(id, OrderStatus::Confirmed, u"phoned the buyer"_s)));
    auto detail = await(m_admin->orders.detail(id));
    QCOMPARE(detail->history.last().reason, u"phoned the buyer"_s);
    QCOMPARE(detail->history.last().actorRole, std::optional<Role>(Role::Admin));
    QCOMPARE(detail->allowedNext,
             (QList<OrderStatus>{OrderStatus::Shipped, OrderStatus::Cancelled}));
}

void TstOrderService::addressesAndDefault()
{
    auto client = buyer(u"addie"_s);
    QVERIFY(client && client->ok);
    Address address;
    address.recipient = u"  Addie  "_s;
    address.phone = u"+44 20 7946 0958"_s;
    address.country = u"United Kingdom"_s;
    address.city = u"London"_s;
    address.street = u"Baker Street"_s;
    address.house = u"221b"_s;
    address.postalCode = u"NW1 6XE"_s;
    auto saved = await(client->addresses.save(address));
    QVERIFY(saved);
    address.phone = u"phone"_s;
    auto bad = await(client->addresses.save(address));
    QVERIFY(!bad);
    QCOMPARE(bad.error().field(), u"phone"_s);

    auto list = await(client->addresses.addresses());
    QCOMPARE(list->size(), 2);
    QVERIFY(list->at(0).isDefault);              // the first one, made by the fixture
    QCOMPARE(list->at(1).recipient, u"Addie"_s); // trimmed by the database
    QVERIFY(await(client->addresses.makeDefault(*saved)));
    list = await(client->addresses.addresses());
    QCOMPARE(list->at(0).id, *saved);
    QVERIFY(await(client->addresses.remove(*saved)));
    list = await(client->addresses.addresses());
    QCOMPARE(list->size(), 1);
    QVERIFY(list->at(0).isDefault); // the default passed on
}

void TstOrderService::promoCodesAreManaged()
{
    PromoCode promo;
    promo.code = u"FIVEOFF"_s;
    promo.kind = PromoCode::Kind::Fixed;
    promo.amount = Money::fromCents(500);
    promo.usageLimit = 100;
    promo.validUntil = QDateTime::currentDateTimeUtc().addDays(30);
    auto id = await(m_admin->promoCodes.save(promo));
    QVERIFY2(id, id ? "" : qPrintable(id.error().message()));
    auto list = await(m_admin->promoCodes.promoCodes());
    QVERIFY(list);
    auto it =
        std::find_if(list->begin(), list->end(), [&](const PromoCode& p) { return p.id == *id; });
    QVERIFY(it != list->end());
    QCOMPARE(it->amount, Money::fromCents(500));
    QCOMPARE(it->usageLimit, std::optional<int>(100));
    QVERIFY(!it->perBuyerLimit);

    PromoCode stale = *it;
    it->amount = Money::fromCents(700);
    QVERIFY(await(m_admin->promoCodes.save(*it)));
    auto conflict = await(m_admin->promoCodes.save(stale));
    QVERIFY(!conflict);
    QCOMPARE(conflict.error().code(), Code::Conflict);

    PromoCode duplicate = promo;
    duplicate.code = u"fiveoff"_s;
    auto dup = await(m_admin->promoCodes.save(duplicate));
    QVERIFY(!dup);
    QCOMPARE(dup.error().message(),
             u"A promo code “fiveoff” already exists (codes ignore case)."_s);

    QVERIFY(!await(m_buyer->promoCodes.save(duplicate))); // buyers cannot
    QCOMPARE(await(m_buyer->promoCodes.promoCodes())->size(), 0);

    // Never used: deleted. Used (SPRING10): kept, but deactivated.
    QCOMPARE(*await(m_admin->promoCodes.remove(*id)), true);
    const qint64 spring =
        adminScalar(u"SELECT id FROM hexastore.promo_codes WHERE code = 'SPRING10'"_s);
    QCOMPARE(*await(m_admin->promoCodes.remove(spring)), false);
    QCOMPARE(adminScalar(u"SELECT active::int FROM hexastore.promo_codes WHERE id = ?"_s, {spring}),
             0);
}

void TstOrderService::reviewsAfterDelivery()
{
    auto client = buyer(u"rita"_s);
    QVERIFY(client && client->ok);
    auto before = await(client->reviews.reviews(m_lamp.productId));
    QVERIFY(before && !before->canReview);
    auto early = await(client->reviews.save(m_lamp.productId, 5, u"Lovely"_s));
    QVERIFY(!early);
    QCOMPARE(early.error().code(), Code::Forbidden);

    const QList<qint64> ids = checkout(*client, {{m_lamp.variantId, 1}});
    QCOMPARE(ids.size(), 1);
    for (OrderStatus to : {OrderStatus::Confirmed, OrderStatus::Shipped, OrderStatus::Delivered})
        QVERIFY(await(m_admin->orders.setStatus(ids[0], to, u"test delivery"_s)));
    QVERIFY(await(client->reviews.reviews(m_lamp.productId))->canReview);
    QVERIFY(await(client->reviews.save(m_lamp.productId, 5, u"Lovely"_s)));
    QVERIFY(await(client->reviews.save(m_lamp.productId, 3, u"Bulb died"_s))); // an edit
    auto after = await(m_buyer->reviews.reviews(m_lamp.productId));
    QCOMPARE(after->reviews.size(), 1);
    QCOMPARE(after->reviews[0].rating, 3);
    QCOMPARE(after->reviews[0].author, u"rita"_s);
    QVERIFY(!after->reviews[0].mine);
    auto tooLong = await(client->reviews.save(m_lamp.productId, 3, QString(2001, u'x')));
    QVERIFY(!tooLong);
    QCOMPARE(tooLong.error().field(), u"comment"_s);
    QCOMPARE(adminScalar(u"SELECT rating_count FROM hexastore.products WHERE id = ?"_s,
                         {m_lamp.productId}),
             1);
    QVERIFY(await(client->reviews.remove(after->reviews[0].id)));
    QCOMPARE(adminScalar(u"SELECT rating_count FROM hexastore.products WHERE id = ?"_s,
                         {m_lamp.productId}),
             0);
}

void TstOrderService::raceForTheLastUnits()
{
    // Every buyer wants the hot item, and two more items in varying cart order,
    // so that unordered locking would deadlock.
    constexpr int kBuyers = 12;
    constexpr int kStock = 5;
    const auto hot = m_db->createListing(m_users[u"a"_s], u"Last lamps"_s, u"9.99"_s, kStock);
    const auto side1 = m_db->createListing(m_users[u"b"_s], u"Side table"_s, u"5.00"_s, 1000);
    const auto side2 = m_db->createListing(m_users[u"a"_s], u"Side lamp"_s, u"6.00"_s, 1000);
    std::vector<std::unique_ptr<Client>> buyers;
    for (int i = 0; i < kBuyers; ++i) {
        buyers.push_back(buyer(u"racer%1"_s.arg(i)));
        QVERIFY(buyers.back() && buyers.back()->ok);
        Client& c = *buyers.back();
        const QList<qint64> order =
            i % 2 ? QList<qint64>{side1.variantId, hot.variantId, side2.variantId}
                  : QList<qint64>{side2.variantId, side1.variantId, hot.variantId};
        for (qint64 v : order)
            QVERIFY(await(c.cart.setQuantity(v, 1)));
    }
    // All at once: each client's worker thread sends its checkout now.
    QList<QFuture<Result<QList<qint64>>>> futures;
    for (int i = 0; i < kBuyers; ++i)
        futures << buyers[i]->orders.placeOrder(addressOf(u"racer%1"_s.arg(i)), QString());
    int sold = 0;
    for (auto& future : futures) {
        auto result = await(future, 60000);
        if (result) {
            ++sold;
            QCOMPARE(result->size(), 2); // one order per seller
        } else {
            // The only acceptable refusal: sold out, with the item named.
            QVERIFY2(result.error().sqlState() == u"HX302"_s ||
                         result.error().sqlState() == u"HX301"_s,
                     qPrintable(result.error().sqlState() + u' ' + result.error().message()));
            QVERIFY(result.error().message().contains(u"Last lamps"_s));
        }
    }
    QCOMPARE(sold, kStock);
    QCOMPARE(stockOf(hot.variantId), 0);
    QCOMPARE(stockOf(side1.variantId), 1000 - kStock);
    QCOMPARE(stockOf(side2.variantId), 1000 - kStock);
    QCOMPARE(adminScalar(u"SELECT coalesce(sum(quantity), 0) FROM hexastore.order_items "
                         "WHERE variant_id = ?"_s,
                         {hot.variantId}),
             qint64(kStock));
    // No checkout ended half-done: every order has its lines, history and delivery.
    QCOMPARE(
        adminScalar(u"SELECT count(*) FROM hexastore.orders o WHERE NOT EXISTS "
                    "(SELECT FROM hexastore.order_items i WHERE i.order_id = o.id) "
                    "OR NOT EXISTS (SELECT FROM hexastore.deliveries d WHERE d.order_id = o.id) "
                    "OR NOT EXISTS (SELECT FROM hexastore.order_status_history h "
                    "WHERE h.order_id = o.id)"_s),
        0);
}

void TstOrderService::killedMidCheckoutIsAllOrNothing()
{
    auto client = buyer(u"kim"_s);
    QVERIFY(client && client->ok);
    const auto item = m_db->createListing(m_users[u"b"_s], u"Fragile vase"_s, u"15.00"_s, 3);
    QVERIFY(await(client->cart.setQuantity(m_lamp.variantId, 1)));
    QVERIFY(await(client->cart.setQuantity(item.variantId, 2)));
    const int lampStock = stockOf(m_lamp.variantId);

    // Another session holds the vase's row, so the checkout stops halfway:
    // cart locked, lamp locked, waiting for the vase. Then its connection dies.
    SqlExecutor& admin = m_db->admin();
    QVERIFY(admin.begin());
    QVERIFY(admin.query(u"SELECT * FROM hexastore.product_variants WHERE id = ? FOR UPDATE"_s,
                        {item.variantId}));
    auto future = client->orders.placeOrder(addressOf(u"kim"_s), QString());

    DatabaseConnection watcherConnection(m_db->operatorSettings());
    QVERIFY(watcherConnection.open());
    SqlExecutor watcher(watcherConnection);
    // A client backend waiting for a lock, other than `besides` (polled).
    const auto lockWaiter = [&watcher](qint64 besides) -> qint64 {
        for (QDeadlineTimer deadline(60000); !deadline.hasExpired(); QThread::msleep(20)) {
            auto row = watcher.query(
                u"SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                "AND usename = 'hexastore_client' AND wait_event_type = 'Lock' AND pid <> ?"_s,
                {besides});
            if (row && !row->isEmpty())
                return row->first().value(0).toLongLong();
        }
        return 0;
    };
    const qint64 pid = lockWaiter(0);
    QVERIFY2(pid != 0, "the checkout never waited for the held row");
    QVERIFY(watcher.query(u"SELECT pg_terminate_backend(?)"_s, {pid}));
    // The row is let go only once the resent checkout waits for it too.
    QVERIFY2(lockWaiter(pid) != 0, "the checkout was not sent again");
    admin.commit();

    // The service sends the checkout again with the same request id: it waits
    // for the row like the first attempt, and then the whole of it exists, once.
    auto result = await(future, 60000);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message()));
    const qint64 orders = adminScalar(u"SELECT count(*) FROM hexastore.orders WHERE buyer_id = ?"_s,
                                      {m_users[u"kim"_s]});
    const qint64 cartLines = adminScalar(
        u"SELECT count(*) FROM hexastore.cart_items WHERE buyer_id = ?"_s, {m_users[u"kim"_s]});
    QCOMPARE(orders, 2);
    QCOMPARE(cartLines, 0);
    QCOMPARE(stockOf(m_lamp.variantId), lampStock - 1);
    QCOMPARE(stockOf(item.variantId), 1);
    QCOMPARE(adminScalar(u"SELECT count(*) FROM hexastore.order_items i JOIN hexastore.orders o "
                         "ON o.id = i.order_id WHERE o.buyer_id = ?"_s,
                         {m_users[u"kim"_s]}),
             2);
    QCOMPARE(result->size(), 2);
}

QTEST_GUILESS_MAIN(TstOrderService)
#include "tst_order_service.moc"
