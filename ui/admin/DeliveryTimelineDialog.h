#pragma once

#include <QDialog>

class DeliveryTimelineModel;
class DispatchService;
class MessageLabel;

// One delivery's timeline for the dispatcher (DeliveryTimelineModel).
class DeliveryTimelineDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryTimelineDialog)
public:
    DeliveryTimelineDialog(DispatchService& dispatch, qint64 deliveryId, qint64 orderId,
                           QWidget* parent = nullptr);

    DeliveryTimelineModel* model() const { return m_model; }

private:
    DeliveryTimelineModel* m_model;
    MessageLabel* m_message;
};
