#pragma once

#include "domain/Review.h"

#include <QDialog>

class MessageLabel;
class ReviewService;
class QComboBox;
class QLabel;
class QPlainTextEdit;

// Writes, edits or deletes the buyer's own review of a product.
class ReviewDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewDialog)
public:
    // `existing.id` 0: a new review.
    ReviewDialog(ReviewService& reviews, qint64 productId, const Review& existing,
                 QWidget* parent = nullptr);

private:
    void save();
    void remove();

    ReviewService& m_reviews;
    qint64 m_productId;
    Review m_existing;
    QComboBox* m_rating;
    QPlainTextEdit* m_comment;
    QLabel* m_count;
    MessageLabel* m_error;
};
