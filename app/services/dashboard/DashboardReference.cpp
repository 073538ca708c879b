#include "DashboardReference.h"

#include "db/SqlExecutor.h"
#include "db/SqlValues.h"

#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace {

constexpr int kPeriods[] = {1, 7, 30};

// The seller condition with its column taken from the table `alias`.
QString qualified(const QString& condition, const QString& alias)
{
    return QString(condition).replace(u"seller_id"_s, alias + u"seller_id"_s);
}

} // namespace

QString DashboardReference::dayStart(int daysAgo) const
{
    return u"'%1'::timestamptz"_s.arg(m_dayStarts.value(daysAgo));
}

DashboardReference::DashboardReference(SqlExecutor& sql)
    : m_sql(sql)
{}

Result<DashboardFigures> DashboardReference::compute(std::optional<qint64> sellerId)
{
    DashboardFigures f;
    f.sellerId = sellerId;
    auto today = m_sql.queryOne(u"SELECT hexastore.shop_day(now())::text"_s);
    if (!today)
        return std::unexpected(today.error());
    f.today = QDate::fromString(today->value(0).toString(), Qt::ISODate);
    // Each day's first instant, once, as a constant for the queries below.
    auto starts =
        m_sql.query(u"SELECT i, hexastore.shop_day_start(hexastore.shop_day(now()) - i)::text "
                    "FROM generate_series(0, 59) i"_s);
    if (!starts)
        return std::unexpected(starts.error());
    m_dayStarts.clear();
    for (const QSqlRecord& r : *starts)
        m_dayStarts.insert(r.value(0).toInt(), r.value(1).toString());
    const QString seller = sellerId ? u"seller_id = ?"_s : u"true"_s;
    QVariantList params;
    if (sellerId)
        params << *sellerId;
    for (auto step : {&DashboardReference::readPeriods, &DashboardReference::readDaily,
                      &DashboardReference::readStatuses, &DashboardReference::readProducts}) {
        if (auto read = (this->*step)(f, seller, params); !read)
            return std::unexpected(read.error());
    }
    if (!sellerId) {
        if (auto read = readMarketplaceOnly(f); !read)
            return std::unexpected(read.error());
    }
    return f;
}

VoidResult DashboardReference::readPeriods(DashboardFigures& f, const QString& seller,
                                           const QVariantList& params)
{
    QStringList placed;
    QStringList revenue;
    for (int days : kPeriods) {
        const QString now = dayStart(days - 1);
        const QString before = dayStart(2 * days - 1);
        placed << u"count(*) FILTER (WHERE created_at >= %1)"_s.arg(now)
               << u"count(*) FILTER (WHERE created_at >= %1 AND created_at < %2)"_s.arg(before, now)
               << u"count(*) FILTER (WHERE status = 'cancelled' AND created_at >= %1)"_s.arg(now)
               << u"count(*) FILTER (WHERE status = 'cancelled' AND created_at >= %1 "
                  "AND created_at < %2)"_s.arg(before, now);
        revenue << u"count(*) FILTER (WHERE delivered_at >= %1)"_s.arg(now)
                << u"count(*) FILTER (WHERE delivered_at >= %1 AND delivered_at < %2)"_s.arg(before,
                                                                                             now)
                << u"coalesce(sum(total) FILTER (WHERE delivered_at >= %1), 0)::text"_s.arg(now)
                << u"coalesce(sum(total) FILTER (WHERE delivered_at >= %1 "
                   "AND delivered_at < %2), 0)::text"_s.arg(before, now);
    }
    auto p = m_sql.queryOne(u"SELECT "_s + placed.join(u", "_s) +
                                u" FROM hexastore.orders WHERE created_at >= "_s + dayStart(59) +
                                u" AND "_s + seller,
                            params);
    if (!p)
        return std::unexpected(p.error());
    auto r = m_sql.queryOne(u"SELECT "_s + revenue.join(u", "_s) +
                                u" FROM hexastore.orders WHERE status = 'delivered' AND "
                                "delivered_at >= "_s +
                                dayStart(59) + u" AND "_s + seller,
                            params);
    if (!r)
        return std::unexpected(r.error());
    int column = 0;
    for (int days : kPeriods) {
        DashboardFigures::Period period;
        period.days = days;
        period.placed = p->value(column).toLongLong();
        period.placedBefore = p->value(column + 1).toLongLong();
        period.cancelled = p->value(column + 2).toLongLong();
        period.cancelledBefore = p->value(column + 3).toLongLong();
        period.delivered = r->value(column).toLongLong();
        period.deliveredBefore = r->value(column + 1).toLongLong();
        period.revenue = SqlValues::money(r->value(column + 2));
        period.revenueBefore = SqlValues::money(r->value(column + 3));
        column += 4;
        f.periods.append(period);
    }
    return {};
}

