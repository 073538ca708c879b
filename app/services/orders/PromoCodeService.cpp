#include "PromoCodeService.h"

#include "db/DbWorker.h"
#include "db/SqlValues.h"

#include <QSqlRecord>

using namespace Qt::StringLiterals;
using Code = ServiceError::Code;

namespace {

QVariant nullableInt(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

QVariant nullableTime(const QDateTime& at)
{
    return at.isValid() ? QVariant(at.toUTC()) : QVariant(QMetaType(QMetaType::QDateTime));
}

std::optional<int> optionalInt(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

} // namespace

PromoCodeService::PromoCodeService(DbWorker& worker)
    : m_worker(worker)
{}

QFuture<Result<QList<PromoCode>>> PromoCodeService::promoCodes()
{
    return m_worker.transact([](SqlExecutor& sql) -> Result<QList<PromoCode>> {
        auto rows = sql.query(u"SELECT id, code, kind::text, value::text, min_subtotal::text, "
                              "valid_from, valid_until, usage_limit, per_buyer_limit, used_count, "
                              "active, version FROM hexastore.promo_codes ORDER BY lower(code)"_s);
        if (!rows)
            return std::unexpected(rows.error());
        QList<PromoCode> out;
        for (const QSqlRecord& r : *rows) {
            PromoCode p;
            p.id = r.value(0).toLongLong();
            p.code = r.value(1).toString();
            p.kind = r.value(2).toString() == u"fixed"_s ? PromoCode::Kind::Fixed
                                                         : PromoCode::Kind::Percent;
            const Money value = SqlValues::money(r.value(3));
            if (p.kind == PromoCode::Kind::Fixed)
                p.amount = value;
            else
                p.percent = int(value.cents() / 100);
            p.minSubtotal = SqlValues::money(r.value(4));
            p.validFrom = r.value(5).toDateTime();
            p.validUntil = r.value(6).toDateTime();
            p.usageLimit = optionalInt(r.value(7));
            p.perBuyerLimit = optionalInt(r.value(8));
            p.usedCount = r.value(9).toInt();
            p.active = r.value(10).toBool();
            p.version = r.value(11).toInt();
            out.append(p);
        }
        return out;
    });
}

QFuture<Result<qint64>> PromoCodeService::save(const PromoCode& promo)
{
    return m_worker.transact([promo](SqlExecutor& sql) -> Result<qint64> {
        const bool fixed = promo.kind == PromoCode::Kind::Fixed;
        const QVariantList fields{promo.code.trimmed(),
                                  fixed ? u"fixed"_s : u"percent"_s,
                                  fixed ? promo.amount.toDecimal() : QString::number(promo.percent),
                                  promo.minSubtotal.toDecimal(),
                                  nullableTime(promo.validFrom),
                                  nullableTime(promo.validUntil),
                                  nullableInt(promo.usageLimit),
                                  nullableInt(promo.perBuyerLimit),
                                  promo.active};
        if (promo.id == 0) {
            auto row = sql.queryOne(
                u"INSERT INTO hexastore.promo_codes (code, kind, value, min_subtotal, valid_from, "
                "valid_until, usage_limit, per_buyer_limit, active) VALUES (?, "
                "?::hexastore.promo_kind, ?::numeric, ?::numeric, ?, ?, ?, ?, ?) RETURNING id"_s,
                fields);
            if (!row)
                return std::unexpected(row.error());
            return row->value(0).toLongLong();
        }
        auto updated = sql.execute(
            u"UPDATE hexastore.promo_codes SET code = ?, kind = ?::hexastore.promo_kind, "
            "value = ?::numeric, min_subtotal = ?::numeric, valid_from = ?, valid_until = ?, "
            "usage_limit = ?, per_buyer_limit = ?, active = ? WHERE id = ? AND version = ?"_s,
            QVariantList(fields) << promo.id << promo.version);
        if (!updated)
            return std::unexpected(updated.error());
        if (*updated == 0)
            return std::unexpected(ServiceError(
                Code::Conflict, tr("Someone else changed or deleted this promo code meanwhile. "
                                   "Reload the list and try again.")));
        return promo.id;
    });
}

QFuture<Result<bool>> PromoCodeService::remove(qint64 promoId)
{
    return m_worker.transact([promoId](SqlExecutor& sql) -> Result<bool> {
        auto used = sql.queryOne(
            u"SELECT EXISTS (SELECT FROM hexastore.checkouts WHERE promo_id = ?)"_s, {promoId});
        if (!used)
            return std::unexpected(used.error());
        if (used->value(0).toBool()) {
            auto off = sql.execute(
                u"UPDATE hexastore.promo_codes SET active = false WHERE id = ?"_s, {promoId});
            if (!off)
                return std::unexpected(off.error());
            return false;
        }
        auto removed = sql.execute(u"DELETE FROM hexastore.promo_codes WHERE id = ?"_s, {promoId});
        if (!removed)
            return std::unexpected(removed.error());
        return true;
    });
}
