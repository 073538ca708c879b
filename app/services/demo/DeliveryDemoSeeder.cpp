#include "DeliveryDemoSeeder.h"

#include "db/SqlExecutor.h"
#include "DemoActor.h"

#include <QSqlRecord>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
const QString kBuyer = u"buyer@hexastore.test"_s;
const QString kCourier = u"courier@hexastore.test"_s;
const QString kAdmin = u"admin@hexastore.test"_s;
} // namespace

DeliveryDemoSeeder::DeliveryDemoSeeder(SqlExecutor& sql)
    : m_sql(sql)
{}

Result<int> DeliveryDemoSeeder::seed(int wanted)
{
    if (auto begun = m_sql.begin(); !begun)
        return std::unexpected(begun.error());
    auto made = seedInTransaction(wanted);
    if (!made) {
        m_sql.rollback();
        return made;
    }
    if (auto committed = m_sql.commit(); !committed)
        return std::unexpected(committed.error());
    return made;
}

Result<int> DeliveryDemoSeeder::seedInTransaction(int wanted)
{
    auto step = [this](const QString& sql, const QVariantList& params = {}) -> Result<QString> {
        auto row = m_sql.queryOne(sql, params);
        if (!row)
            return std::unexpected(row.error());
        return row->value(0).toString();
    };
    auto inHand = step(u"SELECT count(*) FROM hexastore.deliveries d "
                       "JOIN hexastore.users u ON u.id = d.courier_id WHERE u.email = ? AND "
                       "d.status IN ('assigned', 'picked_up', 'out_for_delivery', "
                       "'failed_attempt')"_s,
                       {kCourier});
    if (!inHand)
        return std::unexpected(inHand.error());
    const int missing = wanted - inHand->toInt();
    if (missing <= 0)
        return 0;
    // Items of the demo sellers with stock; no demo catalog, nothing to deliver.
    auto items = m_sql.query(
        u"SELECT v.id FROM hexastore.users u JOIN hexastore.products p ON p.seller_id = u.id "
        "JOIN hexastore.product_variants v ON v.product_id = p.id "
        "WHERE u.email IN ('seller1@hexastore.test', 'seller2@hexastore.test') "
        "AND p.active AND v.active AND v.stock >= 20 ORDER BY p.id, v.id LIMIT 12"_s);
    if (!items)
        return std::unexpected(items.error());
    if (items->isEmpty())
        return 0;

    // Where the couriers collect, and how to reach the demo courier.
    auto details = m_sql.script(uR"(
        INSERT INTO hexastore.seller_profiles (seller_id, pickup_address, pickup_phone)
        SELECT id, CASE email WHEN 'seller1@hexastore.test'
                              THEN 'Warehouse 3, Storkower Str. 140, 10407 Berlin'
                              ELSE 'Back door, Oranienstr. 25, 10999 Berlin' END,
               CASE email WHEN 'seller1@hexastore.test' THEN '+49 30 5550101'
                          ELSE '+49 30 5550202' END
          FROM hexastore.users WHERE email IN ('seller1@hexastore.test', 'seller2@hexastore.test')
        ON CONFLICT (seller_id) DO NOTHING;
        INSERT INTO hexastore.courier_profiles (courier_id, phone, vehicle, on_duty)
        SELECT id, '+49 170 5550303', 'bicycle', true
          FROM hexastore.users WHERE email = 'courier@hexastore.test'
        ON CONFLICT (courier_id) DO NOTHING;
        INSERT INTO hexastore.addresses (buyer_id, recipient, phone, country, city, street, house,
                                         postal_code, note, is_default)
        SELECT id, 'Ben Buyer', '+49 30 901820', 'Germany', 'Berlin', 'Karl-Marx-Allee', '34',
               '10178', 'Ring twice', true
          FROM hexastore.users u WHERE email = 'buyer@hexastore.test'
           AND NOT EXISTS (SELECT FROM hexastore.addresses a WHERE a.buyer_id = u.id);
    )"_s);
    if (!details)
        return std::unexpected(details.error());

    // The buyer orders, one item an order; what was in their cart is put
    // back afterwards.
    if (auto ok = DemoActor::signInAs(m_sql, kBuyer); !ok)
        return std::unexpected(ok.error());
    auto cart = m_sql.query(u"SELECT variant_id, quantity FROM hexastore.cart_items "
                            "WHERE buyer_id = hexastore.current_user_id() ORDER BY added_at"_s);
    if (!cart)
        return std::unexpected(cart.error());
    if (auto ok = step(u"SELECT hexastore.cart_clear()::text"_s); !ok)
        return std::unexpected(ok.error());
    QStringList orders;
    for (int i = 0; i < missing; ++i) {
        const qint64 variant = items->at(i % items->size()).value(0).toLongLong();
        if (auto ok = step(u"SELECT hexastore.cart_set_quantity(?, 1)"_s, {variant}); !ok)
            return std::unexpected(ok.error());
        auto placed = step(u"SELECT array_to_string(hexastore.place_order((SELECT id FROM "
                           "hexastore.addresses WHERE is_default), NULL, 'cash_on_delivery'), "
                           "',')"_s);
        if (!placed)
            return std::unexpected(placed.error());
        orders << *placed;
    }
    for (const QSqlRecord& line : *cart) {
        if (auto ok =
                step(u"SELECT hexastore.cart_set_quantity(?, ?)"_s, {line.value(0), line.value(1)});
            !ok)
            return std::unexpected(ok.error());
    }
    // ...each seller confirms theirs...
    auto sellers =
        m_sql.query(u"SELECT DISTINCT u.email FROM hexastore.orders o JOIN hexastore.users u "
                    "ON u.id = o.seller_id WHERE o.id = ANY (string_to_array(?, ',')::bigint[])"_s,
                    {orders.join(u',')});
    if (!sellers)
        return std::unexpected(sellers.error());
    for (const QSqlRecord& seller : *sellers) {
        if (auto ok = DemoActor::signInAs(m_sql, seller.value(0).toString()); !ok)
            return std::unexpected(ok.error());
        if (auto ok = step(u"SELECT count(hexastore.set_order_status(id, 'confirmed', '')) "
                           "FROM hexastore.orders WHERE id = ANY "
                           "(string_to_array(?, ',')::bigint[]) AND status = 'pending' "
                           "AND seller_id = hexastore.current_user_id()"_s,
                           {orders.join(u',')});
            !ok)
            return std::unexpected(ok.error());
    }
    // ...and the dispatcher gives them all to the demo courier.
    if (auto ok = DemoActor::signInAs(m_sql, kAdmin); !ok)
        return std::unexpected(ok.error());
    auto dispatched = step(
        u"SELECT hexastore.dispatch_deliveries(array_agg(d.id ORDER BY d.id), "
        "(SELECT id FROM hexastore.users WHERE email = ?), 'Demo data') "
        "FROM hexastore.deliveries d WHERE d.order_id = ANY (string_to_array(?, ',')::bigint[])"_s,
        {kCourier, orders.join(u',')});
    if (!dispatched)
        return std::unexpected(dispatched.error());
    return dispatched->toInt();
}
