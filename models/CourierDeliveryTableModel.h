#pragma once

#include "domain/CourierDelivery.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QSet>

// The courier's deliveries as the device keeps them, one section at a time:
// what to pick up, what is out for delivery, what is done today. Filled from
// the local store by the courier's screen, so it works with no server.
class CourierDeliveryTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CourierDeliveryTableModel)
public:
    enum Column { Order, Status, PickUpFrom, DeliverTo, ToCollect, Sync, ColumnCount };
    enum class Section { ToPickUp, OutForDelivery, DoneToday };

    explicit CourierDeliveryTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Everything on the device; `waiting` names the deliveries with steps not
    // yet sent, `today` is the courier's local date.
    void setDeliveries(const QList<CourierDelivery>& all, const QSet<qint64>& waiting,
                       const QDate& today);
    void setSection(Section section);
    Section section() const { return m_section; }
    int count(Section section) const;

    const CourierDelivery* deliveryAt(int row) const;
    bool isWaiting(qint64 deliveryId) const { return m_waiting.contains(deliveryId); }
    int rowOf(qint64 deliveryId) const;

    static Section sectionOf(const CourierDelivery& delivery);
    static bool belongsToDay(const CourierDelivery& delivery, const QDate& today);

private:
    void refilter();

    QList<CourierDelivery> m_all;
    QList<CourierDelivery> m_rows;
    QSet<qint64> m_waiting;
    QDate m_today;
    Section m_section = Section::ToPickUp;
};
