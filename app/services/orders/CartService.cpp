#include "CartService.h"

#include "db/DbWorker.h"
#include "db/SqlErrorMapper.h"
#include "db/SqlValues.h"

#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace {

CartLine::State stateFromSql(const QString& state)
{
    if (state == u"short"_s)
        return CartLine::State::Short;
    if (state == u"out_of_stock"_s)
        return CartLine::State::OutOfStock;
    if (state == u"unavailable"_s)
        return CartLine::State::Unavailable;
    return CartLine::State::Ok;
}

} // namespace

CartService::CartService(DbWorker& worker)
    : m_worker(worker)
{}

Result<QList<CartLine>> CartService::readLines(SqlExecutor& sql)
{
    auto rows =
        sql.query(u"SELECT variant_id, product_id, product_name, options::text AS options, "
                  "sku, seller_id, seller_name, quantity, added_price::text AS added_price, "
                  "price::text AS price, stock, state, thumbnail_sha256 "
                  "FROM hexastore.my_cart()"_s);
    if (!rows)
        return std::unexpected(rows.error());
    QList<CartLine> lines;
    lines.reserve(rows->size());
    for (const QSqlRecord& r : *rows) {
        CartLine line;
        line.variantId = r.value(u"variant_id"_s).toLongLong();
        line.productId = r.value(u"product_id"_s).toLongLong();
        line.productName = r.value(u"product_name"_s).toString();
        line.options = SqlValues::jsonObject(r.value(u"options"_s));
        line.sku = r.value(u"sku"_s).toString();
        line.sellerId = r.value(u"seller_id"_s).toLongLong();
        line.sellerName = r.value(u"seller_name"_s).toString();
        line.quantity = r.value(u"quantity"_s).toInt();
        line.addedPrice = SqlValues::money(r.value(u"added_price"_s));
        line.price = SqlValues::money(r.value(u"price"_s));
        line.stock = r.value(u"stock"_s).toInt();
        line.state = stateFromSql(r.value(u"state"_s).toString());
        line.thumbnailSha256 = r.value(u"thumbnail_sha256"_s).toByteArray();
        lines.append(line);
    }
    return lines;
}

Result<CartQuote> CartService::readQuote(SqlExecutor& sql, const QString& promoCode)
{
    auto row = sql.queryOne(u"SELECT subtotal::text AS subtotal, discount::text AS discount, "
                            "total::text AS total, promo_error, promo_detail "
                            "FROM hexastore.cart_quote(?)"_s,
                            {promoCode.trimmed()});
    if (!row)
        return std::unexpected(row.error());
    CartQuote quote;
    quote.subtotal = SqlValues::money(row->value(u"subtotal"_s));
    quote.discount = SqlValues::money(row->value(u"discount"_s));
    quote.total = SqlValues::money(row->value(u"total"_s));
    const QString problem = row->value(u"promo_error"_s).toString();
    if (!problem.isEmpty())
        quote.promoProblem =
            SqlErrorMapper::fromSqlState(problem, row->value(u"promo_detail"_s).toString());
    return quote;
}

QFuture<Result<QList<CartLine>>> CartService::lines()
{
    return m_worker.transact([](SqlExecutor& sql) { return readLines(sql); });
}

QFuture<Result<int>> CartService::add(qint64 variantId, int amount)
{
    return m_worker.transact([variantId, amount](SqlExecutor& sql) -> Result<int> {
        auto row = sql.queryOne(u"SELECT hexastore.cart_add(?, ?)"_s, {variantId, amount});
        if (!row)
            return std::unexpected(row.error());
        return row->value(0).toInt();
    });
}

QFuture<Result<int>> CartService::setQuantity(qint64 variantId, int quantity)
{
    return m_worker.transact([variantId, quantity](SqlExecutor& sql) -> Result<int> {
        auto row =
            sql.queryOne(u"SELECT hexastore.cart_set_quantity(?, ?)"_s, {variantId, quantity});
        if (!row)
            return std::unexpected(row.error());
        return row->value(0).toInt();
    });
}

QFuture<VoidResult> CartService::remove(qint64 variantId)
{
    return m_worker.transact([variantId](SqlExecutor& sql) -> VoidResult {
        auto done = sql.query(u"SELECT hexastore.cart_remove(?)"_s, {variantId});
        if (!done)
            return std::unexpected(done.error());
        return {};
    });
}

QFuture<VoidResult> CartService::clear()
{
    return m_worker.transact([](SqlExecutor& sql) -> VoidResult {
        auto done = sql.query(u"SELECT hexastore.cart_clear()"_s);
        if (!done)
            return std::unexpected(done.error());
        return {};
    });
}

QFuture<Result<CartQuote>> CartService::quote(const QString& promoCode)
{
    return m_worker.transact([promoCode](SqlExecutor& sql) { return readQuote(sql, promoCode); });
}
