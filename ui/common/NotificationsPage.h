#pragma once

#include "domain/Notification.h"
#include "Screen.h"

#include <QWidget>

struct AppServices;
class MessageLabel;
class NotificationTableModel;
class QTableView;

// The user's notifications, newest first: open the order or delivery one is
// about (which marks it read), mark some or all read.
class NotificationsPage final : public QWidget, public Screen {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsPage)
public:
    explicit NotificationsPage(AppServices& services, QWidget* parent = nullptr);

    void refresh() override;
    NotificationTableModel* model() const { return m_model; }

protected:
    // Loads whenever it is shown: the list is small, and news may have come.
    void showEvent(QShowEvent* event) override;

signals:
    void openOrder(qint64 orderId);
    void openDelivery(qint64 deliveryId);
    // The unread count changed here (read, loaded).
    void unreadChanged(int unread);

private:
    void openSelected();
    void markSelectedRead();
    void markAllRead();
    void markRead(const QList<qint64>& ids);

    AppServices& m_services;
    NotificationTableModel* m_model;
    QTableView* m_view;
    MessageLabel* m_message;
};
