// The cart, order, order-item and promo code models under QAbstractItemModelTester.
#include "db/DbWorker.h"
#include "domain/Money.h"
#include "models/AddressListModel.h"
#include "models/CartTableModel.h"
#include "models/ModelRoles.h"
#include "models/OrderItemTableModel.h"
#include "models/OrderTableModel.h"
#include "models/PromoCodeTableModel.h"
#include "services/auth/AuthService.h"
#include "services/orders/AddressService.h"
#include "services/orders/CartService.h"
#include "services/orders/OrderService.h"
#include "services/orders/PromoCodeService.h"
#include "tests/support/ServiceClient.h"
#include "tests/support/SyncWait.h"
#include "tests/support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using Client = ServiceClient;

template <class Model>
bool waitFor(Model& model, const char* signal)
{
    QSignalSpy spy(&model, signal);
    return spy.wait(20000);
}
} // namespace

class TstOrderModels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cartModelEditsAndReverts();
    void orderModelPagesAndFilters();
    void orderItemModel();
    void promoCodeModel();
    void addressModel();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Client> m_buyer;
    std::unique_ptr<Client> m_admin;
    qint64 m_buyerId = 0;
    qint64 m_sellerId = 0;
    TestDatabase::Listing m_mug;
    TestDatabase::Listing m_pot;
};

void TstOrderModels::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(u"order_models"_s);
    QVERIFY2(m_db->isReady(), qPrintable(m_db->failure()));
    m_sellerId =
        m_db->createUser(Role::Seller, u"s@test.example"_s, u"seller password"_s, u"Sid Seller"_s);
    m_buyerId =
        m_db->createUser(Role::Buyer, u"b@test.example"_s, u"buyer password"_s, u"Bea Buyer"_s);
    m_db->createUser(Role::Admin, u"a@test.example"_s, u"admin password"_s, u"Ada Admin"_s);
    m_db->createAddress(m_buyerId);
    m_mug = m_db->createListing(m_sellerId, u"Mug"_s, u"4.50"_s, 1000);
    m_pot = m_db->createListing(m_sellerId, u"Tea pot"_s, u"30.00"_s, 3);
    m_buyer =
        std::make_unique<Client>(m_db->clientSettings(), u"b@test.example"_s, u"buyer password"_s);
    m_admin =
        std::make_unique<Client>(m_db->clientSettings(), u"a@test.example"_s, u"admin password"_s);
    QVERIFY(m_buyer->ok && m_admin->ok);
}

void TstOrderModels::cleanupTestCase()
{
    m_buyer.reset();
    m_admin.reset();
    m_db.reset();
}

void TstOrderModels::cartModelEditsAndReverts()
{
    QVERIFY(await(m_buyer->cart.setQuantity(m_mug.variantId, 2)));
    QVERIFY(await(m_buyer->cart.setQuantity(m_pot.variantId, 1)));
    CartTableModel model(m_buyer->cart);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QVERIFY(waitFor(model, SIGNAL(loaded())));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.isReadyForCheckout());
    QCOMPARE(model.index(0, CartTableModel::Product).data().toString(), u"Mug"_s);
    QCOMPARE(model.index(0, CartTableModel::LineTotal).data().toString(),
             Money::fromDecimal(u"9.00").value().toDisplayString(QLocale()));
    QVERIFY(model.flags(model.index(0, CartTableModel::Quantity)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, CartTableModel::Price)) & Qt::ItemIsEditable));

    // An accepted quantity is saved; the reload shows the database's truth.
    QVERIFY(model.setData(model.index(0, CartTableModel::Quantity), 5));
    QVERIFY(waitFor(model, SIGNAL(loaded())));
    QCOMPARE(model.index(0, CartTableModel::Quantity).data(Qt::EditRole).toInt(), 5);

    // A refused one comes back as it was, with the reason.
    QSignalSpy failed(&model, &CartTableModel::failed);
    QVERIFY(model.setData(model.index(1, CartTableModel::Quantity), 4));
    QVERIFY(waitFor(model, SIGNAL(loaded())));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toString(),
             u"Only 3 of “Tea pot” are available; you asked for 4."_s);
    QCOMPARE(model.index(1, CartTableModel::Quantity).data(Qt::EditRole).toInt(), 1);

    // A price change and a stock shortage are marked.
    QVERIFY(m_db->admin().execute(
        u"UPDATE hexastore.product_variants SET price = 5.00 WHERE id = ?"_s, {m_mug.variantId}));
    QVERIFY(m_db->admin().execute(u"UPDATE hexastore.product_variants SET stock = 0 WHERE id = ?"_s,
                                  {m_pot.variantId}));
    model.reload();
    QVERIFY(waitFor(model, SIGNAL(loaded())));
    QCOMPARE(model.index(0, CartTableModel::Note).data().toString(),
             u"Price went up from "_s +
                 Money::fromDecimal(u"4.50").value().toDisplayString(QLocale()));
    QCOMPARE(model.index(1, CartTableModel::Note).data().toString(), u"Sold out"_s);
    QVERIFY(!model.isReadyForCheckout());

    model.removeLine(1);
    QVERIFY(waitFor(model, SIGNAL(loaded())));
    QCOMPARE(model.rowCount(), 1);
    model.decrement(0);
    QVERIFY(waitFor(model, SIGNAL(loaded())));
    QCOMPARE(model.index(0, CartTableModel::Quantity).data(Qt::EditRole).toInt(), 4);
    QVERIFY(m_db->admin().execute(u"UPDATE hexastore.product_variants SET stock = 3 WHERE id = ?"_s,
                                  {m_pot.variantId}));
    QVERIFY(await(m_buyer->cart.clear()));
}

