#pragma once

#include "ProductDetailDialog.h"

#include "ui/common/Screen.h"

#include <QWidget>

struct AppServices;
class CategoryComboBox;
class ProductTableModel;
class QCheckBox;
class QComboBox;
class MessageLabel;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

// The buyer's catalog: search as you type (debounced), filters, server-side
// sorting, and a table that loads pages as it scrolls.
class CatalogPage final : public QWidget, public Screen {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogPage)
public:
    // Moderators (admins) can include hidden listings and hide any listing.
    CatalogPage(AppServices& services, ProductDetailDialog::Mode mode, QWidget* parent = nullptr);

    void refresh() override;
    QLineEdit* searchField() const override { return m_search; }

    ProductTableModel* model() const { return m_model; }

signals:
    void productOpened(qint64 productId);

private:
    void applyFilters();
    void updateStatus();

    AppServices& m_services;
    ProductDetailDialog::Mode m_mode;
    bool m_moderator;
    ProductTableModel* m_model;
    QLineEdit* m_search;
    CategoryComboBox* m_category;
    QComboBox* m_brand;
    QLineEdit* m_minPrice;
    QLineEdit* m_maxPrice;
    QCheckBox* m_inStock;
    QComboBox* m_sort;
    QTableView* m_view;
    QLabel* m_status;
    MessageLabel* m_notice; // what the last action did
    QTimer* m_debounce;
};
