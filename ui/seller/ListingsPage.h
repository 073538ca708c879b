#pragma once

#include "ui/common/Screen.h"

#include <QWidget>

struct ImportPreview;

struct AppServices;
class ListingService;
class ListingTableModel;
class MessageLabel;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QUndoStack;

// The seller's "My listings": every variant of their products, with price,
// stock and "for sale" edited in place; list or hide several products at
// once; new, edit, delete; export to CSV and import it back (with a preview).
class ListingsPage final : public QWidget, public Screen {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListingsPage)
public:
    ListingsPage(AppServices& services, ListingService& listings, QWidget* parent = nullptr);

    void refresh() override;
    QLineEdit* searchField() const override { return m_filter; }

    ListingTableModel* model() const { return m_model; }

private:
    QList<int> selectedRows() const;
    void setSelectedActive(bool active);
    void exportCsv();
    void importCsv();
    void applyImport(const ImportPreview& preview, const QString& fileName);
    void editProduct(qint64 productId);
    void deleteProduct();
    void say(const QString& text, bool isError = false);

    AppServices& m_services;
    ListingService& m_listings;
    ListingTableModel* m_model;
    QLineEdit* m_filter;
    QTableView* m_view;
    MessageLabel* m_status;
    QTimer* m_debounce;
    QUndoStack* m_undo;
};
