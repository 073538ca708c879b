#pragma once

#include "domain/QueuedEvent.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// Steps the server did not accept, with its reason and the delivery's state
// on the server, newest first: the courier must see them, never lose them.
class CourierEventTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CourierEventTableModel)
public:
    enum Column { Recorded, Order, Step, Reason, ServerState, ColumnCount };

    explicit CourierEventTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Keeps the rejected ones of `events`; `orderOf` maps a delivery to its order.
    void setEvents(const QList<QueuedEvent>& events, const QHash<qint64, qint64>& orderOf);
    const QueuedEvent* eventAt(int row) const;

private:
    QList<QueuedEvent> m_rows;
    QHash<qint64, qint64> m_orderOf;
};
