#include "BenchShop.h"

#include "services/server/OperatorService.h"

#include <QSqlRecord>

using namespace Qt::StringLiterals;

QString BenchShop::buyerEmail(int index)
{
    return u"buyer%1@bench.test"_s.arg(index);
}

Result<QList<qint64>> BenchShop::create(SqlExecutor& sql, int products, int buyers)
{
    OperatorService ops(sql);
    if (auto ok = ops.setSetting(u"bcrypt_cost"_s, 4); !ok)
        return std::unexpected(ok.error());
    auto seller =
        ops.createUser(u"seller@bench.test"_s, kPassword, u"Bench Seller"_s, Role::Seller);
    if (!seller)
        return std::unexpected(seller.error());
    for (int i = 0; i < buyers; ++i) {
        auto buyer =
            ops.createUser(buyerEmail(i), kPassword, u"Bench Buyer %1"_s.arg(i), Role::Buyer);
        if (!buyer)
            return std::unexpected(buyer.error());
    }
    auto done = sql.script(uR"(
        INSERT INTO hexastore.categories (name) VALUES ('Bench');
        WITH p AS (
            INSERT INTO hexastore.products (seller_id, category_id, name)
            SELECT %1, (SELECT id FROM hexastore.categories WHERE name = 'Bench'),
                   (ARRAY['Desk lamp', 'Kettle', 'Chair', 'Desk'])[1 + g % 4] || ' ' || g
              FROM generate_series(1, %2) g RETURNING id)
        INSERT INTO hexastore.product_variants (product_id, sku, price, stock)
        SELECT id, 'BENCH-' || id, 9.99, 2000000000 FROM p;
        INSERT INTO hexastore.addresses (buyer_id, recipient, phone, country, city, street, house,
                                         postal_code, is_default)
        SELECT id, full_name, '+49 30 1234567', 'Germany', 'Berlin', 'Benchstrasse', '1', '10115', true
          FROM hexastore.users WHERE role = 'buyer';
        ANALYZE;
    )"_s.arg(*seller)
                               .arg(products));
    if (!done)
        return std::unexpected(done.error());
    auto rows = sql.query(u"SELECT id FROM hexastore.product_variants ORDER BY id"_s);
    if (!rows)
        return std::unexpected(rows.error());
    QList<qint64> variants;
    for (const QSqlRecord& r : *rows)
        variants.append(r.value(0).toLongLong());
    return variants;
}
