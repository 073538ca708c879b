#pragma once

#include "domain/Review.h"
#include "domain/ServiceError.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>

class DbWorker;

// Product reviews: anyone reads them; a buyer with a delivered order of the
// product writes one, and edits or deletes their own. The database enforces
// all of it (HX331–HX334).
class ReviewService final {
    Q_DECLARE_TR_FUNCTIONS(ReviewService)

public:
    struct ProductReviews {
        QList<Review> reviews;    // newest first, at most `limit`
        bool canReview = false;   // the caller may write a new one
        int ratingHundredths = 0; // the product's average over all reviews, × 100
        int ratingCount = 0;
    };

    static constexpr int kPageSize = 50;

    explicit ReviewService(DbWorker& worker);

    QFuture<Result<ProductReviews>> reviews(qint64 productId, int limit = kPageSize);
    // Creates the caller's review of the product, or changes it.
    QFuture<Result<qint64>> save(qint64 productId, int rating, const QString& comment);
    QFuture<VoidResult> remove(qint64 reviewId);

private:
    DbWorker& m_worker;
};
