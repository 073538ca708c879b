#pragma once

#include "domain/ProductDetail.h"
#include "domain/Review.h"

#include <QDialog>

struct AppServices;
class MessageLabel;
class QLabel;
class QListWidget;
class QPushButton;
class CheckedSpinBox;
class QTableView;
class VariantTableModel;

// One product as a buyer sees it: pictures, variants with price and stock,
// description, seller, rating and reviews. A shopper adds the selected
// variant to the cart and reviews what was delivered to them.
class ProductDetailDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductDetailDialog)
public:
    // A moderator (admin) also gets a button to hide or show the listing;
    // the dialog is accepted when they used it.
    enum class Mode { Browse, Shop, Moderate };

    ProductDetailDialog(AppServices& services, qint64 productId, Mode mode = Mode::Browse,
                        QWidget* parent = nullptr);

    // What a moderator's action did, for the catalog to say once the dialog closed.
    QString outcome() const { return m_outcome; }

private:
    void moderate();
    void show(const ProductDetail& product);
    void showImage(const QByteArray& sha256);
    void addToCart();
    void loadReviews();
    void variantChanged();

    AppServices& m_services;
    QLabel* m_title;
    QLabel* m_meta;
    QLabel* m_image;
    QListWidget* m_thumbnails;
    QLabel* m_description;
    QLabel* m_message;
    VariantTableModel* m_variants;
    QTableView* m_variantView;
    QPushButton* m_moderate = nullptr;
    QString m_name;
    QString m_outcome;
    CheckedSpinBox* m_quantity = nullptr;
    QPushButton* m_addToCart = nullptr;
    MessageLabel* m_cartMessage = nullptr;
    QLabel* m_rating;
    QListWidget* m_reviews;
    QPushButton* m_writeReview;
    Review m_myReview;
    qint64 m_productId;
    bool m_active = true;
};
