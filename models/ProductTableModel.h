#pragma once

#include "domain/ProductQuery.h"
#include "domain/ProductSummary.h"
#include "LatestRequest.h"
#include "services/catalog/ProductSearchSql.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class CatalogService;
class ImageCache;

// The catalog as a table that never loads the whole table: pages of 100 rows
// by keyset queries, fetched off the GUI thread as the view scrolls
// (canFetchMore/fetchMore), sorted by the server when a header is clicked.
// jumpToEnd() shows the last page straight away (a reversed keyset query,
// as cheap as the first page).
class ProductTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductTableModel)
public:
    enum Column { Name, Brand, Category, Seller, Price, Stock, Rating, Added, ColumnCount };
    static constexpr int kPageSize = 100;

    ProductTableModel(CatalogService& catalog, ImageCache* images, QObject* parent = nullptr,
                      ProductSearchSql::Scope scope = ProductSearchSql::Scope::Catalog);

    // "★ 4.5 (12)", or "No reviews".
    static QString ratingText(int hundredths, int count);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setQuery(const ProductQuery& query);
    void setScope(ProductSearchSql::Scope scope);
    const ProductQuery& query() const { return m_query; }
    void reload();
    void jumpToEnd();
    bool isLoading() const { return m_loading; }
    bool isShowingEnd() const { return m_showingEnd; }
    const ProductSummary* productAt(int row) const;

signals:
    void loadingChanged(bool loading);
    void loadFailed(const QString& message);
    void pageLoaded(int rows);

private:
    void request(const std::optional<ProductCursor>& cursor, ProductSearchSql::Direction direction,
                 bool replace);
    void setLoading(bool loading);
    void onThumbnail(const QByteArray& sha256);

    CatalogService& m_catalog;
    ImageCache* m_images;
    ProductSearchSql::Scope m_scope;
    ProductQuery m_query;
    QList<ProductSummary> m_rows;
    bool m_atEnd = false;
    bool m_loading = false;
    bool m_showingEnd = false;
    LatestRequest m_latest;
};
