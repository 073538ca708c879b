#pragma once

#include "domain/DeliveryEvent.h"

#include <QAbstractTableModel>
#include <QList>

// A delivery's timeline for the dispatcher: every dispatcher action and
// courier event, with the server's and the device's time, who, the step, the
// proof, and whether the server applied or refused it.
class DeliveryTimelineModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryTimelineModel)
public:
    enum Column { Received, DeviceTime, Who, Step, Details, Outcome, ColumnCount };

    explicit DeliveryTimelineModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setEvents(const QList<DeliveryEvent>& events);
    const DeliveryEvent* eventAt(int row) const;

    static QString detailsText(const DeliveryEvent& event);

private:
    QList<DeliveryEvent> m_rows;
};
