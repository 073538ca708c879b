#pragma once

#include "domain/CourierSummary.h"
#include "LatestRequest.h"

#include <QAbstractTableModel>
#include <QList>

class DispatchService;

// The couriers as the dispatcher picks one: on duty first, with their load.
class CourierTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CourierTableModel)
public:
    enum Column { Name, Duty, InHand, Vehicle, Phone, ColumnCount };

    explicit CourierTableModel(DispatchService& dispatch, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void reload();
    const CourierSummary* courierAt(int row) const;
    int rowOf(qint64 courierId) const;

    static QString vehicleDisplayName(CourierSummary::Vehicle vehicle);

signals:
    void loaded();
    void loadFailed(const QString& message);

private:
    DispatchService& m_dispatch;
    QList<CourierSummary> m_rows;
    LatestRequest m_latest;
};
