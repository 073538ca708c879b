#include "ReviewService.h"

#include "db/DbWorker.h"

#include <QSqlRecord>

using namespace Qt::StringLiterals;

ReviewService::ReviewService(DbWorker& worker)
    : m_worker(worker)
{}

QFuture<Result<ReviewService::ProductReviews>> ReviewService::reviews(qint64 productId, int limit)
{
    return m_worker.transact([productId, limit](SqlExecutor& sql) -> Result<ProductReviews> {
        auto rows = sql.query(u"SELECT id, rating, comment, author, created_at, updated_at, "
                              "coalesce(mine, false) FROM hexastore.product_reviews "
                              "WHERE product_id = ? ORDER BY id DESC LIMIT %1"_s.arg(limit),
                              {productId});
        if (!rows)
            return std::unexpected(rows.error());
        ProductReviews out;
        for (const QSqlRecord& r : *rows) {
            Review review;
            review.id = r.value(0).toLongLong();
            review.productId = productId;
            review.rating = r.value(1).toInt();
            review.comment = r.value(2).toString();
            review.author = r.value(3).toString();
            review.createdAt = r.value(4).toDateTime();
            review.updatedAt = r.value(5).toDateTime();
            review.mine = r.value(6).toBool();
            out.reviews.append(review);
        }
        auto summary = sql.queryOne(
            u"SELECT hexastore.can_review(?), (p.rating_avg * 100)::int, p.rating_count "
            "FROM hexastore.products p WHERE p.id = ?"_s,
            {productId, productId});
        if (!summary)
            return std::unexpected(summary.error());
        out.canReview = summary->value(0).toBool();
        out.ratingHundredths = summary->value(1).toInt();
        out.ratingCount = summary->value(2).toInt();
        return out;
    });
}

QFuture<Result<qint64>> ReviewService::save(qint64 productId, int rating, const QString& comment)
{
    return m_worker.transact([=](SqlExecutor& sql) -> Result<qint64> {
        auto updated = sql.query(u"UPDATE hexastore.reviews SET rating = ?, comment = ? "
                                 "WHERE product_id = ? AND buyer_id = hexastore.current_user_id() "
                                 "RETURNING id"_s,
                                 {rating, comment, productId});
        if (!updated)
            return std::unexpected(updated.error());
        if (!updated->isEmpty())
            return updated->first().value(0).toLongLong();
        auto inserted = sql.queryOne(u"INSERT INTO hexastore.reviews (product_id, rating, comment) "
                                     "VALUES (?, ?, ?) RETURNING id"_s,
                                     {productId, rating, comment});
        if (!inserted)
            return std::unexpected(inserted.error());
        return inserted->value(0).toLongLong();
    });
}

QFuture<VoidResult> ReviewService::remove(qint64 reviewId)
{
    return m_worker.transact([reviewId](SqlExecutor& sql) -> VoidResult {
        auto removed = sql.execute(u"DELETE FROM hexastore.reviews WHERE id = ?"_s, {reviewId});
        if (!removed)
            return std::unexpected(removed.error());
        return {};
    });
}
