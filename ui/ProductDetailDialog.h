#pragma once

#include "domain/ProductDetail.h"

#include <QDialog>

struct AppServices;
class QLabel;
class QListWidget;
class QTableView;
class VariantTableModel;

// One product as a buyer sees it: pictures, variants with price and stock,
// description, seller. (Adding to the cart comes with the next issue.)
class ProductDetailDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductDetailDialog)
public:
    ProductDetailDialog(AppServices& services, qint64 productId, QWidget* parent = nullptr);

private:
    void show(const ProductDetail& product);
    void showImage(const QByteArray& sha256);

    AppServices& m_services;
    QLabel* m_title;
    QLabel* m_meta;
    QLabel* m_image;
    QListWidget* m_thumbnails;
    QLabel* m_description;
    QLabel* m_message;
    VariantTableModel* m_variants;
    QTableView* m_variantView;
};
