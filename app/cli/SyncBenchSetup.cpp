#include "SyncBenchSetup.h"

#include "services/server/OperatorService.h"

#include <QSqlRecord>

using namespace Qt::StringLiterals;

Result<SyncBenchSetup::Shop> SyncBenchSetup::prepareShop(SqlExecutor& sql)
{
    OperatorService ops(sql);
    // Logins are not what is measured.
    if (auto ok = ops.setSetting(u"bcrypt_cost"_s, 4); !ok)
        return std::unexpected(ok.error());
    Shop shop;
    auto seller =
        ops.createUser(u"seller@sync.bench"_s, password(), u"Bench Seller"_s, Role::Seller);
    if (!seller)
        return std::unexpected(seller.error());
    auto buyer = ops.createUser(u"buyer@sync.bench"_s, password(), u"Bench Buyer"_s, Role::Buyer);
    if (!buyer)
        return std::unexpected(buyer.error());
    shop.seller = *seller;
    shop.buyer = *buyer;
    auto done = sql.script(uR"(
        INSERT INTO hexastore.categories (name) VALUES ('Sync bench');
        INSERT INTO hexastore.products (seller_id, category_id, name)
        VALUES (%1, (SELECT id FROM hexastore.categories WHERE name = 'Sync bench'), 'Parcel');
        INSERT INTO hexastore.product_variants (product_id, sku, price, stock)
        SELECT id, 'SYNC-BENCH', 9.99, 2000000000 FROM hexastore.products WHERE seller_id = %1;
        INSERT INTO hexastore.addresses (buyer_id, recipient, phone, country, city, street, house,
                                         postal_code, is_default)
        VALUES (%2, 'Bench Buyer', '+49 30 1234567', 'Germany', 'Berlin', 'Benchstrasse', '1',
                '10115', true);
        INSERT INTO hexastore.seller_profiles (seller_id, pickup_address, pickup_phone)
        VALUES (%1, 'Lagerweg 1, 10115 Berlin', '+49 30 7654321');
    )"_s.arg(shop.seller)
                               .arg(shop.buyer));
    if (!done)
        return std::unexpected(done.error());
    auto ids = sql.queryOne(u"SELECT p.id, v.id FROM hexastore.products p "
                            "JOIN hexastore.product_variants v ON v.product_id = p.id "
                            "WHERE p.seller_id = ?"_s,
                            {shop.seller});
    if (!ids)
        return std::unexpected(ids.error());
    shop.product = ids->value(0).toLongLong();
    shop.variant = ids->value(1).toLongLong();
    return shop;
}

Result<qint64> SyncBenchSetup::createCourier(SqlExecutor& sql, const QString& email)
{
    return OperatorService(sql).createUser(email, password(), u"Bench Courier"_s, Role::Courier);
}

VoidResult SyncBenchSetup::dispatch(SqlExecutor& sql, const Shop& shop, qint64 courier, int count)
{
    // Through the same triggers as the app: the orders are made pending with
    // their lines and deliveries, then confirmed, then their deliveries
    // assigned. No temporary table (nothing outlives a transaction on the
    // connection): the bench buyer's pending orders and unassigned deliveries
    // are exactly the new ones, since every earlier one went the same way.
    // One script: the server runs it as one transaction.
    return sql.script(uR"(
        WITH c AS (
            INSERT INTO hexastore.checkouts (buyer_id, payment_method, subtotal, discount)
            SELECT %1, 'cash_on_delivery', 9.99, 0 FROM generate_series(1, %4) RETURNING id),
        o AS (
            INSERT INTO hexastore.orders (checkout_id, buyer_id, seller_id, buyer_name,
                                          seller_name, payment_method, subtotal, discount, total,
                                          delivery_address)
            SELECT c.id, %1, %2, 'Bench Buyer', 'Bench Seller', 'cash_on_delivery', 9.99, 0, 9.99,
                   (SELECT to_jsonb(a) FROM hexastore.addresses a WHERE a.buyer_id = %1 LIMIT 1)
              FROM c RETURNING id),
        i AS (
            INSERT INTO hexastore.order_items (order_id, line, variant_id, product_id,
                                               product_name, sku, options, unit_price, quantity,
                                               line_total)
            SELECT id, 1, %6, %5, 'Parcel', 'SYNC-BENCH', '{}', 9.99, 1, 9.99 FROM o)
        INSERT INTO hexastore.deliveries (order_id) SELECT id FROM o;
        UPDATE hexastore.orders SET status = 'confirmed'
         WHERE buyer_id = %1 AND status = 'pending';
        UPDATE hexastore.deliveries SET status = 'assigned', courier_id = %3
         WHERE status = 'unassigned'
           AND order_id IN (SELECT id FROM hexastore.orders WHERE buyer_id = %1);
    )"_s.arg(shop.buyer)
                          .arg(shop.seller)
                          .arg(courier)
                          .arg(count)
                          .arg(shop.product)
                          .arg(shop.variant));
}
