#pragma once

#include "domain/Notification.h"

#include <QObject>
#include <QTimer>

class NotificationService;

// Asks the database every few seconds whether the user has new notifications:
// one cheap query (the unread count and the newest id), and the new rows only
// when there are some. Polling, not LISTEN: a transaction pooler sits in
// front of the database. What was there at sign-in is not news.
class NotificationPoller final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationPoller)
public:
    NotificationPoller(NotificationService& notifications, int intervalMs,
                       QObject* parent = nullptr);

    void start();
    void pollNow();
    // While the server is away the app's own reconnecting speaks for it.
    void setPaused(bool paused) { m_paused = paused; }

signals:
    void unreadChanged(int unread);
    // Newer than anything seen before, oldest first.
    void arrived(const QList<Notification>& notifications);

private:
    NotificationService& m_notifications;
    QTimer m_timer;
    qint64 m_seen = -1; // -1: not asked yet
    bool m_busy = false;
    bool m_paused = false;
};
