#pragma once

#include "domain/OrderQuery.h"
#include "domain/OrderSummary.h"
#include "LatestRequest.h"

#include <QAbstractTableModel>
#include <QList>

class OrderService;

// Orders, newest first, fetched page by page as the view scrolls (keyset on
// the order id). Which orders appear is up to the database: a buyer's own, a
// seller's own, all of them for administrators.
class OrderTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderTableModel)
public:
    enum Column { Number, Placed, Buyer, Seller, Items, Total, Status, ColumnCount };
    static constexpr int kPageSize = 100;

    explicit OrderTableModel(OrderService& orders, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // When an order event happened, as lists show it.
    static QString timeText(const QDateTime& at);

    void setQuery(const OrderQuery& query);
    const OrderQuery& query() const { return m_query; }
    void reload();
    bool isLoading() const { return m_loading; }
    const OrderSummary* orderAt(int row) const;
    int rowOf(qint64 orderId) const;
    // Puts a changed order in place (after a status change), without a reload.
    void updateOrder(const OrderSummary& order);

signals:
    void loaded();
    void loadFailed(const QString& message);

private:
    void request(bool replace);

    OrderService& m_orders;
    OrderQuery m_query;
    QList<OrderSummary> m_rows;
    bool m_atEnd = false;
    bool m_loading = false;
    LatestRequest m_latest;
};
