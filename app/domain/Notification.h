#pragma once

#include <QDateTime>
#include <QString>

// Something that happened to one of the user's orders or deliveries, as the
// database recorded it for them (hexastore.notifications).
struct Notification {
    qint64 id = 0;
    QString kind; // order_confirmed, assignment_new, … (docs/sql-api.md)
    qint64 orderId = 0;
    qint64 deliveryId = 0;
    QDateTime createdAt;
    bool read = false;
};

// What the navigation's badge needs: cheap enough to ask every few seconds.
struct NotificationSummary {
    int unread = 0;
    qint64 newestId = 0;
};