VoidResult DashboardReference::readDaily(DashboardFigures& f, const QString& seller,
                                         const QVariantList& params)
{
    auto placed = m_sql.query(u"SELECT hexastore.shop_day(created_at)::text AS day, count(*) "
                              "FROM hexastore.orders WHERE created_at >= "_s +
                                  dayStart(29) + u" AND "_s + seller + u" GROUP BY 1"_s,
                              params);
    if (!placed)
        return std::unexpected(placed.error());
    auto revenue = m_sql.query(u"SELECT hexastore.shop_day(delivered_at)::text AS day, "
                               "sum(total)::text FROM hexastore.orders WHERE status = 'delivered' "
                               "AND delivered_at >= "_s +
                                   dayStart(29) + u" AND "_s + seller + u" GROUP BY 1"_s,
                               params);
    if (!revenue)
        return std::unexpected(revenue.error());
    QMap<QDate, DashboardFigures::Day> days;
    for (int i = 29; i >= 0; --i) {
        const QDate day = f.today.addDays(-i);
        days.insert(day, {day, 0, Money()});
    }
    for (const QSqlRecord& r : *placed)
        days[QDate::fromString(r.value(0).toString(), Qt::ISODate)].orders =
            r.value(1).toLongLong();
    for (const QSqlRecord& r : *revenue)
        days[QDate::fromString(r.value(0).toString(), Qt::ISODate)].revenue =
            SqlValues::money(r.value(1));
    f.daily = days.values();
    return {};
}

VoidResult DashboardReference::readStatuses(DashboardFigures& f, const QString& seller,
                                            const QVariantList& params)
{
    auto orders = m_sql.query(u"SELECT status::text, count(*) FROM hexastore.orders WHERE "_s +
                                  seller + u" GROUP BY 1"_s,
                              params);
    if (!orders)
        return std::unexpected(orders.error());
    for (const QSqlRecord& r : *orders)
        f.ordersByStatus.insert(r.value(0).toString(), r.value(1).toLongLong());
    auto deliveries = m_sql.query(u"SELECT d.status::text, count(*) FROM hexastore.deliveries d "
                                  "JOIN hexastore.orders o ON o.id = d.order_id WHERE "_s +
                                      qualified(seller, u"o."_s) + u" GROUP BY 1"_s,
                                  params);
    if (!deliveries)
        return std::unexpected(deliveries.error());
    for (const QSqlRecord& r : *deliveries)
        f.deliveriesByStatus.insert(r.value(0).toString(), r.value(1).toLongLong());
    return {};
}

VoidResult DashboardReference::readProducts(DashboardFigures& f, const QString& seller,
                                            const QVariantList& params)
{
    auto top =
        m_sql.query(u"SELECT i.product_id, p.name, sum(i.quantity), sum(i.line_total)::text "
                    "FROM hexastore.order_items i JOIN hexastore.orders o ON o.id = i.order_id "
                    "LEFT JOIN hexastore.products p ON p.id = i.product_id "
                    "WHERE o.status <> 'cancelled' AND "_s +
                        qualified(seller, u"o."_s) +
                        u" GROUP BY i.product_id, p.name ORDER BY 3 DESC, 1 LIMIT 10"_s,
                    params);
    if (!top)
        return std::unexpected(top.error());
    for (const QSqlRecord& r : *top) {
        f.topProducts.append({r.value(0).toLongLong(), r.value(1).toString(),
                              r.value(2).toLongLong(), SqlValues::money(r.value(3))});
    }
    auto low = m_sql.query(
        u"SELECT v.id, v.product_id, p.name, v.sku, v.stock FROM hexastore.product_variants v "
        "JOIN hexastore.products p ON p.id = v.product_id "
        "WHERE v.stock <= 5 AND v.active AND p.archived_at IS NULL AND "_s +
            qualified(seller, u"p."_s) + u" ORDER BY v.stock, v.id LIMIT 10"_s,
        params);
    if (!low)
        return std::unexpected(low.error());
    for (const QSqlRecord& r : *low) {
        f.lowStock.append({r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(),
                           r.value(3).toString(), r.value(4).toInt()});
    }
    return {};
}

VoidResult DashboardReference::readMarketplaceOnly(DashboardFigures& f)
{
    auto cash = m_sql.query(
        u"SELECT d.courier_id, u.full_name, sum(d.cash_collected)::text, count(*) "
        "FROM hexastore.deliveries d JOIN hexastore.users u ON u.id = d.courier_id "
        "WHERE d.cash_collected IS NOT NULL AND d.cash_received_at IS NULL "
        "GROUP BY d.courier_id, u.full_name ORDER BY sum(d.cash_collected) DESC, d.courier_id"_s);
    if (!cash)
        return std::unexpected(cash.error());
    for (const QSqlRecord& r : *cash) {
        f.courierCash.append({r.value(0).toLongLong(), r.value(1).toString(),
                              SqlValues::money(r.value(2)), r.value(3).toLongLong()});
    }
    for (DashboardFigures::Period& period : f.periods) {
        const QString now = dayStart(period.days - 1);
        const QString before = dayStart(2 * period.days - 1);
        auto users = m_sql.queryOne(u"SELECT count(*) FILTER (WHERE created_at >= %1), "
                                    "count(*) FILTER (WHERE created_at >= %2 AND created_at < %1) "
                                    "FROM hexastore.users"_s.arg(now, before));
        if (!users)
            return std::unexpected(users.error());
        period.newUsers = users->value(0).toLongLong();
        period.newUsersBefore = users->value(1).toLongLong();
    }
    return {};
}
