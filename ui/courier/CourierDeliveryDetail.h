#pragma once

#include "domain/CourierDelivery.h"

#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

// One delivery as the courier works it: where to pick it up, where it goes
// and to whom, what is in it, the cash to collect, and a button for each step
// the courier may take now.
class CourierDeliveryDetail final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CourierDeliveryDetail)
public:
    explicit CourierDeliveryDetail(QWidget* parent = nullptr);

    // nullopt: nothing chosen. `steps` are the moves allowed now.
    void showDelivery(const std::optional<CourierDelivery>& delivery,
                      const QList<DeliveryStatus>& steps, bool waiting);

signals:
    void stepRequested(qint64 deliveryId, DeliveryStatus to);

private:
    QPushButton* stepButton(DeliveryStatus to, const QString& text, const QString& name);

    qint64 m_deliveryId = 0;
    QLabel* m_title;
    QLabel* m_state;
    QLabel* m_pickup;
    QLabel* m_dropoff;
    QLabel* m_items;
    QLabel* m_collect;
    QWidget* m_body;
    QList<QPair<DeliveryStatus, QPushButton*>> m_steps;
};
