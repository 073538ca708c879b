#include "HistoricalOrderSeeder.h"

#include "db/SqlExecutor.h"

#include <QCoreApplication>
#include <QSqlRecord>

using namespace Qt::StringLiterals;
using Code = ServiceError::Code;

namespace {

// What the history is drawn from; nothing to draw from, nothing to write.
const char* const kSources = R"(
    SELECT (SELECT count(*) FROM hexastore.product_variants v
              JOIN hexastore.products p ON p.id = v.product_id
              JOIN hexastore.users u ON u.id = p.seller_id
             WHERE v.active AND p.archived_at IS NULL AND u.status = 'active'),
           (SELECT count(*) FROM hexastore.users WHERE role = 'buyer' AND status = 'active'),
           (SELECT count(*) FROM hexastore.users WHERE role = 'courier' AND status = 'active'))";

// One statement: the materialized CTEs fix every random choice once (ids
// drawn from the tables' own sequences), and each insert reads them, so that
// checkouts, orders, items, history and deliveries agree. No temporary table:
// nothing outlives the statement.
const char* const kHistory = R"(
WITH variants AS MATERIALIZED (
    SELECT row_number() OVER (ORDER BY v.id) AS k, v.id AS variant_id, v.product_id,
           p.seller_id, u.full_name AS seller_name, p.name, v.sku, v.options, v.price
      FROM hexastore.product_variants v JOIN hexastore.products p ON p.id = v.product_id
      JOIN hexastore.users u ON u.id = p.seller_id
     WHERE v.active AND p.archived_at IS NULL AND u.status = 'active'),
buyers AS MATERIALIZED (
    SELECT row_number() OVER (ORDER BY u.id) AS k, u.id, u.full_name,
           coalesce((SELECT to_jsonb(a) - '{buyer_id,is_default,created_at,updated_at}'::text[]
                       FROM hexastore.addresses a WHERE a.buyer_id = u.id
                      ORDER BY a.is_default DESC, a.id LIMIT 1),
                    jsonb_build_object('recipient', u.full_name, 'phone', '+49 30 1234567',
                                       'country', 'Germany', 'city', 'Berlin',
                                       'street', 'Demo Street', 'house', '1', 'apartment', '',
                                       'postal_code', '10115', 'note', '')) AS address
      FROM hexastore.users u WHERE u.role = 'buyer' AND u.status = 'active'),
couriers AS MATERIALIZED (
    SELECT row_number() OVER (ORDER BY id) AS k, id FROM hexastore.users
     WHERE role = 'courier' AND status = 'active'),
drawn AS MATERIALIZED (
    SELECT g AS n, random() AS fate,
           1 + floor(random() * (SELECT count(*) FROM buyers))::bigint AS buyer_k,
           1 + floor(random() * (SELECT count(*) FROM variants))::bigint AS variant_k,
           1 + floor(random() * (SELECT count(*) FROM couriers))::bigint AS courier_k,
           1 + floor(random() * 3)::int AS quantity,
           now() - random() * interval '365 days' AS created_at,
           (1 + random() * 4) * interval '1 day' AS took,
           nextval(pg_get_serial_sequence('hexastore.checkouts', 'id')) AS checkout_id,
           nextval(pg_get_serial_sequence('hexastore.orders', 'id')) AS order_id
      FROM generate_series(1, ?::bigint) g),
