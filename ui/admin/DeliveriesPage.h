#pragma once

#include "ui/common/Screen.h"
#include <QList>

#include <QWidget>

class CourierTableModel;
class DeliveryQueueTableModel;
class DispatchService;
class MessageLabel;
class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

// The dispatcher's screen: the deliveries (the queue of those ready to
// dispatch first), the couriers with their load and duty, assigning one or
// several deliveries to a courier, reassigning, unassigning, each delivery's
// timeline, and couriers' profiles.
class DeliveriesPage final : public QWidget, public Screen {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveriesPage)
public:
    explicit DeliveriesPage(DispatchService& dispatch, QWidget* parent = nullptr);

    void refresh() override;
    QLineEdit* searchField() const override { return m_search; }

    void reload();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QList<qint64> selectedDeliveries() const;
    void assign();
    void handOver(qint64 deliveryId, qint64 courierId, const QString& courierName, int selected);
    void unassign();
    void showTimeline();
    void editCourier();
    void applyFilter();
    void updateButtons();

    DispatchService& m_dispatch;
    DeliveryQueueTableModel* m_deliveries;
    CourierTableModel* m_couriers;
    QComboBox* m_scope;
    QLineEdit* m_search;
    QTableView* m_deliveryView;
    QTableView* m_courierView;
    QPushButton* m_assign;
    QPushButton* m_unassign;
    QPushButton* m_timeline;
    QPushButton* m_editCourier;
    MessageLabel* m_message;
};
