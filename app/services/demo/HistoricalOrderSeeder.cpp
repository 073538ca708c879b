#include "HistoricalOrderSeeder.h"

#include "db/SqlExecutor.h"

#include <QCoreApplication>
#include <QSqlRecord>

using namespace Qt::StringLiterals;
using Code = ServiceError::Code;

namespace {

// Each step is one set-based statement over the temporary table of planned
// orders, which fixes every random choice first so that ids, checkouts,
// orders, items and deliveries agree.
const char* const kSteps[][2] = {
    {"plan",
     R"(CREATE TEMP TABLE seed_variants ON COMMIT DROP AS
        SELECT row_number() OVER (ORDER BY v.id) AS k, v.id AS variant_id, v.product_id,
               p.seller_id, u.full_name AS seller_name, p.name, v.sku, v.options, v.price
          FROM hexastore.product_variants v JOIN hexastore.products p ON p.id = v.product_id
          JOIN hexastore.users u ON u.id = p.seller_id
         WHERE v.active AND p.archived_at IS NULL AND u.status = 'active';
        CREATE TEMP TABLE seed_buyers ON COMMIT DROP AS
        SELECT row_number() OVER (ORDER BY u.id) AS k, u.id, u.full_name,
               coalesce((SELECT to_jsonb(a) - '{buyer_id,is_default,created_at,updated_at}'::text[]
                           FROM hexastore.addresses a WHERE a.buyer_id = u.id
                          ORDER BY a.is_default DESC, a.id LIMIT 1),
                        jsonb_build_object('recipient', u.full_name, 'phone', '+49 30 1234567',
                                           'country', 'Germany', 'city', 'Berlin',
                                           'street', 'Demo Street', 'house', '1', 'apartment', '',
                                           'postal_code', '10115', 'note', '')) AS address
          FROM hexastore.users u WHERE u.role = 'buyer' AND u.status = 'active';
        CREATE TEMP TABLE seed_couriers ON COMMIT DROP AS
        SELECT row_number() OVER (ORDER BY id) AS k, id FROM hexastore.users
         WHERE role = 'courier' AND status = 'active')"},
    {"choose",
     R"(CREATE TEMP TABLE seed_orders ON COMMIT DROP AS
        SELECT g AS n, random() AS fate,
               1 + floor(random() * (SELECT count(*) FROM seed_buyers))::bigint AS buyer_k,
               1 + floor(random() * (SELECT count(*) FROM seed_variants))::bigint AS variant_k,
               1 + floor(random() * (SELECT count(*) FROM seed_couriers))::bigint AS courier_k,
               1 + floor(random() * 3)::int AS quantity,
               now() - random() * interval '365 days' AS created_at,
               (1 + random() * 4) * interval '1 day' AS took,
               nextval(pg_get_serial_sequence('hexastore.checkouts', 'id')) AS checkout_id,
               nextval(pg_get_serial_sequence('hexastore.orders', 'id')) AS order_id
          FROM generate_series(1, %1) g)"},
    {"states",
     R"(ALTER TABLE seed_orders ADD COLUMN status hexastore.order_status,
                                ADD COLUMN delivered_at timestamptz;
        UPDATE seed_orders SET status = CASE
            WHEN created_at + took < now() THEN
                CASE WHEN fate < 0.9 THEN 'delivered' ELSE 'cancelled' END
            ELSE (ARRAY['pending', 'confirmed', 'confirmed', 'cancelled'])[1 + floor(fate * 4)::int]
            END::hexastore.order_status;
        UPDATE seed_orders SET delivered_at = created_at + took WHERE status = 'delivered')"},
    {"checkouts",
     R"(INSERT INTO hexastore.checkouts (id, buyer_id, payment_method, subtotal, discount,
                                         created_at, open_orders)
        OVERRIDING SYSTEM VALUE
        SELECT o.checkout_id, b.id, 'cash_on_delivery', v.price * o.quantity, 0, o.created_at,
               CASE WHEN o.status = 'cancelled' THEN 0 ELSE 1 END
          FROM seed_orders o JOIN seed_buyers b ON b.k = o.buyer_k
          JOIN seed_variants v ON v.k = o.variant_k)"},
    {"orders",
     R"(INSERT INTO hexastore.orders (id, checkout_id, buyer_id, seller_id, buyer_name, seller_name,
                                      status, payment_method, subtotal, discount, total,
                                      delivery_address, stock_restored, created_at, updated_at,
                                      delivered_at)
        OVERRIDING SYSTEM VALUE
        SELECT o.order_id, o.checkout_id, b.id, v.seller_id, b.full_name, v.seller_name, o.status,
               'cash_on_delivery', v.price * o.quantity, 0, v.price * o.quantity, b.address,
               o.status = 'cancelled', o.created_at, coalesce(o.delivered_at, o.created_at),
               o.delivered_at
          FROM seed_orders o JOIN seed_buyers b ON b.k = o.buyer_k
          JOIN seed_variants v ON v.k = o.variant_k)"},
    {"items",
     R"(INSERT INTO hexastore.order_items (order_id, line, variant_id, product_id, product_name, sku,
                                           options, unit_price, quantity, line_total)
        SELECT o.order_id, 1, v.variant_id, v.product_id, v.name, v.sku, v.options, v.price,
               o.quantity, v.price * o.quantity
          FROM seed_orders o JOIN seed_variants v ON v.k = o.variant_k)"},
    {"history",
     R"(INSERT INTO hexastore.order_status_history (order_id, from_status, to_status, actor_role,
                                                    reason, changed_at)
        SELECT order_id, NULL::hexastore.order_status, 'pending'::hexastore.order_status,
               'buyer'::hexastore.user_role, '', created_at FROM seed_orders
        UNION ALL
        SELECT order_id, 'shipped', 'delivered', 'courier', '', delivered_at FROM seed_orders
         WHERE status = 'delivered')"},
    {"deliveries",
     R"(INSERT INTO hexastore.deliveries (order_id, courier_id, status, created_at, updated_at,
                                          recipient_name, cash_collected, assigned_at, finished_at,
                                          cash_received_at)
        SELECT o.order_id,
               CASE WHEN o.status IN ('shipped', 'delivered') THEN c.id END,
               CASE o.status WHEN 'delivered' THEN 'delivered' WHEN 'shipped' THEN 'out_for_delivery'
                             WHEN 'cancelled' THEN 'cancelled' ELSE 'unassigned'
               END::hexastore.delivery_status,
               o.created_at, coalesce(o.delivered_at, o.created_at),
               CASE WHEN o.status = 'delivered' THEN b.full_name END,
               CASE WHEN o.status = 'delivered' THEN v.price * o.quantity END,
               CASE WHEN o.status IN ('shipped', 'delivered') THEN o.created_at END,
               CASE WHEN o.status IN ('delivered', 'cancelled') THEN coalesce(o.delivered_at, o.created_at) END,
               CASE WHEN o.status = 'delivered' AND o.delivered_at < now() - interval '2 days'
                    THEN o.delivered_at + interval '1 day' END
          FROM seed_orders o JOIN seed_buyers b ON b.k = o.buyer_k
          JOIN seed_variants v ON v.k = o.variant_k
          LEFT JOIN seed_couriers c ON c.k = o.courier_k)"},
    {"summaries", "SELECT hexastore._stats_rebuild()"},
};

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
    for (const auto& step : kSteps) {
        if (progress)
            progress(QString::fromLatin1(step[0]));
        QString sql = QString::fromUtf8(step[1]);
        if (qstrcmp(step[0], "choose") == 0)
            sql = sql.arg(orders);
        if (auto done = m_sql.script(sql); !done)
            return std::unexpected(done.error());
        if (qstrcmp(step[0], "plan") == 0) {
            auto counts = m_sql.queryOne(u"SELECT (SELECT count(*) FROM seed_variants), "
                                         "(SELECT count(*) FROM seed_buyers), "
                                         "(SELECT count(*) FROM seed_couriers)"_s);
            if (!counts)
                return std::unexpected(counts.error());
            if (counts->value(0).toLongLong() == 0 || counts->value(1).toLongLong() == 0 ||
                counts->value(2).toLongLong() == 0) {
                return std::unexpected(ServiceError(
                    Code::Validation,
                    QCoreApplication::translate("HistoricalOrderSeeder",
                                                "Order history needs products, buyers and a "
                                                "courier: run seed-demo without --orders first.")));
            }
        }
    }
    // Back to normal before the commit (SET LOCAL ends with it anyway).
    if (auto done = m_sql.execute(u"SET LOCAL session_replication_role = origin"_s); !done)
        return std::unexpected(done.error());
    return orders;
}