-- Older orders are delivered or cancelled; recent ones may still be open
-- (never with a courier: the demo courier's screen stays as it was).
planned AS MATERIALIZED (
    SELECT d.*, b.id AS buyer_id, b.full_name AS buyer_name, b.address, v.variant_id,
           v.product_id, v.seller_id, v.seller_name, v.name, v.sku, v.options, v.price,
           v.price * d.quantity AS amount, c.id AS courier_id,
           CASE WHEN d.created_at + d.took < now()
                THEN CASE WHEN d.fate < 0.9 THEN 'delivered' ELSE 'cancelled' END
                ELSE (ARRAY['pending', 'confirmed', 'confirmed', 'cancelled'])[1 + floor(d.fate * 4)::int]
           END::hexastore.order_status AS status
      FROM drawn d JOIN buyers b ON b.k = d.buyer_k JOIN variants v ON v.k = d.variant_k
      LEFT JOIN couriers c ON c.k = d.courier_k),
orders AS MATERIALIZED (
    SELECT p.*, CASE WHEN p.status = 'delivered' THEN p.created_at + p.took END AS delivered_at
      FROM planned p),
checkouts_written AS (
    INSERT INTO hexastore.checkouts (id, buyer_id, payment_method, subtotal, discount, created_at,
                                     open_orders)
    OVERRIDING SYSTEM VALUE
    SELECT checkout_id, buyer_id, 'cash_on_delivery', amount, 0, created_at,
           CASE WHEN status = 'cancelled' THEN 0 ELSE 1 END
      FROM orders),
orders_written AS (
    INSERT INTO hexastore.orders (id, checkout_id, buyer_id, seller_id, buyer_name, seller_name,
                                  status, payment_method, subtotal, discount, total,
                                  delivery_address, stock_restored, created_at, updated_at,
                                  delivered_at)
    OVERRIDING SYSTEM VALUE
    SELECT order_id, checkout_id, buyer_id, seller_id, buyer_name, seller_name, status,
           'cash_on_delivery', amount, 0, amount, address, status = 'cancelled', created_at,
           coalesce(delivered_at, created_at), delivered_at
      FROM orders),
items_written AS (
    INSERT INTO hexastore.order_items (order_id, line, variant_id, product_id, product_name, sku,
                                       options, unit_price, quantity, line_total)
    SELECT order_id, 1, variant_id, product_id, name, sku, options, price, quantity, amount
      FROM orders),
history_written AS (
    INSERT INTO hexastore.order_status_history (order_id, from_status, to_status, actor_role,
                                                reason, changed_at)
    SELECT order_id, NULL::hexastore.order_status, 'pending'::hexastore.order_status,
           'buyer'::hexastore.user_role, '', created_at FROM orders
    UNION ALL
    SELECT order_id, 'shipped', 'delivered', 'courier', '', delivered_at FROM orders
     WHERE status = 'delivered'),
deliveries_written AS (
    INSERT INTO hexastore.deliveries (order_id, courier_id, status, created_at, updated_at,
                                      recipient_name, cash_collected, assigned_at, finished_at,
                                      cash_received_at)
    SELECT order_id,
           CASE WHEN status = 'delivered' THEN courier_id END,
           CASE status WHEN 'delivered' THEN 'delivered' WHEN 'cancelled' THEN 'cancelled'
                       ELSE 'unassigned' END::hexastore.delivery_status,
           created_at, coalesce(delivered_at, created_at),
           CASE WHEN status = 'delivered' THEN buyer_name END,
           CASE WHEN status = 'delivered' THEN amount END,
           CASE WHEN status = 'delivered' THEN created_at END,
           CASE WHEN status IN ('delivered', 'cancelled') THEN coalesce(delivered_at, created_at) END,
           -- Cash from the last two days is still with the courier.
           CASE WHEN status = 'delivered' AND delivered_at < now() - interval '2 days'
                THEN delivered_at + interval '1 day' END
      FROM orders)
SELECT count(*) FROM orders)";

} // namespace

HistoricalOrderSeeder::HistoricalOrderSeeder(SqlExecutor& sql)
    : m_sql(sql)
{}

Result<qint64> HistoricalOrderSeeder::seed(qint64 orders, quint32 seed,
                                           const std::function<void(const QString&)>& progress)
{
    if (orders <= 0)
        return 0;
    if (auto begun = m_sql.begin(); !begun)
        return std::unexpected(begun.error());
    auto added = seedInTransaction(orders, seed, progress);
    if (!added) {
        m_sql.rollback();
        return added;
    }
    if (auto committed = m_sql.commit(); !committed)
        return std::unexpected(committed.error());
    return added;
}

Result<qint64>
HistoricalOrderSeeder::seedInTransaction(qint64 orders, quint32 seed,
                                         const std::function<void(const QString&)>& progress)
{
    auto super = m_sql.queryOne(u"SELECT rolsuper FROM pg_roles WHERE rolname = current_user"_s);
    if (!super)
        return std::unexpected(super.error());
    if (!super->value(0).toBool()) {
        return std::unexpected(ServiceError(
            Code::Forbidden,
            QCoreApplication::translate("HistoricalOrderSeeder",
                                        "Bulk order history needs a superuser connection (it "
                                        "writes with the triggers off).")));
    }
    // Triggers off for this transaction only; the summaries are rebuilt at the end.
    for (const QString& sql : {u"SET LOCAL session_replication_role = replica"_s,
                               u"SELECT setseed(%1)"_s.arg(double(seed % 100000) / 100000.0)}) {
        if (auto done = m_sql.execute(sql); !done)
            return std::unexpected(done.error());
    }
    auto sources = m_sql.queryOne(QString::fromUtf8(kSources));
    if (!sources)
        return std::unexpected(sources.error());
    if (sources->value(0).toLongLong() == 0 || sources->value(1).toLongLong() == 0 ||
        sources->value(2).toLongLong() == 0) {
        return std::unexpected(
            ServiceError(Code::Validation,
                         QCoreApplication::translate("HistoricalOrderSeeder",
                                                     "Order history needs products, buyers and a "
                                                     "courier: run seed-demo without --orders "
                                                     "first.")));
    }
    if (progress)
        progress(u"orders"_s);
    auto written = m_sql.queryOne(QString::fromUtf8(kHistory), {orders});
    if (!written)
        return std::unexpected(written.error());
    if (progress)
        progress(u"summaries"_s);
    if (auto rebuilt = m_sql.execute(u"SELECT hexastore._stats_rebuild()"_s); !rebuilt)
        return std::unexpected(rebuilt.error());
    // Back to normal before the commit (SET LOCAL ends with it anyway).
    if (auto done = m_sql.execute(u"SET LOCAL session_replication_role = origin"_s); !done)
        return std::unexpected(done.error());
    return orders;
}
