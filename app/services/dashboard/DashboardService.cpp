#include "DashboardService.h"

#include "db/DbWorker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

using namespace Qt::StringLiterals;
using Code = ServiceError::Code;

namespace {

// Counts arrive as JSON numbers (exact far beyond any count here); amounts as
// text, so that no cent goes through floating point.
qint64 count(const QJsonValue& value)
{
    return qint64(value.toDouble());
}

Money money(const QJsonValue& value)
{
    return Money::fromDecimal(value.toString()).value_or(Money());
}

QMap<QString, qint64> countsByStatus(const QJsonObject& object)
{
    QMap<QString, qint64> out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(it.key(), count(it.value()));
    return out;
}

} // namespace

DashboardService::DashboardService(DbWorker& worker)
    : m_worker(worker)
{}

Result<DashboardFigures> DashboardService::fromJson(const QJsonObject& json)
{
    DashboardFigures f;
    f.today = QDate::fromString(json.value(u"today"_s).toString(), Qt::ISODate);
    if (!f.today.isValid()) {
        return std::unexpected(
            ServiceError(Code::Internal, tr("The server sent figures this program cannot read.")));
    }
    if (!json.value(u"seller"_s).isNull())
        f.sellerId = count(json.value(u"seller"_s));
    QMap<int, std::pair<qint64, qint64>> newUsers;
    for (const QJsonValue& v : json.value(u"new_users"_s).toArray()) {
        const QJsonObject o = v.toObject();
        newUsers.insert(o.value(u"days"_s).toInt(),
                        {count(o.value(u"new_users"_s)), count(o.value(u"new_users_before"_s))});
    }
    for (const QJsonValue& v : json.value(u"periods"_s).toArray()) {
        const QJsonObject o = v.toObject();
        DashboardFigures::Period p;
        p.days = o.value(u"days"_s).toInt();
        p.placed = count(o.value(u"placed"_s));
        p.placedBefore = count(o.value(u"placed_before"_s));
        p.cancelled = count(o.value(u"cancelled"_s));
        p.cancelledBefore = count(o.value(u"cancelled_before"_s));
        p.delivered = count(o.value(u"delivered"_s));
        p.deliveredBefore = count(o.value(u"delivered_before"_s));
        p.revenue = money(o.value(u"revenue"_s));
        p.revenueBefore = money(o.value(u"revenue_before"_s));
        if (newUsers.contains(p.days)) {
            p.newUsers = newUsers.value(p.days).first;
            p.newUsersBefore = newUsers.value(p.days).second;
        }
        f.periods.append(p);
    }
    for (const QJsonValue& v : json.value(u"daily"_s).toArray()) {
        const QJsonObject o = v.toObject();
        f.daily.append({QDate::fromString(o.value(u"day"_s).toString(), Qt::ISODate),
                        count(o.value(u"orders"_s)), money(o.value(u"revenue"_s))});
    }
    f.ordersByStatus = countsByStatus(json.value(u"orders_by_status"_s).toObject());
    f.deliveriesByStatus = countsByStatus(json.value(u"deliveries_by_status"_s).toObject());
    for (const QJsonValue& v : json.value(u"top_products"_s).toArray()) {
        const QJsonObject o = v.toObject();
        f.topProducts.append({count(o.value(u"product_id"_s)), o.value(u"name"_s).toString(),
                              count(o.value(u"units"_s)), money(o.value(u"amount"_s))});
    }
    for (const QJsonValue& v : json.value(u"low_stock"_s).toArray()) {
        const QJsonObject o = v.toObject();
        f.lowStock.append({count(o.value(u"variant_id"_s)), count(o.value(u"product_id"_s)),
                           o.value(u"name"_s).toString(), o.value(u"sku"_s).toString(),
                           o.value(u"stock"_s).toInt()});
    }
    for (const QJsonValue& v : json.value(u"courier_cash"_s).toArray()) {
        const QJsonObject o = v.toObject();
        f.courierCash.append({count(o.value(u"courier_id"_s)), o.value(u"name"_s).toString(),
                              money(o.value(u"amount"_s)), count(o.value(u"deliveries"_s))});
    }
    return f;
}

Result<DashboardFigures> DashboardService::load(SqlExecutor& sql, std::optional<qint64> sellerId)
{
    // Fold the pending deltas first (cheap when someone did a minute ago).
    if (auto compacted = sql.execute(u"SELECT hexastore.dashboard_compact()"_s); !compacted)
        return std::unexpected(compacted.error());
    auto row =
        sql.queryOne(u"SELECT hexastore.dashboard_figures(?)::text"_s,
                     {sellerId ? QVariant(*sellerId) : QVariant(QMetaType::fromType<qint64>())});
    if (!row)
        return std::unexpected(row.error());
    return fromJson(QJsonDocument::fromJson(row->value(0).toString().toUtf8()).object());
}

QFuture<Result<DashboardFigures>> DashboardService::figures(std::optional<qint64> sellerId)
{
    return m_worker.transact(
        [sellerId](SqlExecutor& sql) -> Result<DashboardFigures> { return load(sql, sellerId); });
}

QFuture<Result<int>> DashboardService::markCashReceived(qint64 courierId, Money expected,
                                                        const QString& reason)
{
    if (reason.trimmed().size() > 1000) {
        return DbWorker::refuse<Result<int>>(
            ServiceError(Code::Validation, tr("A reason can have at most 1,000 characters."))
                .withField(u"reason"_s));
    }
    return m_worker.transact([=](SqlExecutor& sql) -> Result<int> {
        auto row = sql.queryOne(u"SELECT hexastore.admin_mark_cash_received(?, ?::numeric, ?)"_s,
                                {courierId, expected.toDecimal(), reason.trimmed()});
        if (!row)
            return std::unexpected(row.error());
        return row->value(0).toInt();
    });
}
