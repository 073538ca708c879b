#pragma once

#include "domain/OrderDetail.h"

#include <QAbstractTableModel>

// The lines of one order, as they were ordered (name and price snapshots).
class OrderItemTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderItemTableModel)
public:
    enum Column { Product, Sku, UnitPrice, Quantity, LineTotal, ColumnCount };

    explicit OrderItemTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setItems(const QList<OrderDetail::Item>& items);

private:
    QList<OrderDetail::Item> m_items;
};
