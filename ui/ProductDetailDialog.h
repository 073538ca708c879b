#pragma once

#include "domain/ProductDetail.h"

#include <QDialog>

struct AppServices;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class VariantTableModel;

// One product as a buyer sees it: pictures, variants with price and stock,
// description, seller. (Adding to the cart comes with the next issue.)
class ProductDetailDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductDetailDialog)
public:
    // A moderator (admin) also gets a button to hide or show the listing;
    // the dialog is accepted when they used it.
    ProductDetailDialog(AppServices& services, qint64 productId, bool moderator = false,
                        QWidget* parent = nullptr);

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
    QPushButton* m_moderate = nullptr;
    bool m_active = true;
};
