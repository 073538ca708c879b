#pragma once

#include "domain/DashboardFigures.h"

#include <QAbstractTableModel>

// One of the dashboard's lists: the best sellers, the variants low on stock,
// or the cash each courier holds. Filled from the figures as they refresh.
class DashboardListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardListModel)
public:
    enum class Kind { TopProducts, LowStock, CourierCash };
    // Columns per kind: a name, then two figures.
    enum Column { Name, First, Second, ColumnCount };

    explicit DashboardListModel(Kind kind, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setFigures(const DashboardFigures& figures);
    const DashboardFigures::CourierCash* courierAt(int row) const;

private:
    Kind m_kind;
    QList<DashboardFigures::ProductSales> m_products;
    QList<DashboardFigures::LowStock> m_stock;
    QList<DashboardFigures::CourierCash> m_cash;
};
