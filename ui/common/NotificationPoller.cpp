#include "NotificationPoller.h"

#include "db/WhenReady.h"
#include "services/notifications/NotificationService.h"

NotificationPoller::NotificationPoller(NotificationService& notifications, int intervalMs,
                                       QObject* parent)
    : QObject(parent)
    , m_notifications(notifications)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &NotificationPoller::pollNow);
}

void NotificationPoller::start()
{
    pollNow();
    m_timer.start();
}

void NotificationPoller::pollNow()
{
    if (m_busy || m_paused)
        return; // a slow answer is not asked for twice
    m_busy = true;
    whenReady(m_notifications.summary(), this, [this](const Result<NotificationSummary>& summary) {
        m_busy = false;
        if (!summary)
            return; // the connection indicator speaks for the server
        emit unreadChanged(summary->unread);
        if (m_seen < 0) {
            m_seen = summary->newestId;
            return;
        }
        if (summary->newestId <= m_seen)
            return;
        const qint64 after = m_seen;
        m_seen = summary->newestId;
        whenReady(m_notifications.since(after), this,
                  [this](const Result<QList<Notification>>& news) {
                      if (news && !news->isEmpty())
                          emit arrived(*news);
                  });
    });
}