void TstOrderModels::orderModelPagesAndFilters()
{
    // More orders than one page, placed straight through SQL as the buyer.
    DatabaseConnection connection(m_db->clientSettings());
    QVERIFY(connection.open());
    SqlExecutor sql(connection);
    auto token = sql.queryOne(
        u"SELECT access_token FROM hexastore.login('b@test.example', 'buyer password', 't')"_s);
    QVERIFY(token);
    sql.setIdentity(token->value(0).toString());
    const qint64 address =
        sql.queryOne(u"SELECT id FROM hexastore.addresses"_s)->value(0).toLongLong();
    const int total = OrderTableModel::kPageSize + 30;
    for (int i = 0; i < total; ++i) {
        QVERIFY(sql.query(u"SELECT hexastore.cart_set_quantity(?, 1)"_s, {m_mug.variantId}));
        QVERIFY(sql.query(u"SELECT hexastore.place_order(?, '', 'cash_on_delivery')"_s, {address}));
    }

    OrderTableModel model(m_buyer->orders);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QVERIFY(waitFor(model, SIGNAL(loaded())));
    QCOMPARE(model.rowCount(), OrderTableModel::kPageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QVERIFY(waitFor(model, SIGNAL(loaded())));
    QCOMPARE(model.rowCount(), total);
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(model.orderAt(0)->id > model.orderAt(1)->id);
    QCOMPARE(model.index(0, OrderTableModel::Status).data().toString(), u"Pending"_s);
    QCOMPARE(model.index(0, OrderTableModel::Total).data().toString(),
             Money::fromDecimal(u"5.00").value().toDisplayString(QLocale())); // price raised above
    QCOMPARE(model.index(0, OrderTableModel::Seller).data().toString(), u"Sid Seller"_s);

    const qint64 newest = model.orderAt(0)->id;
    QVERIFY(await(m_buyer->orders.setStatus(newest, OrderStatus::Cancelled, QString())));
    OrderQuery cancelled;
    cancelled.status = OrderStatus::Cancelled;
    model.setQuery(cancelled);
    QVERIFY(waitFor(model, SIGNAL(loaded())));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, OrderTableModel::Number).data(ModelRoles::IdRole).toLongLong(), newest);
}

void TstOrderModels::orderItemModel()
{
    OrderItemTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    OrderDetail::Item item;
    item.productName = u"Mug"_s;
    item.options = {{u"colour"_s, u"Blue"_s}};
    item.unitPrice = Money::fromCents(450);
    item.quantity = 3;
    item.lineTotal = Money::fromCents(1350);
    model.setItems({item, item});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, OrderItemTableModel::Product).data().toString(),
             u"Mug (colour: Blue)"_s);
    QCOMPARE(model.index(1, OrderItemTableModel::LineTotal).data().toString(),
             Money::fromDecimal(u"13.50").value().toDisplayString(QLocale()));
    model.setItems({});
    QCOMPARE(model.rowCount(), 0);
}

void TstOrderModels::promoCodeModel()
{
    PromoCode promo;
    promo.code = u"WELCOME5"_s;
    promo.kind = PromoCode::Kind::Fixed;
    promo.amount = Money::fromCents(500);
    promo.usageLimit = 10;
    QVERIFY(await(m_admin->promoCodes.save(promo)));
    PromoCodeTableModel model(m_admin->promoCodes);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QVERIFY(waitFor(model, SIGNAL(loaded())));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, PromoCodeTableModel::Discount).data().toString(),
             Money::fromDecimal(u"5.00").value().toDisplayString(QLocale()));
    QCOMPARE(model.index(0, PromoCodeTableModel::Used).data().toString(), u"0 of 10"_s);
    QCOMPARE(model.index(0, PromoCodeTableModel::Validity).data().toString(), u"Always"_s);

    // Buyers see none, whatever they try.
    PromoCodeTableModel buyerModel(m_buyer->promoCodes);
    buyerModel.reload();
    QVERIFY(waitFor(buyerModel, SIGNAL(loaded())));
    QCOMPARE(buyerModel.rowCount(), 0);
}

void TstOrderModels::addressModel()
{
    AddressListModel model(m_buyer->addresses);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QVERIFY(waitFor(model, SIGNAL(loaded())));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.index(0).data().toString().endsWith(u"(default)"_s));
    Address second;
    second.recipient = u"Bea at work"_s;
    second.phone = u"+49 40 765432"_s;
    second.country = u"Germany"_s;
    second.city = u"Hamburg"_s;
    second.street = u"Hafenstrasse"_s;
    second.house = u"1"_s;
    second.apartment = u"3"_s;
    second.postalCode = u"20359"_s;
    second.isDefault = true;
    QVERIFY(await(m_buyer->addresses.save(second)));
    model.reload();
    QVERIFY(waitFor(model, SIGNAL(loaded())));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data().toString(),
             u"Bea at work, Hafenstrasse 1/3, 20359 Hamburg, Germany (default)"_s);
    QCOMPARE(model.rowOf(model.addressAt(1)->id), 1);
}

QTEST_MAIN(TstOrderModels)
#include "tst_order_models.moc"
