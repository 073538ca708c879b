#pragma once

#include "domain/Notification.h"

#include <QAbstractTableModel>
#include <QList>

// The user's notifications, newest first: when, and what happened. Unread
// ones are bold.
class NotificationTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationTableModel)
public:
    enum Column { Time, Text, ColumnCount };

    explicit NotificationTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setNotifications(QList<Notification> notifications);
    const Notification* notificationAt(int row) const;
    // Shows them read at once (the database is told separately).
    void markRead(const QList<qint64>& ids);
    int unreadCount() const;

private:
    QList<Notification> m_rows;
};
