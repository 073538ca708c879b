#include "OrderDemoSeeder.h"

#include "db/SqlExecutor.h"
#include "DemoActor.h"

#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace {
const QString kBuyer = u"buyer@hexastore.test"_s;
const QString kSeller1 = u"seller1@hexastore.test"_s;
const QString kSeller2 = u"seller2@hexastore.test"_s;
const QString kAdmin = u"admin@hexastore.test"_s;
} // namespace

OrderDemoSeeder::OrderDemoSeeder(SqlExecutor& sql)
    : m_sql(sql)
{}

Result<int> OrderDemoSeeder::seed()
{
    auto orders = m_sql.queryOne(u"SELECT count(*) FROM hexastore.orders"_s);
    if (!orders)
        return std::unexpected(orders.error());
    if (orders->value(0).toLongLong() > 0)
        return 0;
    if (auto begun = m_sql.begin(); !begun)
        return std::unexpected(begun.error());
    auto placed = seedInTransaction();
    if (!placed) {
        m_sql.rollback();
        return placed;
    }
    if (auto committed = m_sql.commit(); !committed)
        return std::unexpected(committed.error());
    return placed;
}

Result<int> OrderDemoSeeder::seedInTransaction()
{
    // Some live items of each seller, with enough stock.
    auto items = m_sql.query(u"SELECT u.email, v.id FROM hexastore.users u "
                             "CROSS JOIN LATERAL (SELECT v.id FROM hexastore.products p "
                             "  JOIN hexastore.product_variants v ON v.product_id = p.id "
                             " WHERE p.seller_id = u.id AND p.active AND v.active AND v.stock >= 5 "
                             " ORDER BY p.id, v.id LIMIT 4) v "
                             "WHERE u.email IN (?, ?) ORDER BY u.email, v.id"_s,
                             {kSeller1, kSeller2});
    if (!items)
        return std::unexpected(items.error());
    QList<qint64> of1;
    QList<qint64> of2;
    for (const QSqlRecord& r : *items)
        (r.value(0).toString() == kSeller1 ? of1 : of2).append(r.value(1).toLongLong());
    if (of1.size() < 4 || of2.size() < 4)
        return 0; // no demo catalog: nothing to order

    auto script = m_sql.script(uR"(
        INSERT INTO hexastore.addresses (buyer_id, recipient, phone, country, city, street, house,
                                         apartment, postal_code, note, is_default)
        SELECT id, 'Ben Buyer', '+49 30 901820', 'Germany', 'Berlin', 'Karl-Marx-Allee', '34',
               '5', '10178', 'Ring twice', true
          FROM hexastore.users WHERE email = 'buyer@hexastore.test';
        INSERT INTO hexastore.promo_codes (code, kind, value, min_subtotal, per_buyer_limit)
        VALUES ('WELCOME10', 'percent', 10, 20, 3);
        INSERT INTO hexastore.promo_codes (code, kind, value, usage_limit, valid_until)
        VALUES ('SAVE5', 'fixed', 5, 100, now() + interval '90 days');
    )"_s);
    if (!script)
        return std::unexpected(script.error());

    auto step = [this](const QString& sql, const QVariantList& params = {}) -> Result<QString> {
        auto row = m_sql.queryOne(sql, params);
        if (!row)
            return std::unexpected(row.error());
        return row->value(0).toString();
    };
    const QString setQuantity = u"SELECT hexastore.cart_set_quantity(?, ?)"_s;
    const QString place = u"SELECT array_to_string(hexastore.place_order("
                          "(SELECT id FROM hexastore.addresses WHERE is_default), ?, "
                          "'cash_on_delivery'), ',')"_s;
    const QString move = u"SELECT hexastore.set_order_status(?, ?, ?)"_s;

    if (auto ok = DemoActor::signInAs(m_sql, kBuyer); !ok)
        return std::unexpected(ok.error());
    // 1. Two sellers' items with a promo code: two orders.
    for (auto [variant, quantity] : {std::pair{of1[0], 2}, std::pair{of2[0], 1}}) {
        if (auto ok = step(setQuantity, {variant, quantity}); !ok)
            return std::unexpected(ok.error());
    }
    auto first = step(place, {u"WELCOME10"_s});
    if (!first)
        return std::unexpected(first.error());
    const QStringList firstOrders = first->split(u',');
    // 2. One that stays pending, 3. one the buyer cancels.
    if (auto ok = step(setQuantity, {of2[1], 1}); !ok)
        return std::unexpected(ok.error());
    auto pending = step(place, {QString()});
    if (auto ok = step(setQuantity, {of1[1], 1}); !ok || !pending)
        return std::unexpected(!ok ? ok.error() : pending.error());
    auto cancelled = step(place, {QString()});
    if (!cancelled)
        return std::unexpected(cancelled.error());
    if (auto ok = step(move, {cancelled->toLongLong(), u"cancelled"_s, u"Ordered twice"_s}); !ok)
        return std::unexpected(ok.error());

    // Seller 1 confirms their part of the first checkout; an admin ships
    // and delivers it (the courier's job from the deliveries issue on).
    if (auto ok = DemoActor::signInAs(m_sql, kSeller1); !ok)
        return std::unexpected(ok.error());
    if (auto ok = step(move, {firstOrders.value(0).toLongLong(), u"confirmed"_s, QString()}); !ok)
        return std::unexpected(ok.error());
    if (auto ok = DemoActor::signInAs(m_sql, kAdmin); !ok)
        return std::unexpected(ok.error());
    for (const QString& to : {u"shipped"_s, u"delivered"_s}) {
        if (auto ok = step(move, {firstOrders.value(0).toLongLong(), to, u"Demo data"_s}); !ok)
            return std::unexpected(ok.error());
    }

    // The buyer reviews what arrived, and leaves two items in the cart.
    if (auto ok = DemoActor::signInAs(m_sql, kBuyer); !ok)
        return std::unexpected(ok.error());
    if (auto ok = step(u"INSERT INTO hexastore.reviews (product_id, rating, comment) "
                       "SELECT product_id, 5, 'Arrived quickly and works as described.' "
                       "FROM hexastore.product_variants WHERE id = ? RETURNING id"_s,
                       {of1[0]});
        !ok)
        return std::unexpected(ok.error());
    for (auto [variant, quantity] : {std::pair{of1[2], 1}, std::pair{of2[2], 3}}) {
        if (auto ok = step(setQuantity, {variant, quantity}); !ok)
            return std::unexpected(ok.error());
    }
    return int(firstOrders.size()) + 2;
}
