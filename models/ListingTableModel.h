#pragma once

#include "domain/ListingRow.h"
#include "LatestRequest.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

class ListingService;

// A seller's listings, one row per variant, paged lazily (newest first).
// Price, stock and "for sale" are edited in place; each edit is saved at once
// with the row's version, and a row someone else changed meanwhile is put
// back as it was, with a message (saveFailed) that offers to reload.
class ListingTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListingTableModel)
public:
    enum Column { Product, Sku, Options, Price, Stock, ForSale, Listed, ColumnCount };
    static constexpr int kPageSize = 200;

    explicit ListingTableModel(ListingService& listings, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    void setFilterText(const QString& text);
    void reload();
    bool isLoading() const { return m_loading; }
    bool isSaving() const { return !m_saving.isEmpty(); }
    const ListingRow* rowAt(int row) const;
    QList<qint64> productIds(const QList<int>& rows) const;
    // Sets a cell back to an earlier value (undo), saved like an edit; false
    // when the row is gone or still saving.
    bool restore(qint64 variantId, int column, const QVariant& value);

signals:
    void loadFailed(const QString& message);
    void saved(const QString& what);
    void saveFailed(const QString& message, bool conflict);
    // The user changed a cell (not emitted for restore()): for undo.
    void edited(qint64 variantId, int column, const QVariant& before, const QVariant& after);

private:
    void request(bool replace);
    bool change(int row, Column column, const QVariant& value);
    void save(int row, const ListingRow& wanted, const ListingRow& before);
    static QVariant cellValue(const ListingRow& row, Column column);

    ListingService& m_listings;
    QString m_filter;
    QList<ListingRow> m_rows;
    QSet<qint64> m_saving; // variant ids with a save under way
    bool m_atEnd = false;
    bool m_loading = false;
    LatestRequest m_latest;
};
