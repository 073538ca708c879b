#pragma once

#include "domain/Notification.h"
#include "domain/ServiceError.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>

class DbWorker;

// The signed-in user's notifications: the badge's figures, the list, new ones
// since the last seen, and marking them read. The database keeps them per
// user (row-level security); the app polls, as a pooler allows no LISTEN.
class NotificationService final {
    Q_DECLARE_TR_FUNCTIONS(NotificationService)

public:
    explicit NotificationService(DbWorker& worker);

    QFuture<Result<NotificationSummary>> summary();
    // Newest first, at most `limit`.
    QFuture<Result<QList<Notification>>> latest(int limit = 200);
    // Those newer than `afterId`, oldest first.
    QFuture<Result<QList<Notification>>> since(qint64 afterId);
    QFuture<Result<int>> markRead(const QList<qint64>& ids);
    QFuture<Result<int>> markAllRead();

    // The sentence a user reads for it, in their language.
    static QString describe(const Notification& notification);

private:
    DbWorker& m_worker;
};
